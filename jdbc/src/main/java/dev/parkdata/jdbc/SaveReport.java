package dev.parkdata.jdbc;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.validation.ValidationReport;
import java.util.List;
import java.util.Objects;

/** What a {@link DatasetStore} save wrote. Immutable. */
public final class SaveReport {
  private final int added;
  private final int replaced;
  private final int observations;
  private final List<String> duplicates;
  private final ValidationReport validation;

  SaveReport(int added, int replaced, int observations, List<String> duplicates, ValidationReport validation) {
    this.added = added;
    this.replaced = replaced;
    this.observations = observations;
    this.duplicates = List.copyOf(duplicates);
    this.validation = checkNotNull(validation, "validation");
  }

  /** Top-level items (entities, indicators, external references, loose figures) that were new. */
  public int added() {
    return added;
  }

  /** Top-level items that replaced a stored one of the same kind and identifier. */
  public int replaced() {
    return replaced;
  }

  /** Figures written, at every depth. */
  public int observations() {
    return observations;
  }

  /**
   * Paths of items that shared their kind and identifier with an earlier item of the same save
   * (as {@code parks[S377018]}): each replaced the earlier one, so the later one is what is stored.
   */
  public List<String> duplicates() {
    return duplicates;
  }

  /** The validation report of what was saved (errors included when they were accepted). */
  public ValidationReport validation() {
    return validation;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SaveReport)) {
      return false;
    }
    SaveReport other = (SaveReport) o;
    return added == other.added
        && replaced == other.replaced
        && observations == other.observations
        && duplicates.equals(other.duplicates)
        && validation.equals(other.validation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(added, replaced, observations, duplicates, validation);
  }

  @Override
  public String toString() {
    return "SaveReport{added=" + added + ", replaced=" + replaced + ", observations=" + observations
        + (duplicates.isEmpty() ? "" : ", duplicates=" + duplicates)
        + ", violations=" + validation.size() + "}";
  }
}
