package dev.parkdata.park;

/**
 * The roles in a park's management: 管委会 + 运营公司 + 开发企业 is the common model.
 */
public enum ManagementRole {
  /** 管委会 (管理局, 工委): the administrative committee, a government body. */
  ADMINISTRATIVE_COMMITTEE("管委会"),
  /** 运营公司: the operating company. */
  OPERATOR("运营公司"),
  /** 开发企业 (开发公司): the developer. */
  DEVELOPER("开发企业"),
  /** 服务团队, 托管机构: a contracted service team. */
  SERVICE_PROVIDER("服务机构");

  private final String chineseName;

  ManagementRole(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "管委会"}. */
  public String chineseName() {
    return chineseName;
  }
}
