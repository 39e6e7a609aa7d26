package dev.parkdata.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PathTest {
  private final Path area =
      Path.root().field("parks").key("G112001").field("subZones").index(2).field("areas").key("approved");

  @Test
  void rendersTheDottedAndTheJsonPointerForms() {
    assertThat(area).hasToString("parks[G112001].subZones[2].areas[approved]");
    assertThat(area.toJsonPointer()).isEqualTo("/parks/G112001/subZones/2/areas/approved");
    assertThat(Path.root()).hasToString("");
    assertThat(Path.root().toJsonPointer()).isEmpty();
  }

  @Test
  void expressesACatalogueRow() {
    Path row = Path.root().field("rows").index(37).field("批准时间");
    assertThat(row).hasToString("rows[37].批准时间");
    assertThat(row.toJsonPointer()).isEqualTo("/rows/37/批准时间");
    assertThat(Path.parse("rows[37].批准时间")).isEqualTo(row);
  }

  @Test
  void parsesItsTextBack() {
    assertThat(Path.parse(area.toString())).isEqualTo(area);
    assertThat(Path.parse("")).isEqualTo(Path.root());
    assertThat(Path.parse("[3]").segments()).containsExactly(Path.Segment.index(3));
  }

  @Test
  void quotesKeysThatWouldReadAsIndicesOrHoldSpecialCharacters() {
    Path p = Path.root().field("years").key("2024").field("a.b").key("x]'\\").key("");
    assertThat(p).hasToString("years['2024'].a\\.b['x]\\'\\\\']['']");
    assertThat(Path.parse(p.toString())).isEqualTo(p);
    assertThat(p.segments().get(1).kind()).isEqualTo(Path.Segment.Kind.KEY);
  }

  @Test
  void escapesTheJsonPointerSpecials() {
    assertThat(Path.root().key("a/b~c").toJsonPointer()).isEqualTo("/a~1b~0c");
  }

  @Test
  void knowsItsPrefixesAndOrdersThemFirst() {
    Path park = Path.parse("parks[G112001]");
    assertThat(area.startsWith(park)).isTrue();
    assertThat(area.startsWith(Path.root())).isTrue();
    assertThat(park.startsWith(area)).isFalse();
    assertThat(Path.parse("parks[G1]").startsWith(Path.parse("parks[G112001]"))).isFalse();
    assertThat(park.compareTo(area)).isNegative();
    assertThat(Path.parse("a[2]").compareTo(Path.parse("a[10]"))).isNegative();
    assertThat(area.parent().parent()).isEqualTo(Path.parse("parks[G112001].subZones[2]"));
    assertThat(area.lastSegment()).isEqualTo(Path.Segment.key("approved"));
    assertThat(area.size()).isEqualTo(6);
  }

  @Test
  void theRootHasNoParentAndSegmentsCheckTheirArguments() {
    assertThatThrownBy(() -> Path.root().parent()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Path.root().lastSegment()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Path.root().index(-1)).hasMessageContaining("-1");
    assertThatThrownBy(() -> Path.root().field("")).hasMessageContaining("empty");
    assertThatThrownBy(() -> Path.Segment.key("k").index()).isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a..b", "a[", "a[]", "a[x", "a]", "a['x", "a['x'", "a[x'y]", ".a", "a[1]b",
      "a[99999999999]"})
  void rejectsMalformedText(String text) {
    assertThatThrownBy(() -> Path.parse(text))
        .isInstanceOf(PathParseException.class)
        .hasMessageContaining(text)
        .satisfies(e -> assertThat(((PathParseException) e).input()).isEqualTo(text));
  }
}
