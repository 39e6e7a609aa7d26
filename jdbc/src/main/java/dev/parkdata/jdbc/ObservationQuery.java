package dev.parkdata.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.location.Province;
import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Indicator;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which stored figures {@link DatasetStore#observations(ObservationQuery)} returns: any
 * combination of subject, indicator, period range and province; an empty query selects all.
 * Immutable.
 *
 * <pre>{@code
 * ObservationQuery.builder()
 *     .subject(Identifier.of("G622052"))
 *     .indicator(Indicators.ENTERPRISES)
 *     .from(LocalDate.of(2020, 1, 1))      // periods starting on or after
 *     .to(LocalDate.of(2023, 12, 31))      // periods ending on or before
 *     .build();
 * }</pre>
 */
public final class ObservationQuery {
  private final Identifier subject;
  private final String indicator;
  private final LocalDate from;
  private final LocalDate to;
  private final Province province;

  private ObservationQuery(Builder b) {
    this.subject = b.subject;
    this.indicator = b.indicator;
    this.from = b.from;
    this.to = b.to;
    this.province = b.province;
  }

  /** A builder of a query that selects every figure until narrowed. */
  public static Builder builder() {
    return new Builder();
  }

  /** The subject whose figures are selected (a park at any depth, a cluster …), if narrowed. */
  public Optional<Identifier> subject() {
    return Optional.ofNullable(subject);
  }

  /** The code of the indicator selected, if narrowed. */
  public Optional<String> indicator() {
    return Optional.ofNullable(indicator);
  }

  /** Figures whose period starts on or after this day, if narrowed. */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /** Figures whose period ends on or before this day, if narrowed. */
  public Optional<LocalDate> to() {
    return Optional.ofNullable(to);
  }

  /** Figures about a stored park located in this province, if narrowed. */
  public Optional<Province> province() {
    return Optional.ofNullable(province);
  }

  String sql() {
    List<String> where = new ArrayList<>();
    if (subject != null) {
      where.add("o.subject = ?");
    }
    if (indicator != null) {
      where.add("o.indicator = ?");
    }
    if (from != null) {
      where.add("o.period_start >= ?");
    }
    if (to != null) {
      where.add("o.period_end <= ?");
    }
    if (province != null) {
      where.add("EXISTS (SELECT 1 FROM pd_park p WHERE p.id = o.subject AND p.province = ?)");
    }
    return "SELECT o.body FROM pd_observation o"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + " ORDER BY o.subject, o.indicator, o.period_start, o.period_end, o.doc_kind, o.doc_key, o.seq";
  }

  void bind(PreparedStatement s) throws SQLException {
    int i = 1;
    if (subject != null) {
      s.setString(i++, subject.value());
    }
    if (indicator != null) {
      s.setString(i++, indicator);
    }
    if (from != null) {
      s.setDate(i++, Date.valueOf(from));
    }
    if (to != null) {
      s.setDate(i++, Date.valueOf(to));
    }
    if (province != null) {
      s.setString(i, province.name());
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof ObservationQuery)) {
      return false;
    }
    ObservationQuery q = (ObservationQuery) o;
    return Objects.equals(subject, q.subject)
        && Objects.equals(indicator, q.indicator)
        && Objects.equals(from, q.from)
        && Objects.equals(to, q.to)
        && province == q.province;
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, indicator, from, to, province);
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    subject().ifPresent(s -> parts.add("subject=" + s));
    indicator().ifPresent(s -> parts.add("indicator=" + s));
    from().ifPresent(s -> parts.add("from=" + s));
    to().ifPresent(s -> parts.add("to=" + s));
    province().ifPresent(s -> parts.add("province=" + s));
    return "ObservationQuery{" + String.join(", ", parts) + "}";
  }

  /** Builds an {@link ObservationQuery}; each setter narrows it. */
  public static final class Builder {
    private Identifier subject;
    private String indicator;
    private LocalDate from;
    private LocalDate to;
    private Province province;

    private Builder() {}

    /** Only figures about {@code subject}. */
    public Builder subject(Identifier subject) {
      this.subject = checkNotNull(subject, "subject");
      return this;
    }

    /** Only figures of {@code indicator}. */
    public Builder indicator(Indicator indicator) {
      this.indicator = checkNotNull(indicator, "indicator").code();
      return this;
    }

    /** Only figures of the indicator with this code ({@code "revenue"}). */
    public Builder indicator(String code) {
      this.indicator = checkNotNull(code, "code");
      return this;
    }

    /** Only figures whose period starts on or after {@code day}. */
    public Builder from(LocalDate day) {
      this.from = checkNotNull(day, "day");
      return this;
    }

    /** Only figures whose period ends on or before {@code day}. */
    public Builder to(LocalDate day) {
      this.to = checkNotNull(day, "day");
      return this;
    }

    /** Only figures about a stored park located in {@code province}. */
    public Builder province(Province province) {
      this.province = checkNotNull(province, "province");
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to}
     */
    public ObservationQuery build() {
      checkArgument(from == null || to == null || !from.isAfter(to), "from %s is after to %s", from, to);
      return new ObservationQuery(this);
    }
  }
}
