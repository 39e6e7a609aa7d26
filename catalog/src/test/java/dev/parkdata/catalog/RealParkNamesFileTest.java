package dev.parkdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;


import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Well-formedness of the two data files behind the park-name resolver (issue 17): the list of
 * park names as written in real public text ({@code real-park-names.jsonl}, test data) and the
 * curated alias table ({@code park-aliases.tsv}, shipped). It checks the files, not a resolver:
 * every code they name is a zone of the embedded 2018 catalogue, ids are unique, and the list
 * has the variety the issue asks for.
 */
class RealParkNamesFileTest {
  private static final String NAMES = "real-park-names.jsonl";
  /**
   * Names collected after the resolver was built, annotated before it was run on them, so that
   * its score on them says how it does on names it was not made for (ids h001 …).
   */
  static final String UNSEEN = "real-park-names-unseen.jsonl";
  /** A second such list, collected after the first had been used (ids k001 …): recent reporting, renamed zones. */
  static final String UNSEEN_2 = "real-park-names-unseen-2.jsonl";
  /** A third, a broad sample of news collected last, to measure on (ids m001 …). */
  static final String UNSEEN_3 = "real-park-names-unseen-3.jsonl";
  /**
   * A fourth, collected after the third had been used: names as written on 81 pages, three in
   * ten no catalogue zone, annotated before the resolver was run on them (ids p001 …).
   */
  static final String UNSEEN_4 = "real-park-names-unseen-4.jsonl";
  /**
   * A fifth, collected after the fourth had been used: names as written on 53 pages (western and
   * north-eastern provinces, county zones, traditional-character and Japanese reporting), 18 of
   * 67 no catalogue zone, annotated before the resolver was run on them (ids q001 …).
   */
  static final String UNSEEN_5 = "real-park-names-unseen-5.jsonl";
  /**
   * A sixth, collected after the fifth had been used and after the county rule: names as written
   * on 67 pages, half of them no catalogue zone, annotated before the resolver was run on them (ids r001 …).
   */
  static final String UNSEEN_6 = "real-park-names-unseen-6.jsonl";
  /**
   * A seventh, collected after the rules the sixth's misses called for: names as written on 86
   * pages, a quarter no catalogue zone, annotated before the resolver was run on them (ids s001 …).
   */
  static final String UNSEEN_7 = "real-park-names-unseen-7.jsonl";
  /**
   * An eighth, collected after the rules the seventh's misses called for: names as written on 96
   * pages, more provincial zones, a fifth no catalogue zone, annotated before the resolver was run
   * on them (ids t001 …).
   */
  static final String UNSEEN_8 = "real-park-names-unseen-8.jsonl";
  /**
   * A ninth, collected after the rules the eighth's misses called for: names as written on 88
   * pages, mostly of the north-east, north-west, north and south-west, annotated before the
   * resolver was run on them (ids u001 …).
   */
  static final String UNSEEN_9 = "real-park-names-unseen-9.jsonl";
  /**
   * A tenth, collected after the aliases gathered blind to the lists: names as written on 91 pages
   * of east, central and south China, county zones and city news, annotated before the resolver
   * was run on them (ids v001 …).
   */
  static final String UNSEEN_10 = "real-park-names-unseen-10.jsonl";
  /**
   * An eleventh, collected last, after a second read of the change had tightened the rules: names
   * as written on 55 pages, a third no catalogue zone, annotated before the resolver was run on
   * them (ids w001 …).
   */
  static final String UNSEEN_11 = "real-park-names-unseen-11.jsonl";
  /**
   * A twelfth, collected last, after every rule of the session: names as written on 45 pages, 11
   * of 50 no catalogue zone, annotated before the resolver was run on them (ids x001 …).
   */
  static final String UNSEEN_12 = "real-park-names-unseen-12.jsonl";
  /**
   * A thirteenth, collected after the rules and aliases of the next session by a helper who ran no
   * resolver: names as written on real pages, annotated blind (ids y001 …); the 15 of its 50 that an
   * earlier list already holds were left out.
   */
  static final String UNSEEN_13 = "real-park-names-unseen-13.jsonl";
  /**
   * A fourteenth, collected at the start of the sixth session (2026-12-05) by a helper who ran no
   * resolver, from provinces the lists hold few of (宁夏, 青海, 新疆, 西藏, 海南, 黑龙江, 吉林, 甘肃,
   * 江西, 广西), annotated blind (ids z001 …); the 11 of its 40 that an earlier list already holds
   * were left out.
   */
  static final String UNSEEN_14 = "real-park-names-unseen-14.jsonl";
  /**
   * A fifteenth, collected later in the sixth session by a helper who ran no resolver, from 河北,
   * 山西, 河南, 湖北, 湖南, 四川, 贵州, 云南, 陕西, 辽宁 and 江苏, annotated blind (ids a001 …); the 10 of
   * its 40 that an earlier list already holds were left out.
   */
  static final String UNSEEN_15 = "real-park-names-unseen-15.jsonl";
  /**
   * A sixteenth, collected at the start of the seventh session (2026-12-05) by a helper who ran no
   * resolver, mostly from the west, the north-east and the centre and from county zones, annotated
   * blind (ids b001 …), none of its 40 in an earlier list.
   */
  static final String UNSEEN_16 = "real-park-names-unseen-16.jsonl";
  /**
   * A seventeenth, collected at the start of the eighth session (2026-12-06) by a helper who ran no
   * resolver, from 29 provinces, mostly provincial zones' short forms (ids c001 …), none of its 40
   * in an earlier list.
   */
  static final String UNSEEN_17 = "real-park-names-unseen-17.jsonl";
  /**
   * An eighteenth, collected later in the eighth session by a helper who ran no resolver, from 25
   * provinces, a third of it from reporting of 2022–2025 (ids d001 …), none of its 40 in an earlier
   * list.
   */
  static final String UNSEEN_18 = "real-park-names-unseen-18.jsonl";
  /**
   * A nineteenth, collected later still in the eighth session by a helper who ran no resolver,
   * names as ordinary news writes them, mostly provincial zones of twelve provinces (ids e001 …),
   * none of its 40 in an earlier list.
   */
  static final String UNSEEN_19 = "real-park-names-unseen-19.jsonl";
  /**
   * A twentieth list, collected blind in the ninth session: 40 names (f001–f040) with their
   * sources, none of its 40 in an earlier list.
   */
  static final String UNSEEN_20 = "real-park-names-unseen-20.jsonl";
  /**
   * A twenty-first list, collected blind later in the ninth session: 40 names (g001–g040), none
   * of them in an earlier list.
   */
  static final String UNSEEN_21 = "real-park-names-unseen-21.jsonl";
  /**
   * A twenty-second list, collected blind later in the ninth session: 40 names (i001–i040), none
   * of them in an earlier list.
   */
  static final String UNSEEN_22 = "real-park-names-unseen-22.jsonl";
  /**
   * A twenty-third list, collected blind later in the ninth session: 40 names (j001–j040), none of
   * them in an earlier list.
   */
  static final String UNSEEN_23 = "real-park-names-unseen-23.jsonl";
  /**
   * A twenty-fourth list, collected blind at the end of the ninth session: 40 names (l001–l040),
   * none of them in an earlier list.
   */
  static final String UNSEEN_24 = "real-park-names-unseen-24.jsonl";
  /**
   * A twenty-fifth list, collected blind at the start of the tenth session: 40 names (o001–o040),
   * none of them in an earlier list.
   */
  static final String UNSEEN_25 = "real-park-names-unseen-25.jsonl";
  /**
   * A twenty-sixth list, collected blind later in the tenth session: 40 names (ab001–ab040),
   * none of them in an earlier list.
   */
  static final String UNSEEN_26 = "real-park-names-unseen-26.jsonl";
  /**
   * A twenty-seventh list, collected blind later in the tenth session: 40 names (ac001–ac040),
   * none of them in an earlier list.
   */
  static final String UNSEEN_27 = "real-park-names-unseen-27.jsonl";
  /**
   * A twenty-eighth list, collected blind at the end of the tenth session: 40 names (ad001–ad040),
   * none of them in an earlier list.
   */
  static final String UNSEEN_28 = "real-park-names-unseen-28.jsonl";
  /**
   * A twenty-ninth list, collected blind at the end of the tenth session: 40 names (ae001–ae040),
   * none of them in an earlier list.
   */
  static final String UNSEEN_29 = "real-park-names-unseen-29.jsonl";
  /**
   * A thirtieth list, collected blind at the start of the eleventh session: 40 names (af001–af040),
   * none of them in an earlier list, mostly of northern and western provinces.
   */
  static final String UNSEEN_30 = "real-park-names-unseen-30.jsonl";
  /**
   * A thirty-first list, collected blind at the start of the eleventh session: 38 names (ag001–ag040
   * but ag035 and ag038, which the thirtieth list's collector took from the same pages), none of them
   * in an earlier list, mostly of eastern, central and southern provinces.
   */
  static final String UNSEEN_31 = "real-park-names-unseen-31.jsonl";
  /**
   * A thirty-second list, collected blind at the start of the twelfth session: 40 names (ah001–ah040),
   * none of them in an earlier list, mostly of northern and western provinces.
   */
  static final String UNSEEN_32 = "real-park-names-unseen-32.jsonl";
  /**
   * A thirty-third list, collected blind at the start of the twelfth session: 40 names (ai001–ai040),
   * none of them in an earlier list, mostly of eastern, central and southern provinces.
   */
  static final String UNSEEN_33 = "real-park-names-unseen-33.jsonl";
  /**
   * A thirty-fourth list, collected blind later in the twelfth session: 34 names (aj001–aj034),
   * none of them in an earlier list, mostly of northern and western provinces.
   */
  static final String UNSEEN_34 = "real-park-names-unseen-34.jsonl";
  /**
   * A thirty-fifth list, collected blind at the same time: 40 names (ak001–ak040), none of them in
   * an earlier list, of eastern, central and southern provinces.
   */
  static final String UNSEEN_35 = "real-park-names-unseen-35.jsonl";
  /**
   * A thirty-sixth list, collected blind at the start of the thirteenth session: 38 names
   * (al001–al040 but two whose zone its page does not support), none of them in an earlier list,
   * from 18 provinces, 28 of their codes provincial zones.
   */
  static final String UNSEEN_36 = "real-park-names-unseen-36.jsonl";
  /**
   * A thirty-seventh list, collected blind at the same time: 35 names (am001–am040 but three
   * names the thirty-sixth list holds and two aliases its pages do not support), none of them in
   * an earlier list, mostly provincial and county zones of 河南, 湖南, 云南, 贵州, 广西, 新疆 and 吉林.
   */
  static final String UNSEEN_37 = "real-park-names-unseen-37.jsonl";
  /**
   * A thirty-eighth list, collected blind in the thirteenth session after its first rules: 40 names
   * (an001–an040), none of them in an earlier list, from 12 eastern, central and southern
   * provinces, national zones as well as provincial ones.
   */
  static final String UNSEEN_38 = "real-park-names-unseen-38.jsonl";
  /**
   * A thirty-ninth list, collected blind at the same time: 29 names (ao001–ao029), none of them in
   * an earlier list, from 16 of the other provinces (its collector found few pages not yet used).
   */
  static final String UNSEEN_39 = "real-park-names-unseen-39.jsonl";
  /**
   * A fortieth list, collected blind late in the thirteenth session: 32 names (ap001–ap033 but one
   * whose zone its page does not support), none of them in an earlier list, from some 15
   * provinces, written in unusual ways (a city and county before a zone, former names, parts).
   */
  static final String UNSEEN_40 = "real-park-names-unseen-40.jsonl";
  /**
   * A forty-first list, collected blind at the same time: 24 names (aq001–aq026 but two whose zone
   * its pages do not support), none of them in an earlier list, from 12 provinces.
   */
  static final String UNSEEN_41 = "real-park-names-unseen-41.jsonl";
  /**
   * A forty-second list, collected blind at the end of the thirteenth session: 25 names
   * (ar001–ar025), none of them in an earlier list, from 9 provinces (its collector ran out of
   * searches).
   */
  static final String UNSEEN_42 = "real-park-names-unseen-42.jsonl";
  /**
   * A forty-third list, collected blind at the same time: 24 names (as001–as024), none of them in
   * an earlier list, from 9 provinces.
   */
  static final String UNSEEN_43 = "real-park-names-unseen-43.jsonl";
  /**
   * A forty-fourth list, collected blind in the fourteenth session: 19 names (at001–at019), none of
   * them in an earlier list, from 12 southern and western provinces (its collector found few pages
   * not yet used).
   */
  static final String UNSEEN_44 = "real-park-names-unseen-44.jsonl";
  /**
   * A forty-fifth list, collected blind at the same time: 31 names (au001–au031), none of them in
   * an earlier list, from 13 northern and eastern provinces.
   */
  static final String UNSEEN_45 = "real-park-names-unseen-45.jsonl";
  /**
   * A forty-sixth list, collected blind later in the fourteenth session: 16 names (av001–av016),
   * none of them in an earlier list, from 10 provinces, as local news on firms and projects
   * writes them.
   */
  static final String UNSEEN_46 = "real-park-names-unseen-46.jsonl";
  /**
   * A forty-seventh list, collected blind at the same time: 30 names (aw001–aw030), none of them in
   * an earlier list, from 19 provinces, as notices, prospectuses and registrations write them.
   */
  static final String UNSEEN_47 = "real-park-names-unseen-47.jsonl";
  /**
   * A forty-eighth list, collected blind late in the fourteenth session: 37 names (ax001–ax037),
   * none of them in an earlier list, of national zones in 18 provinces as reporting writes them,
   * seven in traditional characters from Hong Kong, big5 and Taiwan pages.
   */
  static final String UNSEEN_48 = "real-park-names-unseen-48.jsonl";
  /**
   * A forty-ninth list, collected blind at the same time: 17 names (ay001–ay017), none of them in an
   * earlier list, of provincial zones in 11 provinces, several under names of before or after 2018.
   */
  static final String UNSEEN_49 = "real-park-names-unseen-49.jsonl";
  /**
   * A fiftieth list, collected blind at the end of the fourteenth session: 15 names (az001–az015),
   * none of them in an earlier list, from 6 provinces (its collector ran out of searches).
   */
  static final String UNSEEN_50 = "real-park-names-unseen-50.jsonl";
  /**
   * A fifty-first list, collected blind at the same time: 9 names (ba001–ba009), none of them in an
   * earlier list (its collector ran out of searches).
   */
  static final String UNSEEN_51 = "real-park-names-unseen-51.jsonl";
  /**
   * A fifty-second list, collected blind at the start of the fifteenth session: 25 names
   * (bb001–bb025), none of them in an earlier list, from 8 eastern and central provinces.
   */
  static final String UNSEEN_52 = "real-park-names-unseen-52.jsonl";
  /**
   * A fifty-third list, collected blind at the same time: 18 names (bc001–bc018), none of them in
   * an earlier list or the fifty-second, from 12 northern and western provinces.
   */
  static final String UNSEEN_53 = "real-park-names-unseen-53.jsonl";
  /**
   * A fifty-fourth list, collected blind in the fifteenth session: 23 names (bd001–bd023), none of
   * them in an earlier list, from 6 central and western provinces.
   */
  static final String UNSEEN_54 = "real-park-names-unseen-54.jsonl";
  /**
   * A fifty-fifth list, collected blind at the same time: 20 names (be001–be020), none of them in
   * an earlier list or the fifty-fourth, from 11 provinces.
   */
  static final String UNSEEN_55 = "real-park-names-unseen-55.jsonl";
  /**
   * A fifty-sixth list, collected blind late in the fifteenth session: 24 names (bf001–bf024), none
   * of them in an earlier list, as local news writes them when it reports figures.
   */
  static final String UNSEEN_56 = "real-park-names-unseen-56.jsonl";
  /**
   * A fifty-seventh list, collected blind at the same time: 20 names (bg001–bg020), none of them in
   * an earlier list or the fifty-sixth, from notices, yearbooks and Hong Kong and Taiwan media.
   */
  static final String UNSEEN_57 = "real-park-names-unseen-57.jsonl";
  /**
   * A fifty-eighth list, collected blind at the start of the sixteenth session: 24 names
   * (bh001–bh024) of parks in 河北, 山西, 辽宁, 吉林 and 内蒙古, none of them in an earlier list.
   */
  static final String UNSEEN_58 = "real-park-names-unseen-58.jsonl";
  /** A fifty-ninth, collected blind at the same time: 30 names (bi001–bi030) of the south-west and north-west. */
  static final String UNSEEN_59 = "real-park-names-unseen-59.jsonl";
  /** A sixtieth, collected blind at the same time: 27 names (bj001–bj027) of central and southern provinces. */
  static final String UNSEEN_60 = "real-park-names-unseen-60.jsonl";
  /**
   * A sixty-first, collected blind at the same time: 26 names (bk001–bk026) of the east, some from
   * Hong Kong and Taiwan media in traditional characters.
   */
  static final String UNSEEN_61 = "real-park-names-unseen-61.jsonl";
  /**
   * A sixty-second list, collected blind after the sixteenth session's rules: 14 names (bl001–bl014)
   * from news of projects and signings, many of county zones.
   */
  static final String UNSEEN_62 = "real-park-names-unseen-62.jsonl";
  /**
   * A sixty-third list, collected blind at the same time: 26 names (bm001–bm026) from yearbooks,
   * work reports and provinces' notices that approve, rename or merge zones.
   */
  static final String UNSEEN_63 = "real-park-names-unseen-63.jsonl";
  /**
   * A sixty-fourth list, collected blind after the sixteenth session's rules and its review: 22
   * names (bn001–bn022) from local news, many with a city or county before a short form.
   */
  static final String UNSEEN_64 = "real-park-names-unseen-64.jsonl";
  /**
   * A sixty-fifth list, collected blind at the same time: 25 names (bo001–bo025) from notices,
   * customs-zone and border-zone news.
   */
  static final String UNSEEN_65 = "real-park-names-unseen-65.jsonl";
  /**
   * A sixty-sixth list, collected blind at the start of the seventeenth session: 20 names
   * (bp001–bp020) from news of the north-west and north-east (宁夏, 新疆, 甘肃, 青海, 黑龙江, 吉林,
   * 内蒙古), eight of them parks the catalogue lacks.
   */
  static final String UNSEEN_66 = "real-park-names-unseen-66.jsonl";
  /**
   * A sixty-seventh list, collected blind at the same time: 21 names (bq001–bq021) from news of
   * 安徽, 湖北, 广西, 福建, 河南 and 江西, three of them former names the page gives.
   */
  static final String UNSEEN_67 = "real-park-names-unseen-67.jsonl";
  /**
   * A sixty-eighth list, collected blind after the seventeenth session's first rules: 20 names
   * (br001–br020) from news of 四川, 重庆, 贵州, 湖南, 云南 and 海南, eight of them parks the
   * catalogue lacks, some named like catalogue zones.
   */
  static final String UNSEEN_68 = "real-park-names-unseen-68.jsonl";
  /**
   * A sixty-ninth list, collected blind at the same time: 26 names (bs001–bs026) from news of
   * 山东, 江苏, 浙江, 上海, 河北, 天津 and 北京, nine of them parks the catalogue lacks named like
   * zones near them (临空, 临港, 保税区).
   */
  static final String UNSEEN_69 = "real-park-names-unseen-69.jsonl";
  /**
   * A seventieth list, collected blind after the seventeenth session's second rules: 20 names
   * (bt001–bt020) from provincial notices, lists and results of assessments.
   */
  static final String UNSEEN_70 = "real-park-names-unseen-70.jsonl";
  /**
   * A seventy-first list, collected blind at the same time: 23 names (bu001–bu023) from Hong Kong,
   * Macau and Taiwan media, traditional-character pages and city and county news, nine of them
   * parks the catalogue lacks.
   */
  static final String UNSEEN_71 = "real-park-names-unseen-71.jsonl";
  /**
   * A seventy-second list, collected blind after all the seventeenth session's rules: 21 names
   * (bv001–bv021) from news of signings, projects and firms settling, eleven of them parks the
   * catalogue lacks.
   */
  static final String UNSEEN_72 = "real-park-names-unseen-72.jsonl";
  /**
   * A seventy-third list, collected blind at the same time: 28 names (bw001–bw028) from rankings
   * and assessments of parks (national and provincial), seven of them parks the catalogue lacks.
   */
  static final String UNSEEN_73 = "real-park-names-unseen-73.jsonl";
  /**
   * A seventy-fourth list, collected blind at the start of the eighteenth session: 8 names
   * (bx001–bx008) from parks of China's north-east and north-west, six of them parks the catalogue
   * lacks (the collector found most names there already taken).
   */
  static final String UNSEEN_74 = "real-park-names-unseen-74.jsonl";
  /**
   * A seventy-fifth list, collected blind at the same time: 20 names (by001–by020) from parks of
   * 云南, 四川, 广西 and 广东, seven from pages in traditional characters, ten of them parks the
   * catalogue lacks.
   */
  static final String UNSEEN_75 = "real-park-names-unseen-75.jsonl";
  /**
   * A seventy-sixth list, collected blind at the same time: 16 names (bz001–bz016) from government
   * documents (work reports, plans, notices of appointments and of environmental assessments),
   * seven of them parks the catalogue lacks.
   */
  static final String UNSEEN_76 = "real-park-names-unseen-76.jsonl";
  /**
   * A seventy-seventh list, collected blind at the same time: 20 names (ca001–ca020) from business
   * text (signings, openings, company profiles, listed firms' announcements), nine of them parks
   * the catalogue lacks.
   */
  static final String UNSEEN_77 = "real-park-names-unseen-77.jsonl";
  /**
   * A seventy-eighth list, collected blind after the eighteenth session's first rules: 24 names
   * (cb001–cb024) from encyclopedic and academic text (papers, theses, 百科), seven of them parks
   * the catalogue lacks and two ambiguous.
   */
  static final String UNSEEN_78 = "real-park-names-unseen-78.jsonl";
  /**
   * A seventy-ninth list, collected blind at the same time: 22 names (cc001–cc022) from everyday
   * local text (bus routes, property listings, local forums, a travel blog), nine of them parks the
   * catalogue lacks.
   */
  static final String UNSEEN_79 = "real-park-names-unseen-79.jsonl";
  /**
   * An eightieth list, collected blind after the eighteenth session's rules and their review: 19
   * names (cd001–cd020 but cd018, 江陵经济开发区, which the seventy-sixth list holds: its collector
   * was given a list of names taken that lacked the session's) from news of investment promotion
   * and of parks one region builds in another (共建园区, 产业转移园), ten of them parks the catalogue
   * lacks.
   */
  static final String UNSEEN_80 = "real-park-names-unseen-80.jsonl";
  /**
   * An eighty-first list, collected blind at the same time: 19 names (ce001–ce019) from Hong Kong,
   * Taiwan and overseas Chinese media and from sports, culture and tourism news, eleven of them
   * parks the catalogue lacks.
   */
  static final String UNSEEN_81 = "real-park-names-unseen-81.jsonl";
  /**
   * An eighty-second list, collected blind after all the eighteenth session's rules: 25 names
   * (cf001–cf025) from environmental and planning notices and the company addresses in them, eight
   * of them parks the catalogue lacks.
   */
  static final String UNSEEN_82 = "real-park-names-unseen-82.jsonl";
  /**
   * An eighty-third list, collected blind at the same time: 23 names (cg001–cg023) from news of
   * zones' management and reorganisation (renamed, merged, integrated), nine of them parks the
   * catalogue lacks and one ambiguous.
   */
  static final String UNSEEN_83 = "real-park-names-unseen-83.jsonl";
  /**
   * An eighty-fourth list, collected blind after all the eighteenth session's rules: 20 names
   * (ch001–ch020) from logistics, trade and customs text, eleven of them zones the catalogue lacks
   * (inland ports, customs zones approved after 2018).
   */
  static final String UNSEEN_84 = "real-park-names-unseen-84.jsonl";
  /**
   * An eighty-fifth list, collected blind at the same time: 19 names (ci001–ci019) from education,
   * science and talent text (university science parks, incubators, awards), eight of them parks the
   * catalogue lacks.
   */
  static final String UNSEEN_85 = "real-park-names-unseen-85.jsonl";
  /**
   * An eighty-sixth list, collected blind at the end of the eighteenth session: 19 names
   * (cj001–cj019) from agriculture, food and rural-development text, nine of them parks the
   * catalogue lacks (national agricultural science parks, food parks).
   */
  static final String UNSEEN_86 = "real-park-names-unseen-86.jsonl";
  /**
   * An eighty-seventh list, collected blind at the same time: 26 names (ck001–ck026) from energy,
   * mining, chemical and heavy-industry text, sixteen of them parks the catalogue lacks.
   */
  static final String UNSEEN_87 = "real-park-names-unseen-87.jsonl";

  /**
   * An eighty-eighth list, collected blind at the start of the nineteenth session: 20 names
   * (cl001–cl020) from court judgments, tender and bid notices, six of them no zone or ambiguous.
   */
  static final String UNSEEN_88 = "real-park-names-unseen-88.jsonl";

  /**
   * An eighty-ninth list, collected blind at the same time: 21 names (cm001–cm021) from bus
   * routes, commuter buses, travel guides and tourism text, nine of them no zone or ambiguous
   * (tourist resorts named on national lists since 2015, which the 2018 catalogue lacks).
   */
  static final String UNSEEN_89 = "real-park-names-unseen-89.jsonl";

  /**
   * A ninetieth list, collected blind after the session's first aliases: 21 names (cn001–cn021)
   * from county work reports and county and township news, nine of them parks the catalogue lacks.
   */
  static final String UNSEEN_90 = "real-park-names-unseen-90.jsonl";

  /**
   * A ninety-first list, collected blind at the same time: 17 names (co001–co017) from
   * stock-exchange filings, prospectuses and investment announcements.
   */
  static final String UNSEEN_91 = "real-park-names-unseen-91.jsonl";

  /**
   * A ninety-second list, collected blind at the start of the twentieth session: 23 names
   * (cp001–cp023) from environmental-impact and land notices, company announcements and county
   * reports of northern, north-eastern, north-western and central China.
   */
  static final String UNSEEN_92 = "real-park-names-unseen-92.jsonl";

  /**
   * A ninety-third list, collected blind at the same time: 25 names (cq001–cq025) from local news,
   * chronicles and traditional-character pages of eastern, southern and south-western China.
   */
  static final String UNSEEN_93 = "real-park-names-unseen-93.jsonl";

  /**
   * A ninety-fourth list, collected blind after the twentieth session's rules, aliases and parts: 22
   * names (cr001–cr022) from local news, county pages, directories and forums of the east, centre
   * and south.
   */
  static final String UNSEEN_94 = "real-park-names-unseen-94.jsonl";

  /**
   * A ninety-fifth list, collected blind at the same time: 25 names (cs001–cs025) from statistics,
   * planning, procurement and company pages and traditional-character news of the north, north-east,
   * north-west and south-west.
   */
  static final String UNSEEN_95 = "real-park-names-unseen-95.jsonl";

  /**
   * A ninety-sixth list, collected blind at the start of the twenty-first session: 21 names
   * (ct001–ct021) from news, notices and traditional-character pages of the north, north-east and
   * north-west, most of them parks the catalogue lacks.
   */
  static final String UNSEEN_96 = "real-park-names-unseen-96.jsonl";

  /**
   * A ninety-seventh list, collected blind at the same time: 25 names (cu001–cu025) from news,
   * government and company pages of the east, centre and south.
   */
  static final String UNSEEN_97 = "real-park-names-unseen-97.jsonl";

  /**
   * A ninety-eighth list, collected blind after the twenty-first session's rules: 15 names
   * (cv001–cv015) from companies' own text, most of them environmental-impact notices of plants and
   * addresses, across China.
   */
  static final String UNSEEN_98 = "real-park-names-unseen-98.jsonl";

  /**
   * A ninety-ninth list, collected blind at the same time: 21 names (cw001–cw021) from news and
   * government pages, seven in traditional characters, of the east, centre and north.
   */
  static final String UNSEEN_99 = "real-park-names-unseen-99.jsonl";

  /**
   * A hundredth list, collected blind at the start of the twenty-second session from news kept in a
   * public repository (新浪财经's feed as an RSS archive stores it): 3 names (cx001–cx003), all of
   * them no catalogue zone; the archive's articles are hard to reach by the look-ups, so the list is short.
   */
  static final String UNSEEN_100 = "real-park-names-unseen-100.jsonl";

  /**
   * A hundred-and-first list, collected blind at the same time from other public repositories'
   * text: 20 names (cy001–cy020), most from Chinese papers kept in one (ChinaXiv preprints), the
   * rest from records (companies' addresses, filings); seven more names whose files the look-ups
   * did not tie to a repository and path were left out for want of an address.
   */
  static final String UNSEEN_101 = "real-park-names-unseen-101.jsonl";

  /**
   * A hundred-and-second list, collected blind in the twenty-second session's middle from the same
   * repositories' other files: 25 names (cz001–cz025), 19 from other papers, four from news (新华社,
   * 新闻联播's archive, a ministry's page) and two from 海南's promotion site; eight none.
   */
  static final String UNSEEN_102 = "real-park-names-unseen-102.jsonl";

  /**
   * A hundred-and-third list, collected blind at the start of the twenty-third session from the
   * same kinds of text (papers kept as ChinaXiv preprints, 新闻联播's archive, 海南's promotion site,
   * a few news pages, three in traditional characters from Taiwan's press and a filing): 17 names
   * (da001–da017); the collector's 23 others, names earlier lists hold, were left out.
   */
  static final String UNSEEN_103 = "real-park-names-unseen-103.jsonl";

  /**
   * A hundred-and-fourth list, collected blind at the end of the twenty-third session, names the
   * lists did not hold checked against them first: 40 names (db001–db040), 19 from a procurement
   * portal's news of 2011 kept in a public repository, 12 from ChinaXiv's papers, 5 from 海南's
   * promotion site, the rest from news and filings; three in traditional characters; six none, two
   * ambiguous.
   */
  static final String UNSEEN_104 = "real-park-names-unseen-104.jsonl";

  /**
   * A hundred-and-fifth list, collected blind at the start of the twenty-fourth session, names the
   * lists did not hold checked against them first: 37 names (dc001–dc037), 17 from the procurement
   * portal's news of 2011, 10 from ChinaXiv's papers, the rest from a company's site, 海南's
   * promotion site, Taiwan's press and filings; four in traditional characters; sixteen none (new
   * areas, a free trade zone, parks the catalogue lacks), one ambiguous.
   */
  static final String UNSEEN_105 = "real-park-names-unseen-105.jsonl";

  /**
   * A hundred-and-sixth list, collected blind in the twenty-fourth session after its first rules,
   * names the lists did not hold checked against them first: 27 names (dd001–dd027), from 新闻联播's
   * items, 海南's promotion site, the procurement portal's news of 2011, a site's seed data and
   * 香港商報's page on 珲春; four in traditional characters; nineteen none (new areas, free trade
   * zones, parks of firms and counties), one ambiguous. Its collector found the snapshots' short
   * forms of catalogue zones all in earlier lists.
   */
  static final String UNSEEN_106 = "real-park-names-unseen-106.jsonl";

  /**
   * A hundred-and-seventh list, collected blind in the twenty-fifth session at its start, names the
   * lists did not hold checked against them first: 40 names (de001–de040), 34 from a new archive of
   * 新闻联播's transcripts (china-data/xwlb), the rest from RTHK's and TDM's news and 鉅亨網's headlines
   * in traditional characters, and the procurement portal's news of 2011; five in traditional
   * characters, seven none, one ambiguous (上海松江经济技术开发区).
   */
  static final String UNSEEN_107 = "real-park-names-unseen-107.jsonl";

  /**
   * A hundred-and-eighth list, collected blind at the end of the twenty-fifth session after its
   * rules, names the lists did not hold checked against them first: 40 names (df001–df040), all from
   * 新闻联播's transcripts of 2012–2024 (china-data/xwlb); short forms with and without province or
   * 市, seven none (zones set up after 2018, 川渝高竹新区, 长白山保护开发区).
   */
  static final String UNSEEN_108 = "real-park-names-unseen-108.jsonl";

  /**
   * A hundred-and-ninth list, collected blind at the end of the twenty-fifth session after its
   * rules, names the lists did not hold checked against them first: 40 names (dg001–dg040) from
   * 新闻联播's transcripts (china-data/xwlb); short forms with province and city, sub-parks of 中关村,
   * nicknames (武汉光谷, 中新苏州工业园), ten none (综保区 set up after 2018, free trade zones' parts,
   * cooperation zones, 天津生态园).
   */
  static final String UNSEEN_109 = "real-park-names-unseen-109.jsonl";

  /**
   * A hundred-and-tenth list, collected blind at the start of the twenty-sixth session: 40 names
   * (dh001–dh040), 37 from 新闻联播's transcripts of 2012–2017 (china-data/xwlb), 海滄 from 中國台灣網 and
   * 前海 from 商業電台; official names with their province or city, short forms, old names and
   * nicknames (天竺保税区, 大兴亦庄, 上海张江), eight none (天津临港经济区, 福建自贸区, 绵阳科技城 …).
   */
  static final String UNSEEN_110 = "real-park-names-unseen-110.jsonl";

  /**
   * A hundred-and-eleventh list, collected blind at the start of the twenty-sixth session: 39 names
   * (di002–di040; di001, 南京江宁经济技术开发区, left out, as the list collected beside it holds it), 37
   * from 新闻联播's transcripts of 2018–2026 (china-data/xwlb) and two Taiwanese zones from 中國臺灣網;
   * short forms, official names with 国家 or 市 inserted, a bonded zone's part (陆港片区), ten none
   * (综保区 set up after 2018, 雄安新区中关村科技园, 日喀则经济开发区 …).
   */
  static final String UNSEEN_111 = "real-park-names-unseen-111.jsonl";

  /**
   * A hundred-and-twelfth list, collected blind in the twenty-sixth session after its rules: 31 names
   * (dj001–dj031), 26 from 新闻联播's transcripts of 2012–2018 (china-data/xwlb), one from
   * caijing666666/xinwenlianbo and four from pages in traditional characters; old names (北京天竺空港经济开发区,
   * 晋中园区), a county's sub-park, one ambiguous (宁夏慈善园区), thirteen none (深圳蛇口工业区, 武夷新区,
   * 河套港深創新及科技園 …).
   */
  static final String UNSEEN_112 = "real-park-names-unseen-112.jsonl";

  /**
   * A hundred-and-thirteenth list, collected blind in the twenty-sixth session after its rules: 29 names
   * (dk001–dk031 but dk010 and dk023, which the list collected beside it holds), 24 from 新闻联播's transcripts of 2019–2025 (china-data/xwlb) and five from pages in
   * traditional characters; seventeen none (综合保税区 opened after 2018, 新区 and 新片区, 前海合作区), short
   * forms, old names (河北固安工业园区, 庐江高新技术产业开发区) and three in traditional characters.
   */
  static final String UNSEEN_113 = "real-park-names-unseen-113.jsonl";

  /**
   * A hundred-and-fourteenth list, collected blind at the end of the twenty-sixth session: 30 names
   * (dl001–dl031 but dl026, 横琴新区, which the list collected beside it holds) from 新闻联播's
   * transcripts of 2013–2026 (china-data/xwlb); twenty-three none (county
   * parks the catalogue lacks, free trade zones' areas, 新区, zones set up after 2018), official names
   * with a prefix added, two parts of zones (海淀园, 武汉光谷生物城) and three old names or nicknames
   * (洋山特殊综保区, 江苏苏州园区, 疏勒县齐鲁工业园).
   */
  static final String UNSEEN_114 = "real-park-names-unseen-114.jsonl";

  /**
   * A hundred-and-fifteenth list, collected blind at the end of the twenty-sixth session: 25 names
   * (dm001–dm025), 21 from ChinaXiv's papers (DreamBlooms/ChinaXiv-201601-to-202209), two from a
   * company's site and two pages; sixteen none (new areas, 重庆自贸区, a Laotian and a Taiwanese park),
   * old names of county zones (宁夏石嘴山河滨工业园区, 重庆市涪陵李渡工业园区), 兰州保税区, one in
   * traditional characters (珠海斗門富山工業園).
   */
  static final String UNSEEN_115 = "real-park-names-unseen-115.jsonl";

  /**
   * A hundred-and-sixteenth list, collected blind at the start of the twenty-seventh session: 34 names
   * (dn001–dn034) from 新闻联播's transcripts of 2012–2026 (china-data/xwlb), one day's file each; 25
   * none (new areas, free trade zones' parts, science cities, parks abroad and companies' sites),
   * seven aliases (上海洋山特殊综合保税区, 东莞松山湖, 陕西杨凌示范区 …), 陆家嘴金融贸易区 and one ambiguous
   * (中缅边境经济合作区).
   */
  static final String UNSEEN_116 = "real-park-names-unseen-116.jsonl";

  /**
   * A hundred-and-seventeenth list, collected blind at the start of the twenty-seventh session: 29
   * names (do001–do029) from 阳光易购's news of 2011, ChinaXiv's papers, 海南's investment pages, RTHK
   * and other sources; eleven none, ten aliases and old names (盐都高新区, 江阴临港新城, 上海保税区 …),
   * three sub-parks, two ambiguous, one in traditional characters (新疆烏魯木齊市經濟技術開發區).
   */
  static final String UNSEEN_117 = "real-park-names-unseen-117.jsonl";

  /**
   * A hundred-and-eighteenth list, collected blind in the twenty-seventh session, after its first
   * rules: 33 names (dp001–dp033) from 新闻联播's transcripts of 2012–2023; 24 none (new areas,
   * demonstration zones, free trade zones' parts beside catalogue zones: 陕西杨凌片区, 前海深港合作区),
   * five parts of 中关村 and 北京经开区 (中关村东升科技园, 北京亦庄生物医药园), three aliases and old names
   * (洋山特殊综合保税区, 芦山县产业集中区, 重庆万盛经济开发区) and one official name.
   */
  static final String UNSEEN_118 = "real-park-names-unseen-118.jsonl";

  /**
   * A hundred-and-nineteenth list, collected blind in the twenty-seventh session, after most of its
   * rules: 32 names (dq001–dq032) from archived 大纪元 and 美国之音 pages, investment sites, ChinaXiv and
   * others; thirteen short forms of county and city zones (楚雄市开发区, 吉林市高新区 …), seven aliases
   * and old names, four parts of zones, two ambiguous (苏州开发区, 滨州市工业园区), five none.
   */
  static final String UNSEEN_119 = "real-park-names-unseen-119.jsonl";

  /**
   * A hundred-and-twentieth list, collected blind in the twenty-seventh session, after most of its
   * rules: 35 names (dr001–dr035) from 新闻联播's transcripts of 2013–2026; seventeen none (new areas,
   * science cities, parks abroad, 蛇口工业区), nine aliases (中关村自创区, 东湖自主创新示范区, 霍尔果斯国际合作中心
   * …), five parts of zones (厦门软件园, 北京中关村软件园 …), three ambiguous (兰白自创区 …), one short form.
   */
  static final String UNSEEN_120 = "real-park-names-unseen-120.jsonl";

  /**
   * A hundred-and-twenty-first list, collected blind at the end of the twenty-seventh session: 25
   * names (ds001–ds025) from 新闻联播's transcripts (china-data/xwlb); twenty-two none, a short form, an
   * alias, a part.
   */
  static final String UNSEEN_121 = "real-park-names-unseen-121.jsonl";

  /**
   * A hundred-and-twenty-second list, collected blind at the end of the twenty-seventh session: 29
   * names (dt001–dt029) from other sources (demo data, news archives, Taiwan's news); nine short forms,
   * three aliases, one part, one ambiguous (宁波镇海经济技术开发区), fifteen none.
   */
  static final String UNSEEN_122 = "real-park-names-unseen-122.jsonl";

  /**
   * A hundred-and-twenty-third list, collected blind at the start of the twenty-eighth session: 31
   * names (du001–du031) from 新闻联播's transcripts (china-data/xwlb); twenty-five none, three parts or
   * short forms of 中关村 and 重庆's zones, two ambiguous (张江科学城), an alias.
   */
  static final String UNSEEN_123 = "real-park-names-unseen-123.jsonl";

  /**
   * A hundred-and-twenty-fourth list, collected blind at the start of the twenty-eighth session: 33
   * names (dv001–dv033) from other sources (ChinaXiv papers, Hong Kong and Macau pages, 海南's
   * investment site); twenty-one none, three aliases, three official, two traditional, two ambiguous,
   * a short form, a part.
   */
  static final String UNSEEN_124 = "real-park-names-unseen-124.jsonl";

  /**
   * A hundred-and-twenty-fifth list, collected blind late in the twenty-eighth session: 25 names
   * (dw001–dw025) from other sources (新闻联播's second archive, archived 大纪元 pages, ChinaXiv, Taiwan's
   * and Hong Kong's news); twelve none, five aliases, two official, two short forms, a traditional
   * form, a part, an ambiguous one.
   */
  static final String UNSEEN_125 = "real-park-names-unseen-125.jsonl";
  private static final String ALIASES = "park-aliases.tsv";
  private static final Set<String> MATCHES =
      Set.of("short-form", "official", "traditional", "alias", "sub-park", "none", "ambiguous");
  private static final int QUOTE_LIMIT = 40;
  /** A pinyin gloss in brackets after a character, as some mirror sites print them: (jīng), (qu). */
  private static final Pattern PINYIN_GLOSS = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\\)");

  private static final DevelopmentZoneCatalog CATALOG = DevelopmentZoneCatalog.edition2018();

  @Test
  void everyNameIsWellFormedAndItsCodesAreCatalogueZones() throws IOException {
    Set<String> ids = new HashSet<>();
    Set<String> written = new HashSet<>();
    for (Map<String, Object> name : names()) {
      assertWellFormed(name, "n", ids);
      written.add((String) name.get("written"));
    }
    for (String[] list : new String[][] {{UNSEEN, "h"}, {UNSEEN_2, "k"}, {UNSEEN_3, "m"}, {UNSEEN_4, "p"}, {UNSEEN_5, "q"}, {UNSEEN_6, "r"}, {UNSEEN_7, "s"}, {UNSEEN_8, "t"}, {UNSEEN_9, "u"}, {UNSEEN_10, "v"}, {UNSEEN_11, "w"}, {UNSEEN_12, "x"}, {UNSEEN_13, "y"}, {UNSEEN_14, "z"}, {UNSEEN_15, "a"}, {UNSEEN_16, "b"}, {UNSEEN_17, "c"}, {UNSEEN_18, "d"}, {UNSEEN_19, "e"}, {UNSEEN_20, "f"}, {UNSEEN_21, "g"}, {UNSEEN_22, "i"}, {UNSEEN_23, "j"}, {UNSEEN_24, "l"}, {UNSEEN_25, "o"}, {UNSEEN_26, "ab"}, {UNSEEN_27, "ac"}, {UNSEEN_28, "ad"}, {UNSEEN_29, "ae"}, {UNSEEN_30, "af"}, {UNSEEN_31, "ag"}, {UNSEEN_32, "ah"}, {UNSEEN_33, "ai"}, {UNSEEN_34, "aj"}, {UNSEEN_35, "ak"}, {UNSEEN_36, "al"}, {UNSEEN_37, "am"}, {UNSEEN_38, "an"}, {UNSEEN_39, "ao"}, {UNSEEN_40, "ap"}, {UNSEEN_41, "aq"}, {UNSEEN_42, "ar"}, {UNSEEN_43, "as"}, {UNSEEN_44, "at"}, {UNSEEN_45, "au"}, {UNSEEN_46, "av"}, {UNSEEN_47, "aw"}, {UNSEEN_48, "ax"}, {UNSEEN_49, "ay"}, {UNSEEN_50, "az"}, {UNSEEN_51, "ba"}, {UNSEEN_52, "bb"}, {UNSEEN_53, "bc"}, {UNSEEN_54, "bd"}, {UNSEEN_55, "be"}, {UNSEEN_56, "bf"}, {UNSEEN_57, "bg"}, {UNSEEN_58, "bh"}, {UNSEEN_59, "bi"}, {UNSEEN_60, "bj"}, {UNSEEN_61, "bk"}, {UNSEEN_62, "bl"}, {UNSEEN_63, "bm"}, {UNSEEN_64, "bn"}, {UNSEEN_65, "bo"}, {UNSEEN_66, "bp"}, {UNSEEN_67, "bq"}, {UNSEEN_68, "br"}, {UNSEEN_69, "bs"}, {UNSEEN_70, "bt"}, {UNSEEN_71, "bu"}, {UNSEEN_72, "bv"}, {UNSEEN_73, "bw"}, {UNSEEN_74, "bx"}, {UNSEEN_75, "by"}, {UNSEEN_76, "bz"}, {UNSEEN_77, "ca"}, {UNSEEN_78, "cb"}, {UNSEEN_79, "cc"}, {UNSEEN_80, "cd"}, {UNSEEN_81, "ce"}, {UNSEEN_82, "cf"}, {UNSEEN_83, "cg"}, {UNSEEN_84, "ch"}, {UNSEEN_85, "ci"}, {UNSEEN_86, "cj"}, {UNSEEN_87, "ck"}, {UNSEEN_88, "cl"}, {UNSEEN_89, "cm"}, {UNSEEN_90, "cn"}, {UNSEEN_91, "co"}, {UNSEEN_92, "cp"}, {UNSEEN_93, "cq"}, {UNSEEN_94, "cr"}, {UNSEEN_95, "cs"}, {UNSEEN_96, "ct"}, {UNSEEN_97, "cu"}, {UNSEEN_98, "cv"}, {UNSEEN_99, "cw"}, {UNSEEN_100, "cx"}, {UNSEEN_101, "cy"}, {UNSEEN_102, "cz"}, {UNSEEN_103, "da"}, {UNSEEN_104, "db"}, {UNSEEN_105, "dc"}, {UNSEEN_106, "dd"}, {UNSEEN_107, "de"}, {UNSEEN_108, "df"}, {UNSEEN_109, "dg"}, {UNSEEN_110, "dh"}, {UNSEEN_111, "di"}, {UNSEEN_112, "dj"}, {UNSEEN_113, "dk"}, {UNSEEN_114, "dl"}, {UNSEEN_115, "dm"}, {UNSEEN_116, "dn"}, {UNSEEN_117, "do"}, {UNSEEN_118, "dp"}, {UNSEEN_119, "dq"}, {UNSEEN_120, "dr"}, {UNSEEN_121, "ds"}, {UNSEEN_122, "dt"}, {UNSEEN_123, "du"}, {UNSEEN_124, "dv"}, {UNSEEN_125, "dw"}}) {
      for (Map<String, Object> name : names(list[0])) {
        assertWellFormed(name, list[1], ids);
        // unseen: none of them is a name of a list before
        assertThat(written.add((String) name.get("written"))).as("%s is new", name.get("written")).isTrue();
      }
    }
  }

  private static void assertWellFormed(Map<String, Object> name, String idLetter, Set<String> ids) {
    String id = (String) name.get("id");
    assertThat(id).as("id").matches(idLetter + "\\d{3,}");
    assertThat(ids.add(id)).as("id %s is unique", id).isTrue();
    String written = (String) name.get("written");
    assertThat(written).as("%s written", id).isNotBlank();
    String match = (String) name.get("match");
    assertThat(MATCHES).as("%s match", id).contains(match);
    String expected = (String) name.get("expected");
    boolean negative = match.equals("none") || match.equals("ambiguous");
    if (negative) {
      assertThat(expected).as("%s: a %s name expects no code", id, match).isNull();
      assertThat((String) name.get("note")).as("%s: a %s name says why", id, match).isNotBlank();
    } else {
      assertThat(expected).as("%s expected", id).isNotNull();
      assertThat(CATALOG.allByCode(expected)).as("%s: %s is a catalogue code", id, expected).isNotEmpty();
    }
    @SuppressWarnings("unchecked")
    List<String> candidates = (List<String>) name.get("candidates");
    if (match.equals("ambiguous")) {
      assertThat(candidates).as("%s candidates", id).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
      for (String code : candidates) {
        assertThat(CATALOG.allByCode(code)).as("%s: candidate %s is a catalogue code", id, code).isNotEmpty();
      }
    } else {
      assertThat(candidates).as("%s: candidates only for an ambiguous name", id).isNull();
    }
    String quote = (String) name.get("quote");
    assertThat(quote.codePointCount(0, quote.length())).as("%s quote length", id).isLessThanOrEqualTo(QUOTE_LIMIT);
    // some mirror sites print pinyin after characters, 經(jīng)開區(qū): the glosses are not the text's
    assertThat(PINYIN_GLOSS.matcher(quote).replaceAll("")).as("%s: the quote shows the name as written", id)
        .contains(written);
    assertThat(name.get("source.url") != null || name.get("source.repo") != null)
        .as("%s has a source", id).isTrue();
    assertThat((String) name.get("source.publisher")).as("%s publisher", id).isNotBlank();
  }

  @Test
  void theListHasTheVarietyTheIssueAsksFor() throws IOException {
    List<Map<String, Object>> names = names();
    assertThat(names).hasSizeGreaterThanOrEqualTo(200);
    long traditional = names.stream().filter(n -> isTraditional((String) n.get("written"))).count();
    assertThat(traditional).as("names written in traditional characters").isGreaterThanOrEqualTo(30);
    long negatives = names.stream()
        .filter(n -> n.get("match").equals("none") || n.get("match").equals("ambiguous"))
        .count();
    assertThat(negatives).as("none or ambiguous").isGreaterThanOrEqualTo(20);
    for (String kind : List.of("short-form", "official", "alias", "sub-park")) {
      assertThat(names).as(kind).anyMatch(n -> n.get("match").equals(kind));
    }
  }

  @Test
  void everyAliasNamesACatalogueZoneByItsOfficialNameWithASource() throws IOException {
    assertNamesZonesWithSources(ALIASES, "alias");
  }

  @Test
  void everyPartNamesACatalogueZoneByItsOfficialNameWithASourceAndNoAliasAlso() throws IOException {
    assertNamesZonesWithSources(PARTS, "part");
    Set<String> aliases = new HashSet<>(firstCells(ALIASES));
    assertThat(firstCells(PARTS)).as("parts that are aliases too").noneMatch(aliases::contains);
  }

  /**
   * Every name of the alias and part tables is written as ICU's {@code Hant-Hans} transform writes it
   * once folded ({@link NameFolding}): a traditional character the folding lacks (駿) would make the
   * name unknown in simplified text.
   */
  @Test
  void everyAliasAndPartFoldsAsItsSimplifiedForm() throws IOException {
    Transliterator hans = Transliterator.getInstance("Hant-Hans");
    List<String> otherwise = new ArrayList<>();
    for (String table : List.of(ALIASES, PARTS)) {
      for (String name : firstCells(table)) {
        if (!NameFolding.fold(name).equals(NameFolding.fold(hans.transliterate(name)))) {
          otherwise.add(table + ": " + name);
        }
      }
    }
    assertThat(otherwise).isEmpty();
  }

  /** The first cell of each row of {@code table} after its header. */
  private static List<String> firstCells(String table) throws IOException {
    List<String> cells = new ArrayList<>();
    boolean header = true;
    for (String line : lines(table)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        cells.add(line.split("\t", -1)[0]);
      }
      header = false;
    }
    return cells;
  }

  private static void assertNamesZonesWithSources(String table, String first) throws IOException {
    List<String> lines = lines(table);
    List<String> rows = new ArrayList<>();
    for (String line : lines) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        rows.add(line);
      }
    }
    assertThat(rows.get(0)).isEqualTo(first + "\tcode\tofficial name\tsource URL\tquote");
    Set<String> aliases = new HashSet<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split("\t", -1);
      assertThat(cells).as(row).hasSize(5);
      String alias = cells[0];
      assertThat(alias).as(row).isNotBlank();
      assertThat(aliases.add(alias)).as("alias %s is listed once", alias).isTrue();
      assertThat(CATALOG.allByCode(cells[1])).as("%s: %s is a catalogue code", alias, cells[1])
          .extracting(p -> p.names().official())
          .as("%s: %s is %s", alias, cells[1], cells[2])
          .contains(cells[2]);
      assertThat(cells[3]).as("%s source", alias).startsWith("http");
      assertThat(cells[4]).as("%s quote", alias).isNotBlank();
      assertThat(cells[4].codePointCount(0, cells[4].length())).as("%s quote length", alias)
          .isLessThanOrEqualTo(QUOTE_LIMIT * 2);
    }
    assertThat(aliases).as("aliases").hasSizeGreaterThanOrEqualTo(10);
  }

  private static final String PARTS = "park-parts.tsv";

  /** Written in traditional characters: folding changes more than its width and white space. */
  private static boolean isTraditional(String written) {
    String normal = Normalizer.normalize(written, Normalizer.Form.NFKC).replaceAll("\\s", "");
    return !NameFolding.fold(written).equals(normal);
  }

  static List<Map<String, Object>> names() throws IOException {
    return names(NAMES);
  }

  static List<Map<String, Object>> names(String resource) throws IOException {
    List<Map<String, Object>> names = new ArrayList<>();
    int number = 0;
    for (String line : lines(resource)) {
      number++;
      if (!line.isBlank()) {
        names.add(JsonLine.parse(line, resource + ":" + number));
      }
    }
    return names;
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = RealParkNamesFileTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /**
   * Reads one line of the names file: a flat JSON object whose values are strings, null, an
   * array of strings ({@code candidates}) or one nested flat object ({@code source}, whose
   * fields come back as {@code source.url} and so on). Enough for this file, and strict: any
   * other shape fails the test.
   */
  static final class JsonLine {
    private static final String STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern MEMBER = Pattern.compile(
        "\\s*" + STRING + "\\s*:\\s*(null|" + STRING + "|\\[[^\\]]*\\]|\\{[^}]*\\})\\s*(,|$)");
    private static final Pattern ELEMENT = Pattern.compile("\\s*" + STRING + "\\s*(,|$)");

    private JsonLine() {}

    static Map<String, Object> parse(String line, String where) {
      String trimmed = line.strip();
      assertThat(trimmed).as(where).startsWith("{").endsWith("}");
      Map<String, Object> object = new LinkedHashMap<>();
      members(trimmed.substring(1, trimmed.length() - 1), "", object, where);
      return object;
    }

    private static void members(String body, String prefix, Map<String, Object> into, String where) {
      Matcher m = MEMBER.matcher(body);
      int at = 0;
      while (at < body.length()) {
        assertThat(m.find(at) && m.start() == at).as("%s: JSON at column %d", where, at).isTrue();
        String key = prefix + unescape(m.group(1));
        String raw = m.group(2);
        Object value;
        if (raw.equals("null")) {
          value = null;
        } else if (raw.startsWith("\"")) {
          value = unescape(m.group(3));
        } else if (raw.startsWith("[")) {
          value = strings(raw.substring(1, raw.length() - 1), where);
        } else {
          Map<String, Object> nested = new HashMap<>();
          members(raw.substring(1, raw.length() - 1), key + ".", nested, where);
          into.putAll(nested);
          value = Boolean.TRUE;
        }
        assertThat(into.containsKey(key)).as("%s: %s given once", where, key).isFalse();
        into.put(key, value);
        at = m.end();
      }
    }

    private static List<String> strings(String body, String where) {
      List<String> values = new ArrayList<>();
      Matcher m = ELEMENT.matcher(body);
      int at = 0;
      while (!body.substring(at).isBlank()) {
        assertThat(m.find(at) && m.start() == at).as("%s: JSON array at column %d", where, at).isTrue();
        values.add(unescape(m.group(1)));
        at = m.end();
      }
      return values;
    }

    private static String unescape(String s) {
      StringBuilder out = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = s.charAt(++i);
        switch (e) {
          case 'u' -> {
            out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          }
          case 'n' -> out.append('\n');
          case 't' -> out.append('\t');
          case 'r' -> out.append('\r');
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          default -> out.append(e);
        }
      }
      return out.toString();
    }
  }
}
