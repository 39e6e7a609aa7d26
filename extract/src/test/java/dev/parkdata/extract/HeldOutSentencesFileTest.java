package dev.parkdata.extract;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Well-formedness of a held-out corpus of real public sentences, annotated by hand before the
 * extractor was run on them: at least 150 sentences from at least 50 pages, none of them a page of
 * a corpus before it ({@link #earlier}), so that the extractor's score on it is not one it was
 * tuned to. Each held-out corpus has a subclass naming it and the corpora before it.
 */
abstract class HeldOutSentencesFileTest extends AnnotatedSentencesFileTest {
  /** The corpora collected before this one, whose pages it must not share. */
  abstract String[] earlier();

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
    assertNoPageIsOneOf(earlier());
  }
}
