package dev.parkdata.io;

import dev.parkdata.model.ModelConstraintException;
import dev.parkdata.observation.Period;
import dev.parkdata.observation.PeriodKind;
import dev.parkdata.validation.Path;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A {@link Period}: the text of {@link Period#toString()} without its label ({@code "2022-H1"}),
 * or {@code {"value":"2021/2025","label":"十四五"}} when it has one.
 */
final class PeriodCodec extends ValueCodec<Period> {
  static final PeriodCodec PERIOD = new PeriodCodec();

  /** A period as read from the object form: the unlabelled period and the label. */
  static final class Labelled {
    Period period;
    String label;
  }

  private static final ValueCodec<Period> TEXT = new ValueCodec<Period>() {
    @Override
    Period read(ReadState in, Path path) {
      String text = Values.string(in, Periods.EXPECTED, path);
      Period period;
      try {
        period = text.indexOf(' ') >= 0 ? null : Period.parse(text);
      } catch (DateTimeParseException e) {
        throw in.fail(e.getCause() == null ? "'" + JsonText.abbreviate(text) + "' is not a period"
            : "'" + JsonText.abbreviate(text) + "' is not a period: " + e.getCause().getMessage(), Periods.EXPECTED, path);
      }
      if (period == null) {
        throw in.fail("'" + JsonText.abbreviate(text) + "' is not a period", Periods.EXPECTED, path);
      }
      return period;
    }

    @Override
    void write(JsonGenerator g, Period period) {
      if (period.kind() == PeriodKind.AS_OF) {
        ValueCodecs.writeDate(g, period.start());
      } else {
        g.writeString(Periods.toText(period));
      }
    }

    @Override
    String expected() {
      return Periods.EXPECTED;
    }
  };

  static final ObjectCodec<Labelled, Labelled> OBJECT =
      new ObjectCodec<Labelled, Labelled>("period", Labelled::new, l -> l)
          .required("value", l -> l.period, (l, v) -> l.period = v, TEXT)
          .optional("label", l -> Optional.ofNullable(l.label), (l, v) -> l.label = v, Values.TEXT);

  private PeriodCodec() {}

  @Override
  Period read(ReadState in, Path path) {
    if (in.parser.currentToken() != JsonToken.START_OBJECT) {
      return TEXT.read(in, path);
    }
    TokenStreamLocation start = in.location();
    Labelled l = OBJECT.readFields(in, path, start);
    return OBJECT_FINISH.finish(in, path, start, () -> {
      if (l.period == null) {
        // As a generated builder would have it.
        throw new ModelConstraintException("Cannot build Period, some of required attributes are not set [value]");
      }
      return l.label == null ? l.period : l.period.withLabel(l.label);
    });
  }

  private static final ObjectCodec<Period, Period> OBJECT_FINISH = new ObjectCodec<>("period", () -> null, p -> p);

  @Override
  void write(JsonGenerator g, Period period) {
    Optional<String> label = period.label();
    if (label.isEmpty()) {
      TEXT.write(g, period);
      return;
    }
    Labelled l = new Labelled();
    l.period = period;
    l.label = label.get();
    OBJECT.write(g, l);
  }

  @Override
  String expected() {
    return Periods.EXPECTED;
  }
}
