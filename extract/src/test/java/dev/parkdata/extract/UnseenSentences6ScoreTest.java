package dev.parkdata.extract;

/**
 * Scores the extractor and the parser on {@code real-sentences-unseen-6.jsonl}, a sixth held-out
 * corpus (157 sentences from 52 pages, 72 in traditional characters, 492 figures) collected after
 * the extractor had been fitted to the first five and annotated before either was run on it, with
 * the scoring of {@link AnnotatedSentencesScoreTest}. The floors are the figures of the first run:
 * they may be raised as the extractor improves, never lowered, and the corpus must not be
 * re-annotated to meet them. First run: 492 annotated, 429 reported, 397 right, precision 0.9254,
 * recall 0.8069, F1 0.8621; parse share 0.8537 (420 of 492); periods 0.7204, bases 0.9572,
 * indicators 0.1134 of the 397. Its annotator's conventions differ from the other sets' most:
 * plain numbers with no unit as figures (31 counts of zones by province in one sentence), size
 * classes (100亿级), and qualifier words left outside the span (高达, 上看, 約佔, 不低于 …), where the
 * other sets and the extractor keep them in it. Then 方米 for 平方米 and 锭 a classifier: 430
 * reported, 399 right, precision 0.9279, recall 0.8110, F1 0.8655; parse share 0.8577 (422);
 * periods 0.7218, bases 0.9574, indicators 0.1128.
 */
class UnseenSentences6ScoreTest extends AnnotatedSentencesScoreTest {
  @Override
  String file() {
    return "real-sentences-unseen-6.jsonl";
  }

  @Override
  double minParseShare() {
    return 0.857;
  }

  @Override
  double minF1() {
    return 0.865;
  }

  @Override
  double minPeriodAgreement() {
    return 0.721;
  }

  @Override
  double minBaseAgreement() {
    return 0.957;
  }

  @Override
  double minIndicatorAgreement() {
    return 0.250; // the twenty-sixth session's rules (有, 了, 以 before a count's or an industry's words, a stage before a count of projects, 数量 and 游客); before: the words right before an amount and 完成投资 (the twenty-second session); before: a phase, a classified industry achieving a measure (the twenty-first session); before: a count right after a thing (the seventh session), 共, sums bounding things (the ninth)
  }
}
