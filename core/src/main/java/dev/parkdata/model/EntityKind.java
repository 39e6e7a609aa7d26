package dev.parkdata.model;

/** The kinds of entity a dataset holds and an {@link Identifier} can name. */
public enum EntityKind {
  /** A park or zone, or one of its sub-zones. */
  PARK("园区"),
  /** An industrial cluster. */
  CLUSTER("产业集群"),
  /** An industrial chain. */
  CHAIN("产业链"),
  /** A policy document. */
  POLICY("政策"),
  /** An enterprise or other organisation. */
  ORGANISATION("机构");

  private final String chineseName;

  EntityKind(String chineseName) {
    this.chineseName = chineseName;
  }

  /** The Chinese name, {@code "园区"}. */
  public String chineseName() {
    return chineseName;
  }
}
