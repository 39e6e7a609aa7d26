package dev.parkdata.extract;

/**
 * Well-formedness of {@code real-sentences-unseen-2.jsonl}, a second held-out corpus, collected
 * after the extractor had been fitted to the first.
 */
class UnseenSentences2FileTest extends HeldOutSentencesFileTest {
  @Override
  String file() {
    return "real-sentences-unseen-2.jsonl";
  }

  @Override
  String[] earlier() {
    return new String[] {"real-sentences.jsonl", "real-sentences-unseen.jsonl"};
  }
}
