package dev.parkdata.organisation;

/** The certifications and statuses enterprises hold year by year. */
public enum CertificationKind {
  /** 高新技术企业: certified high-tech enterprise. */
  HIGH_TECH_ENTERPRISE("高新技术企业"),
  /** 专精特新中小企业: specialised, refined, distinctive and innovative SME. */
  SPECIALISED_SME("专精特新"),
  /** 专精特新"小巨人": little giant, the national tier of the above. */
  LITTLE_GIANT("专精特新小巨人"),
  /** 科技型中小企业: technology-based SME. */
  TECH_SME("科技型中小企业"),
  /** 独角兽企业: unicorn. */
  UNICORN("独角兽"),
  /** 瞪羚企业: gazelle. */
  GAZELLE("瞪羚"),
  /** 规模以上企业 (规上): above designated size. */
  ABOVE_DESIGNATED_SIZE("规上"),
  /** 上市企业: listed on a stock exchange. */
  LISTED("上市");

  private final String chineseName;

  CertificationKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "高新技术企业"}. */
  public String chineseName() {
    return chineseName;
  }
}
