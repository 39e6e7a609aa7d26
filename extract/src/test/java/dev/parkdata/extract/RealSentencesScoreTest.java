package dev.parkdata.extract;

/**
 * Scores the extractor and the parser on {@code real-sentences.jsonl}, the corpus of issue 16 on
 * which they were tuned, and fails below its targets (see {@link AnnotatedSentencesScoreTest}).
 */
class RealSentencesScoreTest extends AnnotatedSentencesScoreTest {
  @Override
  String file() {
    return "real-sentences.jsonl";
  }

  /**
   * Issue 16's targets, a parse share of 0.99 and a strict F1 of 0.97, raised to the figures
   * reached (never lower them). Baseline before issue 16: parse share 0.7785, precision 0.8675,
   * recall 0.7723, F1 0.8171. The three figures of s240 written after 新臺幣(下同) were annotated
   * in 亿元 with the currency in a note; they are 亿新台币, as the currency the text declares says,
   * and the extractor now reads them so. A surface parsed alone cannot know that: the parse share
   * fell from 0.9969 to 0.9938 with the correction.
   */
  @Override
  double minParseShare() {
    return 0.99;
  }

  @Override
  double minF1() {
    return 0.997;
  }

  /**
   * Ratchets on the mentions found right: the share whose period, and whose comparison base, is
   * the annotated one, text for text (both null where the annotation has none).
   */
  @Override
  double minPeriodAgreement() {
    return 0.813;
  }

  @Override
  double minBaseAgreement() {
    return 0.989;
  }

  /**
   * Ratchet on the mentions found right: the share whose indicator is the annotated one. The
   * annotations name what each figure measures as the sentence says it, often more narrowly than
   * the extractor's word lists (规上工业总产值, 澳资企业, 新签约项目) or from the sentence before (a
   * figure of a list whose indicator opens it), where the extractor gives the word it knows or
   * none. 0.173 when first measured (2026-12-05), 0.187 with the rates (出租率, 入驻率, 入住率, 空置率)
   * and 成长率 as a growth, 0.226 with a figure's measure after it and its list's (and 进口), 0.2490
   * (242 of 972) with the parks a count counts (三个科学园区: 科学园区), 0.308 with the words that
   * narrow an indicator; then (a later session) 0.329 with a growth written after a figure taking
   * the figure's word (营收300亿元，同比增长10%: 营收同比增长), 0.349 with a measure named in an earlier
   * clause and 成长, 衰退, 年增 as words of change, 0.358 (348 of 972) with 规模以上 kept and standard
   * indicators for trade, profit, employees and the like; 0.359 (349) with a share after 占 named by
   * its part where the clause names no share word; 0.361 (351) with a measure keeping the narrowed
   * subject that achieved it (规模以上工业企业实现利润总额: this set's annotations leave the subject
   * out, 5 fewer) and 年销售收入, 年营业收入 … as names of 营业收入 (7 more); 0.363 (353) with an
   * industry narrowing its measure and growth (电子信息产业实现产值, 生物医药产业增长), a share written
   * with its whole after 占 the part's (占规上工业总产值比重达66%), a growth after 、 the figure's.
   * Lowered once, on purpose, to 0.360 (350): a measure opening the clause after a count of firms
   * is theirs (集聚200多家生物医药企业，实现年产值200亿元: 生物医药企业产值, as the five articles'
   * annotators read it, two more right there), where this set's annotators wrote the bare measure
   * for three (澳資企業…，註冊資本; 台企企業…，占比; 臺資企業…，總投資). Then 0.359 (349): 占比 alone
   * after a figure is that figure's (高新技術產品產值達到618億元，比重達到60%: 高新技術產品產值占比),
   * where this set's annotators wrote 比重. Then, after a review, back to 0.363 (353): only what firms
   * achieve (产值, 营收, 利润 …) is theirs after a count of them, and a change to a new level is the
   * level (空置率下降至1.5%: 空置率). Then 0.365 (355): the traditional forms of the words that end
   * modifiers (累計, 合計), 签约 not cut at its 约, and 厂商 a noun of what is counted. Then 0.363
   * (353), on purpose: 增幅 or 增速 alone after a figure is that figure's (经营销售收入5621亿元，增速达21%:
   * 经营销售收入增速), where this set's annotators wrote the bare word. Then 0.367 (357): the
   * measures of statistical communiqués (用电量, 吞吐量, 社会消费品零售总额, 可支配收入 …) and 市场主体.
   * Then 0.368 (358): what a count right after a thing counts (建成垃圾处理厂1座: 垃圾处理厂).
   * Then 0.370 (360): 共 ends modifiers as a word of its own (共引进亿元以上项目: 引进亿元以上项目).
   * Then 0.369 (359), on purpose: a count's things keep the sum that bounds them (其中50亿元项目1个:
   * 50亿元项目), as the article sets' annotators write them, where this set's wrote 企业 for 税收500万元
   * 以上企业6家 (the article sets gained 26 right observations). Then (the twentieth session) 0.387 (377):
   * the words' traditional forms. Then 0.386 (376), on purpose: Hong Kong's 按年升 is a growth
   * (前海稅收按年升78%至136億元: 78% 稅收按年升, as 按年上升 was, and 136億元 稅收, the level it rose to),
   * where this set's annotators wrote 稅收 for both. Then 0.385 (375), on purpose: a quoted name
   * before a thing says which things (“三资”企业产值), as the article sets' annotators write them (they
   * gained seven right), where this set's wrote 企业产值. Then 0.377 (367), on purpose: a division of
   * 国民经济行业分类 that achieves a measure names it (限额以上批发业完成销售额37.5亿元: 批发业销售额, the
   * trade's, not the park's; and their growths), as the article sets' annotators write it (六安经开区's
   * 橡胶和塑料制品业产值), where this set's wrote 销售额 and 营业额. Then 0.390 (380), on purpose (the
   * twenty-third session): a count of projects with the stage written after them is the count of
   * that stage (17個項目開工: 開工項目, as 開工項目17個 is), where this set's annotator wrote 項目. Then
   * 0.391 (381): what a count reached counts (服务和管理人员总数达到2.2万余人).
   */
  @Override
  double minIndicatorAgreement() {
    return 0.396; // the twenty-sixth session's rules (有, 了, 以 before a count's or an industry's words, a stage before a count of projects, 数量 and 游客); before: growths and shares paired after 分别, a count before its things that act or are among them, a total so far after things added (the twenty-fifth session); before: an adverb of degree before a change no part of what changed (the twenty-fourth session); before: a count before its things and a measure of theirs, a part of the park narrowing its measure, an amount after its measure (the twenty-fourth session); before: what a count reached counts and a project's stage written after it (the twenty-third session); before: the words right before an amount and 完成投资 (the twenty-second session); before: a growth of a measure no standard names one indicator however written (the twenty-second session); before: classified industries achieving a measure (the twenty-first session); before: quoted names kept
  }
}
