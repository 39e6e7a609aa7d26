package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.parkdata.model.Identifier;
import java.util.Objects;

/**
 * Where a catalogue zone lies, as precisely as its name and province determine it: the county
 * when the name says it (山东淄川经济开发区 → 370302 淄川区), else the prefecture (株洲高新技术产业开发区
 * → 430200 株洲市), else only the province (海南洋浦经济开发区 → 460000 海南省, since 洋浦 is no
 * division). The divisions are those in use in 2018, the catalogue's year. From {@link
 * DevelopmentZoneCatalog#placement}.
 *
 * <p>A placement never guesses: a place name shared by two divisions of the province that the
 * rest of the name does not tell apart places the zone at what they share.
 *
 * <p>Instances are immutable.
 */
public final class Placement {
  private final Identifier zone;
  private final Division division;
  private final String matched;
  private final String reason;

  Placement(Identifier zone, Division division, String matched, String reason) {
    this.zone = checkNotNull(zone, "zone");
    this.division = checkNotNull(division, "division");
    this.matched = checkNotNull(matched, "matched");
    this.reason = checkNotNull(reason, "reason");
  }

  /** The zone's catalogue code. */
  public Identifier zone() {
    return zone;
  }

  /** The most precise division the zone's name and province determine. */
  public Division division() {
    return division;
  }

  /** The level of {@link #division()}: how precisely the zone is placed. */
  public DivisionLevel level() {
    return division.level();
  }

  /** The part of the name that names the division ({@code 淄川}); empty when placed by province only. */
  public String matched() {
    return matched;
  }

  /** Why the zone is placed there, in English: {@code the name begins with 株洲, 株洲市 of 湖南省}. */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Placement)) {
      return false;
    }
    Placement p = (Placement) o;
    return zone.equals(p.zone) && division.equals(p.division) && matched.equals(p.matched) && reason.equals(p.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, division, matched, reason);
  }

  /** {@code G432034 → 430200 株洲市 (地级): the name begins with 株洲, …}. */
  @Override
  public String toString() {
    return zone + " → " + division.code() + " " + division.name() + " (" + level().chineseName() + "): " + reason;
  }
}
