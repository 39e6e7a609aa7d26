package dev.parkdata.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionTest {
  @Test
  void parseReadsWhatToStringWrites() {
    for (Dimension d : List.of(Dimension.AREA, Dimension.RATIO_DIFFERENCE, Dimension.LENGTH, Dimension.VOLUME,
        Dimension.STANDARD_COAL, Dimension.NUMBER, Dimension.money("CNY"),
        Dimension.count("家"), Dimension.duration("个月"), Dimension.ratio(Dimension.money("CNY"), Dimension.AREA))) {
      assertThat(Dimension.parse(d.toString())).isEqualTo(d);
    }
  }

  @Test
  void parseNamesWhatIsNotADimension() {
    assertThatThrownBy(() -> Dimension.parse("temperature")).hasMessage("unknown dimension 'temperature'");
    assertThatThrownBy(() -> Dimension.parse("area(x)")).hasMessage("'area' takes no qualifier");
    assertThatThrownBy(() -> Dimension.parse("money(CNY")).hasMessageContaining("closing parenthesis");
    assertThatThrownBy(() -> Dimension.parse("money(yuan)")).isInstanceOf(IllegalArgumentException.class);
  }
}
