package dev.parkdata.chain;

/** The position of a segment along an industrial chain. */
public enum ChainPosition {
  /** 上游: raw materials, components, basic research. */
  UPSTREAM("上游"),
  /** 中游: manufacturing and integration. */
  MIDSTREAM("中游"),
  /** 下游: applications, distribution, services. */
  DOWNSTREAM("下游");

  private final String chineseName;

  ChainPosition(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "上游"}. */
  public String chineseName() {
    return chineseName;
  }
}
