package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.park.Park;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class NameFoldingProperties {
  private static final List<Park> PARKS = DevelopmentZoneCatalog.edition2018().parks();

  @Property
  void foldingIsIdempotent(@ForAll String text) {
    assertThat(NameFolding.fold(NameFolding.fold(text))).isEqualTo(NameFolding.fold(text));
  }

  @Property
  void everyPieceOfAZoneNameFindsThatZone(@ForAll("namePieces") Object[] parkAndPiece) {
    Park park = (Park) parkAndPiece[0];
    String piece = (String) parkAndPiece[1];
    assertThat(DevelopmentZoneCatalog.edition2018().nameContains(piece)).contains(park);
  }

  @Property
  void everyZoneIsFoundByItsExactName(@ForAll("parks") Park park) {
    assertThat(DevelopmentZoneCatalog.edition2018().byName(park.names().official())).contains(park);
  }

  @Provide
  Arbitrary<Park> parks() {
    return Arbitraries.of(PARKS);
  }

  @Provide
  Arbitrary<Object[]> namePieces() {
    return parks().flatMap(park -> {
      String name = park.names().official();
      return Combinators.combine(Arbitraries.integers().between(0, name.length() - 1), Arbitraries.integers().between(1, name.length()))
          .filter((from, length) -> from + length <= name.length())
          .as((from, length) -> new Object[] {park, name.substring(from, from + length)});
    });
  }
}
