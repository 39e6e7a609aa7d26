package dev.parkdata.extract;

/**
 * Scores the extractor and the parser on {@code real-sentences-unseen-2.jsonl}, a second held-out
 * corpus (164 sentences from 50 pages, 71 in traditional characters, 476 figures) collected after
 * the extractor had been fitted to the first one and annotated before either was run on it, with
 * the scoring of {@link AnnotatedSentencesScoreTest}. The floors are the figures of the first run:
 * they may be raised as the extractor improves, never lowered, and the corpus must not be
 * re-annotated to meet them. First run: 476 annotated, 460 reported, 436 right, precision 0.9478,
 * recall 0.9160, F1 0.9316; parse share 0.9265 (441 of 476); periods 0.7982, bases 0.9725,
 * indicators 0.2133 of the 436. Most misses were Chinese digits as Taiwanese print writes them:
 * decimals with a dot (九.六四%, 二．二六兆元, 十九‧九一億元), ○ for zero (近一九○億元), digits
 * written one by one after 萬 (六萬三四九二個); then 衝破 (MORE_THAN) and a currency written with
 * (下同) right before a figure (新台幣(下同)1,822.232億元). With these: 464 reported, 452 right,
 * precision 0.9741, recall 0.9496, F1 0.9617; parse share 0.9580 (456); periods 0.8009, bases
 * 0.9690, indicators 0.2146. Then a figure after a count noun ending in 数 (企业数97868家,
 * 員工數55,546人; 数 before a Chinese numeral is still "several") and after a measure written in
 * Latin letters (城市GDP27%): 469 reported, 456 right, precision 0.9723, recall 0.9580, F1 0.9651;
 * periods 0.8026, bases 0.9693; the indicator share fell to 0.2127, the same 97 indicators over
 * four more figures found right.
 */
class UnseenSentences2ScoreTest extends AnnotatedSentencesScoreTest {
  @Override
  String file() {
    return "real-sentences-unseen-2.jsonl";
  }

  @Override
  double minParseShare() {
    return 0.957;
  }

  @Override
  double minF1() {
    return 0.965;
  }

  @Override
  double minPeriodAgreement() {
    return 0.802;
  }

  @Override
  double minBaseAgreement() {
    return 0.969;
  }

  @Override
  double minIndicatorAgreement() {
    // 0.336 with what a count right after a thing counts (the seventh session); one figure less
    // since a subject narrows a measure across 累计 (四大主导产业累计完成工业总产值88.2亿元，占园区比重
    // 87.84%: annotated 工业总产值, the park's whole, which the share after it shows it is not);
    // 0.336 with 共 ending modifiers, 0.343 with the sums that bound a count's things (the ninth session);
    // 0.356 with the words' traditional forms (the twentieth session); 0.361 with a phase and a
    // classified industry achieving a measure (the twenty-first)
    return 0.389; // the twenty-sixth session's rules (有, 了, 以 before a count's or an industry's words, a stage before a count of projects, 数量 and 游客); before: a count before its things and a measure of theirs, a part of the park narrowing its measure, an amount after its measure (the twenty-fourth session); before: what a count reached counts and a share of a goal met (the twenty-third session); before: the words right before an amount and 完成投资 (the twenty-second session); before: a growth of a measure no standard names one indicator however written (the twenty-second session)
  }
}
