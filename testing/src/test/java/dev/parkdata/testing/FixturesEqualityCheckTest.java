package dev.parkdata.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parkdata.dataset.Dataset;
import dev.parkdata.observation.Indicator;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Temporary: the split Fixtures equal the monolithic OldFixtures. */
class FixturesEqualityCheckTest {

  @Test
  void datasetsAreEqualButForTheOrderOfOrganisationsAndTheUnusedIndicator() {
    Dataset old = OldFixtures.dataset();
    Dataset now = Fixtures.dataset();
    System.out.println("old indicators " + old.indicators().size() + ", new " + now.indicators().size());
    List<Indicator> oldUsed = new ArrayList<>(old.indicators());
    oldUsed.remove(OldFixtures.CUMULATIVE_REVENUE);
    assertThat(now.indicators()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(oldUsed);
    assertThat(now.organisations()).containsExactlyInAnyOrderElementsOf(old.organisations());
    System.out.println("old orgs " + old.organisations().stream().map(o -> o.id().value()).toList());
    System.out.println("new orgs " + now.organisations().stream().map(o -> o.id().value()).toList());
    // all else exactly equal, in order
    assertThat(now.parks()).isEqualTo(old.parks());
    assertThat(now.clusters()).isEqualTo(old.clusters());
    assertThat(now.chains()).isEqualTo(old.chains());
    assertThat(now.policies()).isEqualTo(old.policies());
    assertThat(now.observations()).isEqualTo(old.observations());
    assertThat(now.externals()).isEqualTo(old.externals());
    Dataset reordered =
        Dataset.builder()
            .from(now)
            .organisations(old.organisations())
            .indicators(old.indicators())
            .build();
    assertThat(reordered).isEqualTo(old);
    assertThat(reordered.toString()).isEqualTo(old.toString());
    assertThat(now.toString()).isEqualTo(old.toString());
  }

  @Test
  void everyPublicConstantAndEntryPointIsEqual() throws Exception {
    Set<String> compared = new TreeSet<>();
    Set<String> missing = new TreeSet<>();
    for (Field f : OldFixtures.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Field g;
      try {
        g = Fixtures.class.getField(f.getName());
      } catch (NoSuchFieldException e) {
        missing.add(f.getName());
        continue;
      }
      assertThat(g.getType()).isEqualTo(f.getType());
      assertThat(g.get(null)).as(f.getName()).isEqualTo(f.get(null));
      compared.add(f.getName());
    }
    for (Method m : OldFixtures.class.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) || m.getParameterCount() != 0) {
        continue;
      }
      Method n = Fixtures.class.getMethod(m.getName());
      assertThat(n.getGenericReturnType()).isEqualTo(m.getGenericReturnType());
      if (!Set.of("dataset", "indicators", "enterprises").contains(m.getName())) {
        assertThat(n.invoke(null)).as(m.getName()).isEqualTo(m.invoke(null));
      }
      compared.add(m.getName() + "()");
    }
    System.out.println("compared " + compared.size() + ": " + compared);
    System.out.println("missing " + missing);
    assertThat(missing).containsExactly("CUMULATIVE_REVENUE");
    assertThat(Fixtures.class.getFields()).hasSize(OldFixtures.class.getFields().length - 1);
    assertThat(Fixtures.class.getMethods()).hasSize(OldFixtures.class.getMethods().length);
  }
}
