package dev.parkdata.jdbc;

/** What {@link DatasetStore#save(dev.parkdata.dataset.Dataset, SaveMode)} does with a dataset that validation finds errors in. */
public enum SaveMode {
  /** Refuse it with a {@link DatasetRejectedException}: the default. */
  REFUSE_ERRORS,
  /** Save it anyway; its report is in the {@link SaveReport}. */
  ACCEPT_ERRORS
}
