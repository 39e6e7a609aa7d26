package dev.parkdata.extract;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Well-formedness of {@code real-sentences-unseen-3.jsonl}, a third held-out corpus of real public
 * sentences annotated by hand before the extractor was run on them (≥ 150 sentences, ≥ 50 pages,
 * none of them a page of {@code real-sentences.jsonl} or of the first two held-out corpora, ≥ 1/3 in
 * traditional characters), collected after the extractor had been fitted to the first two.
 */
class UnseenSentences3FileTest extends AnnotatedSentencesFileTest {
  @Override
  String file() {
    return "real-sentences-unseen-3.jsonl";
  }

  @Override
  int minSentences() {
    return 150;
  }

  @Override
  int minSources() {
    return 50;
  }

  @Test
  void noPageIsOneOfAnEarlierCorpus() throws IOException {
    assertNoPageIsOneOf("real-sentences.jsonl", "real-sentences-unseen.jsonl", "real-sentences-unseen-2.jsonl");
  }
}
