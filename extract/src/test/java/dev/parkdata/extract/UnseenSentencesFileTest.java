package dev.parkdata.extract;

/**
 * Well-formedness of {@code real-sentences-unseen.jsonl}, the first held-out corpus (≥ 1/3 in
 * traditional characters), whose pages are none of the tuning corpus {@code real-sentences.jsonl}.
 */
class UnseenSentencesFileTest extends HeldOutSentencesFileTest {
  @Override
  String file() {
    return "real-sentences-unseen.jsonl";
  }

  @Override
  String[] earlier() {
    return new String[] {"real-sentences.jsonl"};
  }
}
