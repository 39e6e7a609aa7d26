package dev.parkdata.extract;

import com.google.common.collect.ImmutableList;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.validation.ValidationReport;
import java.util.List;

/**
 * What an {@link ArticleReader} made of one article: a draft {@link Dataset} (the parks the
 * figures are about, with their observations and targets), the figures it could not place and
 * why, the park names found, and the draft's validation report. A draft is for a person to
 * check, not a record of fact. Immutable.
 */
public final class ArticleDraft {
  private final Dataset dataset;
  private final ImmutableList<UnplacedMention> unplaced;
  private final ImmutableList<ParkMention> parks;
  private final ValidationReport validation;

  ArticleDraft(Dataset dataset, List<UnplacedMention> unplaced, List<ParkMention> parks, ValidationReport validation) {
    this.dataset = dataset;
    this.unplaced = ImmutableList.copyOf(unplaced);
    this.parks = ImmutableList.copyOf(parks);
    this.validation = validation;
  }

  /** The draft: parks with observations and targets, and the custom indicators they use. */
  public Dataset dataset() {
    return dataset;
  }

  /** Every figure found that is not in the draft, in order of position, with why. */
  public List<UnplacedMention> unplaced() {
    return unplaced;
  }

  /** Every park name found in the article, in order of position. */
  public List<ParkMention> parks() {
    return parks;
  }

  /** The standard validator's report on {@link #dataset()}. */
  public ValidationReport validation() {
    return validation;
  }

  /** {@code ArticleDraft[3 parks, 12 observations, 2 targets, 7 unplaced, no errors]}. */
  @Override
  public String toString() {
    int observations = dataset.allParks().stream().mapToInt(p -> p.observations().size()).sum();
    int targets = dataset.allParks().stream().mapToInt(p -> p.targets().size()).sum();
    return "ArticleDraft[" + dataset.parks().size() + " parks, " + observations + " observations, " + targets
        + " targets, " + unplaced.size() + " unplaced, " + (validation.hasErrors() ? "errors" : "no errors") + "]";
  }
}
