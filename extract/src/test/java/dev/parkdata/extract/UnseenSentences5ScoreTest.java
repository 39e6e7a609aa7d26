package dev.parkdata.extract;

/**
 * Scores the extractor and the parser on {@code real-sentences-unseen-5.jsonl}, a fifth held-out
 * corpus (153 sentences from 53 pages, 54 in traditional characters, 464 figures) collected after
 * the extractor had been fitted to the first four and annotated before either was run on it, with
 * the scoring of {@link AnnotatedSentencesScoreTest}. The floors are the figures of the first run:
 * they may be raised as the extractor improves, never lowered, and the corpus must not be
 * re-annotated to meet them. First run: 464 annotated, 460 reported, 440 right, precision 0.9565,
 * recall 0.9483, F1 0.9524; parse share 0.9677 (449 of 464); periods 0.7886, bases 0.9386,
 * indicators 0.1227 of the 440. Then a magnitude word alone after a bound (过亿, 过百亿): 462
 * reported, 442 right, precision 0.9567, recall 0.9526, F1 0.9546; periods 0.7873, bases 0.9389,
 * indicators 0.1222. Then 锭 a classifier (27.4万锭): 443 right, F1 0.9568, parse share 0.9698;
 * indicators 0.1219, the same 54 over one more figure found right.
 */
class UnseenSentences5ScoreTest extends AnnotatedSentencesScoreTest {
  @Override
  String file() {
    return "real-sentences-unseen-5.jsonl";
  }

  @Override
  double minParseShare() {
    return 0.967;
  }

  @Override
  double minF1() {
    return 0.956;
  }

  @Override
  double minPeriodAgreement() {
    return 0.790; // raised (the nineteenth session): a founding's year no period of the clauses after it
  }

  @Override
  double minBaseAgreement() {
    return 0.938;
  }

  @Override
  double minIndicatorAgreement() {
    return 0.376; // the twenty-sixth session's rules (有, 了, 以 before a count's or an industry's words, a stage before a count of projects, 数量 and 游客); before: the words right before an amount and 完成投资 (the twenty-second session); before: a growth of a measure no standard names one indicator however written (the twenty-second session); before: a phase, a classified industry achieving a measure (the twenty-first session); before: the words' traditional forms (the twentieth session); before:  the measures of statistical communiqués, what a count right after a thing counts (the seventh session), 省外 (the twelfth)
  }
}
