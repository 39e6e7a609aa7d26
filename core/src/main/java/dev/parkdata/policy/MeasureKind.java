package dev.parkdata.policy;

/** What a policy measure grants. */
public enum MeasureKind {
  /** 补贴, 资助, 支持: a subsidy or grant. */
  SUBSIDY("补贴"),
  /** 奖励: an award for an achievement. */
  AWARD("奖励"),
  /** 贴息: a loan interest subsidy. */
  INTEREST_SUBSIDY("贴息"),
  /** 租金补贴, 租金减免: a rent subsidy or reduction. */
  RENT_SUBSIDY("租金补贴"),
  /** 税收优惠: a tax reduction or refund. */
  TAX_RELIEF("税收优惠"),
  /** 股权投资: an equity investment. */
  EQUITY_INVESTMENT("股权投资"),
  /** 人才: support for people (housing, settlement, schooling). */
  TALENT_SUPPORT("人才支持"),
  /** 服务, 便利化: a service or facilitation without money. */
  FACILITATION("便利化");

  private final String chineseName;

  MeasureKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "补贴"}. */
  public String chineseName() {
    return chineseName;
  }
}
