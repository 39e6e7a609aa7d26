package dev.parkdata.extract;

/**
 * Scores the extractor and the parser on {@code real-sentences-unseen-7.jsonl}, a seventh held-out
 * corpus (120 sentences from 47 pages, 40 in traditional characters, 329 figures) collected after
 * the extractor had been fitted to the first six and annotated before either was run on it, with
 * the scoring of {@link AnnotatedSentencesScoreTest}. The floors are the figures of the first run:
 * they may be raised as the extractor improves, never lowered, and the corpus must not be
 * re-annotated to meet them. Collected last, after a second read of the change; nothing was made
 * for it. Its collector was told, as the extractor's documented rules have it, that a plain number
 * with no unit is no figure. First run: 329 annotated, 324 reported, 312 right, precision 0.9630,
 * recall 0.9483, F1 0.9556; parse share 0.9605 (316 of 329); periods 0.8269, bases 0.9551,
 * indicators 0.1250 of the 312.
 */
class UnseenSentences7ScoreTest extends AnnotatedSentencesScoreTest {
  @Override
  String file() {
    return "real-sentences-unseen-7.jsonl";
  }

  @Override
  double minParseShare() {
    return 0.960;
  }

  @Override
  double minF1() {
    return 0.955;
  }

  @Override
  double minPeriodAgreement() {
    return 0.826;
  }

  @Override
  double minBaseAgreement() {
    return 0.955;
  }

  // raised in the eighteenth session from 0.237: a part of a park before its measure kept (核心区面积)
  @Override
  double minIndicatorAgreement() {
    return 0.269; // the twenty-sixth session's rules (有, 了, 以 before a count's or an industry's words, a stage before a count of projects, 数量 and 游客); before: a project's stage written after it (the twenty-third session); before: the words right before an amount and 完成投资 (the twenty-second session); before: the words' traditional forms (the twentieth session)
  }
}
