package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.model.Identifier;
import dev.parkdata.model.Names;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 14: the writer refuses, with a typed exception, exactly what the reader would refuse. */
class DepthLimitsTest {
  private static final ParkDataJson JSON = ParkDataJson.standard();

  /** A park with {@code depth} sub-zones, each inside the one before. */
  private static Park nested(int depth) {
    Park park = Park.builder().id(Identifier.of("p" + depth)).names(Names.of("园区" + depth))
        .kind(ParkKind.HIGH_TECH_ZONE).build();
    for (int i = depth - 1; i >= 0; i--) {
      park = Park.builder().id(Identifier.of("p" + i)).names(Names.of("园区" + i))
          .kind(ParkKind.HIGH_TECH_ZONE).addSubZone(park).build();
    }
    return park;
  }

  /** The JSON the writer writes for {@link #nested}, built by hand: no limit on building it. */
  private static String nestedText(int depth, boolean record) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i <= depth; i++) {
      text.append(i == 0 && record ? "{\"entity\":\"PARK\"," : "{").append("\"id\":\"p").append(i)
          .append("\",\"names\":{\"official\":\"园区").append(i).append("\"},\"kind\":\"HIGH_TECH_ZONE\"");
      if (i < depth) {
        text.append(",\"subZones\":[");
      }
    }
    for (int i = 0; i < depth; i++) {
      text.append("}]");
    }
    text.append('}');
    return record ? text.toString() : "{\"format\":\"parkdata/1\",\"parks\":[" + text + "]}";
  }

  private static boolean reads(String json, boolean record) {
    try {
      if (record) {
        JSON.readNdjson(new StringReader(json + "\n")).collect(Collectors.toList());
      } else {
        JSON.readDataset(json);
      }
      return true;
    } catch (JsonReadException e) {
      return false;
    }
  }

  @Test
  void documentsAreWrittenExactlyAsDeepAsTheyRead() {
    int readable = 0;
    for (int depth = 90; depth <= 110; depth++) {
      Dataset dataset = Dataset.builder().addPark(nested(depth)).build();
      boolean reads = reads(nestedText(depth, false), false);
      if (reads) {
        readable++;
        String written = JSON.write(dataset);
        assertThat(written).isEqualTo(nestedText(depth, false));
        assertThat(JSON.readDataset(written)).isEqualTo(dataset);
      } else {
        assertThatThrownBy(() -> JSON.write(dataset)).as("depth %d", depth).isInstanceOf(JsonWriteException.class)
            .hasMessageContaining(String.valueOf(ParkDataJson.MAX_NESTING_DEPTH));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> JSON.write(dataset, out)).isInstanceOf(JsonWriteException.class);
        assertThat(out.size()).as("nothing written").isZero();
      }
    }
    assertThat(readable).isBetween(1, 20);
  }

  @Test
  void ndjsonRecordsAreWrittenExactlyAsDeepAsTheyRead() {
    int readable = 0;
    for (int depth = 90; depth <= 110; depth++) {
      Park park = nested(depth);
      boolean reads = reads(nestedText(depth, true), true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      NdjsonWriter writer = JSON.ndjsonWriter(out);
      if (reads) {
        readable++;
        writer.write(park).close();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(nestedText(depth, true) + "\n");
      } else {
        assertThatThrownBy(() -> writer.write(park)).as("depth %d", depth).isInstanceOf(JsonWriteException.class);
        writer.write(nested(1)).close();
        assertThat(out.toString(StandardCharsets.UTF_8)).as("the refused record left no trace")
            .isEqualTo(nestedText(1, true) + "\n");
      }
    }
    assertThat(readable).isBetween(1, 20);
  }

  @Test
  void twoHundredAndFiftySubZonesAreRefusedWithATypedException() {
    Dataset dataset = Dataset.builder().addPark(nested(250)).build();
    assertThatThrownBy(() -> JSON.write(dataset)).isInstanceOf(JsonWriteException.class);
  }
}
