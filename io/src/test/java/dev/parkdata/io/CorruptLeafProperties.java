package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.testing.ParkGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 14, "nothing lost": corrupt one random leaf of a valid generated dataset; the lenient
 * read equals the original minus exactly the smallest enclosing element that can be left out,
 * and its report names that element.
 *
 * <p>"Can be left out" is judged by the strict reader, not by the lenient one under test: the
 * original document without the element must read strictly, and without any smaller element
 * enclosing the leaf (the leaf itself included) it must not.
 */
class CorruptLeafProperties {
  private static final ParkDataJson JSON = ParkDataJson.standard();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  @Test
  void aCorruptLeafLosesExactlyTheSmallestElementThatHoldsIt() {
    qt().withExamples(300)
        .forAll(ParkGenerators.datasets(), integers().allPositive())
        .checkAssert((dataset, pick) -> {
          JsonNode original = TREES.readTree(JSON.write(dataset));
          List<JsonPointer> leaves = new ArrayList<>();
          leaves(original, JsonPointer.empty(), leaves);
          leaves.remove(JsonPointer.compile("/format")); // the document's own marker: without it, nothing is read
          if (leaves.isEmpty()) {
            return; // an empty dataset has no leaf to corrupt
          }
          JsonPointer leaf = leaves.get(pick % leaves.size());

          JsonNode corrupt = original.deepCopy();
          replace(corrupt, leaf, TREES.createObjectNode().put("corrupt", true));
          ReadResult<Dataset> read = JSON.readResult(TREES.writeValueAsString(corrupt), Dataset.class);

          List<JsonProblem> leftOut = read.problems().stream()
              .filter(p -> p.kind() == JsonProblem.Kind.LEFT_OUT).toList();
          assertThat(leftOut).as("what was left out for %s", leaf).hasSize(1);
          JsonPointer dropped = JsonPointer.compile(leftOut.get(0).jsonPointer());
          assertThat(isAncestorOrSelf(dropped, leaf)).as("%s holds %s", dropped, leaf).isTrue();
          assertThat(leftOut.get(0).message()).contains("left out");

          // exactly the original without what was left out
          assertThat(read.value()).isEqualTo(JSON.read(TREES.writeValueAsString(without(original, dropped)), Dataset.class));
          // and nothing smaller would have done
          for (JsonPointer smaller = leaf; !smaller.equals(dropped); smaller = smaller.head()) {
            String document = TREES.writeValueAsString(without(original, smaller));
            assertThatThrownBy(() -> JSON.read(document, Dataset.class))
                .as("%s could have been left out alone, not %s", smaller, dropped)
                .isInstanceOf(JsonReadException.class);
          }
        });
  }

  private static void leaves(JsonNode node, JsonPointer at, List<JsonPointer> into) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        leaves(field.getValue(), at.appendProperty(field.getKey()), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), at.appendIndex(i), into);
      }
    } else {
      into.add(at);
    }
  }

  private static boolean isAncestorOrSelf(JsonPointer ancestor, JsonPointer pointer) {
    return pointer.toString().equals(ancestor.toString()) || pointer.toString().startsWith(ancestor + "/");
  }

  private static void replace(JsonNode root, JsonPointer at, JsonNode value) {
    JsonNode parent = root.at(at.head());
    if (parent.isArray()) {
      ((ArrayNode) parent).set(at.last().getMatchingIndex(), value);
    } else {
      ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
    }
  }

  private static JsonNode without(JsonNode root, JsonPointer at) {
    JsonNode copy = root.deepCopy();
    JsonNode parent = copy.at(at.head());
    if (parent.isArray()) {
      ((ArrayNode) parent).remove(at.last().getMatchingIndex());
    } else {
      ((ObjectNode) parent).remove(at.last().getMatchingProperty());
    }
    return copy;
  }
}
