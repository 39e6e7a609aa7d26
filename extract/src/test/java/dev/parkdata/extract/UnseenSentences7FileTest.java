package dev.parkdata.extract;

/**
 * Well-formedness of {@code real-sentences-unseen-7.jsonl}, a seventh held-out corpus, collected
 * after the extractor had been fitted to the first six.
 */
class UnseenSentences7FileTest extends HeldOutSentencesFileTest {
  @Override
  String file() {
    return "real-sentences-unseen-7.jsonl";
  }

  /** 120 sentences: collected last, in less time. */
  @Override
  int minSentences() {
    return 120;
  }

  @Override
  int minSources() {
    return 45;
  }

  @Override
  String[] earlier() {
    return new String[] {"real-sentences.jsonl", "real-sentences-unseen.jsonl", "real-sentences-unseen-2.jsonl",
      "real-sentences-unseen-3.jsonl", "real-sentences-unseen-4.jsonl", "real-sentences-unseen-5.jsonl",
      "real-sentences-unseen-6.jsonl"};
  }
}
