package dev.parkdata.extract;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Well-formedness of {@code real-sentences-unseen-2.jsonl}, a second held-out corpus of real public
 * sentences annotated by hand before the extractor was run on them (≥ 150 sentences, ≥ 50 pages,
 * none of them a page of {@code real-sentences.jsonl} or of the first held-out corpus, ≥ 1/3 in
 * traditional characters), collected after the extractor had been fitted to the first.
 */
class UnseenSentences2FileTest extends AnnotatedSentencesFileTest {
  @Override
  String file() {
    return "real-sentences-unseen-2.jsonl";
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
    assertNoPageIsOneOf("real-sentences.jsonl", "real-sentences-unseen.jsonl");
  }
}
