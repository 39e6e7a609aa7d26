package dev.parkdata.extract;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Well-formedness of {@code real-sentences-unseen.jsonl}, a held-out corpus of real public
 * sentences annotated by hand before the extractor was run on them (≥ 150 sentences, ≥ 50 pages, none
 * of them a page of {@code real-sentences.jsonl}, ≥ 1/3 in traditional characters), so that the
 * extractor's score on it is not one it was tuned to.
 */
class UnseenSentencesFileTest extends AnnotatedSentencesFileTest {
  @Override
  String file() {
    return "real-sentences-unseen.jsonl";
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
  void noPageIsOneOfTheTuningCorpus() throws IOException {
    assertNoPageIsOneOf("real-sentences.jsonl");
  }
}
