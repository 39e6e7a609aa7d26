package dev.parkdata.io;

import dev.parkdata.model.Identifier;
import dev.parkdata.observation.Observation;
import dev.parkdata.validation.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * An {@link Observation}. Held by an entity, observations leave out their {@code subject}: it is
 * the entity, and they are built once the entity's identifier is known.
 */
final class ObservationCodec {
  private ObservationCodec() {}

  static final ObjectCodec<Observation, Observation.Builder> OBSERVATION =
      new ObjectCodec<Observation, Observation.Builder>("observation", Observation::builder, Observation.Builder::build)
          .required("subject", Observation::subject, Observation.Builder::subject, Values.IDENTIFIER)
          .required("indicator", Observation::indicator, Observation.Builder::indicator, IndicatorCodec.INDICATOR)
          .required("period", Observation::period, Observation.Builder::period, PeriodCodec.PERIOD)
          .required("metric", Observation::metric, Observation.Builder::metric, MetricCodec.STANDALONE)
          .optional("industry", Observation::industry, Observation.Builder::industry, Values.INDUSTRY)
          .optional("citation", Observation::citation, Observation.Builder::citation, SourceCodecs.CITATION);

  private static final Field<Observation, Observation.Builder> SUBJECT = OBSERVATION.fields.get(0);

  /** An entity's observations with the entity's identifier, for writing. */
  static final class Owned {
    final Identifier owner;
    final List<Observation> observations;

    Owned(Identifier owner, List<Observation> observations) {
      this.owner = owner;
      this.observations = observations;
    }
  }

  /** An entity's observations as read, waiting for the entity's identifier. */
  static final class Pending {
    private final List<ObjectCodec.Read> read = new ArrayList<>();
    private final List<TokenStreamLocation> starts = new ArrayList<>();

    /** Builds the observations about {@code owner}; reading leniently, leaves out those that fail. */
    List<Observation> build(ReadState in, Identifier owner) {
      List<Observation> built = new ArrayList<>();
      for (int i = 0; i < read.size(); i++) {
        Object[] values = read.get(i).values;
        if (values[SUBJECT.index] == null && owner != null) {
          values[SUBJECT.index] = owner;
        }
        try {
          built.add(OBSERVATION.build(in, read.get(i).path, starts.get(i), values));
        } catch (JsonReadException e) {
          if (!in.lenient()) {
            throw e;
          }
          in.leftOut(e, "observation", read.get(i).path, null);
        }
      }
      return built;
    }
  }

  static final ValueCodec<Object> OWNED = new ValueCodec<Object>() {
    @Override
    Object read(ReadState in, Path path) {
      if (in.parser.currentToken() != JsonToken.START_ARRAY) {
        throw in.expected("a list of observations (a JSON array)", path);
      }
      TokenStreamContext array = in.parser.streamReadContext();
      Pending pending = new Pending();
      while (in.parser.nextToken() != JsonToken.END_ARRAY) {
        Path at = path.index(pending.read.size());
        try {
          TokenStreamLocation start = in.startObject("an observation", at);
          pending.read.add(OBSERVATION.readValues(in, at, start));
          pending.starts.add(start);
        } catch (JsonReadException e) {
          if (!in.lenient()) {
            throw e;
          }
          in.leftOut(e, "observation", at, array);
        }
      }
      return pending;
    }

    @Override
    void write(JsonGenerator g, Object value) {
      Owned owned = (Owned) value;
      g.writeStartArray();
      for (Observation o : owned.observations) {
        g.writeStartObject();
        OBSERVATION.writeFields(g, o, o.subject().equals(owned.owner) ? SUBJECT : null);
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    @Override
    String expected() {
      return "a list of observations";
    }
  };
}
