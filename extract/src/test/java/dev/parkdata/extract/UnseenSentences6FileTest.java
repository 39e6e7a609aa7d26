package dev.parkdata.extract;

/**
 * Well-formedness of {@code real-sentences-unseen-6.jsonl}, a sixth held-out corpus, collected
 * after the extractor had been fitted to the first five.
 */
class UnseenSentences6FileTest extends HeldOutSentencesFileTest {
  @Override
  String file() {
    return "real-sentences-unseen-6.jsonl";
  }

  @Override
  String[] earlier() {
    return new String[] {"real-sentences.jsonl", "real-sentences-unseen.jsonl", "real-sentences-unseen-2.jsonl",
      "real-sentences-unseen-3.jsonl", "real-sentences-unseen-4.jsonl", "real-sentences-unseen-5.jsonl"};
  }
}
