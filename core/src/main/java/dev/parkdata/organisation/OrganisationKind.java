package dev.parkdata.organisation;

/** What kind of body an {@link Organisation} is. */
public enum OrganisationKind {
  /** 企业: a company. */
  COMPANY("企业"),
  /** 科研院所: a research institute or laboratory. */
  RESEARCH_INSTITUTE("科研院所"),
  /** 高校: a university. */
  UNIVERSITY("高校"),
  /** 政府机构: a government body, including a park's 管委会 and a ministry's centre. */
  GOVERNMENT_BODY("政府机构"),
  /** 基金: an investment fund. */
  FUND("基金"),
  /** 运营公司, 开发企业: a company that operates or develops parks. */
  OPERATOR("运营公司"),
  /** 行业协会, 促进会: an industry association. */
  ASSOCIATION("行业协会"),
  /** 医院: a hospital. */
  HOSPITAL("医院"),
  /** 平台, 检测机构, 孵化机构: a service platform or testing body. */
  SERVICE_PLATFORM("服务平台");

  private final String chineseName;

  OrganisationKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "企业"}. */
  public String chineseName() {
    return chineseName;
  }
}
