package dev.parkdata.io;

import dev.parkdata.observation.Indicator;
import dev.parkdata.observation.Indicators;
import dev.parkdata.validation.Path;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/** An {@link Indicator}: a standard one as its code, {@code "revenue"}, any other as an object. */
final class IndicatorCodec extends ValueCodec<Indicator> {
  private static final Map<String, Indicator> STANDARD = Indicators.standard().stream()
      .collect(Collectors.toUnmodifiableMap(Indicator::code, i -> i));

  /** The object form, always: how a dataset declares its indicators. */
  static final ObjectCodec<Indicator, Indicator.Builder> DEFINITION =
      new ObjectCodec<Indicator, Indicator.Builder>("indicator", Indicator::builder, Indicator.Builder::build)
          .required("code", Indicator::code, Indicator.Builder::code, Values.STRING)
          .required("chineseName", Indicator::chineseName, Indicator.Builder::chineseName, Values.STRING)
          .required("englishName", Indicator::englishName, Indicator.Builder::englishName, Values.STRING)
          .required("dimension", Indicator::dimension, Indicator.Builder::dimension, Values.DIMENSION);

  /** A code of a standard indicator, or the object form. */
  static final IndicatorCodec INDICATOR = new IndicatorCodec();

  private IndicatorCodec() {}

  @Override
  Indicator read(ReadState in, Path path) {
    if (in.parser.currentToken() == JsonToken.VALUE_STRING) {
      String code = in.parser.getString();
      Indicator standard = STANDARD.get(code);
      if (standard == null) {
        throw in.fail("unknown indicator '" + JsonText.abbreviate(code) + "'",
            "the code of a standard indicator such as revenue or enterprises, or an indicator object", path);
      }
      return standard;
    }
    return DEFINITION.read(in, path);
  }

  @Override
  void write(JsonGenerator g, Indicator indicator) {
    Indicator standard = STANDARD.get(indicator.code());
    if (standard == indicator || indicator.equals(standard)) {
      g.writeString(indicator.code());
    } else {
      DEFINITION.write(g, indicator);
    }
  }

  @Override
  String expected() {
    return "an indicator code or object";
  }
}
