package dev.parkdata.io;

import dev.parkdata.park.Area;
import dev.parkdata.park.AreaKind;
import dev.parkdata.validation.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * A park's areas: an object keyed by the lower-case kind, {@code {"approved": "31.85平方公里"}},
 * each value a metric that may carry a {@code citation}. Reading leniently, an area that cannot
 * be read is left out and the others kept.
 */
final class AreasCodec extends ValueCodec<List<Area>> {
  static final AreasCodec AREAS = new AreasCodec();

  private static final Map<String, AreaKind> KINDS = new HashMap<>();
  private static final SerializableString[] NAMES = new SerializableString[AreaKind.values().length];
  private static final String KEYS;

  static {
    for (AreaKind kind : AreaKind.values()) {
      KINDS.put(key(kind), kind);
      NAMES[kind.ordinal()] = new SerializedString(key(kind));
    }
    KEYS = Stream.of(AreaKind.values()).map(AreasCodec::key).collect(Collectors.joining(", "));
  }

  private static final ObjectCodec<Area, Area> FINISH = new ObjectCodec<>("area", () -> null, a -> a);

  private AreasCodec() {}

  static String key(AreaKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  @Override
  List<Area> read(ReadState in, Path path) {
    in.startObject("areas by kind, {\"approved\": \"31.85平方公里\"}", path);
    TokenStreamContext object = in.parser.streamReadContext();
    List<Area> areas = new ArrayList<>();
    for (String field; (field = in.nextField()) != null; ) {
      AreaKind kind = KINDS.get(field);
      if (kind == null) {
        in.unknownField(field, KEYS, path);
        continue;
      }
      Path at = path.key(field);
      try {
        areas.add(area(in, at, kind));
      } catch (JsonReadException e) {
        if (!in.lenient()) {
          throw e;
        }
        in.leftOut(e, "area", at, object);
      }
    }
    return areas;
  }

  private static Area area(ReadState in, Path at, AreaKind kind) {
    TokenStreamLocation start = in.location();
    MetricCodec.Parts parts = MetricCodec.AREA_VALUE.read(in, at);
    return FINISH.finish(in, at, start, () -> {
      Area.Builder b = Area.builder().kind(kind).metric(parts.metric);
      if (parts.citation != null) {
        b.citation(parts.citation);
      }
      return b.build();
    });
  }

  @Override
  void write(JsonGenerator g, List<Area> areas) {
    g.writeStartObject();
    for (Area area : areas) {
      g.writeName(NAMES[area.kind().ordinal()]);
      MetricCodec.AREA_VALUE.write(g, new MetricCodec.Parts(area.metric(), area.citation().orElse(null)));
    }
    g.writeEndObject();
  }

  @Override
  String expected() {
    return "areas by kind";
  }
}
