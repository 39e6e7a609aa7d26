package dev.parkdata.extract;

/**
 * Scores the extractor and the parser on {@code real-sentences-unseen-4.jsonl}, a fourth held-out
 * corpus (146 sentences from 51 pages, 81 in traditional characters, 418 figures) collected after
 * the extractor had been fitted to the first three and annotated before either was run on it, with
 * the scoring of {@link AnnotatedSentencesScoreTest}. The floors are the figures of the first run:
 * they may be raised as the extractor improves, never lowered, and the corpus must not be
 * re-annotated to meet them. First run: 418 annotated, 409 reported, 379 right, precision 0.9267,
 * recall 0.9067, F1 0.9166; parse share 0.9330 (390 of 418); periods 0.8311, bases 0.9921,
 * indicators 0.1346 of the 379. Most misses are the corpus's own conventions, which the other
 * corpora annotate otherwise (年产 and 连续 outside the span, 35年來 without 來, 3億3千萬元 in 亿元),
 * and words the unit catalogue lacks (天次, 伙, 廠). Then 十几年 as 十多年, 零件 no 0 件, 3亿3千万元
 * in 万元 (not 千万元), and 5、6年 an approximate range: 407 reported, 380 right, precision 0.9337,
 * recall 0.9091, F1 0.9212; parse share 0.9354 (391); periods 0.8289, bases 0.9921, indicators
 * 0.1368.
 */
class UnseenSentences4ScoreTest extends AnnotatedSentencesScoreTest {
  @Override
  String file() {
    return "real-sentences-unseen-4.jsonl";
  }

  @Override
  double minParseShare() {
    return 0.935;
  }

  @Override
  double minF1() {
    return 0.921;
  }

  @Override
  double minPeriodAgreement() {
    return 0.834; // raised (the nineteenth session): a founding's year no period of the clauses after it
  }

  @Override
  double minBaseAgreement() {
    return 0.992;
  }

  @Override
  double minIndicatorAgreement() {
    return 0.307; // the twenty-sixth session's rules (有, 了, 以 before a count's or an industry's words, a stage before a count of projects, 数量 and 游客); before: growths and shares paired after 分别, a count before its things that act or are among them, a total so far after things added (the twenty-fifth session); before: a count before its things and a measure of theirs, a part of the park narrowing its measure, an amount after its measure (the twenty-fourth session); before: what a count reached counts (the twenty-third session); before: the words right before an amount and 完成投资 (the twenty-second session); before: a phase, a classified industry achieving a measure (the twenty-first session); before: the words' traditional forms (the twentieth session); before:  共 ends modifiers, a count's things keep the sum that bounds them (the ninth session)
  }
}
