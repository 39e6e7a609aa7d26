package dev.parkdata.extract;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.parkdata.catalog.ParkNameResolver;
import dev.parkdata.internal.ChangeWords;
import dev.parkdata.internal.ChineseNumerals;
import dev.parkdata.internal.Decimals;
import dev.parkdata.internal.FigureWords;
import dev.parkdata.metric.Interval;
import dev.parkdata.metric.Metric;
import dev.parkdata.metric.MetricParser;
import dev.parkdata.metric.Qualifier;
import dev.parkdata.observation.Indicators;
import dev.parkdata.unit.BaseUnit;
import dev.parkdata.unit.Dimension;
import dev.parkdata.unit.FigureLimits;
import dev.parkdata.unit.Unit;
import dev.parkdata.unit.Units;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds every quantity in a Chinese text (simplified or traditional): its span, its surface text,
 * the {@link Metric} with its qualifier, and where the text says it, the indicator it measures
 * and the time it refers to.
 *
 * <pre>{@code
 * List<Mention> mentions = MetricExtractor.standard().extract(
 *     "截至2021年底，园区营业收入超过300亿元，集聚企业2万余家，同比增长21.6%。");
 * // [15,22) "超过300亿元" 超过300亿元 MORE_THAN indicator=营业收入 period=截至2021年底
 * // [27,31) "2万余家" 2万余家 OVER indicator=企业 period=截至2021年底
 * // [36,41) "21.6%" 21.6% EXACT indicator=企业同比增长 period=截至2021年底
 * }</pre>
 *
 * <h2>What is found</h2>
 * Every expression {@link MetricParser} reads, starting at a digit or a Chinese numeral: figures
 * with units and magnitude words, ranges (400-600个), percents, percentage points, multiples,
 * Chinese-numeral figures (三十多年). The extractor adds:
 *
 * <ul>
 *   <li>a qualifier word before the figure, also through a verb ({@code 最高可获2000万元} is AT_MOST)
 *       and through the currency word 人民币 ({@code 约人民币5.08亿元} is 5.08亿元 APPROXIMATELY;
 *       人民币 is taken into the span only before a figure in yuan). The single-character words
 *       are not read as qualifiers where they end another word: 过 in 通过, 经过, 不过; 近 in 最近,
 *       附近; 约 in 节约, 签约, 合约, 预约. A qualifier before a range is left out of the span and
 *       the range kept ({@code 约400-600个} is 400-600个 RANGE); so is a qualifier that conflicts
 *       with one after the figure;
 *   <li>余/多 after a duration ({@code 1年多} is 1年 OVER; {@code 三个多月} is 3个月 OVER).
 *   <li>(issue 16) the words the parser reads before a figure, found backwards and read again by
 *       the parser: a currency (新台币4.76兆元 is in 新台币), a qualifier through a verb and a second
 *       agreeing qualifier (约有, 最高补助不超过), lead words (连续, 高达); a minus sign before Arabic
 *       digits (净利润-1200万元); durations with 来, 以来, 间 (三十年来 is 30年 EXACT; 近 before a
 *       duration is "recent"). A figure never spans a line break. See {@code docs/figures.md}.
 *   <li><b>Lists</b> (issue 16): figures joined by 、 和 及 以及 与 或 are separate mentions; a
 *       member with no unit, or with the first part of the next one's (八点九个和五点六个百分点,
 *       五万、十万元), takes the unit of the next member that has one ({@code 19.9、22.8个百分点}
 *       is 19.9个百分点 and 22.8个百分点; each span holds its own figure only). A qualifier before
 *       the first member of a list in one unit stands for every member with none of its own
 *       ({@code 约81.7%、68.1%和172.4%} are all APPROXIMATELY; 余/多 are never shared). Two
 *       adjacent numerals across 、 are an approximate range ({@code 二、三十年} is 20-30年).
 *   <li><b>Scope across words</b> (issue 16): a qualifier through 占 ({@code 约占40%}), and across
 *       a noun phrase over a share after 的 ({@code 约占全区的40%}, {@code 超过…总量的三成}) or over
 *       a figure after 每 and a unit ({@code 突破每平方米70元} is MORE_THAN 70元), at most 16
 *       characters back in the same clause; the span starts at the qualifier.
 *   <li>A lone 一 before a measure unit ({@code 一吨}, {@code 一美元}); before a classifier it is
 *       the article (below).
 *   <li>A currency declared in a bracket after a figure, {@code (美元,下同)}, {@code （人民币，下同）},
 *       or written right before it with (下同) after the currency ({@code 新台幣(下同)1,822.232億元}),
 *       for the figures after it in the text ("the same below") that have no unit or the bare 元,
 *       unless 人民币 is written with them ({@code 接近70亿(美元,下同)，投资总额90.7亿} are 70亿美元
 *       and 90.7亿美元, {@code 投資額超過4億元(美元,下同)} is more than 4亿美元, and so is a later
 *       sentence's 4.1億元); the bracket stays outside the span.
 * </ul>
 *
 * <h2>What is not reported, and why</h2>
 * These are not quantities of a park (see {@code quantities.md}); each is dropped silently:
 *
 * <ul>
 *   <li><b>Dates and years</b>: a figure in 年 of four Arabic digits from 1000 to 2999, exact, a
 *       range or approximate (2022年, 1997-2017 年, 2018 年度, 2011年左右); two or three Arabic
 *       digits from 60 to 150, a year of the Republic of China, alone or in a range (96年,
 *       99年至103年); digits written one by one (一四年, 二○一二年); any figure before 年度
 *       (2025至26年度, a fiscal year). {@code 2000多年} is a duration and is reported. Month and
 *       day (9 月 27 日) are not units and are never read.
 *   <li><b>Time adverbials</b>: a duration followed by 前, 后 or 平均 (五年前, 两年平均增长; but
 *       三十年后的今天 is a duration), or after 前 (not 提前: 提前两年 is two years ahead), 上, 下,
 *       每, 同, 去, 今, 首 … (前一年, 每一年,
 *       首5个月; but 成立至今20余年 and 创下34年来新高 are durations); durations with 来 are
 *       reported (issue 16).
 *   <li><b>Plan periods</b>: 十四五 is not a numeral the parser reads; it is a {@linkplain
 *       Mention#period() period}.
 *   <li><b>Ordinals and ranks</b>: a figure after 第 (第四届, 第20年), or ending a range that
 *       begins after 第 (第一至三座); a figure after 前, "the first N" or a rank (前20家, 名列前100名;
 *       not after 提前, 目前, 之前, 以前, 此前, 日前); a range in 名 from 1 or before 中 (1-30名,
 *       71-100名中: places); a Chinese numeral before 期 (二期, 三期 are phases, but 分三期 counts
 *       them; 17 期 in Arabic digits is a count of editions and is reported); a figure followed by
 *       名次 or 位次 (提升了38个名次 is a rank change, not 38 个 of anything).
 *   <li><b>Names in quotation marks</b>: a figure inside a quotation of at most 12 characters
 *       between 「」, “”, 《》 or 『』 (「投資臺灣三大方案」, “三个万”, “三次创业” are names and slogans).
 *   <li><b>Scale classes</b>: a figure followed by 级 (百公斤级, 百亿级, 千亿级 name a class).
 *   <li><b>Document and serial numbers</b>: a figure followed by 号 (国发〔2020〕7号).
 *   <li><b>Codes and product names</b>: a figure joined to Latin letters (GLP-1, 5G), glued to
 *       another number by +, - or / (5+2 天), or a unit symbol continued by letters. Names whose
 *       figure is followed by a word that is not a unit (13价肺炎球菌结合疫苗, 2型糖尿病, 500强) are
 *       not read in the first place.
 *   <li><b>Vague and idiomatic numerals</b>: after 数 or 几 (数百公斤); the bare 一 of the
 *       indefinite article before a classifier (一家, 一批, 一个; 一年多, 一倍, 一吨 are reported),
 *       or before a duration after 的 or 这 (最快的一年); a magnitude word with no digit (万人,
 *       亿元, 千家万户) unless a qualifier precedes it (超亿元, 超过百亿元 are reported, and so is
 *       有上万家: 上 at the start of a clause or after 有, 了, 达, 近 … is "reaching", AT_LEAST, not
 *       the 上 of 市场上); 三位一体;
 *       两位数 (double digits).
 *   <li><b>Figures not read whole</b>: a classifier continued by 次 (100余家次 is in 家次, which
 *       the catalogue does not have), but not 次之 (23.75%次之 is 23.75%); 个 before 亿 or 万 (7个亿):
 *       dropped rather than reported in 家 or 个. A figure whose unit never comes (the first
 *       members of a list without one) is not reported.
 * </ul>
 *
 * <h2>Indicator, period and comparison base</h2>
 * The {@linkplain Mention#indicator() indicator} is the known indicator word (总面积, 营业收入,
 * 规模以上企业, 产值 … about 200 simplified and traditional words) that ends nearest before the
 * mention in the same clause (not past ，、；：, brackets, quotes or a line break, nor past the
 * previous mention, nor more than 30 characters back); a change word (增长, 提高, 成长, 衰退, 年增 …)
 * takes the indicator just before it along (营收同比增长), and a change word that opens its clause
 * with nothing before it but when or against what (同比, 比上年, 较去年同期, 年均) takes the word of
 * the last figure before it in the sentence, written in an earlier clause or after 、 (营收300亿元，同比增长10%:
 * 营收同比增长; 总产值121.7亿元，比上年增长12.77%: 总产值比上年增长; 产值216.3亿元、增长28%:
 * 产值增长), unless figures are listed on
 * either side (收入717亿元、产值281亿元，同比增长22%、31.5%, which {@link ArticleReader} pairs) or
 * that figure ends a change from one figure to another. A change word after an industry named with
 * what narrows it takes that along (生物医药产业增长8.4%: 生物医药产业增长; not a bare 工业增长), as
 * does one after a section's or division's name of 国民经济行业分类 (GB/T 4754—2017), taken whole with
 * its 、 and 和 (纺织业增长21.6%, 计算机、通信和其他电子设备制造业增长32.9%; so a measure after one:
 * 交通运输、仓储和邮政业增加值), and a
 * year glossed in brackets among its connectives is left out of the word (營業額較去(2019)年成長:
 * 營業額較去年成長). The word keeps the words before it that narrow
 * what it counts or measures (集聚省级循环经济试点企业6家: 省级循环经济试点企业; 规上工业增加值;
 * 规模以上工业增加值, whose 以上 is taken whole; and the subject that achieved a measure, where a
 * noun of what is counted or an industry narrowed (规模以上工业企业实现利润5.48亿元: 规模以上工业企业利润,
 * 电子信息产业实现产值: 电子信息产业产值, or a division of 国民经济行业分类 named whole and alone: 纺织业实现产值:
 * 纺织业产值, not 纺织业、橡胶和塑料制品业实现产值; not the bare 企业 or 工业企业 of 企业实现营收), also across a
 * year and a word of adding up (光电产业2013年累计完成产值: 光电产业产值) and with the items listed before
 * it that open its clause (酒、饮料和精制茶制造业累计实现产值), or, where the measure
 * opens its clause after a count of firms so narrowed, those firms (集聚200多家生物医药企业，实现年产值
 * 200亿元以上: 生物医药企业产值), or after 实现 or 完成 alone, the subject of the last measure in the
 * clauses before, across a ； too (高新技术企业累计实现主营业务收入…，同比增长10.5%；实现利润总额195.5亿元:
 * 高新技术企业利润总额; not the words that narrowed a measure, 完成规模以上工业增加值…；实现利润), up
 * to ten Chinese characters back to a function word, a verb that says what happened to the
 * thing (实现, 达到, 累计, 入驻, 集聚, 占 …), the end of a place's or park's name (区, 园, 市, 省 but
 * not 省级) or a period (年, 月), but 新增 before a word of coming in stays (新增入园企业: 新增企业,
 * the new firms, not all), as does a sum that bounds the things counted, with the words before it
 * (其中50亿元项目1个: 50亿元项目; 产值超亿元企业达131家: 产值超亿元企业), whose figure is then no
 * measure of them ({@link ArticleReader} leaves it unplaced); a place named first and a park's
 * short name are left out
 * (去年深圳营收: 营收; 外竹科營業額: 營業額), a quoted name among them is kept, marks and all
 * (省级“专精特新”企业, 「雙百雙新」產業項目: up to ten characters between the marks), so is a phase
 * right before the measure or its 工程 or 项目 (一期占地面积, 二期项目总投资; not 同期 or 上一期), and none are kept where they stop at a character
 * that may begin a word running into them (全球医药市场规模: 市场规模; 从业员工: 员工). A figure
 * joined to the previous one by 到 or 至 (从3.83亿元增加到141.27亿元), or whose clause opens with a
 * word of rise or fall and 至 or 到 after it (由初期财政收入275万元，攀升至2014年的12.86亿元), takes the
 * previous one's indicator (but one joined so to a growth in percent is the level of what grew:
 * 税收同比增长78%至136亿元, 税收), as does a figure whose clause holds only a verb of reaching and says the
 * last figure again, more exactly (比重首次突破30%，达到31.6%); right after a change of a measure
 * that can take it, such a figure is the level the measure reached (工业总产值比上年增长10%，达到780亿元:
 * 工业总产值; also after the year it was reached, 2019年达到2780亿元). A rate or amount written right
 * after a measure the lists know, before the figure, is the measure's (营收完成率105%: 营收完成率;
 * 完成投资工作量超万亿元: 完成投资工作量; up to three characters, ending in 量 or 额, or two or three
 * ending in 率). A percentage with no word the lists know before it takes a word ending in 率 written
 * right before it or before a verb of being (达到, 为), with its modifiers (城镇化率超过50%: 城镇化率),
 * and a change word after a word the lists do not know that ends as a measure does (量, 额, 值)
 * takes it along (原煤消费量下降5.9%: 原煤消费量下降). A change word followed by 至 or 到
 * says the figure is the new level, not the change (空置率下降至1.5%: 空置率). Words that are usually the
 * subject rather than the measure (园区, 高新区) are not indicators, and nouns of what is counted
 * (企业, 项目, 机构 …) only count with at most two characters between them and the figure. A count
 * with no indicator before it takes the noun of what it counts written right after it, in the
 * same clause and a few characters on ({@code Words.NOUN_AFTER_REACH}), where the noun ends the phrase (入驻440多家创新型医药健康企业:
 * 创新型医药健康企业; not 企业家) or a measure of the things follows it with no bound (66户规上工业企业产值同比增长:
 * 规上工业企业; not 247家企业工业产值超亿元), or, where the words after it up to punctuation or a function word end in a
 * word for a park or a group of them, those words: it counts parks (三个科学园区的营业额: 科学园区;
 * 2,000多个产业集群: 产业集群). Any other figure with no indicator before it takes the measure written right
 * after it, or after 的 there, in the same clause (可以提供大约10万平方米的办公空间: 办公空间;
 * a count's is what it counts, so 两个总面积约1万平方米的车间 gives 两个 none, and a rate or share only a
 * percentage's: 公交站点500米覆盖率达100% gives 500米 none). Failing that, it
 * takes the measure of the last figure before it in the sentence with the same unit, which a list
 * of figures shares with the first (营业额达1兆2,498亿元，其中竹科5,135.13亿元，中科3,501.38亿元:
 * 营业额 for all three); a noun of what is counted is not passed on, nor anything to a figure in
 * another unit. A share written after 占 (占四川省进出口总值的48%), whose word there names the whole,
 * is the share of the word before 占 in its clause or else of the last figure's, past a growth
 * between them (进出口值5021亿元，…: 进出口值占比; 产值142.6亿元，同比增长46.6%，占规上工业总产值比重达66%:
 * 产值占比), also where the clause names the share with its whole (占…比重; 占地区生产总值比重 is no 占地),
 * or of the measure whose growth is the sentence's one figure before it (制造业增加值增长15.3%，占全区规上工业
 * 增加值比重达到76.8%: 制造业增加值占比; not after two growths), and of the words before
 * 占 where no word of the lists names the part (天然气占一次能源消费量比重为11.1%: 天然气占比; not an
 * adverb, 分别占, nor a place alone, 全市占); a clause that names the share with no part to give it
 * keeps its word (占全市比重50.04% alone: 比重). A percentage of a whole its clause names, before 的
 * and a thing, is that thing's share (拥有全市50%的国家级孵化器: 国家级孵化器占比). 占比 alone opening a clause after a figure is that
 * figure's share (总投资463.6亿元，占比69.9%: 总投资占比), and 占比 after a measure the measure's
 * (高技术产业实际利用外资占比: 比重 or 比例 after one names the whole instead). A change of level after
 * a share (同比提高2.0%) is the share's; a growth after it
 * is the figure's before it (营收300亿元，占全市的50%，同比增长20%: 营收同比增长), a change in
 * percentage points the share's, and past a multiple (营收420亿元，是2005年的5.2倍，年均增长38%: 营收年均增长).
 * An adverb of degree or pace between a measure and its change is no part of the indicator
 * (营业收入大幅增长42%: 营业收入增长; 較去年同期略微衰退: 較去年同期衰退).
 * Failing that, a figure other than a count takes a measure named
 * in an earlier clause of its sentence after the last figure, where a standard indicator of that
 * name can take the figure (3大科學園區營收創新高，其中竹科0.82兆元: 營收). A figure may still get a measure that
 * its clause names otherwise, in a word the lists do not know (近3万平方米产业服务配套 after
 * 10万平方米的办公空间 gets 办公空间).
 *
 * <p>The {@linkplain Mention#period() period} is the nearest date expression before the mention
 * in the same sentence and line that is not a comparison base: a year with what follows it
 * (2021年, 2023年底, 2024年1-6月, 2024年1月至5月, 今年前10个月, 1997-2017 年, 107年上半年,
 * 二○一二年九月), a relative year (今年, 去年, 上年 …), months (7月, 1至9月), a part of a year
 * (上半年, 前三季度), a plan period (十四五), with 截至, 截止, 到, 至, 自 or 从 before it (截至目前),
 * and 由 before it and 的 (由2019年的, where a change starts); from a figure written right after 从
 * or 由, the time and 的 (从2015年的94.42亿元: 2015年, where the change starts) the 从 is left out.
 * A date whose clause tells of a park's founding or upgrading (成立于, 升格, 晋升, 批准设立 …) and
 * holds no figure dates no figure in a later clause, unless that clause says its figure is of the
 * year or a flow (全年, 当年, 同比, 实现, 完成): 2000年升格为国家级经济技术开发区，规划面积105平方公里 has
 * the period before that date in its sentence, if any, else none (a profile's fact), and no period
 * carried from before. A period carries across ；: the clauses after it up to 。！？ have it too, unless a line break
 * comes between. A sentence that begins with 其中 has the period of the last figure of the
 * sentence before, even as the first of a paragraph, since it goes on about those figures
 * (截至6月底，园区已聚集超220家企业。其中，国家高新技术企业超过70家: 截至6月底), and so do the
 * clauses after its ；. The {@linkplain Mention#base() comparison base} is a date expression after 比,
 * 较, 相比 … or before 相比 (与2020年相比), or between 是 and the 的 of a multiple (是2005年的5.2倍),
 * in the mention's clause or standing alone before a comma earlier in the sentence: 比2020年提高6.4个百分点 has the base 2020年, not the period 2020年.
 * {@link Mention#calendarPeriod()} and {@link Mention#calendarBase()} read both as calendar
 * periods (2024年1-6月 is the first half of 2024).
 *
 * <h2>Parks</h2>
 * An extractor {@linkplain #withParkNames with park names} also finds the parks a text names and
 * says which park each figure is about ({@link Mention#park()}).
 *
 * <p>A <b>park name</b> is either the longest name the resolver knows exactly that ends at a
 * position of the sentence (official names with and without their place, aliases, short forms
 * such as 苏州高新区, traditional forms), reported with the zone it resolves to (or AMBIGUOUS when
 * it names several); or a prefecture's or county's name and 高新区 that the resolver resolves to
 * none, a zone made since the 2018 catalogue (湘西高新区, 宿州高新区; not a province's, 湖南高新区),
 * reported as NONE; or, where the resolver knows none, a name the catalogue lacks, ending in a
 * park word (产业园, 科技园, 工业园, 科学园, 软件园 and their 园区 forms, 街区, 片区, 创新区, 合作区,
 * 商务区, 示范区, 试验区, 综合实验区 (not a bare 实验区: 国家专利导航实验区 is an award), 科学城,
 * 科技城, 产业基地, 创新中心, 加工区, 新区 (滨海新区, 兰州新区; not 高新区 or 创新区, nor a 新区 now a
 * district of that name: 光明新区, 光明区 since 2018; a national new area is a park whatever
 * district elsewhere has its name, 南京's 江北新区), 产业开发区, 工业集中区 and 产业集聚区 (zones named or
 * renamed since the 2018 catalogue: 益阳龙岭产业开发区), 工业区 (榆神工业区; not 老工业区 or
 * 新型工业区), 经济开发区, 经济技术开发区 and 经开区 from the first place's name before it
 * (赤峰红山经济开发区, 台州湾经开区, made national in 2022; not 努力提升经济开发区; nor 开发区 alone,
 * which often stands for the park after a word, 今年开发区), 综合保税区 and 综保区 (customs zones made
 * so since the 2018 catalogue: 东疆综保区, which the resolver may then resolve), 先进制造业开发区
 * (河南's county zones, renamed in 2021)) with at least two Chinese characters before
 * it, back to punctuation, a function word (的, 在, 与, 和 …), a verb that
 * stands before names (落户, 共建, 打造, 进驻 …), a bracket opened before the name or closed in it,
 * or what follows a number (2024年, 21家, 三大), reported as NONE (银川科技服务产业园,
 * 前海深港现代服务业合作区); or one of a few short names in common use that end in no park word
 * and name no catalogue zone (竹科, 南科, 數碼港, 前海, 橫琴: a curated table, each with its
 * source), unless the character after it makes it another word (南科大, 前海湾, 横琴口岸), or the
 * character before it does (目前海关, 西南科技大学), or it begins inside a province's or
 * prefecture's name (湖南科技大学), reported as NONE. Words that only say what kind of park it is
 * (中国自贸试验区, 科技产业园区, 国家大学科技园) name none, nor does a 片区 named only by where it lies
 * or what it is for (东部片区, 核心片区: a part of the park the text is about), nor a name followed by
 * 公司, 有限公司, 股份公司 or 集团, which names a
 * company (香港科技園公司, 河南功能高分子膜材料创新中心有限公司), nor a name within a title a park seeks or wins, after 创建, 争创, 创成, 申报,
 * 获评 or 评为 in its clause with no 的 between (成功创建省级食品饮料及水经济特色产业园区), nor an honour's
 * name, before 称号 or 荣誉 (获得“省级化工质量示范区”荣誉称号), nor words that describe a park rather than
 * name it, holding 唯一, 首家, 首个 or 星级 (全省唯一省级健康食品产业园, 全省一星级产业集聚区). A name given
 * as an example of things counted after it (…、文创旅创科创产业园等38项项目), or in brackets that say
 * what a figure leaves out (全省16家高新区(不含新增的黄山、六安和亳州高新区), after 不含, 不包括, 除 …), or
 * between 以 and 为…的 (以生命科学园为主阵地的昌平区“生命谷”: what the subject is built around), is
 * reported but is no figure's park. A name the resolver knows is no name after 类 (“类中关村”创新生态系统: a likeness),
 * and after a place's name and a middle dot it is part of a name from the place, which names no
 * catalogue zone (南宁·中关村, a base of that name in 南宁). A longer name covering shorter ones takes their place
 * (苏州高新区综合保税区 is one name; 中关村科学城 is not 中关村). A name in brackets right after
 * another (新竹科學園區(竹科)), or after 原, 简称, 即 … (南通国家高新技术产业开发区(原通州经济开发区)), is
 * that park's other name: it is reported, but the park named last is still the one before it. So
 * is a name written right after 取名为, 更名为, 原名, 简称, 前身 (为, 是) or 增挂 (榮昌高新區于1992年設立，
 * 取名為榮昌經濟開發區，規劃面積5平方公里: 榮昌高新區's area): another name of the park named before it
 * in the sentence, or of the subject of the sentences before where the sentence names none, unless
 * the sentence joins or makes parks (与, 共建, 合并: …合作共建的园区，取名为苏宿工业园区 is a new
 * park), the earlier park is no catalogue zone and this one is, or both are zones of different codes.
 *
 * <p>A count of parks (三个科学园区, 21个自贸试验区, 2,000多个产业集群: its indicator ends in a word
 * for a park or a group of them) is about none: it is a figure of several parks, not of the one
 * named before it. Any other figure is about, in this order:
 * <ol>
 *   <li>the park named last before it in its sentence and paragraph (a line break ends a paragraph;
 *       not one written right after 占, the whole a share is of: 占大湾区自贸片区外贸规模超七成),
 *       unless the figure is an area or a sum of money followed by 的 and the thing it describes
 *       (建立了占地约1100平方米的技术转移中心, 签约总投资22亿元的西格玛项目): not a measure
 *       (吸引了超过375亿元的投资), a park or a word for one (的园区), nor a word for a figure of the
 *       park's own (的目标, 的规模). A measure written after a part of the park and 的 stays the
 *       park's (人才公寓项目的总建筑面积, 三棟大樓的出租率), as the fixtures and annotations count it;
 *   <li>the park named right after it and 的 (总投资50亿元的威高国际医疗器械产业园);
 *   <li>the park named last before its sentence, when the sentence refers to a park before the
 *       figure without naming it (园区, 该区, 全区, 本区, 区内, 该园, 园内, or a bare 高新区, 开发区,
 *       经开区, 综保区 standing alone, after punctuation, a function word or the end of a word of
 *       time, 目前园内, not ending a compound such as 产业园区); a kind's word refers
 *       to the park of that kind named last where that park is of another kind (雅安经济开发区 …
 *       川西大数据产业园 …。经开区共签约项目5个: the 经济开发区), and 该区, 全区, 本区, 我区, 区内 to
 *       the 区 named last where that park is none (保定国家高新区 … 保定·中关村创新中心 …。全区就申报
 *       认定高新技术企业299家: the 高新区's);
 *   <li>the park of the last figure given one in the sentence before, when the sentence begins
 *       with 其中 (of which), which goes on about those figures, even as the first of a paragraph
 *       (截至6月底，园区已聚集超220家企业。其中，国家高新技术企业超过70家: the park of 220家).
 * </ol>
 * Otherwise it has no park: a paragraph that names none and a sentence that refers to none say
 * nothing about which park a figure concerns, and a guess would be a silent error.
 *
 * <h2>Offsets, sentences and streaming</h2>
 * Offsets are in Unicode code points (see {@link Mention}); a byte-order mark (U+FEFF) at the
 * start of the text is skipped and not counted. The text is read sentence by
 * sentence: a sentence ends after 。！？；!?; or, when longer than 4096 characters, at its last
 * white space or comma within them, or else after 4096 characters. Qualifiers, indicators and
 * bases are looked for within the sentence only, periods within it and the sentences before it
 * that end with ；, or the last figure's of the sentence before for one that begins with 其中 (and
 * for the clauses after its ；), so
 * {@link #extract(Reader, Consumer)} needs memory for one sentence and two periods and gives
 * exactly the mentions of {@link #extract(CharSequence)}. The
 * work is linear in the length of the text, and no text makes the extractor throw: what it
 * cannot read as a figure (a figure beyond the {@link FigureLimits}, such as a run of 4,000
 * digits; 余 or 多 after zero, as in 0个多月) is not reported as one.
 *
 * <p>Instances are immutable and thread-safe; {@link #standard()} is shared.
 */
public final class MetricExtractor {
  static final int DEFAULT_MAX_SENTENCE = 4096;
  /** U+FEFF at the start of a text: a byte-order mark, not part of the text. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final int INDICATOR_REACH = 30;

  private static final MetricExtractor STANDARD = new MetricExtractor(MetricParser.standard(), DEFAULT_MAX_SENTENCE, null);

  private final MetricParser parser;
  private final int maxSentence;
  /** Null: no park names are looked for. */
  private final ParkNameResolver parkNames;

  private MetricExtractor(MetricParser parser, int maxSentence, ParkNameResolver parkNames) {
    this.parser = parser;
    this.maxSentence = maxSentence;
    this.parkNames = parkNames;
  }

  /** The extractor of the standard unit catalogue. */
  public static MetricExtractor standard() {
    return STANDARD;
  }

  /** An extractor that reads figures with {@code parser}, for catalogues of a project's own. */
  public static MetricExtractor using(MetricParser parser) {
    checkNotNull(parser, "parser");
    return parser == MetricParser.standard() ? STANDARD : new MetricExtractor(parser, DEFAULT_MAX_SENTENCE, null);
  }

  /**
   * This extractor, also finding the park names that {@code resolver} knows and giving each
   * figure the park it is about ({@link Mention#park()}; the rule is above). {@code
   * ParkNameResolver.standard()} loads the national catalogue on first use.
   */
  public MetricExtractor withParkNames(ParkNameResolver resolver) {
    checkNotNull(resolver, "resolver");
    return new MetricExtractor(parser, maxSentence, resolver);
  }

  /** For tests: an extractor that cuts sentences longer than {@code maxSentence} characters. */
  static MetricExtractor withMaxSentence(int maxSentence) {
    checkArgument(maxSentence >= 2, "maxSentence %s < 2", maxSentence);
    return new MetricExtractor(MetricParser.standard(), maxSentence, null);
  }

  /** Every mention in {@code text}, in order of position. */
  public List<Mention> extract(CharSequence text) {
    ImmutableList.Builder<Mention> mentions = ImmutableList.builder();
    extract(text, mentions::add);
    return mentions.build();
  }

  /** Passes every mention in {@code text} to {@code sink}, in order of position. */
  public void extract(CharSequence text, Consumer<? super Mention> sink) {
    extract(text, sink, null);
  }

  /**
   * Passes every mention in {@code text} to {@code sink} and, when this extractor has {@linkplain
   * #withParkNames park names}, every park name to {@code parks} (null: not wanted), each in
   * order of position; the park names of a sentence reach {@code parks} before its figures reach
   * {@code sink}.
   */
  public void extract(CharSequence text, Consumer<? super Mention> sink, Consumer<? super ParkMention> parks) {
    checkNotNull(text, "text");
    checkNotNull(sink, "sink");
    ParkScan parkScan = parkNames == null ? null : new ParkScan(parkNames, parks);
    Scan scan = new Scan(parkScan == null ? sink : m -> sink.accept(parkScan.attribute(m)));
    int n = text.length();
    int s = n > 0 && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
    while (s < n) {
      int e = sentenceEnd(text, s, n, true);
      if (parkScan != null) {
        parkScan.sentence(text, s, e);
      }
      scan.sentence(text, s, e);
      s = e;
    }
  }

  /**
   * Every mention in the text of {@code reader}, in order of position; the same as {@link
   * #extract(CharSequence)} on the whole text. The reader is read to its end and not closed.
   *
   * @throws IOException if reading fails
   */
  public List<Mention> extract(Reader reader) throws IOException {
    ImmutableList.Builder<Mention> mentions = ImmutableList.builder();
    extract(reader, mentions::add);
    return mentions.build();
  }

  /**
   * Passes every mention in the text of {@code reader} to {@code sink} as soon as its sentence
   * has been read, holding one sentence (at most 4096 characters) and one block of input in
   * memory. The reader is read to its end and not closed.
   *
   * @throws IOException if reading fails
   */
  public void extract(Reader reader, Consumer<? super Mention> sink) throws IOException {
    extract(reader, sink, null);
  }

  /**
   * As {@link #extract(Reader, Consumer)}, also passing every park name to {@code parks} (null:
   * not wanted) when this extractor has {@linkplain #withParkNames park names}.
   *
   * @throws IOException if reading fails
   */
  public void extract(Reader reader, Consumer<? super Mention> sink, Consumer<? super ParkMention> parks)
      throws IOException {
    checkNotNull(reader, "reader");
    checkNotNull(sink, "sink");
    ParkScan parkScan = parkNames == null ? null : new ParkScan(parkNames, parks);
    Scan scan = new Scan(parkScan == null ? sink : m -> sink.accept(parkScan.attribute(m)));
    StringBuilder buffer = new StringBuilder(2 * maxSentence);
    char[] block = new char[Math.max(maxSentence, 1024)];
    boolean eof = false;
    boolean first = true;
    while (!eof) {
      int read = reader.read(block);
      if (read < 0) {
        eof = true;
      } else {
        buffer.append(block, 0, read);
      }
      if (first && buffer.length() > 0) {
        first = false;
        if (buffer.charAt(0) == BYTE_ORDER_MARK) {
          buffer.deleteCharAt(0);
        }
      }
      int s = 0;
      while (s < buffer.length()) {
        int e = sentenceEnd(buffer, s, buffer.length(), eof);
        if (e < 0) {
          break;
        }
        if (parkScan != null) {
          parkScan.sentence(buffer, s, e);
        }
        scan.sentence(buffer, s, e);
        s = e;
      }
      buffer.delete(0, s);
    }
  }

  /**
   * Where the sentence starting at {@code s} ends, looking no further than {@code limit}; -1 if
   * that cannot be told before more text is read. Depends only on the text, not on {@code limit},
   * so that reading in blocks cuts where reading the whole text does.
   */
  private int sentenceEnd(CharSequence t, int s, int limit, boolean eof) {
    int max = s + maxSentence;
    int stop = Math.min(limit, max);
    for (int i = s; i < stop; i++) {
      if (isTerminator(t.charAt(i))) {
        return i + 1;
      }
    }
    if (limit >= max) {
      for (int i = max - 1; i > s; i--) {
        char c = t.charAt(i);
        if (Character.isWhitespace(c) || c == '，' || c == ',' || c == '、') {
          return i + 1;
        }
      }
      return Character.isHighSurrogate(t.charAt(max - 1)) ? max - 1 : max;
    }
    return eof ? limit : -1;
  }

  private static boolean isTerminator(char c) {
    switch (c) {
      case '。': case '！': case '？': case '；': case '!': case '?': case ';':
        return true;
      default:
        return false;
    }
  }

  @Override
  public String toString() {
    return "MetricExtractor[" + parser + (parkNames == null ? "" : ", with park names") + "]";
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * Words of the periods a report is on, parts of a year or a whole one, which a sentence with no
   * figure (彭山经开区一季度主要经济指标稳健开局。其中，…) or a news title (上半年清远高新区…) gives the figures
   * after it.
   */
  static final String[] REPORTED_PERIODS = {"季", "月", "半年", "全年"};

  /** A figure found in the current sentence, before it is passed on as a {@link Mention}. */
  private static final class Found {
    /** Where the span starts and ends, qualifier words included. */
    int start;
    int end;
    /** Where the figure itself starts, after the words before it. */
    int figure;
    /** What it says; null for a member of a list that takes the unit of the next (19.9、22.8个百分点). */
    Metric metric;
    /** The qualifier of the figure alone, without the words before it. */
    Qualifier own;
    String indicator;
    /** For a share of a goal met (完成年度目标的100%), the measure whose goal it is; else null. */
    String goalOf;
  }

  /** The state of one extraction: the sink, the code points counted so far, the figures of the sentence. */
  private final class Scan {
    final Consumer<? super Mention> sink;
    final ParsePosition position = new ParsePosition(0);
    final int[] starts = new int[MAX_WORDS_BEFORE];
    /** The figures of the current sentence, reused from sentence to sentence. */
    Found[] found = new Found[8];
    int count;
    /** Code points before the current sentence. */
    int codePoints;
    /** The period of the sentence before if it ended with ；, which carries into this one; or null. */
    String carried;
    /**
     * The measure of the last figure of the sentence before if it ended with ；, whose subject a
     * clause opening with 实现 carries on ({@link #achievedByLastSubject}); or null.
     */
    String carriedMeasure;
    /** The text right before the figure of {@link #carriedMeasure}, where its subject is written. */
    String carriedMeasureBefore;
    /** The period of the last figure of the sentence before, which a sentence beginning with 其中 has; or null. */
    String lastPeriod;
    /**
     * The sentence before, if it has no figure and may hold a date, which a sentence beginning with
     * 其中 may take its period from ({@link #reportedPeriod}); or null.
     */
    String datedBefore;
    /** The qualifier {@link #qualifierThroughNoun} found. */
    Qualifier through;
    /** The currency a bracket declared for the rest of the text, (美元,下同); or null. */
    BaseUnit declared;

    Scan(Consumer<? super Mention> sink) {
      this.sink = sink;
    }

    /** Extracts the mentions of the sentence {@code text[s, e)}. */
    void sentence(CharSequence text, int s, int e) {
      // The parser reads the sentence only (p); the scans here are bounded by e themselves (t).
      CharSequence t = text;
      CharSequence p = e == text.length() ? text : new Prefix(text, e);
      count = 0;
      int floor = s; // the end of the last figure
      int boundEnd = -1; // the end of the last figure if it was a sum bounding the things after it
      int boundFloor = s; // and the floor before it
      String lastIndicator = null;
      int i = s;
      while (i < e) {
        char ch = t.charAt(i);
        if (!FigureWords.isFigureCharacter(ch)) {
          i++;
          continue;
        }
        int run = Text.runEnd(t, i, e);
        if (i > s && Text.digit(ch) >= 0 && isMinus(t.charAt(i - 1))
            && !(i - 2 >= s && (Text.digit(t.charAt(i - 2)) >= 0 || Text.isLatinLetter(t.charAt(i - 2))))) {
          i--; // 净利润-1200万元: the sign is part of the figure (but 5-8, GLP-1 are not signs)
        }
        if (rejectedBefore(t, s, i) || (run - i == 1 && ch == '零' && run < e && t.charAt(run) == '件')) {
          i = run; // 零件 (parts) is a word, not 0 件; 零部件's 部 is a word's too (PART_OF_BU)
          continue;
        }
        position.setIndex(i);
        position.setErrorIndex(-1);
        Metric m = parser.parse(p, position);
        int end = position.getIndex();
        if (m == null) {
          m = readAnyway(t, p, i, run, e);
          end = position.getIndex();
        }
        if (m == null && isMagnitudeWordsOnly(t, i, run)) {
          int bound = wordsBefore(t, Math.max(floor, s), i); // 营收破亿, 过百亿: read from the qualifier
          position.setIndex(bound);
          position.setErrorIndex(-1);
          Metric bounded = bound < i ? parser.parse(p, position) : null;
          int after = position.getIndex();
          if (bounded != null && after >= run && !(run - i == 1 && beginsAWord(t, after, e))) {
            m = bounded;
            end = after;
          }
        }
        if (m == null) {
          if (isListMember(t, i, run, e)) {
            Found f = add(i, run, i, null, Qualifier.EXACT);
            f.indicator = Words.indicatorBefore(t, Math.max(floor, Math.max(s, i - INDICATOR_REACH)), i);
            f.start = wordsBefore(t, Math.max(floor, s), i); // where 约 in 约2.2、4.6亿元 starts, read with the unit
            floor = run;
          }
          i = run;
          continue;
        }
        // 三个多月, 1年多: 多 or 余 after a duration; OVER needs a positive value (0个多月 is not).
        if (!m.isRange() && m.qualifier() == Qualifier.EXACT && m.value().signum() > 0) {
          if (m.unit().equals(Units.GE) && end + 1 < e && Text.isOver(t.charAt(end)) && t.charAt(end + 1) == '月') {
            m = Metric.of(m.value(), Units.MONTH, Qualifier.OVER);
            end += 2;
          } else if (isDuration(m.unit()) && end < e && Text.isOver(t.charAt(end))) {
            m = Metric.of(m.value(), m.unit(), Qualifier.OVER);
            end++;
          }
        }
        boolean chinese = Text.digit(ch) < 0;
        if (rejectedAfter(t, s, i, run, end, e, m, chinese)) {
          i = Math.max(end, run);
          continue;
        }
        Qualifier own = m.qualifier();
        // Words before: [qualifier [verb] [qualifier]] [currency] figure, read again by the parser
        // from the farthest of them that still gives one expression ending where the figure does.
        int start = i;
        int words = candidates(t, s, i, starts);
        for (int k = words - 1; k >= 0; k--) {
          position.setIndex(starts[k]);
          position.setErrorIndex(-1);
          Metric longer = parser.parse(p, position);
          if (longer != null && position.getIndex() >= end) {
            m = longer;
            start = starts[k];
            end = position.getIndex();
            break;
          }
        }
        if (chinese && run - i == 1 && t.charAt(i) == '一' && isIndefiniteClassifier(m.unit())) {
          i = Math.max(end, run); // 一批, 一系列: "a number of", even after a verb (突破一批关键技术)
          continue;
        }
        if (run - i == 1 && t.charAt(i) == '一' && end == run + 1 && t.charAt(run) == '度'
            && !(end < e && (t.charAt(end) == '电' || t.charAt(end) == '電'))) {
          i = Math.max(end, run); // 研发一度停滞: 一度 "once", no kilowatt-hour (一度电 is one)
          continue;
        }
        if (isPieces(t, end, e)) {
          i = Math.max(end, run); // 就像一块…, 日产能7000块: pieces counted, no yuan
          continue;
        }
        if (start == i && chinese && run - i == 1 && t.charAt(i) == '一'
            && (isCount(m.unit()) || isDuration(m.unit()) && i > s && "的这這".indexOf(t.charAt(i - 1)) >= 0)) {
          i = Math.max(end, run); // the indefinite article: 一家, 一批, 最快的一年 (but 至少一人, 一年多, 一吨, 一美元 are figures)
          continue;
        }
        if (start == i && Text.isBareMagnitude(t, i, run, e)) {
          int up = reaching(t, s, i, end, e);
          position.setIndex(up);
          position.setErrorIndex(-1);
          Metric reached = up < i ? parser.parse(p, position) : null;
          if (reached == null || position.getIndex() < end) {
            i = Math.max(end, run); // 万人, 亿元: a magnitude word alone is a figure only after a qualifier
            continue;
          }
          m = reached; // 有上万家: 上 before it is one
          start = up;
          end = position.getIndex();
        }
        if (start == i && m.qualifier() == Qualifier.EXACT && !m.isRange()) {
          int scope = qualifierThroughNoun(t, Math.max(floor, s), i, m.unit());
          if (scope >= 0) {
            m = Metric.of(m.value(), m.unit(), through);
            start = scope;
          }
        }
        // 其中50亿元项目1个: a count's things may be named with the sum that bounds them
        int from = boundEnd == floor && isCount(m.unit()) ? boundFloor : floor;
        // 年产值过100亿元企业累计达6家: what a count reached counts, not a measure of the sum bounding it
        String indicator = isCount(m.unit()) ? Words.countedBefore(t, Math.max(from, s), start) : null;
        // 实际利用外资完成年度目标的100%: the share of its goal, named whole (no subject or whole added)
        Words.GoalMet goal = isShare(m.unit()) ? Words.goalMet(t, Math.max(floor, s), start, count > 0 ? lastIndicator : null) : null;
        if (goal != null) {
          indicator = goal.indicator();
        }
        boolean goalMet = goal != null;
        if (indicator == null) {
          indicator = Words.indicatorBefore(t, Math.max(from, Math.max(s, start - INDICATOR_REACH)), start);
        }
        if (indicator != null && isCount(m.unit()) && countedByLast(t, start, indicator)) {
          indicator = Words.nounAfter(t, s, start, end, e); // 160多家零部件企业以及30多家研发机构: not 零部件企业
        }
        if ((indicator == null || Words.isChange(indicator)) && floor > s
            && (continues(t, floor, start) || risesTo(t, floor, start) && risesFromLast(m))) {
          indicator = lastIndicator; // 从3.83亿元增加到141.27亿元: the second figure measures what the first does
          Found last = count > 0 ? found[count - 1] : null;
          String measure = last != null && last.metric != null && isShare(last.metric.unit()) && !isShare(m.unit())
              && lastIndicator != null ? Words.measureChanged(lastIndicator) : null;
          if (measure != null && Words.measureTakes(measure, m.dimension()) && continues(t, floor, start)) {
            indicator = measure; // 税收同比增长78%至136亿元: the level the growth reached, of what grew
          }
        }
        if (indicator == null && count > 0 && restatesLast(t, start, m)) {
          indicator = lastIndicator; // 比重首次突破30%，达到31.6%: the same share, said exactly
        }
        if (indicator == null && count > 0) {
          indicator = levelAfterChange(t, start, m); // 工业总产值比上年增长10%，达到780亿元: the level reached
        }
        if (indicator == null && isShare(m.unit())) {
          indicator = Words.rateBefore(t, Math.max(floor, Math.max(s, start - INDICATOR_REACH)), start); // 城镇化率超过50%
        }
        if (indicator != null && count > 0 && !isCount(m.unit()) && !goalMet) {
          String achieved = achievedByLastCount(t, start, indicator); // 集聚200多家生物医药企业，实现年产值200亿元
          if (achieved != null) {
            indicator = achieved;
          }
        }
        if (indicator != null && !isCount(m.unit()) && (count > 0 || carriedMeasure != null) && !goalMet) {
          String achieved = achievedByLastSubject(t, s, start, indicator); // 高新技术企业实现营收…；实现利润总额
          if (achieved != null) {
            indicator = achieved;
          }
        }
        if (isShare(m.unit()) && !goalMet && !(indicator != null && Words.isShareWord(indicator) && !indicator.endsWith(WHOLE_SHARE))) {
          String share = shareOfAWhole(t, Math.max(floor, s), start, indicator); // 占四川省进出口总值的48%
          if (share != null) {
            indicator = share;
          }
        }
        if (indicator != null && Words.isShareWord(indicator) && indicator.length() == SHARE.length()) {
          String share = shareOfLast(t, start, end, e); // 总投资463.6亿元，占比69.9%: 总投资占比
          if (share != null) {
            indicator = share;
          }
        }
        if (indicator != null && (Words.isChange(indicator) || GROWTH_NAMES.contains(indicator))) {
          String changed = changeOfLast(t, start, end, e, m, indicator); // 营收300亿元，同比增长10%: 营收同比增长
          if (changed != null) {
            indicator = changed;
          }
        }
        if (indicator == null && isCount(m.unit())) {
          indicator = Words.nounAfter(t, s, start, end, e); // 入驻440多家创新型医药健康企业: it counts 企业
          if (indicator == null) {
            indicator = Words.parksCountedAfter(t, end, e); // 三个科学园区: it counts parks
          }
        }
        if (indicator == null && !isCount(m.unit())) {
          indicator = Words.measureAfter(t, end, e); // 大约10万平方米的办公空间 (a count's is what it counts: 两个总面积约1万平方米的车间)
          if (indicator != null && !isShare(m.unit()) && Words.namesARate(indicator)) {
            indicator = null; // 公交站点500米覆盖率达100%: a rate is no measure of a length
          }
        }
        if (indicator == null) {
          indicator = carried(m);
        }
        if (indicator == null && !isCount(m.unit())) {
          indicator = measureEarlier(t, Math.max(floor, s), start, m); // 营收创新高，其中竹科0.82兆元
        }
        if (indicator == null && isCount(m.unit())) {
          indicator = Words.nounRightBefore(t, Math.max(floor, s), start); // 建成垃圾处理厂1座: what it counts
        }
        if (indicator == null && isShare(m.unit())) {
          indicator = Words.shareOfWhatFollows(t, s, start, end, e); // 全市50%的国家级孵化器: their share
        }
        if (indicator == null && isQuantity(m.unit())) {
          indicator = Words.wordsRightBefore(t, Math.max(floor, s), start); // 原煤生产1362.46万吨: what it measures
        }
        Found f = add(start, end, i, m, own);
        f.indicator = indicator;
        f.goalOf = goalMet ? goal.measure() : null;
        boolean bounds = m.unit().dimension().isMoney() && Words.isThreshold(t, end, e);
        boundFloor = floor;
        boundEnd = bounds ? end : -1;
        floor = end;
        lastIndicator = indicator;
        i = end;
      }
      finish(t, s, e);
    }

    /**
     * Whether the digit at {@code i} and the one after 、 at {@code run} name an approximate range:
     * Chinese numerals (二、三十年), or single Arabic digits (5、6年, 3、5年) one apart or 3 and 5,
     * as ChineseNumerals#isApproximatePair has them, not in a longer list (1、2、3期) nor before a
     * classifier that numbers things (1、2期, 1、2层).
     */
    private boolean isApproximatePair(CharSequence t, int i, int run, int e) {
      char first = t.charAt(i);
      char second = t.charAt(run + 1);
      if (ChineseNumerals.isApproximatePair(first, second)) {
        return true;
      }
      return ChineseNumerals.isApproximatePair(Text.digit(first), Text.digit(second))
          && !(run + 2 < e && (Text.digit(t.charAt(run + 2)) >= 0 || t.charAt(run + 2) == '、'
              || ORDINAL_UNITS.indexOf(t.charAt(run + 2)) >= 0))
          && !(i > 0 && t.charAt(i - 1) == '、'); // 1、2、3期: a list; 1、2期, 1、2层: phases, floors
    }

    /** Classifiers that number things rather than count them after 1、2: 1、2期 are phase 1 and 2. */
    private static final String ORDINAL_UNITS = "期层層号號楼樓栋棟座";

    /** The value of an Arabic or Chinese digit. */
    private int digitOf(char c) {
      return Text.digit(c) >= 0 ? Text.digit(c) : ChineseNumerals.digit(c);
    }

    /**
     * Reads what the parser alone does not at {@code i}: an approximate range across 、 (二、三十年
     * is 20–30 年, 5、6年 is 5–6 年), or a figure the parser read on into a range it could not make
     * (78%至136亿元 is 78% and 136亿元). Sets the position's index to the end; null if neither.
     */
    private Metric readAnyway(CharSequence t, CharSequence p, int i, int run, int e) {
      int error = position.getErrorIndex();
      if (run - i == 1 && run + 1 < e && t.charAt(run) == '、' && isApproximatePair(t, i, run, e)) {
        position.setIndex(run + 1);
        position.setErrorIndex(-1);
        Metric upper = parser.parse(p, position);
        if (upper != null && !upper.isRange() && upper.qualifier() == Qualifier.EXACT) {
          // 三十 is 3 × 10: the lower end is its first digit times the same power of ten (not 三十五).
          BigDecimal digit = BigDecimal.valueOf(digitOf(t.charAt(run + 1)));
          for (BigDecimal step = BigDecimal.ONE; step.compareTo(BigDecimal.valueOf(1000)) <= 0;
              step = step.multiply(BigDecimal.TEN)) {
            if (digit.multiply(step).compareTo(upper.value()) == 0) {
              BigDecimal lower = step.multiply(BigDecimal.valueOf(digitOf(t.charAt(i))));
              return Metric.range(Decimals.normalize(lower), upper.value(), upper.unit());
            }
          }
        }
        position.setIndex(i);
        return null;
      }
      if (error > i && error < e && Text.isRangeMark(t.charAt(error))) {
        position.setIndex(i);
        position.setErrorIndex(-1);
        Metric m = parser.parse(new Prefix(t, error), position);
        if (m != null) {
          return m;
        }
      }
      position.setIndex(i);
      return null;
    }

    /**
     * Where a qualifier that scopes over the figure at {@code i} across a noun phrase starts, or
     * -1; sets {@link #through} to its meaning. A share after 的 (约占全区的40%, 超过集体空置厂房
     * 总量的三成) or after 占 and a whole (约占全国12%), or a figure after 每 and a unit
     * (突破每平方米70元), with the qualifier at most
     * {@value #NOUN_REACH} characters before it in the same clause.
     */
    private int qualifierThroughNoun(CharSequence t, int floor, int i, Unit unit) {
      int j = Text.skipSpaceBack(t, floor, i);
      if (j - 2 < floor) {
        return -1;
      }
      boolean share = t.charAt(j - 1) == '的' && isShare(unit);
      boolean ofWhole = !share && isShare(unit) && sharesOfAWhole(t, floor, j);
      if (!share && !ofWhole && !hasPerBefore(t, floor, j)) {
        return -1;
      }
      for (int k = j - 1; k > floor && j - k <= NOUN_REACH; k--) {
        char c = t.charAt(k);
        if (Text.isClauseBreak(c) || c == '\n' || (k < j - 1 && FigureWords.isFigureCharacter(c))) {
          return -1;
        }
        int q = Words.QUALIFIERS.qualifierEndingAt(t, floor, k);
        if (q < 0) {
          continue;
        }
        Qualifier meaning = Words.QUALIFIER_MEANINGS[q];
        if (meaning == Qualifier.EXACT) {
          return -1;
        }
        int after = t.charAt(k) == '占' || t.charAt(k) == '佔' ? k + 1 : k;
        boolean rate = t.charAt(after) == '每' && j - after <= 5 && j - after >= 2;
        boolean whole = ofWhole && after == k + 1 && after < j && t.charAt(after) == '全';
        if ((share && after < j - 1) || rate || whole) {
          through = meaning;
          return k - Words.QUALIFIERS.word(q).length();
        }
        return -1;
      }
      return -1;
    }

    /**
     * Whether a share at {@code j} follows 占 and a whole of at most three characters after 全
     * (约占全国12%, 约占全省三成): the share of a whole written without 的.
     */
    private boolean sharesOfAWhole(CharSequence t, int floor, int j) {
      for (int k = j - 2; k >= floor && j - k <= 4; k--) {
        if (t.charAt(k) == '全') {
          return k - 1 >= floor && (t.charAt(k - 1) == '占' || t.charAt(k - 1) == '佔');
        }
      }
      return false;
    }

    /** Names of a growth that stand alone after a figure as its growth does: 产值91亿元，增幅17.3%. */
    private static final Set<String> GROWTH_NAMES = Set.of("增幅", "增速");

    /** What may stand before a change word opening its clause: when or against what (同比, 比上年, 较2020年, 年均). */
    private static final String BEFORE_A_CHANGE = ChangeWords.CONNECTIVES + "前均环環都也亦又";

    /**
     * The indicator of a change whose clause names nothing it changes: the last figure's of the
     * sentence with the clause's words to the end of {@code change} after it, where that figure lies
     * in an earlier clause and {@code change} opens this one, with only when or against what before it
     * (营收300亿元，同比增长10%: 营收同比增长; 总产值121.7亿元，比上年增长12.77%: 总产值比上年增长;
     * 年均增长 stays 年均). Else null; also where figures are listed on either side, which pair in
     * an order the reader works out (营业收入717亿元、产值281亿元，同比增长22%、31.5%), where the last
     * figure ends a change from one figure to another, and where it is itself a change or has no
     * indicator.
     */
    private String changeOfLast(CharSequence t, int start, int end, int e, Metric m, String change) {
      if (count == 0) {
        return null;
      }
      int at = count - 1;
      // 实际利用外资5亿元，完成全年目标的100%，同比增长3%: the measure's growth, not its goal's
      String base = found[at].goalOf != null ? found[at].goalOf : found[at].indicator;
      if (base != null && base.endsWith(SHARE) && base.length() > SHARE.length()
          && !m.dimension().equals(Dimension.RATIO_DIFFERENCE) && !isChangeOfLevel(change)) {
        // 营收300亿元，占全市的50%，同比增长20%: the revenue's growth (占比提高2个百分点 is the share's);
        // 出口额占全市的40%，增长15%: the exports'
        if (at > 0) {
          at--;
          base = found[at].indicator;
        } else {
          base = base.substring(0, base.length() - SHARE.length());
        }
      }
      if (at > 0 && base == null && found[at].metric != null && found[at].metric.unit().equals(Units.TIMES)) {
        at--; // 营收420亿元，是2005年的5.2倍，年均增长38%: the revenue's growth, past the multiple
        base = found[at].indicator;
      }
      Found last = found[at];
      if (last.metric == null || base == null || Words.endsWithChange(base)) {
        return null;
      }
      int open = clauseAfter(t, start, last);
      if (open < 0 || t.charAt(open - 1) == '、' && !t.subSequence(open, start).toString().contains(change)) {
        return null; // 、 lists figures, but not before a word of change: 实现产值216.3亿元、增长28%
      }
      Found before = at >= 1 ? found[at - 1] : null;
      if (before != null && (isListed(t, before.end, last.start) || continues(t, before.end, last.start))
          || isListed(t, end, e)) {
        return null; // listed figures, or the end of a change (从50亿元增长到100亿元，增长了100%)
      }
      int word0 = Text.indexOf(t, change, open, start);
      if (word0 < 0) {
        return null;
      }
      StringBuilder word = new StringBuilder(base);
      for (int k = open; k < word0 + change.length(); k++) {
        char c = t.charAt(k);
        if (k < word0 && BEFORE_A_CHANGE.indexOf(c) < 0 && Text.digit(c) < 0 && !Text.isSpace(c)) {
          return null;
        }
        if (!Text.isSpace(c)) {
          word.append(c);
        }
      }
      return word.toString();
    }

    /**
     * The measure {@code measure} as achieved by what the last figure counts, where that figure is a
     * count of a narrowed noun in an earlier clause of the sentence and the measure opens this
     * figure's clause ({@link Words#achievedByCounted}); else null.
     */
    private String achievedByLastCount(CharSequence t, int start, String measure) {
      Found last = found[count - 1];
      if (last.metric == null || !isCount(last.metric.unit()) || last.indicator == null) {
        return null;
      }
      int open = clauseAfter(t, start, last);
      if (open < 0 || t.charAt(open - 1) == '、' || inBracket(t, last.start, open)) {
        return null; // 规上工业企业227家(其中上市公司5家),1-9月累计完成规上工业产值: not the listed firms'
      }
      return Words.achievedByCounted(t, open, start, last.indicator, measure);
    }

    /**
     * Whether the figure at {@code at} stands in brackets that close before {@code to}: an aside
     * (其中上市公司5家), not a bracket after the figure (200多家（全省第一）).
     */
    private boolean inBracket(CharSequence t, int at, int to) {
      int close = -1;
      for (int k = at; k < to && close < 0; k++) {
        if (t.charAt(k) == ')' || t.charAt(k) == '）') {
          close = k;
        }
      }
      if (close < 0) {
        return false;
      }
      for (int k = at - 1; k >= 0 && at - k <= BRACKET_REACH; k--) {
        char c = t.charAt(k);
        if (c == '(' || c == '（') {
          return true;
        }
        if (c == ')' || c == '）' || Text.isClauseBreak(c)) {
          return false;
        }
      }
      return false;
    }

    /** How far before a figure {@link #inBracket} looks for the bracket it stands in, in characters. */
    private static final int BRACKET_REACH = 20;

    /** How many figures back {@link #achievedByLastSubject} looks past changes and shares. */
    private static final int SUBJECT_REACH = 3;

    /**
     * The measure {@code measure} as achieved by the subject that narrowed the last measure in an
     * earlier clause of the sentence, its changes and shares passed over (高新技术企业累计实现主营业务
     * 收入3044.4亿元，同比增长10.5%；实现利润总额195.5亿元: 高新技术企业利润总额), where this clause opens
     * with 实现 or 完成 and the measure, or with the measure after a 、 (…实现收入717亿元、产值281亿元)
     * ({@link Words#achievedBySubject}); else null.
     */
    private String achievedByLastSubject(CharSequence t, int s, int start, String measure) {
      if (count == 0) { // the first figure of a sentence after one that ended with ；
        int open = start;
        while (open > s && !Text.isClauseBreak(t.charAt(open - 1))) {
          open--;
        }
        return open == s ? Words.achievedBySubject(t, s, start, carriedMeasure, carriedMeasureBefore,
            carriedMeasureBefore.length(), measure, false) : null;
      }
      int n = lastMeasured();
      if (n < 0) {
        return null;
      }
      int open = clauseAfter(t, start, found[n]);
      return open < 0 ? null
          : Words.achievedBySubject(t, open, start, found[n].indicator, t, found[n].start, measure, t.charAt(open - 1) == '、');
    }

    /**
     * The index of the last figure of the sentence that has a measure, its changes and shares passed
     * over, within {@value #SUBJECT_REACH} figures; else -1.
     */
    private int lastMeasured() {
      for (int n = count - 1; n >= 0 && n >= count - SUBJECT_REACH; n--) {
        Found last = found[n];
        if (last.metric == null || last.indicator == null) {
          return -1;
        }
        if (!Words.endsWithChange(last.indicator) && !Words.isShareWord(last.indicator)) {
          return n;
        }
      }
      return -1;
    }

    /** Characters of the qualifiers a share may have before its figure: 占比约, 占比超过, 近, 逾. */
    private static final String QUALIFIER_CHARACTERS = "约約超过過近逾";

    /**
     * The share of the last figure's measure where a share word alone (占比, 比重) opens this
     * figure's clause, with only a verb of being or reaching after it (总投资463.6亿元，占比69.9%:
     * 总投资占比; 占比达到52.7%), the last figure in an earlier clause of the sentence, not listed
     * with another nor itself a change or share; else null.
     */
    private String shareOfLast(CharSequence t, int start, int end, int e) {
      if (count == 0) {
        return null;
      }
      Found last = found[count - 1];
      if (last.metric == null || last.indicator == null
          || Words.endsWithChange(last.indicator) || Words.isShareWord(last.indicator)) {
        return null; // a count's share too: 台企企業達到60家，占比18%
      }
      int open = clauseAfter(t, start, last);
      if (open < 0 || t.charAt(open - 1) == '、' || isListed(t, end, e)) {
        return null;
      }
      int k = open;
      while (k < start && Text.isSpace(t.charAt(k))) {
        k++;
      }
      if (!Text.startsWith(t, k, start, SHARE) && !Text.startsWith(t, k, start, Words.traditional(SHARE))
          && !Text.startsWith(t, k, start, WHOLE_SHARE)) {
        return null;
      }
      for (k += SHARE.length(); k < start; k++) {
        if (Words.REACHING.indexOf(t.charAt(k)) < 0 && QUALIFIER_CHARACTERS.indexOf(t.charAt(k)) < 0 && !Text.isSpace(t.charAt(k))) {
          return null;
        }
      }
      return last.indicator + SHARE;
    }

    /**
     * Whether the last figure is one {@code m} can be the new level of: a figure of the same
     * dimension with an indicator that is no change (营收同比增长15%，增至120亿元 is no level of 15%).
     */
    private boolean risesFromLast(Metric m) {
      Found last = found[count - 1];
      return last.metric != null && last.indicator != null && last.metric.dimension().equals(m.dimension())
          && !Words.endsWithChange(last.indicator);
    }

    /**
     * Whether the figure at {@code start} says the last one again, more exactly: its clause holds
     * only a verb of reaching before it (突破30%，达到31.6%), the last figure, in an earlier clause of
     * the sentence, has an indicator and the same unit, and is no change.
     */
    private boolean restatesLast(CharSequence t, int start, Metric m) {
      Found last = found[count - 1];
      if (last.metric == null || last.indicator == null || !last.metric.unit().equals(m.unit())
          || Words.endsWithChange(last.indicator)) {
        return false;
      }
      return reachingClauseAfter(t, start, last) >= 0;
    }

    /**
     * The measure the last figure is a change of, where the figure at {@code start} is the level it
     * reached: its clause holds only a verb of reaching before it and comes right after the clause
     * of the last figure, a change of a measure that can take this figure's dimension
     * (工业总产值比上年增长10%，达到780亿元; 地区生产总值净增300亿元，达到2780亿元: 工业总产值, 地区生产总值; not
     * 出口额增长10%，达到80万吨, nor 营业收入增长10%，其中，达到…); else null.
     */
    private String levelAfterChange(CharSequence t, int start, Metric m) {
      Found last = found[count - 1];
      int open = last.metric == null || last.indicator == null ? -1 : reachingClauseAfter(t, start, last);
      if (open < 0) {
        return null;
      }
      for (int k = last.end; k < open - 1; k++) {
        if (Text.isClauseBreak(t.charAt(k))) {
          return null; // a clause between them: 其中，达到…
        }
      }
      String measure = Words.measureChanged(last.indicator);
      return measure != null && Words.measureTakes(measure, m.dimension()) ? measure : null;
    }

    /**
     * Where the clause of the figure at {@code start} opens, where it opens after a clause break that
     * stands after {@code last} and holds only a verb of reaching before the figure ({@link
     * Words#REACHING}: 达到), after a year where one opens it (净增1300亿元，2019年达到2780亿元); else -1.
     */
    private static int reachingClauseAfter(CharSequence t, int start, Found last) {
      int open = clauseAfter(t, start, last);
      if (open < 0 || open == start || t.charAt(open - 1) == '、') {
        return -1;
      }
      for (int k = open + yearAt(t, open, start); k < start; k++) {
        if (Words.REACHING.indexOf(t.charAt(k)) < 0 && !Text.isSpace(t.charAt(k))) {
          return -1;
        }
      }
      return open;
    }

    /** The length of a year opening {@code t} at {@code k} (2019年, 2019年底, 2019年末), or 0. */
    private static int yearAt(CharSequence t, int k, int end) {
      int j = k;
      while (j < end && j - k < 4 && Text.digit(t.charAt(j)) >= 0) {
        j++;
      }
      if (j - k != 4 || j >= end || t.charAt(j) != '年') {
        return 0;
      }
      j++;
      return j < end && (t.charAt(j) == '底' || t.charAt(j) == '末') ? j + 1 - k : j - k;
    }

    /**
     * Whether {@code change} ends with a word of a change of level (提高, 提升, 增加, 减少), which
     * after a share is the share's (占比同比提高2.0%), not a growth (增长), which is the part's.
     */
    private static boolean isChangeOfLevel(String change) {
      for (String w : ChangeWords.CHANGES) {
        if (change.endsWith(w) || change.endsWith(Words.traditional(w))) {
          return true;
        }
      }
      return false;
    }

    /**
     * Where the clause of the figure at {@code start} opens, after a clause break that stands after
     * {@code last}, the figure before it; -1 where the two share a clause. Looks back to {@code last}
     * only, so that the figures of a sentence cost it one pass.
     */
    private static int clauseAfter(CharSequence t, int start, Found last) {
      int open = start;
      while (open > last.end && !Text.isClauseBreak(t.charAt(open - 1))) {
        open--;
      }
      return open > last.end ? open : -1;
    }

    /** Whether {@code t[from, to)} begins, after spaces, with 、 or 和 and a figure: two figures listed. */
    private static boolean isListed(CharSequence t, int from, int to) {
      int k = from;
      while (k < to && Text.isSpace(t.charAt(k))) {
        k++;
      }
      return k + 1 < to && "、和及與与".indexOf(t.charAt(k)) >= 0 && FigureWords.isFigureCharacter(t.charAt(k + 1));
    }

    /** The word a share of a whole is named by: the part's word, then this (进出口值占比). */
    static final String SHARE = "占比";

    /**
     * The word of a share written with its whole (占规上工业总产值比重达66%), which, after 占, is
     * the part's ({@link #shareOfAWhole}).
     */
    static final String WHOLE_SHARE = "比重";

    /**
     * The indicator of a share written after 占 (佔) in its clause, whose word there names the whole,
     * not what the share is of: the word before 占 in the clause (绿色产业增加值占全区工业增加值30%以上:
     * 绿色产业增加值占比), else the word of the last figure before it in the sentence, in an earlier
     * clause and no change, past the growths between (进出口值5021亿元，占四川省进出口总值的48%: 进出口值占比),
     * or the measure of a growth that is the sentence's one figure before it (制造业增加值增长15.3%，占全区
     * 规上工业增加值比重达到76.8%: 制造业增加值占比; not after two growths); else null, the word found
     * otherwise kept. Asked too where the clause names the share with its
     * whole ({@value #WHOLE_SHARE}: 占规上工业总产值比重达66%), not with a word of its own (占比, 比例).
     * 占 must stand after the last figure and within {@value #INDICATOR_REACH} characters, not
     * in another word (占地, 占用, 占据, 占有, 占主导, 抢占; but 占地区 is 占 and 地区); the word found, if any, is no change or
     * rate (占地较大的企业利润增长20% is a growth), and one before 占 is the part's (出口额占全市的40%).
     */
    private String shareOfAWhole(CharSequence t, int floor, int start, String indicator) {
      int whole = indicator == null || !Words.endsWithChange(indicator) ? -1 : indicator.lastIndexOf(WHOLE_SHARE);
      if (whole > 0) { // 占规模以上工业总产值比重同比提高4.5%: the change of the part's share
        String share = shareOfAWhole(t, floor, start, indicator.substring(0, whole + WHOLE_SHARE.length()));
        return share == null ? null : share + indicator.substring(whole + WHOLE_SHARE.length());
      }
      int lo = Math.max(floor, start - INDICATOR_REACH);
      int of = -1; // where 占 stands
      int open = start;
      while (open > lo && !Text.isClauseBreak(t.charAt(open - 1))) {
        open--;
        char c = t.charAt(open);
        if (of < 0 && (c == '占' || c == '佔')) {
          of = open;
        }
      }
      if (of < 0 || of + 1 >= start || (NOT_A_WHOLE_AFTER.indexOf(t.charAt(of + 1)) >= 0 && !isOfARegion(t, of, start))
          || (of > open && NOT_A_WHOLE_BEFORE.indexOf(t.charAt(of - 1)) >= 0)) {
        return null;
      }
      if (indicator != null && (Words.endsWithChange(indicator) || indicator.endsWith("率"))) {
        return null;
      }
      if (indicator != null && !t.subSequence(of, start).toString().contains(indicator)) {
        return indicator + SHARE; // the word found stands before 占: the part's (出口额占全市的40%)
      }
      String part = Words.indicatorBefore(t, open, of);
      boolean opensClause = open > 0 && Text.isClauseBreak(t.charAt(open - 1)); // not cut short by the reach
      if (part == null && (opensClause || open == floor && lo == floor)) {
        part = Words.partBefore(t, open, of); // 天然气占一次能源消费量比重为11.1%: 天然气占比
      }
      String growth = null; // the one growth passed over: the part's own, or one naming no measure
      for (int k = count - 1; part == null && opensClause && k >= Math.max(0, count - 2); k--) {
        Found last = found[k];
        if (last.metric == null || last.end >= open || last.indicator == null || last.indicator.endsWith(SHARE)) {
          break;
        }
        if (!Words.endsWithChange(last.indicator)) {
          if (growth == null || growth.startsWith(last.indicator) || !Words.namesAMeasure(growth)) {
            part = last.indicator; // past its growth: 产值142.6亿元，同比增长46.6%，占…比重达66%
          }
          break;
        }
        if (growth != null) {
          break; // two growths: which one's share, the text does not say
        }
        growth = last.indicator;
        if (count == 1) {
          // the sentence's one figure before, a measure's growth: that measure's share
          // (其中：制造业增加值增长15.3%，占全区规上工业增加值比重达到76.8%: 制造业增加值占比)
          part = Words.measureChanged(growth);
        }
      }
      return part == null || Words.endsWithChange(part) ? null : part + SHARE;
    }

    /** Characters after 占 that make it part of another word: 占地, 占用, 占据, 占领, 占有, 占主导, 占比. */
    private static final String NOT_A_WHOLE_AFTER = "地用据據领領有主比";

    /**
     * Whether 占 at {@code of} is followed by 地区 (占地区生产总值比重), a whole, not 占地 (land taken up,
     * also in 占地区域).
     */
    private static boolean isOfARegion(CharSequence t, int of, int start) {
      return of + 2 < start && t.charAt(of + 1) == '地' && (t.charAt(of + 2) == '区' || t.charAt(of + 2) == '區')
          && !(of + 3 < start && t.charAt(of + 3) == '域');
    }

    /** Characters before 占 that make it part of another word: 抢占, 霸占, 独占, 侵占, 强占. */
    private static final String NOT_A_WHOLE_BEFORE = "抢搶霸独獨侵强強";

    /**
     * The measure named in an earlier clause of the sentence, after the last figure, of a standard
     * indicator that takes {@code m}'s dimension (营收创新高，其中竹科0.82兆元: 营收); else null. A
     * word the lists know but no standard indicator names, whose dimension is unknown, is not taken.
     */
    private static String measureEarlier(CharSequence t, int floor, int start, Metric m) {
      Dimension d = m.dimension();
      return Words.measureInSentence(t, floor, start,
          word -> Indicators.byName(word).filter(i -> i.accepts(d)).isPresent());
    }

    /**
     * Whether {@code indicator}, found before the count at {@code start}, is the noun the last count
     * counted, written right after it and joined to this one by a list mark (160多家零部件企业以及30多家…):
     * it names the last member of the list, not this.
     */
    private boolean countedByLast(CharSequence t, int start, String indicator) {
      Found last = count > 0 ? found[count - 1] : null;
      if (last == null || last.metric == null || !isCount(last.metric.unit())) {
        return false;
      }
      int after = last.end + indicator.length();
      return after < start && Text.startsWith(t, last.end, after, indicator) && joined(t, after, start);
    }

    /**
     * The indicator of a figure whose clause names none: that of the last figure before it in the
     * sentence with the same unit, if it is a measure (not a noun of what is counted); else null.
     */
    private String carried(Metric m) {
      for (int k = count - 1; k >= 0; k--) {
        Found before = found[k];
        if (before.metric != null && before.indicator != null && before.metric.unit().equals(m.unit())) {
          return Words.isMeasure(before.indicator) ? before.indicator : null;
        }
      }
      return null;
    }

    private Found add(int start, int end, int figure, Metric metric, Qualifier own) {
      if (count == found.length) {
        found = Arrays.copyOf(found, count * 2);
      }
      Found f = found[count];
      if (f == null) {
        f = new Found();
        found[count] = f;
      }
      count++;
      f.start = start;
      f.end = end;
      f.figure = figure;
      f.metric = metric;
      f.own = own;
      f.indicator = null;
      f.goalOf = null;
      return f;
    }

    /** Gives lists their units and qualifiers, then passes the figures of {@code t[s, e)} on with their periods. */
    private void finish(CharSequence t, int s, int e) {
      coordinate(t);
      declareCurrencies(t, e);
      boolean carries = endsWithSemicolon(t, e);
      // Only dates before a figure matter, and, for a period that carries on, those of the whole sentence.
      Dates dates = count > 0 || carries ? Dates.scan(t, s, e, carries ? e : found[count - 1].start) : null;
      int counted = s; // chars up to here are in cp
      int cp = codePoints;
      boolean ofWhichOpens = (lastPeriod != null || datedBefore != null) && Text.beginsWithOfWhich(t, s, e);
      String ofWhich = !ofWhichOpens ? null : lastPeriod != null ? lastPeriod : reportedPeriod(datedBefore);
      lastPeriod = null;
      // a sentence with no figure may date the 其中 after it: kept to be read only then, as few are followed by one
      datedBefore = count == 0 && !carries && Dates.mayHoldDate(t, s, e) ? t.subSequence(s, e).toString() : null;
      for (int k = 0; k < count; k++) {
        Found f = found[k];
        if (f.metric == null) {
          continue; // a member of a list whose unit was not found
        }
        String period = dates.periodBefore(t, f.start);
        boolean founding = false;
        for (int before = f.start, n = 0; period != null && n < MAX_FOUNDINGS; n++) {
          int end = dates.periodEndBefore(t, before);
          if (Words.startsWithAny(period, 0, period.length(), SPANS_AND_AS_OF) || !datesAFounding(t, s, end, f.start, k)) {
            break;
          }
          // 2000年升格为国家级经济技术开发区，规划面积105平方公里: the upgrade's year, not the area's; the
          // period before it, if any (2023年，园区在2010年升格为国家级后，…: 2023年)
          founding = true;
          before = end - period.length();
          period = dates.periodBefore(t, before);
        }
        period = Dates.startOfChange(t, period, f.start); // 由2019年的1000家: 2019's, where the change starts
        if (period == null && carried != null && !founding && Dates.sameLine(t, s, f.start)) {
          period = carried;
        }
        if (period == null && ofWhich != null && !founding) {
          period = ofWhich; // 截至6月底，园区已聚集超220家企业。其中，高新技术企业超过70家 (a paragraph may open with 其中)
        }
        String base = dates.baseBefore(t, f.start);
        String owning = f.metric.unit().equals(Units.TIMES) ? null : dates.baseOwning(t, f.start);
        if (owning != null) { // not for a multiple: 是2005年的5.2倍 is 5.2 times 2005年's figure
          period = owning; // 比前年的1兆7510亿元: the base's own figure
          base = null;
        }
        cp += Text.codePoints(t, counted, f.start);
        int startCp = cp;
        cp += Text.codePoints(t, f.start, f.end);
        counted = f.end;
        sink.accept(Mention.of(startCp, cp, t.subSequence(f.start, f.end).toString(), f.metric, f.indicator, period, base));
        lastPeriod = period;
      }
      codePoints = cp + Text.codePoints(t, counted, e);
      int measured = carries ? lastMeasured() : -1;
      carriedMeasure = measured < 0 ? null : found[measured].indicator;
      // the text before it, kept: a reader's buffer moves on before the next sentence
      carriedMeasureBefore = measured < 0 ? null : t.subSequence(
          Math.max(0, found[measured].start - Words.SUBJECT_BEFORE_REACH), found[measured].start).toString();
      if (carries) {
        String last = dates.periodBefore(t, e);
        if (last != null) {
          carried = last;
        } else if (ofWhich != null) {
          carried = ofWhich; // 今年1至7月，进出口…。其中，出口额1604亿元；进口额1527亿元: the 其中 goes on
        } else if (!Dates.sameLine(t, s, e)) {
          carried = null;
        }
      } else {
        carried = null;
      }
    }

    /**
     * The last period of {@code sentence}, one with no figure, if it is a period reported on, a part
     * of a year (一季度, 1-5月, 上半年) or a whole one (全年), and the sentence tells of no event
     * (彭山经开区一季度主要经济指标稳健开局。其中，…; not 园区成立于2006年6月。其中，…); else null.
     */
    private static String reportedPeriod(String sentence) {
      if (Text.holdsAny(sentence, 0, sentence.length(), EVENTS)) {
        return null;
      }
      String period = Dates.scan(sentence, 0, sentence.length(), sentence.length()).periodBefore(sentence, sentence.length());
      if (period == null) {
        return null;
      }
      for (String word : REPORTED_PERIODS) {
        if (period.contains(word)) {
          return period;
        }
      }
      return null;
    }

    /**
     * Words of a park's founding or upgrading, whose date is no period of its figures: 2000年升格为国家级…,
     * and 成立 as {@link #endsWithASetting} reads it (成立于1992年, 筹备处已于8月成立). Not 成立 with an
     * object, which a year's news writes of anything set up (成立了工作专班, 新成立的企业, 成立产业基金).
     */
    private static final String[] FOUNDINGS = {
      "升格", "晋升", "晉升", "升级为", "升級為", "批准设立", "批准設立", "获批设立", "獲批設立", "始建",
    };

    /**
     * Words before a figure in its clause that date it by the year named before all the same: 全年实现…;
     * and flows, which are a period's (实现营收, 完成投资), not a profile's stock or area.
     */
    private static final String[] OF_THE_YEAR = {"全年", "当年", "當年", "同比", "实现", "實現", "完成"};

    /** How far from a date {@link #datesAFounding} reads its clause, and before a figure its clause, in characters. */
    private static final int FOUNDING_REACH = 48;

    /** Words that make a date a span's start or a time as of which figures count: 自1978年, 至2004年底. */
    private static final String[] SPANS_AND_AS_OF = {"自", "从", "從", "由", "至", "到", "截至", "截止"};

    /** The most founding dates passed over before a figure: 成立于1992年，2000年升格为…. */
    private static final int MAX_FOUNDINGS = 3;

    /**
     * Whether the date ending at {@code end} dates a park's founding or upgrading ({@link #FOUNDINGS}
     * in its clause, which holds no figure) rather than the figure {@code k}, at {@code figure}, in a
     * later clause of the sentence (2000年升格为国家级经济技术开发区，规划面积105平方公里; 2010年晋升为国家级
     * 高新区，位于山东省南部，面积255平方公里): the facts of a profile, not of that year. Not where the
     * figure's clause says it is of the year or a flow (全年, 同比, 实现营收…). Each clause is read at most
     * {@value #FOUNDING_REACH} characters from the date or back from the figure. The caller leaves out
     * a date that begins a span or says as of when ({@link #SPANS_AND_AS_OF}: 自2000年, 至2004年底).
     */
    private boolean datesAFounding(CharSequence t, int s, int end, int figure, int k) {
      if (end < 0) {
        return false;
      }
      int clauseEnd = end;
      while (clauseEnd < figure && clauseEnd - end < FOUNDING_REACH && !isClauseEnd(t.charAt(clauseEnd))) {
        clauseEnd++;
      }
      if (clauseEnd >= figure || !isClauseEnd(t.charAt(clauseEnd))) {
        return false; // the date's own clause
      }
      int clauseStart = end;
      while (clauseStart > s && end - clauseStart < FOUNDING_REACH && !isClauseEnd(t.charAt(clauseStart - 1))) {
        clauseStart--;
      }
      if (!Text.holdsAny(t, clauseStart, clauseEnd, FOUNDINGS) && !endsWithASetting(t, clauseStart, clauseEnd)) {
        return false;
      }
      for (int j = k - 1; j >= 0 && found[j].start >= clauseStart; j--) {
        if (found[j].start < clauseEnd) {
          return false; // a figure of the date's own clause: that year's news, not a profile
        }
      }
      int figureClause = figure;
      while (figureClause > clauseEnd && figure - figureClause < FOUNDING_REACH && !isClauseEnd(t.charAt(figureClause - 1))) {
        figureClause--;
      }
      return !Text.holdsAny(t, figureClause, figure, OF_THE_YEAR);
    }

    /**
     * Whether the clause {@code t[from, to)} says a body was set up, 成立 at its end or before 于 or 时
     * (筹备处已于8月成立, 成立于1992年), not 成立 with an object or 新成立 (成立了工作专班, 新成立的企业).
     */
    private static boolean endsWithASetting(CharSequence t, int from, int to) {
      for (int i = from; i + 2 <= to; i++) {
        if (t.charAt(i) == '成' && t.charAt(i + 1) == '立' && (i == from || t.charAt(i - 1) != '新')
            && (i + 2 == to || "于於时時".indexOf(t.charAt(i + 2)) >= 0)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isClauseEnd(char c) {
      return c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':';
    }

    /** Words of events whose date is no period reported on: 成立于2006年6月, 2019年6月被评为. */
    private static final String[] EVENTS = {"成立", "设立", "設立", "获批", "獲批", "批准", "始建", "评为", "評為", "挂牌", "掛牌"};

    /**
     * Figures joined by 、 和 及 与 或 into a list: a member with no unit, or with the first part of
     * the next one's unit (八点九个和五点六个百分点), takes the next one's unit (19.9、22.8个百分点;
     * 57、21、15、7家); a qualifier written before the first member of a list in one unit stands
     * for every member (约81.7%、68.1%和172.4% are all APPROXIMATELY).
     */
    private void coordinate(CharSequence t) {
      for (int k = count - 2; k >= 0; k--) {
        Found f = found[k];
        Found next = found[k + 1];
        if (next.metric == null || !joined(t, f.end, next.start)) {
          continue;
        }
        Unit unit = next.metric.unit();
        if (f.metric == null) {
          f.metric = readWithUnit(t, f, unit);
        } else if (!f.metric.unit().equals(unit) && unit.name().startsWith(f.metric.unit().name())) {
          f.metric = withUnit(f.metric, unit);
        }
      }
      for (int k = 0; k < count - 1; k++) {
        Found first = found[k];
        Qualifier q = first.metric == null || first.metric.isRange() ? null : first.metric.qualifier();
        if (q == null || q == Qualifier.EXACT || q == Qualifier.OVER || first.own != Qualifier.EXACT) {
          continue;
        }
        for (int j = k + 1; j < count; j++) {
          Found member = found[j];
          Metric m = member.metric;
          if (m == null || m.isRange() || m.qualifier() != Qualifier.EXACT || member.start != member.figure
              || !m.unit().equals(first.metric.unit()) || !joined(t, found[j - 1].end, member.start)) {
            break;
          }
          member.metric = Metric.of(m.value(), m.unit(), q);
          k = j;
        }
      }
    }

    /**
     * The currency a bracket after a figure declares for what follows it in the text (下同, "the
     * same below"), given to the figures from there on that have no unit or the bare 元 written
     * (投資額超過4億元(美元,下同) is 4亿美元; 接近70亿(美元,下同)，投资总额90.7亿 are 70亿美元 and
     * 90.7亿美元; a later sentence's 32.6億元 is 32.6亿美元), not to one whose words say 人民币.
     */
    private void declareCurrencies(CharSequence t, int e) {
      for (int k = 0; k < count; k++) {
        Found f = found[k];
        if (f.metric == null) {
          continue;
        }
        BaseUnit here = declaredCurrency(t, f.end, e);
        BaseUnit before = declaredBefore(t, f.start);
        if (here != null || before != null) {
          declared = here != null ? here : before;
        }
        Unit unit = f.metric.unit();
        if (declared == null || unit.isCompound()) {
          continue;
        }
        boolean yuan = unit.base().map(YUAN::equals).orElse(false) && !declared.equals(YUAN)
            && !saysRenminbi(t, f.start, f.end, e);
        if (yuan || unit.dimension().kind() == Dimension.Kind.NUMBER) {
          f.metric = withUnit(f.metric, Unit.of(unit.magnitude(), declared));
        }
      }
    }

    /** Whether 人民币 (RMB) is written in the figure {@code t[start, end)} or right before or after it. */
    private boolean saysRenminbi(CharSequence t, int start, int end, int e) {
      for (String word : RENMINBI) {
        if (Text.startsWith(t, end, e, word) || (start >= word.length() && Text.startsWith(t, start - word.length(), start, word))
            || t.subSequence(start, end).toString().contains(word)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The currency written right before the figure at {@code start} with (下同) after it, which
     * declares it for this figure and what follows (總投增資額達新台幣(下同)1,822.232億元); or null.
     */
    private BaseUnit declaredBefore(CharSequence t, int start) {
      int open = start - 4;
      if (open < 1 || (t.charAt(open) != '(' && t.charAt(open) != '（') || t.charAt(open + 1) != '下'
          || t.charAt(open + 2) != '同' || (t.charAt(start - 1) != ')' && t.charAt(start - 1) != '）')) {
        return null;
      }
      for (int word = Math.max(0, open - 4); word < open; word++) {
        String name = t.subSequence(word, open).toString();
        Optional<BaseUnit> currency = parser.catalog().baseUnit(isRenminbi(name) ? "元" : name);
        if (currency.isPresent() && currency.get().dimension().kind() == Dimension.Kind.MONEY) {
          return currency.get();
        }
      }
      return null;
    }

    /** The currency of a bracket at {@code i} that declares it for what follows, (美元，下同); or null. */
    private BaseUnit declaredCurrency(CharSequence t, int i, int e) {
      if (i >= e || (t.charAt(i) != '(' && t.charAt(i) != '（')) {
        return null;
      }
      int word = i + 1;
      int mark = word;
      while (mark < e && mark - word <= 4 && t.charAt(mark) != ',' && t.charAt(mark) != '，' && t.charAt(mark) != '、') {
        mark++;
      }
      int close = mark + 3;
      if (mark == word || close >= e || !Text.startsWith(t, mark + 1, e, "下同")
          || (t.charAt(close) != ')' && t.charAt(close) != '）')) {
        return null;
      }
      String name = t.subSequence(word, mark).toString();
      Optional<BaseUnit> currency = parser.catalog().baseUnit(isRenminbi(name) ? "元" : name);
      return currency.filter(c -> c.dimension().kind() == Dimension.Kind.MONEY).orElse(null);
    }

    /**
     * The member {@code f} of a list read with the {@code unit} of the next one: its text with the
     * unit's name after it, from the farthest of the words before it that still reads; or null.
     */
    private Metric readWithUnit(CharSequence t, Found f, Unit unit) {
      String name = unit.name();
      int shared = sharedMagnitude(t, f.end, name); // 5万、10万元: 万 is written already
      for (int from = f.start; from <= f.figure; from = from == f.figure ? f.figure + 1 : f.figure) {
        String written = t.subSequence(from, f.end) + name.substring(shared);
        position.setIndex(0);
        position.setErrorIndex(-1);
        Metric m = parser.parse(written, position);
        if (m != null && position.getIndex() == written.length() && m.unit().equals(unit)) {
          f.start = from;
          return m;
        }
      }
      return null;
    }
  }

  /**
   * How many characters of the magnitude words that end the member at {@code end} begin the unit
   * {@code name} too (万 of 5万 in 万元, 萬 as well); 0 if none.
   */
  private static int sharedMagnitude(CharSequence t, int end, String name) {
    for (int n = Math.min(2, name.length()); n > 0; n--) {
      boolean same = end - n >= 0;
      for (int k = 0; same && k < n; k++) {
        int written = ChineseNumerals.unitExponent(t.charAt(end - n + k));
        same = written >= ChineseNumerals.WAN && written == ChineseNumerals.unitExponent(name.charAt(k));
      }
      if (same) {
        return n;
      }
    }
    return 0;
  }

  /** {@code m} in {@code unit}, the same number or range (open ends kept) and qualifier. */
  private static Metric withUnit(Metric m, Unit unit) {
    if (!m.isRange()) {
      return Metric.of(m.value(), unit, m.qualifier());
    }
    Interval bounds = m.bounds();
    return bounds.isLowerClosed() && bounds.isUpperClosed()
        ? Metric.range(m.value(), m.max(), unit) : Metric.range(bounds, unit);
  }

  private static final String[] RENMINBI = {"人民币", "人民幣", "RMB"};
  private static final BaseUnit YUAN = Units.YUAN.base().orElseThrow();

  private static boolean isRenminbi(String word) {
    return Arrays.asList(RENMINBI).contains(word);
  }

  /** Whether {@code t[from, to)} only joins two members of a list: 、, 和, 及, 与, 或, white space. */
  private static boolean joined(CharSequence t, int from, int to) {
    if (to <= from || to - from > 4) {
      return false;
    }
    boolean mark = false;
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (isListMark(c)) {
        mark = true;
      } else if (!(Text.isSpace(c) && c != '\n') && !(c == '以' && k + 1 < to && t.charAt(k + 1) == '及')) {
        return false;
      }
    }
    return mark;
  }

  /** Whether 每 stands in the five characters before {@code j}: 每平方米70元. */
  private static boolean hasPerBefore(CharSequence t, int floor, int j) {
    for (int k = j - 2; k >= floor && j - k <= 5; k--) {
      if (t.charAt(k) == '每') {
        return true;
      }
    }
    return false;
  }

  /** How far before its figure a qualifier over a noun phrase is looked for. */
  private static final int NOUN_REACH = 16;

  /** Whether {@code unit} is a share of a whole: percent, per mille. */
  /**
   * Whether the figure ending at {@code end} was written with 块 (塊) and no 钱 after it: 块 is
   * spoken money (3块钱), but written alone it counts pieces and plots (一块地, 日产能7000块).
   */
  private static boolean isPieces(CharSequence t, int end, int e) {
    char unit = t.charAt(end - 1);
    return (unit == '块' || unit == '塊') && !(end < e && (t.charAt(end) == '钱' || t.charAt(end) == '錢'));
  }

  private static boolean isShare(Unit unit) {
    return !unit.isCompound() && unit.dimension().kind() == Dimension.Kind.RATIO;
  }

  private static boolean isListMark(char c) {
    return c == '、' || c == '和' || c == '及' || c == '与' || c == '與' || c == '或';
  }

  /**
   * Whether the number {@code t[i, run)}, which has no unit, is a member of a list whose unit comes
   * later: a number followed by a list mark and another figure.
   */
  private static boolean isListMember(CharSequence t, int i, int run, int e) {
    int j = run;
    while (j < e && Text.isSpace(t.charAt(j)) && t.charAt(j) != '\n') {
      j++;
    }
    if (j >= e || !isListMark(t.charAt(j))) {
      return false;
    }
    j++;
    while (j < e && Text.isSpace(t.charAt(j)) && t.charAt(j) != '\n') {
      j++;
    }
    if (j + 1 < e && isMinus(t.charAt(j)) && Text.digit(t.charAt(j + 1)) >= 0) {
      j++; // 5、-3元
    }
    return j < e && FigureWords.isFigureCharacter(t.charAt(j)) && t.charAt(j) != '半';
  }

  /** Characters after which 上 before a magnitude word is "reaching" (有上万家, ，上千人), not "on" (市场上). */
  private static final String BEFORE_REACHING = "有了引动動达達近，、,（(：:“「 ";

  /**
   * Where 上 before the bare magnitude word at {@code i} (its figure ending at {@code end}) starts
   * (上万家: i − 1), when it stands at the start of the clause or after {@link #BEFORE_REACHING},
   * or the figure ends its clause (累计引进企业上万家，); else {@code i}. Otherwise 上 may end a word
   * of place (市场上万家企业, 网上千家店铺).
   */
  private static int reaching(CharSequence t, int s, int i, int end, int e) {
    if (i - 1 < s || t.charAt(i - 1) != '上') {
      return i;
    }
    boolean endsClause = end >= e || Text.isClauseBreak(t.charAt(end));
    return i - 1 == s || endsClause || BEFORE_REACHING.indexOf(t.charAt(i - 2)) >= 0 ? i - 1 : i;
  }

  /**
   * Whether the character at {@code i}, right after a lone magnitude word with no unit, makes a
   * word with it (近亿利广场, 超亿航智能: names, not 近1亿): a Chinese character other than 的, 了 and
   * 大 (营收破亿大关). Two magnitude words are a figure before a noun (过百亿园区5个).
   */
  private static boolean beginsAWord(CharSequence t, int i, int e) {
    if (i >= e) {
      return false;
    }
    char c = t.charAt(i);
    return Character.isIdeographic(c) && "的了大".indexOf(c) < 0;
  }

  /** Whether {@code t[i, run)} is magnitude words only, no digit: 亿, 百亿, 千万. */
  private static boolean isMagnitudeWordsOnly(CharSequence t, int i, int run) {
    for (int k = i; k < run; k++) {
      if (ChineseNumerals.unitExponent(t.charAt(k)) < 0) {
        return false;
      }
    }
    return run > i;
  }

  /** Where the qualifier words before the figure at {@code i} start (约 in 约2.2、4.6亿元), or {@code i}. */
  private static int wordsBefore(CharSequence t, int s, int i) {
    int j = Text.skipSpaceBack(t, s, i);
    int q = Words.QUALIFIERS.qualifierEndingAt(t, s, j);
    return q < 0 ? i : j - Words.QUALIFIERS.word(q).length();
  }

  private static boolean endsWithSemicolon(CharSequence t, int e) {
    return e > 0 && (t.charAt(e - 1) == '；' || t.charAt(e - 1) == ';');
  }

  private static final int MAX_WORDS_BEFORE = 4;

  private static boolean isMinus(char c) {
    return c == '-' || c == '−' || c == '－';
  }

  /**
   * Where the words before the figure at {@code i} may start, nearest first, into {@code starts}:
   * a currency word (人民币, 新台币, ¥), then up to two qualifier or lead words (约, 最高, 高达, 连续),
   * each maybe after a verb that follows a qualifier (最高可获, 约有, 最高补助不超过). Returns how many.
   */
  private static int candidates(CharSequence t, int s, int i, int[] starts) {
    int n = 0;
    int j = Text.skipSpaceBack(t, s, i);
    int w = Words.CURRENCY.endingAt(t, s, j);
    if (w >= 0) {
      j -= Words.CURRENCY.word(w).length();
      starts[n++] = j;
      j = Text.skipSpaceBack(t, s, j);
    }
    for (int round = 0; round < 2 && n < MAX_WORDS_BEFORE; round++) {
      int q = Words.QUALIFIERS.qualifierEndingAt(t, s, j);
      if (q >= 0) {
        j -= Words.QUALIFIERS.word(q).length();
        starts[n++] = j;
        j = Text.skipSpaceBack(t, s, j);
        continue;
      }
      int v = Words.VERBS.endingAt(t, s, j);
      if (v < 0) {
        break;
      }
      int before = j - Words.VERBS.word(v).length();
      q = Words.QUALIFIERS.qualifierEndingAt(t, s, before);
      if (q < 0) {
        break;
      }
      j = before - Words.QUALIFIERS.word(q).length();
      starts[n++] = j;
      j = Text.skipSpaceBack(t, s, j);
    }
    return n;
  }

  /**
   * Whether {@code t[from, to)} joins two figures as the ends of one change: 增加到, 提高至; also
   * with the year the change ended in after 到 (增长到2016年底的: its characters count against no reach).
   */
  private static boolean continues(CharSequence t, int from, int to) {
    if (to - from > 8 + YEAR_REACHED || to - from > 8 && to - from - yearReachedLength(t, from, to) > 8) {
      return false; // looked for only where the gap may hold 增长到2016年底的 and no more: each figure's gap is read once at most
    }
    boolean joined = false;
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (Text.isClauseBreak(c)) {
        return false;
      }
      joined |= c == '到' || c == '至';
    }
    return joined;
  }

  /** The longest year after 到 {@link #yearReachedLength} reads: 2016年底的. */
  private static final int YEAR_REACHED = 8;

  /**
   * The length of the year written right after the 到 or 至 in {@code t[from, to)} and ending it
   * (到2016年底的, 至2021年的: four digits, 年, then 底, 末 or 初, then 的); 0 if none.
   */
  private static int yearReachedLength(CharSequence t, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c != '到' && c != '至') {
        continue;
      }
      int j = k + 1;
      int digits = 0;
      while (j < to && Text.digit(t.charAt(j)) >= 0) {
        j++;
        digits++;
      }
      if (digits != 4 || j >= to || t.charAt(j) != '年') {
        return 0;
      }
      j++;
      if (j < to && "底末初".indexOf(t.charAt(j)) >= 0) {
        j++;
      }
      if (j < to && t.charAt(j) == '的') {
        j++;
      }
      return j == to ? j - k - 1 : 0;
    }
    return 0;
  }

  /**
   * Words of a rise or a fall that end at 至 or 到 a figure's new level (攀升至, 增至, 下降到): those of
   * {@link ChangeWords} and a few of one character or of movement.
   */
  private static final String[] RISES = rises();

  private static String[] rises() {
    List<String> words = new ArrayList<>(List.of("增", "升", "涨", "漲", "降", "跃升", "躍升", "攀升", "扩大", "擴大", "扩展", "擴展"));
    for (List<String> kind : List.of(ChangeWords.GROWTHS, ChangeWords.CHANGES, ChangeWords.DECREASES)) {
      for (String w : kind) {
        words.add(w);
        words.add(Words.traditional(w));
      }
    }
    return words.stream().distinct().toArray(String[]::new);
  }

  /**
   * Whether the clause of the figure at {@code to} opens, after the previous figure at {@code from}
   * and a clause break, with a word of rise or fall and 至 or 到, then nothing, or a date and 的,
   * before it: the figure is the new level of the previous one (由初期财政收入275万元，攀升至2014年的12.86亿元;
   * 受助項目由2010年的10個，大增至2016年底的230個; not 增至全市的15%). Looks back no further than 16
   * characters.
   */
  private static boolean risesTo(CharSequence t, int from, int to) {
    int open = to;
    while (open > from && to - open <= 16 && !Text.isClauseBreak(t.charAt(open - 1))) {
      open--;
    }
    if (open <= from || !Text.isClauseBreak(t.charAt(open - 1))) {
      return false;
    }
    for (int k = open; k < Math.min(to, open + 6); k++) {
      char c = t.charAt(k);
      if (c != '至' && c != '到') {
        continue;
      }
      for (String rise : RISES) {
        int at = k - rise.length();
        if (at >= open && at - open <= 1 && Text.startsWith(t, at, k, rise)) { // 攀升至, 大增至
          int before = to;
          while (before > k + 1 && Text.isSpace(t.charAt(before - 1))) {
            before--;
          }
          return isSpace(t, k + 1, to) // 至 230个
              || t.charAt(before - 1) == '的' && Text.indexOf(t, "年", k, before) >= 0; // 至2014年的12.86亿元
        }
      }
    }
    return false;
  }

  /** Whether {@code unit} counts things of a classifier: 家, 个, 批. */
  private static boolean isCount(Unit unit) {
    return !unit.isCompound() && unit.dimension().kind() == Dimension.Kind.COUNT;
  }

  /**
   * Whether {@code unit} measures an amount of money or a quantity of matter, energy or land (亿元,
   * 万吨, 亿千瓦时, 亩), whose words may be any the text has: not a count, a share, a difference or
   * multiple of them, a length (建设道路18公里: how much was built), a time (经过20年), nor a power,
   * a plant's or firm's capacity unless a word of the lists names it (晶澳太阳能3GW、中南光电100MW;
   * 装机容量 does).
   */
  private static boolean isQuantity(Unit unit) {
    if (unit.isCompound()) {
      return false;
    }
    Dimension d = unit.dimension();
    return d.isMoney() || QUANTITIES.contains(d.kind());
  }

  private static final Set<Dimension.Kind> QUANTITIES = EnumSet.of(Dimension.Kind.AREA, Dimension.Kind.MASS,
      Dimension.Kind.ENERGY, Dimension.Kind.STANDARD_COAL, Dimension.Kind.VOLUME);

  private static boolean isDuration(Unit unit) {
    return unit.equals(Units.YEAR) || unit.equals(Units.MONTH) || unit.equals(Units.DAY);
  }

  /**
   * Whether what stands before the figure at {@code i} rules it out: an ordinal, a rank, a vague
   * or coded number, the rest of a year written digit by digit.
   */
  private static boolean rejectedBefore(CharSequence t, int s, int i) {
    if (i == s) {
      return false;
    }
    char raw = t.charAt(i - 1);
    if (Text.isLatinLetter(raw)) {
      // GLP-1, A5: a code; but a measure written in Latin letters is followed by its figure (城市GDP27%)
      int word = Words.MEASURES.endingAt(t, s, i);
      return word < 0 || (i - Words.MEASURES.word(word).length() > s
          && Text.isLatinLetter(t.charAt(i - Words.MEASURES.word(word).length() - 1)));
    }
    if ((raw == '+' || raw == '-' || raw == '－' || raw == '/' || raw == '_') && i - 2 >= s
        && (Text.isLatinLetter(t.charAt(i - 2)) || Text.digit(t.charAt(i - 2)) >= 0)) {
      return true; // 5+2, GLP-1
    }
    if (raw == '○' || raw == '〇' || raw == '零') {
      return true; // 二○一二年: a year written digit by digit with a circle for zero
    }
    int j = Text.skipSpaceBack(t, s, i);
    if (j == s) {
      return false;
    }
    char prev = t.charAt(j - 1);
    if (prev == '前' && !(j - 2 >= s && "提目之以此日".indexOf(t.charAt(j - 2)) >= 0)) {
      return true; // 前20家, 名列前100名: a rank or "the first N", not a count (but 提前3年)
    }
    if (Text.isRangeMark(prev) && isOrdinalBefore(t, s, j - 1)) {
      return true; // 第一至三座: the end of a range of ordinals
    }
    if ((prev == '个' || prev == '個') && j - 3 >= s && t.charAt(j - 3) == '第'
        && (Text.digit(t.charAt(j - 2)) >= 0 || "一二三四五六七八九十".indexOf(t.charAt(j - 2)) >= 0)) {
      return true; // 第一个十年: the first of the decades, no count of years
    }
    return prev == '第' // ordinals: 第四届, 第 20 年
        || ((prev == '数' || prev == '數' || prev == '几' || prev == '幾') // 数百公斤, 几十家, 数10亿元
            && (Text.digit(t.charAt(i)) < 0 || isPowerOfTen(t, i))); // but 企业数97868家: a noun, then its figure
  }

  /** Whether the Arabic digits at {@code i} are 10, 100, 1000 …: 数10亿元 is "several billion". */
  private static boolean isPowerOfTen(CharSequence t, int i) {
    int k = i + 1;
    while (k < t.length() && t.charAt(k) == '0') {
      k++;
    }
    return Text.digit(t.charAt(i)) == 1 && k > i + 1 && (k == t.length() || Text.digit(t.charAt(k)) < 0);
  }

  /** Whether the figure that ends at {@code j} is an ordinal: 第 before it. */
  private static boolean isOrdinalBefore(CharSequence t, int s, int j) {
    int k = j;
    while (k > s && FigureWords.isFigureCharacter(t.charAt(k - 1))) {
      k--;
    }
    return k < j && k > s && t.charAt(k - 1) == '第';
  }

  /**
   * Whether the figure {@code t[i, end)} lies inside a short quotation (「投资台湾三大方案」, “三个万”,
   * 《…》): a name or a slogan, not a figure.
   */
  static boolean inShortQuote(CharSequence t, int s, int i, int end, int e) {
    int open = -1;
    for (int k = i - 1; k >= s && i - k <= SHORT_QUOTE; k--) {
      int kind = quoteMark(t.charAt(k));
      if (kind == OPENING) {
        open = k;
        break;
      }
      if (kind != 0) {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    for (int k = end; k < e && k - open <= SHORT_QUOTE; k++) {
      int kind = quoteMark(t.charAt(k));
      if (kind != 0) {
        return kind == CLOSING;
      }
    }
    return false;
  }

  private static final int OPENING = 1;
  private static final int CLOSING = 2;
  private static final int BREAK = 3;

  /** {@link #OPENING} or {@link #CLOSING} for a quotation mark, {@link #BREAK} for ，。 or a line break, else 0. */
  private static int quoteMark(char c) {
    switch (c) {
      case '「': case '“': case '《': case '『':
        return OPENING;
      case '」': case '”': case '》': case '』':
        return CLOSING;
      case '，': case '。': case '\n':
        return BREAK;
      default:
        return 0;
    }
  }

  /** The longest quotation whose figures are a name: 「投资台湾三大方案」 has 8 characters inside. */
  private static final int SHORT_QUOTE = 12;

  /** Whether the figure {@code t[i, end)} read as {@code m} is not a quantity of a park. */
  private static boolean rejectedAfter(
      CharSequence t, int s, int i, int run, int end, int e, Metric m, boolean chinese) {
    char next = end < e ? t.charAt(end) : '\0';
    if (next == '级' || next == '級' // scale classes
        || next == '号' || next == '號' // document numbers
        || next == '次' && !(end + 1 < e && t.charAt(end + 1) == '之') // 家次: a unit the catalogue lacks (23%次之 is second)
        || Text.startsWith(t, end, e, "名次") || Text.startsWith(t, end, e, "位次") // rank changes
        || Text.startsWith(t, end, e, "一体") || Text.startsWith(t, end, e, "一體")) { // 三位一体
      return true;
    }
    if (end > 0 && BOUND_WORDS.contains(String.valueOf(t.charAt(end - 1)) + next)) {
      return true; // 份额, 批发: the classifier is the first character of another word
    }
    if (Text.isLatinLetter(next) && Text.isLatinLetter(t.charAt(end - 1))) {
      return true; // a unit symbol that is part of a longer word
    }
    if (inShortQuote(t, s, i, end, e)) {
      return true;
    }
    boolean duration = isDuration(m.unit());
    if (duration && ("前后後".indexOf(next) >= 0 || Text.startsWith(t, end, e, "平均"))
        && !Text.startsWith(t, end + 1, e, "的今天")) {
      return true; // 五年前, 三年后: a time, not a duration (but 三十年后的今天: thirty years on); 两年平均增长
    }
    if (m.unit().equals(Units.YEAR) && (next == '度' || isRocYearRange(t, i, run, m, chinese))) {
      return true; // 2025至26年度: a fiscal year; 99年至103年: years of the Republic of China
    }
    if ((next == '数' || next == '數') && isNamed(m.unit(), "位")) {
      return true; // 两位数增长: double-digit, not two of anything
    }
    if (PART_OF_BU.indexOf(next) >= 0 && isNamed(m.unit(), "部")) {
      return true; // 六部委, 六部门, 两部分: words, not six of a 部 (films, phones)
    }
    if (ChineseNumerals.unitExponent(next) >= ChineseNumerals.WAN && m.unit().equals(Units.GE)) {
      return true; // 7个亿: read whole or not at all
    }
    if (m.isRange() && (m.value().compareTo(BigDecimal.ONE) == 0 || next == '中') && isNamed(m.unit(), "名")) {
      return true; // 1-30名, 71-100名中: places in a ranking
    }
    if (m.unit().equals(Units.YEAR) && m.qualifier() == Qualifier.EXACT && end - 1 >= run && isSpace(t, run, end - 1)) {
      // the 年 right after the digits, or after spaces (民國 73 年, 108 年已開發完成的工業區)
      if (chinese && run - i >= 2 && isDigitsOnly(t, i, run)) {
        return true; // 一四年, 一二年: a year abbreviated digit by digit
      }
      if (!chinese && (run - i == 2 || run - i == 3) && isRocYear(m.value())) {
        return true; // 民国107年, 96年: a year of the Republic of China calendar or a two-digit year
      }
    }
    if (duration && i > s && isTimeWord(t, s, i - 1)) {
      return true; // 前一年, 每一年, 首5个月: a time, not a duration
    }
    if (chinese && isNamed(m.unit(), "期") && !(i > s && t.charAt(i - 1) == '分')) {
      return true; // 二期: a phase (but 分三期建设 counts them)
    }
    return isYear(t, i, run, m); // 2022年, 二〇二二年
  }

  /**
   * Whether the character at {@code k} before a duration makes it a time (前一年, 下一年, 每一年,
   * 首5个月, 今明两年); not 今 in 至今 (成立至今20余年) nor 上, 下 after a verb (创下34年来新高).
   */
  private static boolean isTimeWord(CharSequence t, int s, int k) {
    char c = t.charAt(k);
    if ("前上下后後每同当當去今明首".indexOf(c) < 0) {
      return false;
    }
    char before = k > s ? t.charAt(k - 1) : '\0';
    if (c == '今') {
      return before != '至' && before != '迄';
    }
    if (c == '上' || c == '下') {
      return "创創留立定打写寫降剩低加".indexOf(before) < 0;
    }
    if (c == '前') {
      return before != '提'; // 提前两年完成: two years ahead, a duration
    }
    return true;
  }

  /** Whether {@code unit} is the simple unit named {@code name}, without a magnitude. */
  private static boolean isNamed(Unit unit, String name) {
    return !unit.isCompound() && unit.magnitude() == dev.parkdata.unit.Magnitude.ONE
        && unit.base().orElseThrow().name().equals(name);
  }

  /** 99年至103年: a range of years of the Republic of China, two or three Arabic digits from 60 to 150 each. */
  private static boolean isRocYearRange(CharSequence t, int i, int run, Metric m, boolean chinese) {
    return !chinese && m.isRange() && (run - i == 2 || run - i == 3) && isRocYear(m.value()) && isRocYear(m.max());
  }

  private static boolean isRocYear(BigDecimal v) {
    return v.compareTo(BigDecimal.valueOf(60)) >= 0 && v.compareTo(BigDecimal.valueOf(150)) <= 0 && v.scale() <= 0;
  }

  /** Words that begin with a classifier's character: a figure before them has no unit. */
  private static final java.util.Set<String> BOUND_WORDS =
      java.util.Set.of("份额", "份額", "批发", "批發", "批准", "批复", "批復");

  /** Classifiers that after 一 mean "a number of", not one: 一批 新项目. */
  private static boolean isIndefiniteClassifier(dev.parkdata.unit.Unit unit) {
    return !unit.isCompound() && "批".equals(unit.base().orElseThrow().name());
  }

  /** Characters after 部 that make it a word of its own: 部委, 部门, 部分, 部署, 部长, 部队, 部属, 部件 (零部件). */
  private static final String PART_OF_BU = "委门門分署长長队隊属屬件";

  /** Whether {@code t[from, to)} holds white space only (or nothing). */
  private static boolean isSpace(CharSequence t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Text.isSpace(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code t[i, run)} holds digit characters only (一四, 二〇, 二○), not 两 nor 十 百 千. */
  private static boolean isDigitsOnly(CharSequence t, int i, int run) {
    for (int k = i; k < run; k++) {
      if ("〇○◯零一二三四五六七八九".indexOf(t.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * 2022年, 1997-2017 年, 2011年左右: four Arabic digits from 1000 to 2999 in 年, exact, a range or
   * approximate.
   */
  private static boolean isYear(CharSequence t, int i, int run, Metric m) {
    if (!m.unit().equals(Units.YEAR) || run - i != 4 || (m.qualifier() != Qualifier.EXACT
        && m.qualifier() != Qualifier.RANGE && m.qualifier() != Qualifier.APPROXIMATELY)) {
      return false;
    }
    return isYearValue(m.value()) && isYearValue(m.max());
  }

  private static boolean isYearValue(BigDecimal v) {
    return v.compareTo(BigDecimal.valueOf(1000)) >= 0 && v.compareTo(BigDecimal.valueOf(2999)) <= 0
        && v.stripTrailingZeros().scale() <= 0;
  }

  /** A view of the first {@code length} characters of a text, so the parser reads no further. */
  private static final class Prefix implements CharSequence {
    private final CharSequence text;
    private final int length;

    Prefix(CharSequence text, int length) {
      this.text = text;
      this.length = length;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      if (index >= length) {
        throw new IndexOutOfBoundsException(index);
      }
      return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      if (end > length) {
        throw new IndexOutOfBoundsException(end);
      }
      return text.subSequence(start, end);
    }

    @Override
    public String toString() {
      return text.subSequence(0, length).toString();
    }
  }
}
