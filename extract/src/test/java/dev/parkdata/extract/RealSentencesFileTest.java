package dev.parkdata.extract;

/**
 * Well-formedness of {@code real-sentences.jsonl}, the corpus of issue 16 (≥ 300 sentences, ≥ 40
 * sources, ≥ 1/3 in traditional characters), on which the extractor was tuned.
 */
class RealSentencesFileTest extends AnnotatedSentencesFileTest {
  @Override
  String file() {
    return "real-sentences.jsonl";
  }

  @Override
  int minSentences() {
    return 300;
  }

  @Override
  int minSources() {
    return 40;
  }
}
