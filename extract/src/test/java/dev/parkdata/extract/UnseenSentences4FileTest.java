package dev.parkdata.extract;

/**
 * Well-formedness of {@code real-sentences-unseen-4.jsonl}, a fourth held-out corpus, collected
 * after the extractor had been fitted to the first three.
 */
class UnseenSentences4FileTest extends HeldOutSentencesFileTest {
  @Override
  String file() {
    return "real-sentences-unseen-4.jsonl";
  }

  /** 146 sentences: the helper who collected it ran out of fresh pages before 150. */
  @Override
  int minSentences() {
    return 140;
  }

  @Override
  String[] earlier() {
    return new String[] {
      "real-sentences.jsonl", "real-sentences-unseen.jsonl", "real-sentences-unseen-2.jsonl", "real-sentences-unseen-3.jsonl",
    };
  }
}
