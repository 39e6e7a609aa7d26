package dev.parkdata.extract;

/**
 * Scores the extractor and the parser on {@code real-sentences-unseen-3.jsonl}, a third held-out
 * corpus (152 sentences from 51 pages, 58 in traditional characters, 372 figures) collected after
 * the extractor had been fitted to the first two and annotated before either was run on it, with
 * the scoring of {@link AnnotatedSentencesScoreTest}. The floors are the figures of the first run:
 * they may be raised as the extractor improves, never lowered, and the corpus must not be
 * re-annotated to meet them. First run: 372 annotated, 370 reported, 357 right, precision 0.9649,
 * recall 0.9597, F1 0.9623; parse share 0.9731 (362 of 372); periods 0.8375, bases 0.9944,
 * indicators 0.1681 of the 357. Then a decimal after 兆 read in the magnitude after it
 * (一兆一千三百五十五點五二億元 is 11355.52 亿元, not 10^12 亿元 and more), 日 after / (5.0万吨/日),
 * 百余家 a figure, and 零部件 no 0 部: 371 reported, 359 right, precision 0.9677, recall 0.9651,
 * F1 0.9664; parse share 0.9758 (363); periods 0.8384, bases 0.9944, indicators 0.1699. (5大类
 * read as 5 类, as this corpus annotates it, was dropped: the first held-out corpus annotates
 * 6大类 as 6大, 6 个.)
 */
class UnseenSentences3ScoreTest extends AnnotatedSentencesScoreTest {
  @Override
  String file() {
    return "real-sentences-unseen-3.jsonl";
  }

  @Override
  double minParseShare() {
    return 0.975;
  }

  @Override
  double minF1() {
    return 0.966;
  }

  @Override
  double minPeriodAgreement() {
    return 0.844; // raised (the nineteenth session): a founding's year no period of the clauses after it
  }

  @Override
  double minBaseAgreement() {
    return 0.994;
  }

  @Override
  double minIndicatorAgreement() {
    return 0.367; // growths and shares paired after 分别, a count before its things that act or are among them, a total so far after things added (the twenty-fifth session); before: a count before its things and a measure of theirs, a part of the park narrowing its measure, an amount after its measure (the twenty-fourth session); before: the words right before an amount and 完成投资 (the twenty-second session); before: a growth of a measure no standard names one indicator however written (the twenty-second session); before: a phase, a classified industry achieving a measure (the twenty-first session); before: what a count right after a thing counts (the seventh session)
  }
}
