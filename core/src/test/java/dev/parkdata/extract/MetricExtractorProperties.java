package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of {@link MetricExtractor} over random texts assembled from corpus sentences. */
class MetricExtractorProperties {
  private static final MetricExtractor X = MetricExtractor.standard();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> sentence = Arbitraries.of(Corpus.sentences()).map(Corpus.Sentence::text);
    Arbitrary<String> glue = Arbitraries.of("", " ", "\n", "\n\n", "，", "𠀀");
    return sentence.list().ofMaxSize(30).flatMap(list -> glue.list().ofSize(list.size()).map(glues -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < list.size(); i++) {
        String s = list.get(i);
        // Drop the terminator now and then, so that sentences run together.
        sb.append(glues.get(i).equals("，") && s.endsWith("。") ? s.substring(0, s.length() - 1) : s)
            .append(glues.get(i));
      }
      return sb.toString();
    }));
  }

  @Property(tries = 200)
  void aReaderGivesTheMentionsOfTheString(@ForAll("texts") String text, @ForAll @IntRange(min = 1, max = 50) int block)
      throws IOException {
    assertThat(X.extract(new TrickleReader(text, block))).isEqualTo(X.extract(text));
  }

  @Property(tries = 200)
  void aReaderGivesTheMentionsOfTheStringWhenLongSentencesAreCut(
      @ForAll("texts") String text, @ForAll @IntRange(min = 2, max = 40) int maxSentence,
      @ForAll @IntRange(min = 1, max = 50) int block) throws IOException {
    MetricExtractor small = MetricExtractor.withMaxSentence(maxSentence);
    assertThat(small.extract(new TrickleReader(text, block))).isEqualTo(small.extract(text));
  }

  @Property(tries = 200)
  void offsetsAreCodePointsOfTheSurfaceTextInOrder(@ForAll("texts") String text) {
    int last = 0;
    for (Mention m : X.extract(text)) {
      assertThat(m.start()).isGreaterThanOrEqualTo(last);
      String surface = text.substring(text.offsetByCodePoints(0, m.start()), text.offsetByCodePoints(0, m.end()));
      assertThat(surface).isEqualTo(m.text());
      last = m.end();
    }
  }

  @Property(tries = 200)
  void sentencesAreExtractedIndependently(@ForAll("texts") String a, @ForAll("texts") String b) {
    String first = a + "。";
    int shift = first.codePointCount(0, first.length());
    List<Mention> expected = new ArrayList<>(X.extract(first));
    for (Mention m : X.extract(b)) {
      expected.add(Mention.of(m.start() + shift, m.end() + shift, m.text(), m.metric(),
          m.indicator().orElse(null), m.period().orElse(null)));
    }
    assertThat(X.extract(first + b)).isEqualTo(expected);
  }

  /** A reader that hands out at most {@code block} characters per read. */
  private static final class TrickleReader extends Reader {
    private final StringReader in;
    private final int block;

    TrickleReader(String text, int block) {
      this.in = new StringReader(text);
      this.block = block;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      return in.read(buffer, offset, Math.min(length, block));
    }

    @Override
    public void close() {
      in.close();
    }
  }
}
