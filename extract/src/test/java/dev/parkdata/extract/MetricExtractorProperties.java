package dev.parkdata.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.parkdata.catalog.ParkNameResolver;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws of {@link MetricExtractor} over random texts assembled from corpus sentences.
 *
 * <p>200 examples a law, not 1,000: a text holds up to 30 sentences, each extracted two or three
 * times over (from the string, through a reader, in another text).
 */
class MetricExtractorProperties {
  private static final MetricExtractor X = MetricExtractor.standard();

  /** Shrink attempts: each extracts a text of up to 30 sentences (the default is 100,000). */
  private static final int SHRINK_CYCLES = 5_000;

  /**
   * What goes between two sentences: nothing, spaces (ideographic among them), line breaks, a
   * comma, a supplementary char (one code point, two chars) and a lone surrogate.
   */
  private static final List<String> GLUES =
      List.of("", " ", "\n", "\n\n", "，", "𠀀", "\u3000", "\uD800");

  /**
   * Up to 30 corpus sentences, each followed by a glue; a sentence followed by a comma loses its
   * terminator, so that sentences run together. The empty text and 30 sentences come first (the
   * smallest and the largest draws), then random ones.
   */
  static Gen<String> texts() {
    Gen<Pair<String, String>> pieces =
        Generate.pick(Corpus.sentences())
            .map(Corpus.Sentence::text)
            .zip(Generate.pick(GLUES), Pair::of);
    return lists().of(pieces).ofSizeBetween(0, 30)
        .map(
            list -> {
              StringBuilder sb = new StringBuilder();
              for (Pair<String, String> p : list) {
                String s = p._1;
                String glue = p._2;
                sb.append(glue.equals("，") && s.endsWith("。") ? s.substring(0, s.length() - 1) : s)
                    .append(glue);
              }
              return sb.toString();
            })
        .describedAs(HostileTextProperties::show);
  }

  /**
   * Sentences whose reading the scan carries into the sentences after them, which once read them
   * again from a reader's buffer that had moved on: parks named side by side, weighed against each
   * other (the first from a held-out article, W5, 海盐; the others written around the parks of the
   * forty-eighth set's 泸县 page and of {@code ParkScan}'s partners, 与…签约), and a measure whose
   * subject a clause after ； carries on (from the extractor's own javadoc; L5 of the held-out sets
   * failed so through the {@code extract} command).
   */
  private static final List<String> CARRYING_ON = List.of(
      "这标志着开发区临港产业取得重大突破，实现了把海盐经济开发区打造成环杭州湾先进临港产业基地的蓝图。",
      "泸县经开区依托城西工业园、城北工业园、临港产业园、空港产业园发展。",
      "北京经济技术开发区与中关村软件园签约，全区新增企业120家。",
      "高新技术企业累计实现主营业务收入3044.4亿元，同比增长10.5%；实现利润总额195.5亿元。");

  /** {@link #texts()} with a sentence of {@link #CARRYING_ON} before, between or after. */
  private static Gen<String> textsNamingParks() {
    return texts().zip(texts(), Generate.pick(CARRYING_ON), Generate.pick(GLUES),
        (a, b, carrying, glue) -> a + carrying + glue + b).describedAs(HostileTextProperties::show);
  }

  @Test
  void aReaderGivesTheMentionsOfTheString() {
    qt().withExamples(200)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(texts(), Generate.range(1, 50))
        .checkAssert(
            (text, block) ->
                assertThat(read(X, new TrickleReader(text, block))).isEqualTo(X.extract(text)));
  }

  /**
   * The same with park names, which the extractor reads sentence by sentence from a buffer that
   * moves on (a sentence naming two parks once read the sentence before it from the moved buffer:
   * 把海盐经济开发区打造成环杭州湾先进临港产业基地。 through the {@code extract} command).
   */
  @Test
  void aReaderGivesTheMentionsAndParksOfTheString() {
    MetricExtractor parks = X.withParkNames(ParkNameResolver.standard());
    qt().withExamples(200)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(textsNamingParks(), Generate.range(1, 50))
        .checkAssert(
            (text, block) -> {
              List<ParkMention> fromString = new ArrayList<>();
              List<Mention> expected = new ArrayList<>();
              parks.extract(text, expected::add, fromString::add);
              List<ParkMention> fromReader = new ArrayList<>();
              List<Mention> read = new ArrayList<>();
              try {
                parks.extract(new TrickleReader(text, block), read::add, fromReader::add);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              assertThat(read).isEqualTo(expected);
              assertThat(fromReader).isEqualTo(fromString);
            });
  }

  @Test
  void aReaderGivesTheMentionsOfTheStringWhenLongSentencesAreCut() {
    qt().withExamples(200)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(texts(), Generate.range(2, 40), Generate.range(1, 50))
        .checkAssert(
            (text, maxSentence, block) -> {
              MetricExtractor small = MetricExtractor.withMaxSentence(maxSentence);
              assertThat(read(small, new TrickleReader(text, block))).isEqualTo(small.extract(text));
            });
  }

  @Test
  void offsetsAreCodePointsOfTheSurfaceTextInOrder() {
    qt().withExamples(200)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(texts())
        .checkAssert(
            text -> {
              int last = 0;
              for (Mention m : X.extract(text)) {
                assertThat(m.start()).isGreaterThanOrEqualTo(last);
                String surface =
                    text.substring(
                        text.offsetByCodePoints(0, m.start()), text.offsetByCodePoints(0, m.end()));
                assertThat(surface).isEqualTo(m.text());
                last = m.end();
              }
            });
  }

  @Test
  void sentencesAreExtractedIndependently() {
    qt().withExamples(200)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(texts(), texts())
        .checkAssert(
            (a, b) -> {
              if (Text.beginsWithOfWhich(b, 0, b.length())) {
                return; // 其中 goes on about the sentence before: its period is handed on (the extractor's javadoc)
              }
              String first = a + "。";
              int shift = first.codePointCount(0, first.length());
              List<Mention> expected = new ArrayList<>(X.extract(first));
              for (Mention m : X.extract(b)) {
                expected.add(
                    Mention.of(
                        m.start() + shift, m.end() + shift, m.text(), m.metric(),
                        m.indicator().orElse(null), m.period().orElse(null), m.base().orElse(null)));
              }
              assertThat(X.extract(first + b)).isEqualTo(expected);
            });
  }

  private static List<Mention> read(MetricExtractor extractor, Reader reader) {
    try {
      return extractor.extract(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
