package dev.parkdata.io;

import dev.parkdata.industry.Industry;
import dev.parkdata.model.Identifier;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.UnknownUnitException;
import dev.parkdata.validation.Path;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The codecs of the scalar values: strings, identifiers, dates, enumerations, units, decimals. */
final class Values {
  static final String UNIT_EXPECTED = "a unit such as 平方公里, 亿元 or 家";
  static final String DIMENSION_EXPECTED =
      "a dimension key such as area, money(CNY), count(家), duration(年) or money(CNY)/area";
  /** The longest unit read: longer text is no unit of any catalogue, and is not looked up. */
  static final int MAX_UNIT_LENGTH = 100;
  private static final int MAX_INTEGER = 1_000_000_000;

  private Values() {}

  /** A codec of a JSON string, read with {@code read} and written with {@code write}. */
  static <T> ValueCodec<T> string(String expected, Function<String, T> read, Function<T, String> write) {
    return new ValueCodec<T>() {
      @Override
      T read(ReadState in, Path path) {
        return read.apply(Values.string(in, expected, path));
      }

      @Override
      void write(JsonGenerator g, T value) {
        g.writeString(write.apply(value));
      }

      @Override
      String expected() {
        return expected;
      }
    };
  }

  /** A codec of a JSON string checked by {@code read}, which throws to reject it. */
  private static <T> ValueCodec<T> parsed(
      String expected, ParseFunction<T> read, BiConsumer<JsonGenerator, T> write) {
    return new ValueCodec<T>() {
      @Override
      T read(ReadState in, Path path) {
        return read.parse(in, Values.string(in, expected, path), path);
      }

      @Override
      void write(JsonGenerator g, T value) {
        write.accept(g, value);
      }

      @Override
      String expected() {
        return expected;
      }
    };
  }

  private interface ParseFunction<T> {
    T parse(ReadState in, String text, Path path);
  }

  static String string(ReadState in, String what, Path path) {
    if (in.parser.currentToken() != JsonToken.VALUE_STRING) {
      throw in.expected(what + " (a JSON string)", path);
    }
    return in.parser.getString();
  }

  static final ValueCodec<String> STRING = string("a string", s -> s, s -> s);

  static final ValueCodec<String> TEXT = parsed("a text that is not blank", (in, text, path) -> {
    if (text.isBlank()) {
      throw in.fail("blank text", "a text that is not blank", path);
    }
    return text;
  }, JsonGenerator::writeString);

  static final ValueCodec<Identifier> IDENTIFIER = parsed("an identifier", (in, text, path) -> {
    try {
      return Identifier.of(text);
    } catch (IllegalArgumentException e) {
      throw in.fail("'" + JsonText.abbreviate(text) + "' is not an identifier",
          "ASCII letters and digits separated by single - . _ or :, at most 100 characters", path);
    }
  }, (g, id) -> g.writeString(id.value()));

  static final ValueCodec<Industry> INDUSTRY = parsed("an industry name such as 生物医药", (in, text, path) -> {
    if (text.isBlank()) {
      throw in.fail("blank text", "an industry name such as 生物医药", path);
    }
    return Industry.of(text);
  }, (g, industry) -> g.writeString(industry.name()));

  static final ValueCodec<LocalDate> DATE = parsed("a date (ISO 8601, 2023-05-01)", (in, text, path) -> {
    try {
      return JsonIn.parseDate(text);
    } catch (DateTimeParseException e) {
      throw in.fail("'" + JsonText.abbreviate(text) + "' is not a date", "an ISO 8601 date such as 2023-05-01", path);
    }
  }, ValueCodecs::writeDate);

  static final ValueCodec<YearMonth> YEAR_MONTH = parsed("a month (ISO 8601, 1992-04)", (in, text, path) -> {
    try {
      return JsonIn.parseYearMonth(text);
    } catch (DateTimeParseException e) {
      throw in.fail("'" + JsonText.abbreviate(text) + "' is not a month",
          "an ISO 8601 year and month such as 1992-04", path);
    }
  }, ValueCodecs::writeYearMonth);

  static final ValueCodec<Year> YEAR = parsed("a year (ISO 8601, 2019)", (in, text, path) -> {
    if (text.length() == 4 && JsonIn.digits(text, 0, 4) >= 0) {
      return Year.of(JsonIn.digits(text, 0, 4));
    }
    throw in.fail("'" + JsonText.abbreviate(text) + "' is not a year", "a year of four digits such as 2019", path);
  }, (g, year) -> g.writeString(year.toString()));

  static final ValueCodec<URI> URL = parsed("a URL", (in, text, path) -> {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw in.fail("'" + JsonText.abbreviate(text) + "' is not a URL",
          "an absolute URL such as https://example.org/", path);
    }
  }, (g, url) -> g.writeString(url.toString()));

  static final ValueCodec<Unit> UNIT = parsed(UNIT_EXPECTED, (in, text, path) -> {
    if (text.length() <= MAX_UNIT_LENGTH) {
      try {
        return in.unit(text);
      } catch (UnknownUnitException e) {
        // reported below
      }
    }
    throw in.fail("unknown unit '" + JsonText.abbreviate(text) + "'", UNIT_EXPECTED, path);
  }, (g, unit) -> g.writeString(unit.name()));

  static final ValueCodec<Dimension> DIMENSION = parsed(DIMENSION_EXPECTED, (in, text, path) -> {
    try {
      return Dimension.parse(text);
    } catch (IllegalArgumentException e) {
      throw in.fail("'" + JsonText.abbreviate(text) + "' is not a dimension: " + e.getMessage(),
          DIMENSION_EXPECTED, path);
    }
  }, (g, d) -> g.writeString(d.toString()));

  /** A decimal as a JSON string, bounded before it is made; written with its stated scale. */
  static ValueCodec<BigDecimal> decimal(String what) {
    return new ValueCodec<BigDecimal>() {
      @Override
      BigDecimal read(ReadState in, Path path) {
        return Decimals.read(in, what, path);
      }

      @Override
      void write(JsonGenerator g, BigDecimal value) {
        g.writeString(Decimals.toStatedText(value));
      }

      @Override
      String expected() {
        return what;
      }
    };
  }

  static final ValueCodec<Integer> INTEGER = new ValueCodec<Integer>() {
    @Override
    Integer read(ReadState in, Path path) {
      JsonParser p = in.parser;
      if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        throw in.expected("an integer (a JSON integer)", path);
      }
      if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < 0 || p.getIntValue() > MAX_INTEGER) {
        throw in.fail("integer out of range: " + JsonText.abbreviate(p.getString()),
            "an integer from 0 to " + MAX_INTEGER, path);
      }
      return p.getIntValue();
    }

    @Override
    void write(JsonGenerator g, Integer value) {
      g.writeNumber(value);
    }

    @Override
    String expected() {
      return "an integer";
    }
  };

  /** A JSON {@code true} or {@code false}. */
  static final ValueCodec<Boolean> BOOLEAN = new ValueCodec<Boolean>() {
    @Override
    Boolean read(ReadState in, Path path) {
      JsonToken t = in.parser.currentToken();
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        throw in.expected("true or false (a JSON boolean)", path);
      }
      return t == JsonToken.VALUE_TRUE;
    }

    @Override
    void write(JsonGenerator g, Boolean value) {
      g.writeBoolean(value);
    }

    @Override
    String expected() {
      return "true or false";
    }
  };

  /** Any JSON value, skipped. */
  static final ValueCodec<Object> SKIP = new ValueCodec<Object>() {
    @Override
    Object read(ReadState in, Path path) {
      in.parser.skipChildren();
      return null;
    }

    @Override
    void write(JsonGenerator g, Object value) {
      throw new UnsupportedOperationException("an ignored field is never written");
    }

    @Override
    String expected() {
      return "any JSON value";
    }
  };

  /** The enumeration {@code type} as its constants' names. */
  static <E extends Enum<E>> ValueCodec<E> enumeration(Class<E> type) {
    String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    return parsed("one of " + names, (in, text, path) -> {
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException e) {
        throw in.fail("unknown " + type.getSimpleName() + " '" + JsonText.abbreviate(text) + "'", "one of " + names, path);
      }
    }, (g, e) -> g.writeString(e.name()));
  }
}
