package dev.parkdata.extract;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Objects;

/**
 * A figure an {@link ArticleReader} found but could not make an observation or target of, and
 * why. Immutable.
 */
public final class UnplacedMention {
  /** Why a figure was not placed. */
  public enum Reason {
    /** The text names no park the figure is about, and refers to none. */
    NO_PARK,
    /** The park named is several catalogue zones; which one the text does not say. */
    AMBIGUOUS_PARK,
    /** The clause names no indicator the figure measures. */
    NO_INDICATOR,
    /** The text gives no period the reader can read, and the source has no date. */
    NO_PERIOD,
    /**
     * The figure is a sum that bounds a class of things named right after it (亿元以上项目26个,
     * 纳税过亿元企业3家): it measures nothing of the park; the count after it does.
     */
    THRESHOLD
  }

  private final Mention mention;
  private final Reason reason;

  private UnplacedMention(Mention mention, Reason reason) {
    this.mention = mention;
    this.reason = reason;
  }

  /** The figure {@code mention}, not placed for {@code reason}. */
  public static UnplacedMention of(Mention mention, Reason reason) {
    return new UnplacedMention(checkNotNull(mention, "mention"), checkNotNull(reason, "reason"));
  }

  /** The figure as the extractor found it. */
  public Mention mention() {
    return mention;
  }

  /** Why it was not placed. */
  public Reason reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnplacedMention && mention.equals(((UnplacedMention) o).mention)
        && reason == ((UnplacedMention) o).reason;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mention, reason);
  }

  /** {@code NO_PARK [15,22) "超过300亿元" …}. */
  @Override
  public String toString() {
    return reason + " " + mention;
  }
}
