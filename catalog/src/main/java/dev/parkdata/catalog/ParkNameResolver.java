package dev.parkdata.catalog;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.parkdata.industry.Industry;
import dev.parkdata.location.Location;
import dev.parkdata.location.Province;
import dev.parkdata.park.Park;
import dev.parkdata.park.ParkKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a park's name as people write it to a catalogue zone: {@code 株洲高新区}, {@code
 * 蕪湖經開區}, {@code 光谷}, {@code 张江高新区闵行园}. The answer is one zone, none, or ambiguous
 * with the ranked candidates, each with how it matched ({@link ParkNameResolution}).
 *
 * <pre>{@code
 * ParkNameResolver resolver = ParkNameResolver.standard();
 * resolver.resolve("株洲高新区").park();              // 株洲高新技术产业开发区, a short form
 * resolver.resolve("火炬开发区", "中山").park();       // 中山火炬高技术产业开发区: the place tells three apart
 * resolver.resolve("两江新区").status();              // NONE: a national new area is no catalogue zone
 * }</pre>
 *
 * <p>It knows, in order of rank: official names (folded as the catalogue search folds them:
 * traditional to simplified, full-width to half-width, variant characters; 国家, 国家级 and 省级
 * ignored; also without what the catalogue adds to a name: 霍尔果斯经济开发区 for
 * 霍尔果斯经济开发区（含新疆生产建设兵团片区）, 江苏常熟综合保税区 for …A区、B区; a place in brackets
 * inside a written name read without them: 遼寧(營口)沿海產業基地, and a place as it is named now
 * in brackets read instead of the one before it: 開縣(今開州區)工業園區; X工业园区 and X工业园 for the
 * catalogue's X工业区, X工业园区 and X工业集聚区 for X工业集中区 (and, where nothing else matches,
 * X工业集中区 and X产业园区 for X工业园区); Guangdong's parks for industry moved from its
 * cities by their county however written: 广州海珠(大埔)产业转移工业园, 佛山顺德(云浮新兴新成)产业转移
 * 工业园, 深圳宝安(龙川)产业转移园, 罗定产业转移工业园; two slips of writing, 嘉善经济开区 and
 * 拉萨经开发区), the curated aliases of {@code park-aliases.tsv} (each with its public source), the
 * named parts of zones of {@code park-parts.tsv} (渤龙湖科技园; ranked as sub-parks, below an alias, so
 * that a place nearby in another province makes one none), the
 * systematic short forms (X高新区 for X高新技术产业开发区, X经开区 and X开发区 for X经济技术开发区
 * and X经济开发区, X综保区 for X综合保税区, X边合区 for X边境经济合作区, X经合区 for X经济合作区,
 * X高新技术产业园区 for the X高新技术产业开发区 it once was, X高新产业开发区 (技术 left out), X台商区 for X台商投资区,
 * with or without the province's name or the city's; a short form that is also a curated nickname
 * with a fitting kind word ties with that nickname's zone, so that 中关村高新区, 江苏省中关村高新技术
 * 产业开发区's without its province, is ambiguous alone and the national zone near 北京),
 * sub-parks written as a zone, a district in its place and 园 (中关村丰台园 is 中关村科技园区's;
 * 中关村石家庄园 none), and a zone the catalogue lists as a part of a larger one by the part's name
 * (德令哈工业园 for 柴达木循环经济试验区德令哈工业园) where the larger name is no zone's (现代产业区,
 * an area of 天津开发区, is none). Where none of
 * these matches, more, in turn: a side of a zone (成都高新西区, …园区A区: its zone as a sub-park); a
 * part named by its own words after a name of a zone that ends in no kind word (中关村东升科技园,
 * 松山湖高科技园: the zone as a sub-park; not a 分园, 产业园 or 工业园, nor one naming a place elsewhere); a
 * place written before a name a zone is known by without its place, when the zone lies in that
 * place or is placed no closer than its province (西寧南川工業園: 青海南川工业园区), also after the
 * province (湖北十堰郧阳经济开发区); a city and 高新区 for the one high-tech zone placed in the
 * city itself or its districts (天津高新区); a zone's park for an industry (建德经济开发区化工园区),
 * unless another zone of its prefecture bears that industry's name; a county-level place and a
 * development zone's kind word that is not its zone's, for the one development zone placed in
 * that county (浙江永嘉经济开发区 for 浙江永嘉工业园区, renamed: {@link Match#COUNTY}); a zone's name
 * with 园区 for its kind word, where no other zone's name holds the words before it (东莞松山湖园区);
 * a name that ends several zones' names, or a county zone's name or short form without its
 * county, for the one in the place named nearby (临港经济技术开发区 near 沧州, 泾河工业园区 near 西安,
 * 杏花村开发区 near 汾阳; an autonomous county may be named nearby as 天祝县); a zone's official name
 * with its county or city written by its short name (临潼新丰工业集中区, 贵港产业园区) or by its name since a whole rename
 * (陕西鄠邑沣京工业园区: 户县 until 2016), or by its full name before one (天津蓟县经济开发区: 蓟州区 since 2016);
 * a bonded port zone written as a bonded zone (东疆保税区 for 天津东疆保税港区, a short form); last, a second name in
 * brackets at the end that begins with the same place (茂名产业转移工业园(茂名高新技术开发区)), not one
 * that says where a park lies (深圳湾科技生态园(南山高新区) is none); 县 and a kind word alone near a
 * county, as the county's name and the kind word where that names a zone placed in the county (县经开区
 * near 郏县); a name in brackets as long as the one before them, where that one names a zone, as
 * a second name of the two (集美(杏林)台商投資區: ambiguous); and last of all the words that set one
 * zone's name apart, written with another kind word, where a place written or named nearby holds
 * the zone and the words name no industry or kind of place (翠山湖产业转移工业园 near 开平 for
 * 开平翠山湖科技产业园: {@link Match#DISTINCTIVE}). A name beginning with a province names only zones of that province; 新疆生产建设兵团 may be written 兵团, and its
 * divisions as they were named until 2012 (农七师 for 第七师); an autonomous
 * prefecture or county written in full is also read short, as the catalogue writes it
 * (海北藏族自治州生物园区 for 海北州生物园区). Nothing else:
 * a name that only contains a zone's words (两江新区, 天津滨海新区, a free trade zone's area), or holds
 * words that set a zone apart with no place to hold it (杏花村开发区 alone), or a bare 高新区 with no
 * place is none, never a guess. A place named nearby ({@code near}) chooses
 * among equally good candidates (a zone placed in it, else one placed no closer than the province
 * it lies in: 南川工業園區 near 西宁, or a county in the prefecture it lies in: 金山工业园区 near 固阳县),
 * and names a zone by a name that alone names none only as above; where the one zone a name gives
 * lies away from a prefecture or county named nearby, the one zone of that place whose name ends
 * with the name is the answer (大桥开发区 near 宜秀区: 安庆长江大桥经济开发区, not 铜陵大桥经济开发区); it
 * never makes a name of a bare 开发区.
 *
 * <p>Every short name a catalogue park carries ({@link dev.parkdata.model.Names#shortNames()},
 * made by the same rules, {@code ShortForms}) is a short form here too, so a name the catalogue
 * search finds is one the resolver knows. Resolving looks names up in tables made once, with the
 * resolver (and, for the last rule only, one more made on the first name that reaches it): about
 * 0.6 million names a second on one core ({@code ResolverBenchmark}).
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ParkNameResolver {
  static final String ALIASES = "park-aliases.tsv";
  /** Named parts of zones with no entry of their own: 渤龙湖科技园, 西安草堂基地 ({@link Match#SUB_PARK}). */
  static final String PARTS = "park-parts.tsv";

  /** How a name matched, best first. */
  public enum Match {
    /** The official name, folded. */
    OFFICIAL(100),
    /** A curated alias from {@code park-aliases.tsv}. */
    ALIAS(95),
    /** A systematic short form: X高新区, X经开区, X综保区, with or without a place prefix. */
    SHORT_FORM(90),
    /**
     * A sub-park written as zone + district + 园, or a named part of a zone from {@code
     * park-parts.tsv} (渤龙湖科技园), with no entry of its own: the zone.
     */
    SUB_PARK(70),
    /**
     * A customs zone written as the 综合保税区 it was made after 2018, which the catalogue lists as
     * the 保税港区 or 出口加工区 it was (东疆综保区 for 天津东疆保税港区); or written as the 保税区 it was
     * made from, which the catalogue lists as the 综合保税区 (海口保税区 for 海口综合保税区).
     */
    MADE_BONDED(65),
    /**
     * A county and a development zone's kind word that is not its zone's, for the one development
     * zone the catalogue places in that county: a county zone renamed or upgraded since 2018
     * (浙江永嘉经济开发区 for 浙江永嘉工业园区, 祁阳高新技术产业开发区 for 湖南祁阳经济开发区).
     */
    COUNTY(60),
    /**
     * The words that set one zone's name apart from every other's, written with another kind word
     * or place: 翠山湖产业转移工业园 near 开平 for 开平翠山湖科技产业园 ({@code 翠山湖}).
     */
    DISTINCTIVE(55);

    private final int score;

    Match(int score) {
      this.score = score;
    }

    int score() {
      return score;
    }
  }

  private final DevelopmentZoneCatalog catalog;
  /** Normalised key → entries, best first after sorting. */
  private final Map<String, List<Entry>> keys = new HashMap<>();
  /** The catalogue's high-tech zones, for {@link #onlyHighTechZone}. */
  private final List<Park> highTechZones = new ArrayList<>();
  /** See {@link #subParks()}. */
  private final Map<Park, Map<String, Park>> subParks;
  /** See {@link #byDistinctiveWords()}: made on first use, as few names need it. */
  private final Supplier<Map<String, Park>> byDistinctiveWords = Suppliers.memoize(this::byDistinctiveWords);
  /** The keys backwards, for {@link #nameStart}: made on first use, as few users scan text. */
  private volatile NameTrie trie;
  /** See {@link #countyZones()}. */
  private volatile CountyZones countyZones;
  /** The catalogue's customs zones by place, see {@link #customsZonesIn}; made on first use. */
  private volatile Map<Division, List<Park>> customsZones;
  /** The names {@link #dropCommonTails} took out, for {@link #commonNameNear}. */
  private final Map<String, List<Entry>> commonKeys = new HashMap<>();
  /** The zones whose names end in a district's name and 园, by that ending (杨浦园), for {@link #districtPartNear}. */
  private final Map<String, List<Park>> districtParts = new HashMap<>();
  /** Every zone's official name, folded, for {@link #zonesNamedWith}. */
  private final List<String> officialNames = new ArrayList<>();

  private static final class Entry {
    final Park park;
    final Match match;
    final int score;
    final String why;

    Entry(Park park, Match match, int score, String why) {
      this.park = park;
      this.match = match;
      this.score = score;
      this.why = why;
    }
  }

  private ParkNameResolver(DevelopmentZoneCatalog catalog, List<String[]> aliases) {
    this.catalog = catalog;
    for (Park park : catalog.parks()) {
      String official = normal(park.names().official());
      officialNames.add(official);
      add(official, new Entry(park, Match.OFFICIAL, Match.OFFICIAL.score(), "official name " + park.names().official()));
      addForms(park, official, 0);
      // the catalogue's own short names, from the same rules: whatever a name search finds, this does
      for (String shortName : park.names().shortNames()) {
        add(normal(shortName), new Entry(park, Match.SHORT_FORM, Match.SHORT_FORM.score() - 1,
            "short name " + shortName + " of " + park.names().official()));
      }
      for (String[] pair : COUNTRY_PAIRS) {
        if (official.startsWith(pair[1]) && !official.startsWith(pair[0])) { // 中泰崇左产业园: 中国—泰国崇左产业园
          add(pair[0] + official.substring(pair[1].length()), new Entry(park, Match.OFFICIAL, Match.OFFICIAL.score() - 1,
              "official name with its countries written in full: " + park.names().official()));
        }
        if (official.startsWith(pair[0])) { // 磨憨-磨丁经济合作区, 中老磨憨-磨丁经合区
          String rest = official.substring(pair[0].length());
          if (!namesOnlyAPlace(rest)) { // not 钦州产业园区, which may be any of 钦州's parks
            add(rest, new Entry(park, Match.OFFICIAL, Match.OFFICIAL.score() - 2,
                "official name without its countries: " + park.names().official()));
            addForms(park, rest, 1);
          }
          add(pair[1] + rest, new Entry(park, Match.OFFICIAL, Match.OFFICIAL.score() - 1,
              "official name with its countries abbreviated: " + park.names().official()));
          addForms(park, pair[1] + rest, 1);
        }
        addCountriesAndKind(park, official, pair);
      }
      addChemicalForms(park, official);
      String plain = withoutAdditions(official);
      if (plain != null) {
        add(plain, new Entry(park, Match.OFFICIAL, Match.OFFICIAL.score() - 1,
            "official name without what the catalogue adds to it: " + park.names().official()));
        addForms(park, plain, 1);
      }
    }
    for (String[] alias : aliases) {
      for (Park park : catalog.allByCode(alias[1])) {
        add(normal(alias[0]), new Entry(park, Match.ALIAS, Match.ALIAS.score(), "alias " + alias[0] + " (" + alias[3] + ")"));
        addAliasShortForms(park, alias[0]);
      }
    }
    for (String[] part : table(PARTS)) {
      for (Park park : catalog.allByCode(part[1])) {
        add(normal(part[0]), new Entry(park, Match.SUB_PARK, Match.SUB_PARK.score(),
            "its part " + part[0] + " (" + part[3] + ")"));
      }
    }
    addPartNames();
    for (Park park : catalog.parks()) {
      String official = normal(park.names().official());
      for (int n = 2; n <= MAX_DISTRICT && official.endsWith("园") && official.length() > n + 2; n++) {
        String district = official.substring(official.length() - 1 - n, official.length() - 1);
        if (Divisions.gbt2260().byName(district, ZonePlacer.YEAR).stream().anyMatch(d -> d.level() == DivisionLevel.COUNTY)) {
          districtParts.computeIfAbsent(district + "园", k -> new ArrayList<>(1)).add(park); // 张江高新区杨浦园
        }
      }
    }
    dropCommonTails();
    addNamesWithoutCounty();
    this.subParks = subParks();
    for (Park park : catalog.parks()) {
      if (park.kind() == ParkKind.HIGH_TECH_ZONE) {
        highTechZones.add(park);
      }
    }
  }

  /**
   * Whether {@code stemmed}, {@code official} (normal) without its place, is a title the state gives
   * many parks, not a name: the catalogue writes 国家 right after the place (贵港国家生态工业示范园区:
   * 国家生态工业示范园区 is a title 盐城经开区 holds too). Such a zone is named with its place.
   */
  private static boolean isNationalTitle(String written, String official, String stemmed) {
    if (!official.endsWith(stemmed) || official.length() == stemmed.length()) {
      return false;
    }
    String place = official.substring(0, official.length() - stemmed.length());
    return written.startsWith(place + "国家");
  }

  /**
   * The names of {@code park} derived from {@code official} (folded): without its place prefix,
   * its rule's short forms with and without it, and without the 区 of a final 园区; ranked {@code
   * penalty} below what they rank derived from the official name itself.
   */
  private void addForms(Park park, String official, int penalty) {
    String written = NameFolding.fold(park.names().official());
    for (String stemmed : stems(park, official)) {
      if (isTypeWordOnly(stemmed) || isNationalTitle(written, official, stemmed)) {
        continue;
      }
      add(stemmed, new Entry(park, Match.OFFICIAL, Match.OFFICIAL.score() - 2 - penalty,
          "official name without its place prefix: " + park.names().official()));
    }
    String[] form = ShortForms.ruleOf(official);
    if (form != null) {
      String stem = official.substring(0, official.length() - form[0].length());
      List<String> stemVariants = new ArrayList<>();
      stemVariants.add(stem);
      for (String s : stems(park, stem)) {
        stemVariants.add(s);
      }
      ShortForms.addWrittenForms(stemVariants);
      for (int v = 0; v < stemVariants.size(); v++) {
        if (stemVariants.get(v).length() >= 2) {
          addShortForms(park, stemVariants.get(v), form, penalty + (v == 0 ? 0 : 1), park.names().official());
        }
      }
    }
    if (official.endsWith("园区")) {
      add(official.substring(0, official.length() - 1), new Entry(park, Match.SHORT_FORM, Match.SHORT_FORM.score() - penalty,
          "short form without 区 of " + park.names().official()));
    }
    if (official.endsWith(TAISHANG) && penalty == 0) {
      // 泉州台商区 for 泉州台商投资区, and 台商区 with 泉州 nearby (one of several, so only with a place)
      String shortened = official.substring(0, official.length() - TAISHANG.length()) + "台商区";
      for (String stemmed : stems(park, shortened)) {
        add(stemmed, new Entry(park, Match.SHORT_FORM, Match.SHORT_FORM.score() - 2,
            "short form " + stemmed + " of " + park.names().official()));
      }
      add(shortened, new Entry(park, Match.SHORT_FORM, Match.SHORT_FORM.score() - 1,
          "short form " + shortened + " of " + park.names().official()));
    }
  }

  /**
   * The short forms of a curated alias that is a full name of its kind, by the rule of that kind
   * (邗江经开区 and 邗江开发区 for the zone once named 邗江经济开发区): writers shorten an old name as they
   * shorten the official one. Ranked one below the same form of an official name, so that a zone
   * named so today comes first.
   */
  private void addAliasShortForms(Park park, String alias) {
    String name = normal(alias);
    String[] form = ShortForms.ruleOf(name);
    if (form == null) {
      return;
    }
    String stem = name.substring(0, name.length() - form[0].length());
    if (stem.length() < 2 || namesACityOrProvince(withoutProvinceOrSelf(stem))) {
      return; // 上海高新区: any of the city's zones of the kind, not the one an old name 上海高新技术产业开发区 was
    }
    addShortForms(park, stem, form, 1, "the alias " + alias);
  }

  /**
   * Adds {@code stem} with each short form of {@code form} ({@link ShortForms#RULES}), ranked by the
   * rule's penalty and {@code below} more, as the short forms of {@code of}.
   */
  private void addShortForms(Park park, String stem, String[] form, int below, String of) {
    for (int i = 1; i < form.length; i += 2) {
      add(stem + form[i], new Entry(park, Match.SHORT_FORM, Match.SHORT_FORM.score() - Integer.parseInt(form[i + 1]) - below,
          "short form " + stem + form[i] + " of " + of));
    }
  }

  /**
   * 上海化工区, 南京化工区: a zone named for 化学工业 (上海化学工业经济技术开发区, 南京化学工业园区) as
   * writers shorten it, 化工区 or 化学工业区; with its place before, with or without the province,
   * never alone.
   */
  private void addChemicalForms(Park park, String official) {
    int at = official.indexOf(CHEMICAL);
    String kind = at < 0 ? null : official.substring(at + CHEMICAL.length());
    if (kind == null || !kind.equals("园区") && !kind.equals("经济技术开发区")) {
      return;
    }
    String stem = official.substring(0, at);
    List<String> stems = new ArrayList<>(List.of(stem));
    Optional<Province> province = park.location().flatMap(Location::province);
    String bare = province.isPresent() ? ShortForms.withoutProvince(stem, province.get()) : null;
    if (bare != null && !bare.equals(stem)) {
      stems.add(bare); // 江苏扬州化学工业园区: 扬州化工区
    }
    for (String s : stems) {
      if (s.length() < 2) {
        continue; // 上海's without its place would be any 化工区
      }
      // not 化工园区 or 化工园, which a county's own park for the industry is called too (仪征经济开发区化工园区,
      // in 扬州, is not read as 江苏扬州化学工业园区)
      for (String shortKind : new String[] {"化工区", "化学工业区"}) {
        add(s + shortKind, new Entry(park, Match.SHORT_FORM, Match.SHORT_FORM.score() - 2,
            "short form " + s + shortKind + " of " + park.names().official()));
      }
    }
  }

  /** The words of a zone named for the chemical industry, which writers shorten to 化工. */
  private static final String CHEMICAL = "化学工业";

  /**
   * The two countries that begin a cross-border zone's name, folded, and how reporting abbreviates
   * them (中国老挝磨憨—磨丁经济合作区: 中老磨憨—磨丁经合区, or 磨憨—磨丁经济合作区 alone), or writes
   * in full a name the catalogue abbreviates (中泰崇左产业园: 中国—泰国崇左产业园).
   */
  private static final String[][] COUNTRY_PAIRS = {{"中国老挝", "中老"}, {"中国-马来西亚", "中马"}, {"中国-泰国", "中泰"}};

  /**
   * 中马产业园, 中泰产业园区: a zone named for two countries (中国—马来西亚钦州产业园区, 中泰崇左产业园),
   * written with its countries, abbreviated, and its kind word alone, as its place's parks are called
   * by their place ({@link #PLACE_KINDS}); the catalogue holds one zone of each pair.
   */
  private void addCountriesAndKind(Park park, String official, String[] pair) {
    String rest = official.startsWith(pair[0]) ? official.substring(pair[0].length())
        : official.startsWith(pair[1]) ? official.substring(pair[1].length()) : null;
    if (rest == null || !namesOnlyAPlace(rest)) {
      return;
    }
    for (String kind : PLACE_KINDS) {
      if (rest.endsWith(kind)) {
        String stem = kind.endsWith("园区") ? kind.substring(0, kind.length() - 1) : kind; // 产业园, and 产业园区 below
        for (String form : stem.endsWith("园") ? new String[] {pair[1] + stem, pair[1] + stem + "区"} : new String[] {pair[1] + stem}) {
          add(form, new Entry(park, Match.SHORT_FORM, Match.SHORT_FORM.score() - 3,
              "its countries abbreviated and its kind: " + park.names().official()));
        }
        return;
      }
    }
  }

  /** Whether {@code name} is a place's name and a kind word only (钦州产业园区), as a city's parks are written. */
  private static boolean namesOnlyAPlace(String name) {
    for (String kind : PLACE_KINDS) {
      if (name.endsWith(kind) && isDivisionName(withoutProvinceOrSelf(name.substring(0, name.length() - kind.length())))) {
        return true;
      }
    }
    return false;
  }

  /** Kind words that a place's name alone before them makes a common name: 钦州产业园区. */
  private static final String[] PLACE_KINDS = {"产业园区", "工业园区", "经济合作区", "产业园", "工业园"};

  /** The kind words after which the catalogue adds a second part with 及: 成都高新综合保税区及双流园区. */
  private static final String[] ADDED_AFTER = {"综合保税区", "保税区", "保税港区", "开发区", "园区"};

  /**
   * {@code official} (folded) without what the catalogue adds to a zone's name and writers leave
   * out: a note in brackets at its end (霍尔果斯经济开发区（含新疆生产建设兵团片区）), lettered parts
   * at its end (江苏常熟综合保税区A区、B区, 上海松江出口加工区及B区), a second part after 及
   * (成都高新综合保税区及双流园区) and the brackets around a place inside it (中德（沈阳）高端装备制造产业园:
   * 中德沈阳…); null if it has none of these.
   */
  static String withoutAdditions(String official) {
    String plain = official;
    int and = plain.indexOf("及");
    if (and > 4 && plain.endsWith("区") && endsWithAny(plain.substring(0, and), ADDED_AFTER)) {
      plain = plain.substring(0, and); // 成都高新综合保税区及双流园区
    }
    int open = plain.lastIndexOf('(');
    if (open > 0 && plain.endsWith(")")) {
      plain = plain.substring(0, open);
    } else {
      plain = withoutLetteredParts(plain);
    }
    open = plain.indexOf('(');
    int close = open < 0 ? -1 : plain.indexOf(')', open);
    if (open > 0 && close > open + 1) {
      plain = plain.substring(0, open) + plain.substring(open + 1, close) + plain.substring(close + 1);
    }
    return plain.equals(official) || plain.length() < 4 ? null : plain;
  }

  /**
   * The names of the zones the catalogue lists as parts of a larger one, without the larger one's
   * name ({@link #partName}), ranked below the zones' own names and with 园区 for 园; after every
   * other name, as a part counts only where the larger name is no zone's: a zone's own areas
   * (天津开发区现代产业区, an area of 天津经济技术开发区) are named with words other parks share
   * (宁河's own 现代产业区), while the parts of a larger area that is no zone (海东工业园区,
   * 柴达木循环经济试验区) are named for their places (民和工业园, 德令哈工业园).
   */
  private void addPartNames() {
    for (Park park : catalog.parks()) {
      String official = normal(park.names().official());
      String withoutKind = partWithoutKind(official);
      if (withoutKind != null) {
        add(withoutKind, new Entry(park, Match.SHORT_FORM, Match.SHORT_FORM.score(),
            "the zone's name and the part's, without the zone's kind: " + park.names().official()));
      }
      String part = partName(official);
      if (part == null) {
        continue;
      }
      String larger = official.substring(0, official.length() - part.length());
      if (keys.getOrDefault(larger, List.of()).stream()
          .anyMatch(e -> !normal(e.park.names().official()).startsWith(larger))) {
        continue; // 天津开发区 is 天津经济技术开发区
      }
      String why = "the part's name without the larger zone's: " + park.names().official();
      add(part, new Entry(park, Match.OFFICIAL, Match.OFFICIAL.score() - 3, why));
      if (part.endsWith("园")) {
        add(part + "区", new Entry(park, Match.OFFICIAL, Match.OFFICIAL.score() - 4, why));
      }
    }
  }

  /** Kind words between a zone's name and its part's in the name of a part the catalogue lists: 张江高新区金山园. */
  private static final String[] KINDS_BEFORE_PARTS = {"高新区", "经开区"};

  /**
   * The name of a part that the catalogue writes zone, kind word, part (张江高新区金山园), without
   * the kind word (张江金山园, as 上海's papers write them); else null.
   */
  static String partWithoutKind(String official) {
    if (!official.endsWith("园")) {
      return null;
    }
    for (String kind : KINDS_BEFORE_PARTS) {
      int at = official.indexOf(kind);
      if (at >= 2 && official.length() - at - kind.length() >= 2) {
        return official.substring(0, at) + official.substring(at + kind.length());
      }
    }
    return null;
  }

  /** Words that end the name of a larger zone that some zones' names begin with. */
  private static final String[] LARGER_ZONE_WORDS = {"开发区", "工业园区", "试验区", "经济区"};

  /**
   * The name of a zone that the catalogue names as a part of a larger one, without the larger
   * one's name (柴达木循环经济试验区德令哈工业园: 德令哈工业园; 海东工业园区民和工业园: 民和工业园;
   * 天津开发区现代产业区: 现代产业区), as reporting names it; null where {@code official} (folded) is
   * no such name, or what follows the larger zone's name is only a kind of zone (…开发区综合保税区)
   * or a note (…及双流园区).
   */
  static String partName(String official) {
    for (String word : LARGER_ZONE_WORDS) {
      int at = official.indexOf(word);
      if (at < 2) {
        continue;
      }
      String part = official.substring(at + word.length());
      if (part.length() >= 4 && Character.isIdeographic(part.codePointAt(0)) && part.charAt(0) != '及'
          && !isTypeWordOnly(part)) {
        return part;
      }
    }
    return null;
  }

  /** {@code name} without the lettered parts at its end (A区、B区, 及B区), or itself. */
  private static String withoutLetteredParts(String name) {
    int end = name.length();
    while (end >= 4 && name.charAt(end - 1) == '区' && isPartLetter(name.charAt(end - 2))) {
      end -= 2;
      char before = name.charAt(end - 1);
      if (before == '、' || before == '及') {
        end--;
      }
    }
    return name.substring(0, end);
  }

  /** A letter that names a part of a zone: A区, B区. */
  private static boolean isPartLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Removes the names left by taking a place off that end several zones' names: 贵港市产业园区
   * without its city is 产业园区, the tail of dozens of names, which names no zone. A name kept
   * whole (official or alias) stays, and so does a catalogue park's own short name, which the
   * catalogue search finds it by (天津保税物流园区's 保税物流园区, shared by several zones, resolves
   * as ambiguous).
   */
  private void dropCommonTails() {
    Map<String, Integer> tails = new HashMap<>();
    for (Park park : catalog.parks()) {
      String official = normal(park.names().official());
      for (int i = 1; i + 2 <= official.length(); i++) {
        tails.merge(official.substring(i), 1, Integer::sum);
      }
    }
    keys.entrySet().removeIf(e -> {
      boolean common = tails.getOrDefault(e.getKey(), 0) >= COMMON_TAIL
          && e.getValue().stream().noneMatch(entry -> entry.match == Match.ALIAS
              || normal(entry.park.names().official()).equals(e.getKey())
              || entry.park.names().shortNames().stream().anyMatch(n -> normal(n).equals(e.getKey())));
      if (common) {
        commonKeys.put(e.getKey(), e.getValue());
      }
      return common;
    });
  }

  /** Whether {@code place} names a prefecture or a county (in use in 2018), not only a province. */
  private static boolean namesAPrefectureOrCounty(String place) {
    for (Division d : Divisions.gbt2260().byName(place, ZonePlacer.YEAR)) {
      if (d.level() != DivisionLevel.PROVINCE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds to {@link #commonKeys} each county zone's name without its county (泾河工业园区 for
   * 陕西高陵泾河工业园区), which alone is often a common name (汽车产业园区, 临港经济区) and so names a
   * zone only where a place nearby is the zone's.
   */
  private void addNamesWithoutCounty() {
    Divisions divisions = Divisions.gbt2260();
    for (Park park : catalog.parks()) {
      Optional<Placement> placement = catalog.placement(park);
      if (placement.isEmpty() || placement.get().level() != DivisionLevel.COUNTY) {
        continue;
      }
      Division county = placement.get().division();
      String name = normal(park.names().official());
      String bare = withoutProvince(name);
      name = bare != null ? bare : name;
      Optional<Division> prefecture = divisions.parent(county);
      if (prefecture.isPresent()) {
        name = withoutPrefix(name, prefecture.get());
      }
      String rest = withoutPrefix(name, county);
      if (rest.length() < name.length() && rest.length() >= 4 && !keys.containsKey(rest) && !isTypeWordOnly(rest)) {
        commonKeys.computeIfAbsent(rest, k -> new ArrayList<>(1)).add(new Entry(park, Match.OFFICIAL,
            Match.OFFICIAL.score() - 3, "official name without its place: " + park.names().official()));
        // and its short forms (杏花村开发区 near 汾阳 for 汾阳杏花村经济技术开发区), whose stem is no place
        String[] form = ShortForms.ruleOf(rest);
        String stem = form == null ? "" : rest.substring(0, rest.length() - form[0].length());
        if (stem.length() >= 2 && !isDivisionName(stem)) {
          for (int i = 1; i < form.length; i += 2) {
            String shortForm = stem + form[i];
            if (!keys.containsKey(shortForm) && !isTypeWordOnly(shortForm)) {
              commonKeys.computeIfAbsent(shortForm, k -> new ArrayList<>(1)).add(new Entry(park, Match.SHORT_FORM,
                  Match.SHORT_FORM.score() - Integer.parseInt(form[i + 1]) - 3,
                  "short form " + shortForm + " of " + park.names().official() + " without its place"));
            }
          }
        }
      }
    }
  }

  /** {@code name} without the name, or short name, of {@code division} it begins with. */
  private static String withoutPrefix(String name, Division division) {
    for (String prefix : new String[] {division.name(), division.shortName()}) {
      if (name.startsWith(prefix) && name.length() > prefix.length()) {
        return name.substring(prefix.length());
      }
    }
    return name;
  }

  /**
   * 临港经济技术开发区 near 沧州: a name that ends the names of several zones, which alone names
   * none, for the one of them that lies in the place named nearby (沧州临港经济技术开发区); also a
   * county zone's name without its county (泾河工业园区 near 西安). The place must be a prefecture
   * or county: a province holds too many parks the catalogue lacks (循环经济产业园区 near 甘肃).
   */
  private void commonNameNear(List<String> forms, String near, Found found) {
    if (near == null || near.isBlank()) {
      return;
    }
    String place = NameFolding.fold(near);
    if (!namesAPrefectureOrCounty(place)) {
      return; // 循环经济产业园区 near 甘肃: a province holds too many parks the catalogue lacks
    }
    ParkNameResolution.Candidate only = null;
    for (String variant : forms) {
      for (Entry e : commonKeys.getOrDefault(variant, List.of())) {
        if (!isNear(e.park, place) || (only != null && only.park() == e.park)) {
          continue;
        }
        if (only != null) {
          return;
        }
        only = new ParkNameResolution.Candidate(e.park, e.match, e.score - 10,
            e.why + ", a name several zones end with, of the one in " + near);
      }
    }
    if (only != null) {
      found.put(only);
    }
  }

  /**
   * 大桥开发区 near 宜秀区: where the one zone a name resolves to lies away from the prefecture or
   * county named nearby, the one zone of that place whose name, or short name, ends with it
   * (安徽安庆长江大桥经济开发区, short 长江大桥开发区, in 安庆, which holds 宜秀区), not the zone it names
   * exactly (安徽铜陵大桥经济开发区); null where the place holds the zone, is a province, or holds
   * none or several such zones. Walks every name: only for a name whose zone the place contradicts.
   */
  private ParkNameResolution.Candidate longerNameNear(List<String> forms, ParkNameResolution.Candidate top,
      String near) {
    String place = NameFolding.fold(near);
    if (!namesAPrefectureOrCounty(place) || isNear(top.park(), place) || isPlacedAround(top.park(), place)) {
      return null;
    }
    Entry only = null;
    String ending = null;
    for (Map.Entry<String, List<Entry>> key : keys.entrySet()) {
      for (String variant : forms) {
        if (key.getKey().length() <= variant.length() || !key.getKey().endsWith(variant)) {
          continue;
        }
        for (Entry e : key.getValue()) {
          if (e.park == top.park() || !(isNear(e.park, place) || isPlacedAround(e.park, place))
              || (only != null && only.park == e.park)) {
            continue;
          }
          if (only != null) {
            return null; // several zones of the place end so
          }
          only = e;
          ending = variant;
        }
      }
    }
    return only == null ? null : new ParkNameResolution.Candidate(only.park, only.match, top.score(),
        only.why + ", whose name ends with " + ending + ", of the one in " + near + " (" + top.why() + " lies elsewhere)");
  }

  /** The kind word of the zones set up for investors from Taiwan: 泉州台商投资区. */
  private static final String TAISHANG = "台商投资区";

  /** How many zones' names a name without its place may end before it names none of them. */
  private static final int COMMON_TAIL = 3;

  /** The name's stem without a leading province or the zone's city: 山东淄川 → 淄川. */
  private List<String> stems(Park park, String name) {
    List<String> stems = new ArrayList<>(3);
    Optional<Province> province = park.location().flatMap(Location::province);
    String rest = name;
    String bare = province.isPresent() ? ShortForms.withoutProvince(rest, province.get()) : null;
    if (bare != null && bare.startsWith("-") && bare.length() > 2) {
      bare = bare.substring(1); // 广西—东盟经济技术开发区: 东盟经济技术开发区
    }
    if (bare != null) {
      rest = bare;
      stems.add(rest);
    }
    if (rest.startsWith("兵团") && rest.length() > 4) {
      rest = rest.substring(2); // 新疆生产建设兵团石河子…, folded 兵团石河子…
      stems.add(rest);
    }
    if (rest.startsWith("中国") && rest.length() > 2) {
      rest = rest.substring(2);
      stems.add(rest);
    }
    Optional<Placement> placement = catalog.placement(park);
    if (placement.isPresent() && placement.get().level() != DivisionLevel.PROVINCE) {
      for (Division d : Divisions.gbt2260().chain(placement.get().division())) {
        if (d.level() != DivisionLevel.PREFECTURE) {
          continue; // not its county: what is left is often a common name (汽车产业园区, 临港经济区)
        }
        for (String prefix : new String[] {d.name(), d.shortName()}) {
          // both: 南通市北高新… is 南通 and 市北 (the city's north), not only 南通市 and 北; but a
          // name of one character before its kind word (北高新技术产业开发区) would end 湖北高新…
          if (rest.startsWith(prefix) && rest.length() > prefix.length() + 1) {
            String stem = rest.substring(prefix.length());
            String[] form = ShortForms.ruleOf(stem);
            if (form == null || stem.length() - form[0].length() >= 2) {
              stems.add(stem);
            }
          }
        }
      }
    }
    return stems;
  }

  /** Type words that end zones' names beside those of {@link ShortForms}' rules. */
  private static final String[] TYPE_WORDS = {"开发区", "工业园", "园区", "产业园", "新区", "工业区", "集中区", "集聚区", "投资区"};

  /** Whether {@code name} is only a type word, or one with fewer than two characters before it. */
  private static boolean isTypeWordOnly(String name) {
    String[] form = ShortForms.ruleOf(name);
    if (form != null) {
      return name.length() - form[0].length() < 2;
    }
    for (String word : TYPE_WORDS) {
      if (name.endsWith(word) && name.length() - word.length() < 2) {
        return true;
      }
    }
    return name.length() < 3;
  }

  private void add(String key, Entry entry) {
    List<Entry> entries = keys.computeIfAbsent(key, k -> new ArrayList<>(1));
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).park == entry.park) {
        if (entries.get(i).score < entry.score) {
          entries.set(i, entry);
        }
        return;
      }
    }
    entries.add(entry);
  }

  /**
   * Folded (so 園區 is 园区), without 国家级, 国家, 省级 and 自治区级 (三原省級高新技術產業開發區, 西宁(国家级)经济技术开发区,
   * 河西自治区级高新区: a rank, not a name; no catalogue name holds 省级) and the brackets they leave empty, dashes
   * alike (—, –, ―, ‒, ‐, ‑), and 新疆生产建设兵团 written 兵团.
   */
  static String normal(String name) {
    return NameFolding.fold(name).replace("国家级", "").replace("国家", "").replace("自治区级", "").replace("省级", "")
        .replace("()", "")
        .replace('—', '-').replace('–', '-').replace('―', '-').replace('‒', '-').replace('‐', '-').replace('‑', '-')
        .replace(XPCC, "兵团");
  }

  /** The 新疆生产建设兵团, which names write in full or as 兵团: 兵团乌鲁木齐工业园区. */
  private static final String XPCC = "新疆生产建设兵团";

  /** A resolver over the embedded 2018 catalogue and the shipped aliases: made on first use. */
  public static ParkNameResolver standard() {
    return Standard.INSTANCE;
  }

  private static final class Standard {
    static final ParkNameResolver INSTANCE = of(DevelopmentZoneCatalog.edition2018());
  }

  /** A resolver over {@code catalog}, with the shipped aliases of the zones it has. */
  public static ParkNameResolver of(DevelopmentZoneCatalog catalog) {
    return new ParkNameResolver(checkNotNull(catalog, "catalog"), aliases());
  }

  static List<String[]> aliases() {
    return table(ALIASES);
  }

  /** The rows of the table {@code resource} (alias or part, code, official name, URL, quote), header and comments left out. */
  private static List<String[]> table(String resource) {
    String text;
    try (InputStream in = ParkNameResolver.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the table " + resource + " is missing from the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the table " + resource, e);
    }
    List<String[]> rows = new ArrayList<>();
    boolean header = true;
    for (String line : text.split("\n")) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      String[] cells = line.split("\t");
      if (cells.length >= 4) {
        rows.add(cells);
      }
    }
    return rows;
  }

  /** Resolves {@code name} with no place nearby. */
  public ParkNameResolution resolve(String name) {
    return resolve(name, null);
  }

  /**
   * Resolves {@code name}; {@code near}, a city or province the text names nearby ({@code 中山},
   * {@code 江苏省}, a place after its province, {@code 江苏南京}, or after the places that hold it,
   * {@code 广州市从化区}: {@link #isPlaceNearby}) or null,
   * chooses among equally good candidates, and leaves a short form that
   * writes none of its zone's places unresolved where {@code near} lies only in other provinces
   * (航天经济开发区 near 呼和浩特: the zone is kept as a candidate).
   */
  public ParkNameResolution resolve(String name, String near) {
    checkNotNull(name, "name");
    near = near == null ? null : placeWithoutProvince(NameFolding.fold(near).strip());
    String normal = normal(name);
    List<String> forms = variants(normal); // worked out once: the rules below read them again
    Found found = new Found();
    for (String variant : forms) {
      collect(variant, found);
    }
    otherNameOfTwo(normal, found);
    Province written = writtenProvince(normal);
    onlyOfProvince(written, normal, found);
    // Then, in turn, each rule for what the names themselves do not hold.
    if (found.isEmpty()) {
      subPark(normal, found);
    }
    if (found.isEmpty()) {
      sidePart(normal, found);
    }
    if (found.isEmpty()) {
      placeBefore(normal, found);
    }
    String bare = withoutProvince(normal);
    if (found.isEmpty() && bare != null) {
      placeBefore(bare, found); // 湖北十堰郧阳经济开发区: the province, then a place, then the name
    }
    if (found.isEmpty()) {
      onlyHighTechZone(normal, found);
    }
    if (found.isEmpty() && bare != null) {
      onlyHighTechZone(bare, found); // 江西信丰高新区
    }
    if (found.isEmpty()) {
      aliasWithKind(normal, found);
    } else {
      aliasBesideShortForm(normal, found);
    }
    if (found.isEmpty()) {
      industryPark(normal, found);
    }
    if (found.isEmpty()) {
      namedPart(normal, found);
    }
    if (found.isEmpty()) {
      partAfterAlias(normal, found);
    }
    if (found.isEmpty()) {
      innovationZone(normal, found);
    }
    if (found.isEmpty()) {
      countyWrittenOtherwise(forms, found);
    }
    if (found.isEmpty()) {
      customsZoneMadeBonded(forms, found);
    }
    madeComprehensive(normal, found);
    bondedPortWrittenBonded(normal, found);

    if (found.isEmpty()) {
      for (String variant : forms) { // 浙江永嘉经济开发区 without its province, 開縣(今開州區)工業園區
        onlyZoneOfCounty(variant, near, written, found);
        if (!found.isEmpty()) {
          break;
        }
      }
    }
    if (found.isEmpty()) {
      zoneAsAPark(normal, near, found);
    }
    if (found.isEmpty()) {
      commonNameNear(forms, near, found);
    }
    if (found.isEmpty()) {
      abbreviatedNear(normal, near, found);
    }
    if (found.isEmpty()) {
      otherNameInBrackets(normal, near, found);
    }
    if (found.isEmpty()) {
      industrialParkOtherwise(normal, found);
    }
    if (found.isEmpty()) {
      aliasWithPlaceNear(normal, near, found);
    }
    if (found.isEmpty()) {
      placeInBrackets(normal, found);
    }
    if (found.isEmpty()) {
      districtPartNear(normal, near, found);
    }
    if (found.isEmpty()) {
      countyNamedNear(normal, near, found);
    }

    if (found.isEmpty()) {
      cityForCounty(normal, found); // it asks each county of a city
    }
    if (found.isEmpty()) {
      distinctive(normal, near, found); // last: the weakest
    }
    onlyOfProvince(written, normal, found);
    List<ParkNameResolution.Candidate> ranked = new ArrayList<>(found.candidates);
    ranked.sort((a, b) -> Integer.compare(b.score(), a.score()));
    if (ranked.isEmpty()) {
      return new ParkNameResolution(name, ImmutableList.of(), false);
    }
    int best = ranked.get(0).score();
    List<ParkNameResolution.Candidate> top = new ArrayList<>();
    for (ParkNameResolution.Candidate c : ranked) {
      if (c.score() == best) {
        top.add(c);
      }
    }
    if (top.size() == 1 && near != null && !near.isBlank() && top.get(0).score() < Match.ALIAS.score()
        && isFarFrom(top.get(0).park(), normal, NameFolding.fold(near))) {
      // 航天经济开发区 near 呼和浩特: not 陕西航天经济技术开发区, whose place the name does not write; an
      // official name or a curated alias stands wherever it is written of (中关村科技园区 near 深圳)
      return new ParkNameResolution(name, ImmutableList.copyOf(ranked), false);
    }
    if (top.size() == 1 && near != null && !near.isBlank()) {
      ParkNameResolution.Candidate nearer = longerNameNear(forms, top.get(0), near);
      if (nearer != null) { // 大桥开发区 near 宜秀区: 安庆长江大桥经济开发区, not 铜陵大桥经济开发区
        List<ParkNameResolution.Candidate> reordered = new ArrayList<>(ranked.size() + 1);
        reordered.add(nearer);
        for (ParkNameResolution.Candidate c : ranked) {
          if (c.park() != nearer.park()) { // one candidate a zone
            reordered.add(c);
          }
        }
        return new ParkNameResolution(name, ImmutableList.copyOf(reordered), true);
      }
    }
    if (top.size() > 1 && near != null && !near.isBlank()) {
      String place = NameFolding.fold(near);
      List<ParkNameResolution.Candidate> close = new ArrayList<>();
      for (ParkNameResolution.Candidate c : top) {
        if (isNear(c.park(), place)) {
          close.add(c);
        }
      }
      if (close.isEmpty()) {
        for (ParkNameResolution.Candidate c : top) {
          if (isPlacedAround(c.park(), place)) {
            close.add(c); // 南川工业园区 near 西宁: 青海南川工业园区, placed in 青海 only, not 重庆's
          }
        }
      }
      if (close.isEmpty()) {
        for (ParkNameResolution.Candidate c : ranked) {
          if (isNear(c.park(), place)) {
            close.add(c); // 岳阳 nearby: its 临港高新技术产业开发区, ranked after the 临港经济开发区s elsewhere
          }
        }
      }
      if (close.size() == 1) {
        List<ParkNameResolution.Candidate> reordered = new ArrayList<>(close);
        for (ParkNameResolution.Candidate c : ranked) {
          if (c != close.get(0)) {
            reordered.add(c);
          }
        }
        return new ParkNameResolution(name, ImmutableList.copyOf(reordered), true);
      }
    }
    return new ParkNameResolution(name, ImmutableList.copyOf(ranked), top.size() == 1);
  }

  /**
   * The candidates found so far, one per zone, in the order first found. A list searched by
   * identity, not a map: a name has a handful, and a park's hash walks all its fields.
   */
  private static final class Found {
    final List<ParkNameResolution.Candidate> candidates = new ArrayList<>(4);

    ParkNameResolution.Candidate get(Park park) {
      for (ParkNameResolution.Candidate c : candidates) {
        if (c.park() == park) {
          return c;
        }
      }
      return null;
    }

    /** Adds {@code candidate}, or puts it in the place of the one for the same zone. */
    void put(ParkNameResolution.Candidate candidate) {
      for (int i = 0; i < candidates.size(); i++) {
        if (candidates.get(i).park() == candidate.park()) {
          candidates.set(i, candidate);
          return;
        }
      }
      candidates.add(candidate);
    }

    boolean isEmpty() {
      return candidates.isEmpty();
    }
  }

  /** The candidates of every written form of {@code name} ({@link #variants}). */
  private Found known(String name) {
    Found found = new Found();
    collectAll(name, found);
    return found;
  }

  /** Adds to {@code found} the candidates of every written form of {@code name}. */
  private void collectAll(String name, Found found) {
    for (String variant : variants(name)) {
      collect(variant, found);
    }
  }

  /**
   * Where no rule before it found anything and {@code name} is a bonded zone's (X保税区), the zone
   * the catalogue lists as X综合保税区, the bonded zone made comprehensive (海口保税区: 海口综合保税区;
   * 广西凭祥保税区), as {@link Match#MADE_BONDED}: a former name, not the official one; never where
   * X保税区 is listed itself, which its written forms found first (广州保税区).
   */
  private void madeComprehensive(String name, Found found) {
    if (!found.isEmpty() || !name.endsWith(BONDED_ZONE) || name.endsWith(BONDED[0])) {
      return;
    }
    Found comprehensive = new Found();
    collectAll(name.substring(0, name.length() - BONDED_ZONE.length()) + BONDED[0], comprehensive);
    for (ParkNameResolution.Candidate c : comprehensive.candidates) {
      found.put(new ParkNameResolution.Candidate(c.park(), Match.MADE_BONDED, Match.MADE_BONDED.score(),
          "the " + c.park().names().official() + ", written as the 保税区 it was made from"));
    }
  }

  /**
   * Kind words written after a zone's nickname (亦庄经济开发区), longest first: those with 高新 fit a
   * high-tech zone, the others an economic one.
   */
  private static final String[] ALIAS_KIND_WORDS = {"高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区"};

  /**
   * Adds the zone of a nickname of {@code park-aliases.tsv} written with a kind word that fits the
   * zone's kind (亦庄经济开发区: 北京经济技术开发区, an economic zone), where the nickname names one zone
   * and no rule before found anything; nothing where the kind word is another kind's (亦庄高新区).
   */
  private void aliasWithKind(String name, Found found) {
    for (String word : ALIAS_KIND_WORDS) {
      if (!name.endsWith(word) || name.length() - word.length() < 2) {
        continue;
      }
      String alias = name.substring(0, name.length() - word.length());
      Park only = null;
      for (Entry e : keys.getOrDefault(alias, List.of())) {
        if (e.match != Match.ALIAS || only != null && only != e.park) {
          return;
        }
        only = e.park;
      }
      boolean highTech = word.contains("高新");
      if (only != null && (highTech ? only.kind() == ParkKind.HIGH_TECH_ZONE
          : only.kind() == ParkKind.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE || only.kind() == ParkKind.ECONOMIC_DEVELOPMENT_ZONE)) {
        found.put(new ParkNameResolution.Candidate(only, Match.ALIAS, Match.ALIAS.score() - 10,
            "the alias " + alias + " with its zone's kind word " + word + ": " + only.names().official()));
      }
      return;
    }
  }

  /**
   * Adds, as good as the best (or raises to it), the zone of a nickname with its kind word ({@link
   * #aliasWithKind}) where the best candidates found are all short forms: 中关村高新区 is the short form
   * of 江苏省中关村高新技术产业开发区 without its province, and 中关村 with a 高新区's word the national
   * 中关村科技园区 that papers mean by it. The two tie, and a place nearby chooses (北京: 中关村科技园区).
   * Written with its province (江苏中关村高新区) the name is no nickname's, so the short form stands.
   */
  private void aliasBesideShortForm(String name, Found found) {
    int best = Integer.MIN_VALUE;
    for (ParkNameResolution.Candidate c : found.candidates) {
      best = Math.max(best, c.score());
    }
    for (ParkNameResolution.Candidate c : found.candidates) {
      if (c.score() == best && c.match() != Match.SHORT_FORM) {
        return;
      }
    }
    Found nickname = new Found();
    aliasWithKind(name, nickname);
    for (ParkNameResolution.Candidate c : nickname.candidates) {
      ParkNameResolution.Candidate before = found.get(c.park());
      if (before == null || before.score() < best) {
        found.put(new ParkNameResolution.Candidate(c.park(), c.match(), best, c.why()));
      }
    }
  }

  /** A bonded zone's kind word, which {@link #BONDED}'s first ends with: 保税区, 综合保税区. */
  private static final String BONDED_ZONE = "保税区";

  /**
   * Where no rule before it found anything and {@code name} is a bonded zone's (X保税区), the zone
   * the catalogue lists as X保税港区 ({@link Match#SHORT_FORM}: 东疆保税区 for 天津东疆保税港区, as the
   * aircraft-leasing news writes it), also where 港 stands before 保税区 (X港保税区 for X保税港区); never
   * where X保税区 or X综合保税区 is listed, which the rules before found first.
   */
  private void bondedPortWrittenBonded(String name, Found found) {
    if (!found.isEmpty() || !name.endsWith(BONDED_ZONE) || name.endsWith(BONDED[0])) {
      return;
    }
    String place = name.substring(0, name.length() - BONDED_ZONE.length());
    Found port = new Found();
    collectAll(place + BONDED_PORT_ZONE, port);
    if (port.isEmpty() && place.endsWith("港") && place.length() > 2) {
      collectAll(place.substring(0, place.length() - 1) + BONDED_PORT_ZONE, port);
    }
    for (ParkNameResolution.Candidate c : port.candidates) {
      found.put(new ParkNameResolution.Candidate(c.park(), Match.SHORT_FORM, Match.SHORT_FORM.score(),
          "the " + c.park().names().official() + ", its 保税港区 written 保税区"));
    }
  }

  private void collect(String variant, Found found) {
    List<Entry> entries = keys.get(variant);
    if (entries == null) {
      return;
    }
    for (Entry e : entries) {
      ParkNameResolution.Candidate before = found.get(e.park);
      if (before == null || before.score() < e.score) {
        found.put(new ParkNameResolution.Candidate(e.park, e.match, e.score, e.why));
      }
    }
  }

  /**
   * 集美(杏林)台商投資區: a name in brackets as long as the name before them, and no place, where the
   * name with the first already resolved: the zones of the name with the second too, so that where
   * the two name zones the catalogue lists apart the answer is ambiguous, not the first's. Nothing
   * where the first resolves to none (an industry's note: 贵港国家生态工业(制糖)示范园区).
   */
  private void otherNameOfTwo(String name, Found found) {
    int inner = name.indexOf('(');
    int close = inner < 0 ? -1 : name.indexOf(')', inner);
    if (found.isEmpty() || inner <= 0 || close != 2 * inner + 1 || close >= name.length() - 1) {
      return; // close - inner - 1, the second name's length, is inner, the first's
    }
    String held = name.substring(inner + 1, close);
    if (!isDivisionName(held)) {
      collect(held + name.substring(close + 1), found);
    }
  }

  /**
   * Adds the zone of a second name in brackets at the end of {@code name} where the name before
   * them resolves to none (茂名产业转移工业园(茂名高新技术开发区): a park the catalogue lists by the
   * name in brackets); the name in brackets must itself resolve, and both must end as a park's
   * name does and begin with the same place, or the brackets may say where a park lies (深圳湾科技
   * 生态园(南山高新区) is a park in the zone, not the zone).
   */
  private void otherNameInBrackets(String name, String near, Found found) {
    int open = name.indexOf('(');
    if (open < SAME_PLACE || !name.endsWith(")") || name.indexOf(')') != name.length() - 1) {
      return;
    }
    String first = name.substring(0, open);
    String other = name.substring(open + 1, name.length() - 1);
    if (!endsAsAPark(first) || !endsAsAPark(other) || !other.startsWith(first.substring(0, SAME_PLACE))) {
      return; // a place (中德(沈阳)), a note (含新疆生产建设兵团片区), a park and where it lies
    }
    ParkNameResolution r = resolve(other, near);
    if (r.status() == ParkNameResolution.Status.RESOLVED) {
      ParkNameResolution.Candidate c = r.candidates().get(0);
      found.put(new ParkNameResolution.Candidate(c.park(), c.match(), c.score(), c.why() + ", the second name in brackets"));
    }
  }

  /**
   * Adds the zone of a curated alias or part that begins with the place named nearby, written
   * without it (長興島臨港工業區 near 大連: the alias 大连长兴岛临港工业区; 高峰园 near 万州: the part
   * 万州高峰园). Aliases and parts only: a kind word alone with a place nearby (高新区 near 大连) stays
   * none.
   */
  private void aliasWithPlaceNear(String name, String near, Found found) {
    if (near == null || near.isBlank()) {
      return;
    }
    String place = DivisionNames.shortName(NameFolding.fold(near).strip());
    if (place.length() < 2 || name.startsWith(place)) {
      return;
    }
    List<Entry> entries = keys.get(place + name);
    if (entries != null) {
      for (Entry e : entries) {
        if (e.match == Match.ALIAS || e.match == Match.SUB_PARK) { // the parts of park-parts.tsv are the only sub-parks held
          found.put(new ParkNameResolution.Candidate(e.park, e.match, e.score, e.why + ", with " + place + " nearby"));
        }
      }
    }
  }

  /**
   * Adds the zone of {@code name} without a place in brackets inside it, where the brackets say
   * where in the place before them the zone lies (福州(马尾)台商投资区: 福州台商投资区; 德州(禹城)国家高新技术产业开发区:
   * 德州高新技术产业开发区, which moved to 禹城), where the place in brackets lies in the place before
   * them and the rest resolves to one zone by its name or a short form.
   */
  private void placeInBrackets(String name, Found found) {
    int open = name.indexOf('(');
    int close = name.indexOf(')');
    if (open < 2 || close < open + 3 || close >= name.length() - 2
        || !liesIn(name.substring(open + 1, close), name.substring(0, open))) {
      return; // 集美(杏林)台商投資區 names two zones, 杏林 being no part of 集美
    }
    Found without = known(name.substring(0, open) + name.substring(close + 1));
    if (without.candidates.size() == 1 && without.candidates.get(0).score() >= Match.SHORT_FORM.score() - 10) {
      ParkNameResolution.Candidate c = without.candidates.get(0);
      found.put(new ParkNameResolution.Candidate(c.park(), c.match(), c.score() - 5,
          c.why() + ", with where it lies in brackets"));
    }
  }

  /** Whether a division named {@code inner} lies in one named {@code outer}, today: 马尾 in 福州, 禹城 in 德州. */
  private static boolean liesIn(String inner, String outer) {
    Divisions divisions = Divisions.gbt2260();
    for (Division d : divisions.byName(outer, Divisions.LATEST_YEAR)) {
      if (!divisions.byName(d, inner, Divisions.LATEST_YEAR).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** How many characters two names of one zone begin with alike: the place, 茂名. */
  private static final int SAME_PLACE = 2;

  private static boolean endsAsAPark(String name) {
    return name.endsWith("区") || name.endsWith("园");
  }

  /** The words that end a sub-park's name after its district: 中关村丰台园, …开发区东海基地. */
  private static final String[] SUB_PARK_WORDS = {"分园", "园区", "园", "基地", "片区"};

  /**
   * 中关村丰台园, 连云港高新区东海基地: a zone's name, a district's, then 园 (or 分园, 园区, 基地,
   * 片区); the zone if the sub-park has no entry. Not where the district lies outside the zone's
   * place (中关村石家庄园, 深圳高新区汕尾园: parks a zone runs elsewhere).
   */
  private void subPark(String name, Found found) {
    String body = null;
    for (String word : SUB_PARK_WORDS) {
      if (name.endsWith(word)) {
        body = name.substring(0, name.length() - word.length());
        break;
      }
    }
    if (body == null) {
      return;
    }
    Divisions divisions = Divisions.gbt2260();
    for (int cut = body.length() - 2; cut >= 2; cut--) {
      String district = body.substring(cut);
      if (divisions.byName(district, ZonePlacer.YEAR).isEmpty()) {
        continue;
      }
      Found zone = known(body.substring(0, cut));
      for (ParkNameResolution.Candidate c : zone.candidates) {
        if (namesAPlaceElsewhere(district, c.park()) || namesAnotherProvince(district, c.park())) {
          continue; // 中关村石家庄园, 中关村天津分园: a park the zone runs elsewhere, not the zone
        }
        Optional<Park> own = ownSubPark(c.park(), district);
        if (own.isPresent()) {
          found.put(new ParkNameResolution.Candidate(own.get(), Match.OFFICIAL, Match.OFFICIAL.score() - 3,
              "the sub-park " + own.get().names().official() + " of " + c.park().names().official()));
          continue;
        }
        Optional<Park> county = soleZoneOfCounty(c.park(), district);
        if (county.isPresent()) {
          found.put(new ParkNameResolution.Candidate(county.get(), Match.SUB_PARK, Match.SUB_PARK.score(),
              "the one zone of " + district + ", written as a sub-park " + name.substring(body.length() - district.length())
              + " of " + c.why()));
          continue;
        }
        found.put(new ParkNameResolution.Candidate(c.park(), Match.SUB_PARK, Match.SUB_PARK.score(),
            "sub-park " + name.substring(body.length() - district.length()) + " of " + c.why()));
      }
      if (!zone.isEmpty()) {
        return;
      }
    }
  }

  /**
   * The ends of parks' names that are no part of the zone a name opens with: a branch (分园), and
   * parks of a kind of their own that others build in it (光谷东数字经济产业园, 东湖高新科技创意城产业园).
   */
  private static final String[] NOT_PARTS = {"分园", "产业园", "工业园"};

  /** The least a part's own words may have before 园: 软件园, 生命园. */
  private static final int PART_WORDS_LEAST = 2;

  /**
   * 中关村软件园, 中关村东升科技园, 中关村环保科技示范园: a name one zone is known by that ends in no
   * kind word (an alias, 中关村; {@link #namedPart} reads those that end in 区 or 园), then a part of
   * it named by words of its own ending in 园 (not {@link #NOT_PARTS}): the zone, as a sub-park, unless
   * the part names a place outside it or begins with another province (中关村贵阳科技园, a park the
   * zone runs elsewhere), is a park two cities build together, is for an industry another zone of the
   * city is named by, or is a catalogue zone of its own in the zone's area.
   */
  private void partAfterAlias(String name, Found found) {
    if (!name.endsWith("园") || endsWithAny(name, NOT_PARTS)) {
      return;
    }
    for (int cut = name.length() - 1 - PART_WORDS_LEAST; cut >= 2; cut--) {
      if ("区园".indexOf(name.charAt(cut - 1)) >= 0 || "区园城".indexOf(name.charAt(cut)) >= 0) {
        continue; // namedPart's, or a cut inside a word (深圳高新|区深汕科技园)
      }
      Found zone = known(name.substring(0, cut));
      if (zone.isEmpty()) {
        continue;
      }
      ParkNameResolution.Candidate best = onlyBest(zone);
      String part = name.substring(cut);
      if (best != null && !namesAPlaceElsewhere(part, best.park()) && !namesAnotherProvinceFirst(part, best.park())
          && !isJointPark(part, best.park()) && !hasAnIndustryZoneNearby(part, best.park()) && !isZoneNearby(part, best.park())) {
        found.put(new ParkNameResolution.Candidate(best.park(), Match.SUB_PARK, Match.SUB_PARK.score(),
            "its part " + part + " of " + best.why()));
      }
      return;
    }
  }

  /**
   * The one development zone the catalogue places in the county-level division {@code district}
   * of {@code zone}'s city ({@link CountyZones}, as {@link #onlyZoneOfCounty} reads them), where that
   * is not {@code zone}: a county's zone that a national zone took in as one of its parks keeps its
   * own entry (天府软件园都江堰园区 is 四川都江堰经济开发区, 赣州高新区信丰园区 江西信丰工业园区). Empty where
   * the county has none or several (连云港高新区东海基地: 东海 has two), where that zone is named for
   * more than its county ({@link #isNamedForCountyOnly}), in a province where counties often hold
   * a zone the 2018 catalogue lacks ({@link CountyZones#holdsBothOften}: 江苏, 浙江), or where the
   * district is no county of the zone's city.
   */
  private Optional<Park> soleZoneOfCounty(Park zone, String district) {
    Division city = prefectureOf(zone);
    if (city == null) {
      return Optional.empty();
    }
    Divisions divisions = Divisions.gbt2260();
    Division county = null;
    for (Division d : divisions.byName(district, ZonePlacer.YEAR)) {
      if (d.level() == DivisionLevel.COUNTY && divisions.chain(d).contains(city)) {
        county = d;
      }
    }
    if (county == null) {
      return Optional.empty();
    }
    CountyZones zones = countyZones();
    List<Park> ofCounty = zones.byCounty.getOrDefault(county, List.of());
    if (ofCounty.size() != 1 || ofCounty.get(0) == zone || !isNamedForCountyOnly(ofCounty.get(0), county)
        || zones.holdsBothOften(county)) {
      return Optional.empty();
    }
    return Optional.of(ofCounty.get(0));
  }

  /** Words of an industry that a zone's own park for it is named by (…开发区化工园区). */
  private static final String[] INDUSTRY_WORDS = {
    "化工", "化学", "石化", "材料", "装备", "环保", "医药", "生物", "食品", "纺织", "冶金", "钢铁", "建材", "陶瓷",
    "电子", "能源", "汽车", "机械", "物流", "循环经济", "农产品",
  };

  /** Words that end the name of a zone's park for an industry. */
  private static final String[] INDUSTRY_PARK_WORDS = {"园区", "园", "产业区", "集中区", "基地"};

  /**
   * 建德经济开发区化工园区, 商丘经济开发区环保装备产业园: a name one zone is known by best, then a
   * park of it for an industry (an industry word in it and a park's word at its end) that names
   * no zone by itself and no place outside the zone's, where no other zone of the zone's prefecture
   * is named by one of its industry words; the zone, as a sub-park. A park with a name
   * of its own after a zone's (滨州经济开发区台湾工业园, 苏州工业园区苏通科技产业园) is not read so:
   * it may be a zone of its own or lie elsewhere.
   */
  private void industryPark(String name, Found found) {
    if (!endsWithAny(name, INDUSTRY_PARK_WORDS)) {
      return;
    }
    for (int cut = name.length() - 3; cut >= 4; cut--) {
      String park = name.substring(cut);
      if (!containsAny(park, INDUSTRY_WORDS)) {
        continue;
      }
      Found zone = known(name.substring(0, cut));
      ParkNameResolution.Candidate best = onlyBest(zone);
      if (best == null) {
        continue;
      }
      Found alone = new Found();
      collect(park, alone);
      if (alone.isEmpty() && !namesAPlaceElsewhere(park, best.park())
          && !hasAnIndustryZoneNearby(park, best.park())) {
        found.put(new ParkNameResolution.Candidate(best.park(), Match.SUB_PARK, Match.SUB_PARK.score(),
            "its park " + park + " of " + best.why()));
      }
      return;
    }
  }

  /** Words that end the name of a part of a zone that has a name of its own: 清徐工业产业园, 草堂科技产业基地. */
  private static final String[] PART_WORDS = {"园区", "园", "基地", "分区", "片区", "产业区", "工业区"};

  /**
   * 太原高新区清徐工业产业园, 西安高新区草堂科技产业基地: the name one zone is known by best, ending
   * in 区 or 园, then a part of it with a name of its own that ends in a park's word. The part's
   * zone where the part, alone or after the zone's city, is a catalogue zone of its own in the
   * zone's city or province (西宁经济技术开发区南川工业园区: 青海南川工业园区; 厦门象屿保税区象屿保税物流园区:
   * 厦门象屿保税物流园区); none where several are; otherwise the zone, as a sub-park, unless the
   * part names a place or begins with a province outside the zone's
   * (张江高新区江苏园), is a park two cities build together, named by both (苏州工业园区苏通科技产业园:
   * 苏 and 通, for 苏州 and 南通, lies in 南通), or is for an industry another zone of the city is
   * named by (惠州大亚湾经济技术开发区石化产业园区, as {@link #industryPark} has it).
   */
  private void namedPart(String name, Found found) {
    if (!endsWithAny(name, PART_WORDS)) {
      return;
    }
    for (int cut = name.length() - 3; cut >= 4; cut--) {
      char kind = name.charAt(cut - 1);
      if (kind != '区' && kind != '园') {
        continue;
      }
      Found zone = known(name.substring(0, cut));
      if (zone.isEmpty()) {
        continue;
      }
      ParkNameResolution.Candidate best = onlyBest(zone);
      if (best == null) {
        return;
      }
      String part = name.substring(cut);
      Found alone = known(part);
      Division city = prefectureOf(best.park());
      if (alone.isEmpty() && city != null) {
        alone = known(city.shortName() + part); // 象屿保税物流园区 after 厦门象屿保税区: 厦门象屿保税物流园区
      }
      List<ParkNameResolution.Candidate> close = new ArrayList<>();
      for (ParkNameResolution.Candidate c : alone.candidates) {
        if (c.park() != best.park() && sameArea(c.park(), best.park())) {
          close.add(c);
        }
      }
      if (close.size() == 1) {
        ParkNameResolution.Candidate own = close.get(0);
        found.put(new ParkNameResolution.Candidate(own.park(), own.match(), own.score() - 5,
            own.why() + ", written after " + best.park().names().official()));
      } else if (close.isEmpty() && !namesAPlaceElsewhere(part, best.park()) && !namesAnotherProvinceFirst(part, best.park())
          && !isJointPark(part, best.park()) && !hasAnIndustryZoneNearby(part, best.park())) {
        found.put(new ParkNameResolution.Candidate(best.park(), Match.SUB_PARK, Match.SUB_PARK.score(),
            "its part " + part + " of " + best.why()));
      }
      return;
    }
  }

  /** The words of the State Council's title of a high-tech zone as an innovation zone, longest first. */
  private static final String[] INNOVATION_ZONE_WORDS = {"国家自主创新示范区", "自主创新示范区", "自创区"};

  /**
   * 中关村国家自主创新示范区, 东湖自主创新示范区, 中关村自创区: a name one high-tech zone is known by, alone
   * or with 高新区 (东湖, 张江), and the title the State Council gave it as a national innovation zone: the
   * zone. Not where the name before the title is several zones' or none's (兰白自创区, 哈大齐国家自主
   * 创新示范区: zones of several cities together).
   */
  private void innovationZone(String name, Found found) {
    for (String words : INNOVATION_ZONE_WORDS) {
      if (!name.endsWith(words) || name.length() == words.length()) {
        continue;
      }
      String body = name.substring(0, name.length() - words.length());
      Found zone = known(body);
      if (zone.isEmpty()) {
        zone = known(body + "高新区"); // 东湖自主创新示范区: 东湖高新区's
      }
      ParkNameResolution.Candidate best = zone.isEmpty() ? null : onlyBest(zone);
      if (best != null && best.park().kind() == ParkKind.HIGH_TECH_ZONE) {
        found.put(new ParkNameResolution.Candidate(best.park(), Match.ALIAS, best.score() - 2,
            "the innovation zone " + words + " of " + best.why()));
      }
      return;
    }
  }

  /**
   * Whether {@code part} is, alone or after {@code zone}'s city, the name of another catalogue zone in
   * its area: a zone of its own, which {@link #namedPart} gives the name, not a part.
   */
  private boolean isZoneNearby(String part, Park zone) {
    Found alone = known(part);
    Division city = prefectureOf(zone);
    if (alone.isEmpty() && city != null) {
      alone = known(city.shortName() + part);
    }
    for (ParkNameResolution.Candidate c : alone.candidates) {
      if (c.park() != zone && sameArea(c.park(), zone)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code part} begins with the name of a province other than {@code zone}'s (张江高新区江苏园),
   * but not 台湾, 香港 or 澳门, which name the investors a park is for (滨州经济开发区台湾工业园).
   */
  private static boolean namesAnotherProvinceFirst(String part, Park zone) {
    Province written = writtenProvince(part);
    return written != null && written != Province.TAIWAN && written != Province.HONG_KONG && written != Province.MACAO
        && !zone.location().flatMap(Location::province).equals(Optional.of(written));
  }

  /**
   * Whether {@code other} lies where {@code zone} does: in its city, or, placed no closer than a
   * province, in its province.
   */
  private boolean sameArea(Park other, Park zone) {
    Division city = prefectureOf(zone);
    Division otherCity = prefectureOf(other);
    if (city != null && otherCity != null) {
      return city.equals(otherCity);
    }
    return other.location().flatMap(Location::province).equals(zone.location().flatMap(Location::province));
  }

  /**
   * Whether {@code part} opens with the first character of {@code zone}'s city and then one of
   * another city's name (苏通 for 苏州 and 南通, 深汕 for 深圳 and 汕尾): the name of a park two cities
   * build together, which lies in the other one. Not 南部 (南京经济技术开发区南部产业园): no city's name
   * holds 部.
   */
  private boolean isJointPark(String part, Park zone) {
    Division city = prefectureOf(zone);
    if (city == null || part.length() < 2) {
      return false;
    }
    String cityName = city.shortName();
    return cityName.length() >= 2 && part.charAt(0) == cityName.charAt(0) && part.charAt(1) != cityName.charAt(1)
        && CityCharacters.IN_NAMES.indexOf(part.charAt(1)) >= 0; // 苏通, 深汕; not 南部 (南京), 西部 (西安)
  }

  /** The characters of the short names of the prefecture-level cities in use in 2018, made on first use. */
  private static final class CityCharacters {
    static final String IN_NAMES = make();

    private static String make() {
      StringBuilder chars = new StringBuilder();
      for (Division d : Divisions.gbt2260().inUseIn(ZonePlacer.YEAR)) {
        if (d.level() == DivisionLevel.PREFECTURE) {
          for (char c : d.shortName().toCharArray()) {
            if (chars.indexOf(String.valueOf(c)) < 0) {
              chars.append(c);
            }
          }
        }
      }
      return chars.toString();
    }
  }

  /** The words of the chemical industry, one industry however a park's name writes it (化工园区, 化学工业园区). */
  private static final String[] CHEMICAL_WORDS = {"化工", "化学", "石化"};

  /**
   * Whether another catalogue zone in the prefecture of {@code zone} has in its name an industry
   * word of {@code park}: then the park may be that zone (惠州大亚湾经济技术开发区石化产业园区 may be
   * 广东惠州大亚湾石化产业园区, 石河子经济技术开发区化工新材料产业园 石河子化工新材料产业园区,
   * 仪征经济开发区化工园区 江苏扬州化学工业园区), and the name is no sure answer.
   */
  private boolean hasAnIndustryZoneNearby(String park, Park zone) {
    List<String> words = new ArrayList<>();
    for (String word : INDUSTRY_WORDS) {
      if (park.contains(word)) {
        words.add(word);
      }
    }
    if (containsAny(park, CHEMICAL_WORDS)) {
      words.addAll(List.of(CHEMICAL_WORDS));
    }
    Division prefecture = prefectureOf(zone);
    if (prefecture == null) {
      return false;
    }
    String[] industry = words.toArray(new String[0]);
    for (Park other : catalog.parks()) {
      if (other != zone && containsAny(normal(other.names().official()), industry)
          && prefecture.equals(prefectureOf(other))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The city {@code park} is placed in ({@link CatalogGrouping#CITY}'s key: a prefecture or a
   * municipality), or, for a county-level city under its province (石河子), that city itself;
   * null where it is placed no closer than its province.
   */
  private Division prefectureOf(Park park) {
    Optional<Placement> placement = catalog.placement(park);
    if (placement.isEmpty() || placement.get().level() == DivisionLevel.PROVINCE) {
      return null;
    }
    return CatalogGrouping.city(placement).orElse(placement.get().division());
  }

  /** The one candidate ranked above all others in {@code found}, or null. */
  private static ParkNameResolution.Candidate onlyBest(Found found) {
    ParkNameResolution.Candidate best = null;
    boolean tie = false;
    for (ParkNameResolution.Candidate c : found.candidates) {
      if (best == null || c.score() > best.score()) {
        best = c;
        tie = false;
      } else if (c.score() == best.score()) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static boolean endsWithAny(String name, String[] words) {
    for (String word : words) {
      if (name.endsWith(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(String name, String[] words) {
    for (String word : words) {
      if (name.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** The sides a zone's part may be named by: 成都高新西区, 广州开发区东区; also a letter, 兵团霍尔果斯口岸工业园区A区. */
  private static final String SIDES = "东西南北";

  /**
   * 成都高新西区, 广州开发区东区: a zone's name (or its short form without the final 区), then a side
   * (or a letter: 兵团霍尔果斯口岸工业园区A区) and 区, for a part of the zone that the catalogue has no
   * entry for; the zone, as a sub-park.
   */
  private void sidePart(String name, Found found) {
    int length = name.length();
    char side = length < 5 ? 0 : name.charAt(length - 2);
    if (length < 5 || name.charAt(length - 1) != '区' || (SIDES.indexOf(side) < 0 && !isPartLetter(side))) {
      return;
    }
    String body = name.substring(0, length - 2);
    String part = name.substring(length - 2);
    for (String zoneName : new String[] {body, body + "区"}) {
      Found zone = known(zoneName);
      for (ParkNameResolution.Candidate c : zone.candidates) {
        // ranked as the zone's names rank: 广州开发区 is first the 经济技术开发区's short form
        found.put(new ParkNameResolution.Candidate(c.park(), Match.SUB_PARK,
            Match.SUB_PARK.score() - (Match.OFFICIAL.score() - c.score()), "the " + part + " of " + c.why()));
      }
      if (!zone.isEmpty()) {
        return;
      }
    }
  }

  /**
   * 杭州临江高新区: a prefecture city, then the name of a zone without the county or district it is
   * named for (萧山临江高新技术产业开发区, in 杭州's 萧山区): that zone, where the city holds exactly one
   * county or district whose name before the rest is a zone's name.
   */
  private void cityForCounty(String name, Found found) {
    Divisions divisions = Divisions.gbt2260();
    for (int cut = Math.min(name.length() - 3, MAX_PLACE); cut >= 2; cut--) {
      String place = name.substring(0, cut);
      String rest = name.substring(cut);
      if (stemBefore(rest) < 2) {
        continue; // 郑州综保区, 贵港产业园区: a kind word alone after the city is no zone's own name
      }
      for (Division city : divisions.byName(place, ZonePlacer.YEAR)) {
        if (city.level() != DivisionLevel.PREFECTURE) {
          continue;
        }
        Found zones = new Found();
        Division named = null;
        for (Division county : divisions.children(city, ZonePlacer.YEAR)) {
          Found of = known(county.shortName() + rest);
          if (of.isEmpty() && !county.shortName().equals(county.name())) {
            of = known(county.name() + rest);
          }
          for (ParkNameResolution.Candidate c : of.candidates) {
            zones.put(c);
            named = county;
          }
        }
        if (zones.candidates.size() == 1) {
          ParkNameResolution.Candidate c = zones.candidates.get(0);
          found.put(new ParkNameResolution.Candidate(c.park(), c.match(), c.score() - 10,
              c.why() + ", written after its city " + place + " instead of " + named.name()));
          return;
        }
      }
    }
  }

  /**
   * 宾阳县黎塘工业集中区, 城固县三合循环经济产业园区: X工业集中区 or X产业园区 for the catalogue's
   * X工业园区; 衡阳松木工业园区 for 湖南衡阳松木经济开发区, the name a 工业园区 was given when it
   * became a 经济开发区 (not a 经济技术开发区: 宁波杭州湾工业园区 is no 宁波杭州湾经济技术开发区). Only
   * where X is more than a place's name (苏州产业园区 are the city's parks, not 苏州工业园区), and for
   * a zone whose official name ends so. Asked only where nothing else matched, as it looks places up.
   */
  private void industrialParkOtherwise(String name, Found found) {
    for (String[] written : WRITTEN_FOR) {
      String word = written[0];
      if (name.endsWith(word) && name.length() > word.length()) {
        String stem = name.substring(0, name.length() - word.length());
        if (!isDivisionName(withoutProvinceOrSelf(stem))) {
          for (ParkNameResolution.Candidate c : known(stem + written[1]).candidates) {
            if (normal(c.park().names().official()).endsWith(written[1])) { // not 宁波杭州湾经济技术开发区
              found.put(new ParkNameResolution.Candidate(c.park(), c.match(), c.score() - 5,
                  c.why() + ", written " + word + " for " + written[1]));
            }
          }
        }
        return;
      }
    }
  }

  /** A kind word as written, and the catalogue's word it stands for ({@link #industrialParkOtherwise}), longest first. */
  private static final String[][] WRITTEN_FOR = {{"工业集中区", "工业园区"}, {"产业园区", "工业园区"}, {"工业园区", "经济开发区"}};

  /** Words of a zone's kind that {@link #cityForCounty} wants a name of its own before (临江国家高新区). */
  private static final String[] KIND_ENDS = {
    "国家高新技术产业开发区", "国家高新区", "国家级经济技术开发区", "国家级经开区", "综合保税区", "综保区", "保税区", "出口加工区",
  };

  /** How many characters {@code name} holds before the zone's kind word it ends with; -1 if it ends with none. */
  private static int stemBefore(String name) {
    int stem = -1;
    for (String[] words : new String[][] {KIND_ENDS, COUNTY_ZONE_WORDS}) {
      for (String word : words) {
        if (name.endsWith(word)) {
          int before = name.length() - word.length();
          stem = stem < 0 ? before : Math.min(stem, before);
        }
      }
    }
    return stem;
  }

  /** The most characters of a place written before a zone's name: 福清, 黔东南苗族侗族自治州. */
  private static final int MAX_PLACE = 10;

  /**
   * 西宁南川工业园: a place (a prefecture or county in use in 2018, full or short), then a name a
   * zone is known by without its place (two characters only if an alias: 武汉光谷); the zones so
   * known that lie in that place, or that are placed no closer than the province it lies in
   * (青海南川工业园区, whose name names no place). A
   * zone placed in a prefecture or county other than the place is no candidate, even one that
   * holds it: a county's own park may share a common word with its prefecture's zone (昌邑滨海经济
   * 开发区 is not 潍坊滨海经济技术开发区, 同安火炬高新区 not 厦门火炬), and a wrong zone is worse than none.
   */
  private void placeBefore(String name, Found found) {
    Divisions divisions = Divisions.gbt2260();
    for (int cut = Math.min(name.length() - 2, MAX_PLACE); cut >= 2; cut--) {
      String place = name.substring(0, cut);
      List<Division> places = divisions.byName(place, ZonePlacer.YEAR);
      if (places.isEmpty()) {
        continue;
      }
      Found rest = known(name.substring(cut));
      boolean aliasOnly = name.length() - cut < 3; // 武汉光谷: two characters after a place name a zone only as an alias
      for (ParkNameResolution.Candidate c : rest.candidates) {
        if ((!aliasOnly || c.match() == Match.ALIAS) && liesIn(c.park(), place, places)) {
          found.put(new ParkNameResolution.Candidate(c.park(), c.match(), c.score() - 5,
              c.why() + ", written after the place " + place));
        }
      }
      if (!found.isEmpty()) {
        return;
      }
    }
  }

  /**
   * Drops the candidates outside {@code written}, the province {@code normal} begins with: 江苏
   * 汽车产业园区 is no zone of 上海's, 广东龙江经济开发区 none of 黑龙江's, 海南南川工业园区 none of
   * 青海's. A name known whole stands (北京和田工业园区 is 新疆's, named for the city that aids it), and
   * so does a name that begins with a longer division's (海南藏族自治州 is 青海's).
   */
  private void onlyOfProvince(Province written, String normal, Found found) {
    if (written == null || found.isEmpty()) {
      return;
    }
    for (int end = Math.min(normal.length(), MAX_PLACE); end > 2; end--) {
      for (Division d : Divisions.gbt2260().byName(normal.substring(0, end), ZonePlacer.YEAR)) {
        if (d.level() != DivisionLevel.PROVINCE) {
          return;
        }
      }
    }
    List<Entry> whole = keys.getOrDefault(normal, List.of());
    found.candidates.removeIf(c -> !c.park().location().flatMap(Location::province).equals(Optional.of(written))
        && whole.stream().noneMatch(e -> e.park == c.park()));
  }

  /** The province whose name, full or short, {@code name} begins with; null if none. */
  private static Province writtenProvince(String name) {
    Province[] provinces = Province.values();
    for (int i = 0; i < provinces.length; i++) {
      for (String prefix : PROVINCE_PREFIXES[i]) {
        if (name.startsWith(prefix) && name.length() > prefix.length()) {
          return provinces[i];
        }
      }
    }
    return null;
  }

  /** {@code name} without a leading province's name, full or short, if it has one. */
  private static String withoutProvinceOrSelf(String name) {
    String without = withoutProvince(name);
    return without == null ? name : without;
  }

  /** {@code name} without a leading province's name, full or short; null if it has none. */
  private static String withoutProvince(String name) {
    for (String[] prefixes : PROVINCE_PREFIXES) {
      for (String prefix : prefixes) {
        if (name.startsWith(prefix) && name.length() > prefix.length()) {
          return name.substring(prefix.length());
        }
      }
    }
    return null;
  }

  /**
   * 县经开区 near 郏县: 县 and a kind word alone ({@link #COUNTY_ZONE_WORDS}), as a county's own report
   * writes its zone, where the text names the county by its full name: what the county's name and
   * the kind word resolve to ({@code 郏县经开区}), if that zone is placed in the county; none where
   * it is none, several, or a zone placed elsewhere (南昌县经开区 resolves to 南昌's zone, not 南昌县's
   * 小蓝). Not 市 or 区 and a kind word: a city or district has more than one zone (市开发区 near 淮北).
   */
  private void countyNamedNear(String name, String near, Found found) {
    if (near == null || !name.startsWith("县") || !Arrays.asList(COUNTY_ZONE_WORDS).contains(name.substring(1))) {
      return;
    }
    String county = NameFolding.fold(near).strip();
    Division division = county.endsWith("县") ? countyNamed(county) : null;
    if (division == null) {
      return;
    }
    ParkNameResolution named = resolve(county + name.substring(1), null);
    if (named.park().isPresent()
        && countyZones().byCounty.getOrDefault(division, List.of()).contains(named.park().get())) {
      ParkNameResolution.Candidate c = named.candidates().get(0);
      found.put(new ParkNameResolution.Candidate(c.park(), c.match(), c.score() - 1,
          c.why() + ", 县 for " + county + " named nearby"));
    }
  }

  /** The most characters of a district's name {@link #districtPartNear} reads: 杨浦, 浦东新. */
  private static final int MAX_DISTRICT = 4;

  /**
   * 杨浦园 near 上海: a district's name and 园 written alone, as a city's news writes the parts of its
   * zone, where the text names the city: the one zone the catalogue lists as a part so named of a
   * larger zone near that place (张江高新区杨浦园); none with no place near, nor where several are.
   */
  private void districtPartNear(String name, String near, Found found) {
    List<Park> parts = near == null || near.isBlank() ? null : districtParts.get(name);
    if (parts == null) {
      cityHighTechPart(name, near, found);
      return;
    }
    String place = NameFolding.fold(near);
    List<Park> close = parts.stream().filter(p -> isNear(p, place)).toList();
    if (close.size() == 1) {
      found.put(new ParkNameResolution.Candidate(close.get(0), Match.SUB_PARK, Match.SUB_PARK.score() - 5,
          "the part " + name + " of a zone near " + near + ": " + close.get(0).names().official()));
    }
  }

  /**
   * 海淀园 near 北京: a district's name and 园 written alone, where the text names the city the district
   * lies in, for the part of the city's one high-tech zone so named, as {@link #subPark} reads the
   * zone's name before it (中关村科技园区海淀园): a city's news writes the parts of its zone so. None
   * where the city holds no high-tech zone or several, or the district lies in another city.
   */
  private void cityHighTechPart(String name, String near, Found found) {
    if (near == null || near.isBlank() || !name.endsWith("园") || name.length() < 3 || name.length() > MAX_DISTRICT + 1) {
      return;
    }
    String district = name.substring(0, name.length() - 1);
    String city = NameFolding.fold(near).strip();
    List<Division> cities = Divisions.gbt2260().byName(city, ZonePlacer.YEAR);
    boolean inCity = false;
    for (Division d : Divisions.gbt2260().byName(district, ZonePlacer.YEAR)) {
      if (d.level() == DivisionLevel.COUNTY) {
        for (Division c : cities) {
          inCity |= Divisions.gbt2260().chain(d).contains(c);
        }
      }
    }
    if (!inCity) {
      return;
    }
    Found zone = new Found();
    onlyHighTechZone(city + "高新区", zone);
    if (zone.candidates.size() != 1) {
      return;
    }
    Found part = new Found();
    subPark(normal(zone.candidates.get(0).park().names().official()) + name, part);
    for (ParkNameResolution.Candidate c : part.candidates) {
      found.put(new ParkNameResolution.Candidate(c.park(), Match.SUB_PARK, Match.SUB_PARK.score() - 6,
          name + " near " + near + ", a part of its city's one high-tech zone: " + c.why()));
    }
  }

  /**
   * Words written after a city for its one high-tech zone: 天津高新区, and the other kind words {@link
   * ShortForms} gives high-tech zones (南充高新技术产业园区 for 四川南充潆华高新技术产业园区).
   */
  private static final String[] HIGH_TECH_WORDS = {"高新技术产业开发区", "高新技术产业园区", "高新技术开发区", "高新园区", "高新区"};

  /** The codes of the four municipalities, province-level places that are also cities. */
  private static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");

  /**
   * 天津高新区: a city (a prefecture or municipality in use in 2018, full or short) and 高新区 (or
   * another of {@link #HIGH_TECH_WORDS}), for
   * the one high-tech zone placed in the city itself or one of its districts (天津滨海高新技术产业
   * 开发区); none where it holds none or several (上海高新区: 张江 and 紫竹). A zone in one of its
   * counties or county-level cities is not the city's (娄底高新区 is not 涟源's), nor is a
   * province a city (海南高新区). 经开区 is not read so: it is as much a provincial 经济开发区's
   * short form as a national zone's.
   */
  private void onlyHighTechZone(String name, Found found) {
    for (String word : HIGH_TECH_WORDS) {
      if (!name.endsWith(word) || name.length() - word.length() < 2) {
        continue;
      }
      String place = name.substring(0, name.length() - word.length());
      List<Division> cities = new ArrayList<>();
      for (Division d : Divisions.gbt2260().byName(place, ZonePlacer.YEAR)) {
        if (d.level() == DivisionLevel.PREFECTURE || MUNICIPALITIES.contains(d.code())) {
          cities.add(d);
        }
      }
      if (cities.isEmpty()) {
        return;
      }
      Park only = null;
      for (Park park : highTechZones) {
        if (inCityProper(park, cities) && !namedForACounty(park, place)) {
          if (only != null) {
            return;
          }
          only = park;
        }
      }
      if (only != null) {
        found.put(new ParkNameResolution.Candidate(only, Match.SHORT_FORM, Match.SHORT_FORM.score() - 10,
            "the only " + ParkKind.HIGH_TECH_ZONE.chineseName() + " placed in " + place + ": "
                + only.names().official()));
      }
      return;
    }
  }

  /** How many catalogue zones have {@code words} in their official name, folded; up to 2. */
  private int zonesNamedWith(String words) {
    int n = 0;
    for (String official : officialNames) {
      if (official.contains(words) && ++n == 2) {
        break;
      }
    }
    return n;
  }

  /** The kind words tried after the name of {@link #zoneAsAPark}, short forms first. */
  private static final String[] ZONE_WORDS = {"高新区", "经开区", "开发区", "高新技术产业开发区", "经济技术开发区", "经济开发区", "工业园区"};

  /** Words that make 园 or 园区 after them a park of a kind (产业园区, 科技园), not the zone's word. */
  private static final String[] PARK_KIND_WORDS = {
    "产业", "工业", "科技", "科学", "物流", "农业", "创业", "创新", "文化", "软件", "智能", "信息", "生态", "产业新",
  };

  /**
   * 东莞松山湖园区: what a zone is known by, then 园区 or 园 for the zone's word, for the one zone
   * that name takes with a zone's word (东莞松山湖高新区). Not where 园 ends a park of a kind
   * (江苏产业园, 台湾科技园), where the name with a zone's word names several zones or none, nor
   * where the words before 园区 are in the names of several zones (张江园区: 上海张江高新技术产业开发区
   * and 上海市张江高科技园区; 洋浦园区: the 经济开发区 and the 保税港区) or in none but an alias's
   * (中关村园区 is not 江苏省中关村高新技术产业开发区 alone: 中关村科技园区 too), nor where no place is
   * named nearby or the one named is not the zone's (金沙园 near 三明 is a park of 三明's, not
   * 贵州金沙经济开发区; 栖霞园 alone may be 南京's 栖霞区's park).
   */
  private void zoneAsAPark(String name, String near, Found found) {
    String body = name.endsWith("园区") ? name.substring(0, name.length() - 2)
        : name.endsWith("园") ? name.substring(0, name.length() - 1) : null;
    if (body == null || body.length() < 2 || endsWithAny(body, PARK_KIND_WORDS) || endsWithAny(body, ZONE_WORDS)) {
      return;
    }
    Found zones = new Found();
    for (String word : ZONE_WORDS) {
      collectAll(body + word, zones);
    }
    ParkNameResolution.Candidate best = onlyBest(zones);
    if (best != null && zones.candidates.size() == 1 && zonesNamedWith(body) == 1
        && near != null && !near.isBlank() && isNear(best.park(), NameFolding.fold(near))) {
      found.put(new ParkNameResolution.Candidate(best.park(), Match.SHORT_FORM, Match.SHORT_FORM.score() - 20,
          name + " for the zone's name with its kind: " + best.why()));
    }
  }

  /**
   * The kind words a county's development zone is written with, whatever the catalogue calls it,
   * longest first: counties' zones are often renamed or upgraded (工业园区 to 经济开发区, 经济开发区
   * to 高新技术产业开发区, 湖南's 工业集中区 to 高新区, 河南's 产业集聚区 to 先进制造业开发区 in 2021).
   */
  private static final String[] COUNTY_ZONE_WORDS = {
    "高新技术产业开发区", "高新技术产业园区", "先进制造业开发区", "经济技术开发区", "高新技术产业园", "经济开发区", "工业集中区", "产业集聚区",
    "工业园区", "产业园区", "高新产业园", "高新区", "经开区", "开发区", "工业园", "产业园",
    "工业区", // 河北唐山曹妃甸工业区: 曹妃甸's zone as it was named before its upgrade in 2013
  };

  /** The kinds of zone a county's development zone is; a bonded or border zone of the county is another thing. */
  private static final Set<ParkKind> COUNTY_ZONE_KINDS = EnumSet.of(ParkKind.ECONOMIC_TECHNOLOGICAL_DEVELOPMENT_ZONE,
      ParkKind.HIGH_TECH_ZONE, ParkKind.ECONOMIC_DEVELOPMENT_ZONE, ParkKind.INDUSTRIAL_PARK);

  /**
   * 鄄城县经济开发区, 荆州市江陵工业园区: a county-level place (in use in 2018, full or short,
   * after its prefecture or not) and nothing but a development zone's kind word, for the one zone
   * of those kinds that the catalogue places in that county, whatever its own kind word (山东鄄城工业园区).
   * None where the county has no zone or several, where that zone's name holds more than its
   * place and kind ({@link #isNamedForCountyOnly}), where the place names several counties, where
   * anything but the place and the kind word is written (鄄城县食品工业园: a park with a name of its
   * own may be another park), or where the place named nearby is not the zone's (临江工业园 near 紫金
   * is 紫金县's, not 吉林临江's). With no place nearby, only where a county (县, 旗) is written in full
   * (湘阴县工业园区, 郏县产业集聚区) or after its province (浙江磐安经济开发区): 临江 alone is also a
   * common name for a town by a river, and 东区 a word as much as 攀枝花's district. Nor from a high-tech zone's word to another kind's or back in a
   * province where many counties hold both at once ({@link CountyZones#BOTH_OFTEN_PERCENT}: 江苏, where
   * 扬中经开区 and 高邮高新区 are zones besides the catalogue's 扬中高新区 and 高邮经济开发区; 浙江).
   */
  private void onlyZoneOfCounty(String name, String near, Province written, Found found) {
    for (String word : COUNTY_ZONE_WORDS) {
      if (!name.endsWith(word)) {
        continue;
      }
      Division county = countyNamed(name.substring(0, name.length() - word.length()));
      if (county == null) {
        return;
      }
      CountyZones zones = countyZones();
      List<Park> ofCounty = zones.byCounty.getOrDefault(county, List.of());
      if (ofCounty.size() != 1) {
        return;
      }
      Park only = ofCounty.get(0);
      boolean otherFamily = word.contains("高新") != (only.kind() == ParkKind.HIGH_TECH_ZONE);
      boolean placed = near != null && !near.isBlank() ? isNear(only, NameFolding.fold(near))
          : isWrittenInFull(name, county) || isInProvince(county, written);
      if (!isNamedForCountyOnly(only, county) || !placed || (otherFamily && zones.holdsBothOften(county))) {
        return;
      }
      found.put(new ParkNameResolution.Candidate(only, Match.COUNTY, Match.COUNTY.score(),
          "the only development zone placed in " + county.name() + ": " + only.names().official()
              + ", written " + word));
      return;
    }
  }

  /** The ends of counties' full names that no common word has: 湘阴县, 郏县, 科尔沁右翼前旗. */
  private static final String COUNTY_ENDS = "县旗";

  /**
   * Whether {@code name} begins with {@code county}'s full name, a 县 or 旗 (湘阴县工业园区): a
   * district's name may be a common word (东区产业园区 is no park of 攀枝花's 东区), a city's a place
   * with more than one zone's kind.
   */
  private static boolean isWrittenInFull(String name, Division county) {
    String full = county.name();
    return name.startsWith(full) && COUNTY_ENDS.indexOf(full.charAt(full.length() - 1)) >= 0;
  }

  /** Whether {@code county} lies in {@code province} (null: none written). */
  private static boolean isInProvince(Division county, Province province) {
    if (province == null) {
      return false;
    }
    for (Division d : Divisions.gbt2260().chain(county)) {
      if (d.level() == DivisionLevel.PROVINCE && d.name().equals(province.chineseName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code zone}'s name is nothing but its place and a kind word (山东鄄城工业园区, 合肥包河经济
   * 开发区), so that it is the county's zone whatever its kind is called. A zone named for
   * something else too (浙江温州鹿城轻工产业园区, 富宁边境贸易加工园区, 格尔木昆仑经济技术开发区) may be one
   * park of several in its county: 浙江鹿城经济开发区, set up in 2022 from several parks, and
   * 富宁产业园区 are not written as its other names.
   */
  private static boolean isNamedForCountyOnly(Park zone, Division county) {
    String name = normal(zone.names().official());
    String bare = withoutProvince(name);
    name = bare != null ? bare : name;
    Optional<Division> prefecture = Divisions.gbt2260().parent(county);
    if (prefecture.isPresent() && !name.startsWith(county.shortName())) {
      name = withoutPrefix(name, prefecture.get()); // 宜宾县… begins with the city's 宜宾 too
    }
    String kind = withoutPrefix(name, county);
    return !kind.equals(name) && Arrays.asList(COUNTY_ZONE_WORDS).contains(kind);
  }

  /**
   * The one county-level division {@code place} names, alone or after its prefecture (荆州市江陵);
   * null if none or several, or if it names a prefecture or province too (宜宾: 宜宾市 and 宜宾县).
   */
  private static Division countyNamed(String place) {
    if (place.length() < 2) {
      return null;
    }
    Divisions divisions = Divisions.gbt2260();
    List<Division> counties = new ArrayList<>();
    for (Division d : divisions.byName(place, ZonePlacer.YEAR)) {
      if (d.level() != DivisionLevel.COUNTY) {
        return null; // 宜宾 is the city before it is 宜宾县
      }
      counties.add(d);
    }
    for (int cut = 2; counties.isEmpty() && cut <= place.length() - 2; cut++) {
      for (Division prefecture : divisions.byName(place.substring(0, cut), ZonePlacer.YEAR)) {
        if (prefecture.level() == DivisionLevel.COUNTY) {
          continue;
        }
        for (Division d : divisions.byName(prefecture, place.substring(cut), ZonePlacer.YEAR)) {
          if (d.level() == DivisionLevel.COUNTY) {
            counties.add(d);
          }
        }
      }
    }
    return counties.size() == 1 ? counties.get(0) : null;
  }

  /**
   * The catalogue's development zones ({@link #COUNTY_ZONE_KINDS}) by the county they are placed
   * in, and the provinces whose counties often hold two kinds at once: made on first use, as few
   * names need them.
   */
  private CountyZones countyZones() {
    CountyZones zones = countyZones;
    if (zones == null) {
      zones = new CountyZones(catalog);
      countyZones = zones;
    }
    return zones;
  }

  /** See {@link #countyZones()}. */
  private static final class CountyZones {
    /**
     * The share of a province's counties with zones, in percent, that hold a high-tech zone and
     * one of another kind at once, from which a county's zone written with the other kind's word
     * may be its second zone, which the 2018 catalogue lacks (江苏: 14 of 72 counties, 上海 6 of 16,
     * 天津 1 of 10, 浙江 3 of 68; elsewhere under 4%). 浙江 counts since a review found 德清高新区
     * read as 浙江德清工业园区, where it is 湖州莫干山高新技术产业开发区, placed at 湖州.
     */
    static final int BOTH_OFTEN_PERCENT = 4;

    final Map<Division, List<Park>> byCounty = new HashMap<>();
    /** The two-digit codes of the provinces where counties hold both at least {@value #BOTH_OFTEN_PERCENT}% of the time. */
    final Set<String> holdBothOften = new HashSet<>();

    CountyZones(DevelopmentZoneCatalog catalog) {
      for (Park park : catalog.parks()) {
        Optional<Placement> placement = catalog.placement(park);
        if (COUNTY_ZONE_KINDS.contains(park.kind()) && placement.isPresent()
            && placement.get().level() == DivisionLevel.COUNTY) {
          byCounty.computeIfAbsent(placement.get().division(), d -> new ArrayList<>()).add(park);
        }
      }
      Map<String, int[]> counts = new HashMap<>(); // province → {counties, counties holding both}
      for (Map.Entry<Division, List<Park>> e : byCounty.entrySet()) {
        boolean highTech = false;
        boolean other = false;
        for (Park park : e.getValue()) {
          highTech |= park.kind() == ParkKind.HIGH_TECH_ZONE;
          other |= park.kind() != ParkKind.HIGH_TECH_ZONE;
        }
        int[] n = counts.computeIfAbsent(e.getKey().code().substring(0, 2), p -> new int[2]);
        n[0]++;
        n[1] += highTech && other ? 1 : 0;
      }
      counts.forEach((province, n) -> {
        if (n[1] * 100 >= n[0] * BOTH_OFTEN_PERCENT) {
          holdBothOften.add(province);
        }
      });
    }

    boolean holdsBothOften(Division county) {
      return holdBothOften.contains(county.code().substring(0, 2));
    }
  }

  /** Whether {@code park}'s name, without its province, begins with {@code place} and 县: 四川宜宾县高新技术产业园区. */
  private static boolean namedForACounty(Park park, String place) {
    String name = normal(park.names().official());
    String bare = withoutProvince(name);
    String from = bare != null ? bare : name;
    for (Division d : Divisions.gbt2260().byName(place, ZonePlacer.YEAR)) {
      if (from.startsWith(d.shortName() + "县")) {
        return true;
      }
    }
    return from.startsWith(place + "县");
  }

  /** Whether {@code park} is placed in one of {@code cities} itself or in one of their districts (…区). */
  private boolean inCityProper(Park park, List<Division> cities) {
    Optional<Placement> placement = catalog.placement(park);
    if (placement.isEmpty()) {
      return false;
    }
    Division d = placement.get().division();
    if (cities.contains(d)) {
      return true;
    }
    if (d.level() != DivisionLevel.COUNTY || !d.name().endsWith("区")) {
      return false;
    }
    Optional<Division> parent = Divisions.gbt2260().parent(d);
    return parent.isPresent() && cities.contains(parent.get());
  }

  /**
   * Whether {@code text} holds the name of a prefecture or county (2018) outside the place
   * {@code park} is placed in: one that neither holds the zone nor lies within its place.
   */
  private boolean namesAPlaceElsewhere(String text, Park park) {
    Divisions divisions = Divisions.gbt2260();
    Optional<Placement> placement = catalog.placement(park);
    for (int from = 0; from < text.length(); from++) {
      for (int to = from + 2; to <= Math.min(text.length(), from + MAX_PLACE); to++) {
        String place = text.substring(from, to);
        List<Division> named = divisions.byName(place, ZonePlacer.YEAR);
        if (named.isEmpty() || isNear(park, place)) {
          continue;
        }
        // a name several places bear (新华区 of 石家庄 and of 沧州) is the park's own where one of them lies in its place
        boolean elsewhere = false;
        boolean own = false;
        for (Division d : named) {
          if (placement.isPresent() && divisions.chain(d).contains(placement.get().division())) {
            own = true;
          } else if (d.level() != DivisionLevel.PROVINCE) {
            elsewhere = true;
          }
        }
        if (elsewhere && !own) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code place}, a sub-park's district, is a province-level division other than the one
   * {@code park} lies in (中关村天津分园), which {@link #namesAPlaceElsewhere} leaves to the names
   * that begin with their province.
   */
  private boolean namesAnotherProvince(String place, Park park) {
    for (Division d : Divisions.gbt2260().byName(place, ZonePlacer.YEAR)) {
      if (d.level() == DivisionLevel.PROVINCE && !isNear(park, place)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code park} lies in the place {@code place} ({@code places}, its divisions): it is
   * placed in it, or placed no closer than a province that holds one of them.
   */
  private boolean liesIn(Park park, String place, List<Division> places) {
    if (isNear(park, place)) {
      return true;
    }
    Optional<Placement> placement = catalog.placement(park);
    if (placement.isPresent() && placement.get().level() != DivisionLevel.PROVINCE) {
      return false;
    }
    Optional<Province> province = park.location().flatMap(Location::province);
    for (Division d : places) {
      if (province.isPresent() && d.code().startsWith(province.get().code())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The kind words written after one character that abbreviates a zone's name (哈经开区, 红开区),
   * each with the words of the kinds of zone it may stand for.
   */
  private static final String[][] ABBREVIATED_KINDS = {
    {"经开区", "经济技术开发区", "经济开发区"}, {"开区", "经济技术开发区"}, {"经区", "经济技术开发区"},
    {"高新区", "高新技术产业开发区"}, {"高区", "高新技术产业开发区", "高技术产业开发区"},
  };

  /**
   * 哈经开区 near 哈尔滨, 红开区 near 四平: one character and a kind word, for the one zone of that
   * kind in the place named nearby whose name, without its province and that place, begins with the
   * character (四平红嘴经济技术开发区: 红), or, named for the place alone, whose place does (哈尔滨经济
   * 技术开发区: 哈; not 哈尔滨利民…). Only with a place nearby, and none where several begin so.
   */
  private void abbreviatedNear(String name, String near, Found found) {
    if (near == null || near.isBlank() || name.length() < 3) {
      return;
    }
    String[] kinds = null;
    for (String[] k : ABBREVIATED_KINDS) {
      if (name.length() == k[0].length() + 1 && name.endsWith(k[0])) {
        kinds = Arrays.copyOfRange(k, 1, k.length);
      }
    }
    if (kinds == null) {
      return;
    }
    String place = NameFolding.fold(near);
    List<Division> places = Divisions.gbt2260().byName(place, ZonePlacer.YEAR);
    if (places.isEmpty()) {
      return;
    }
    Park only = null;
    for (Park park : catalog.parks()) {
      String official = normal(park.names().official());
      if (!endsWithAny(official, kinds) || !isNear(park, place)) {
        continue;
      }
      String stem = Optional.ofNullable(withoutProvince(official)).orElse(official);
      for (Division d : places) {
        stem = withoutPrefix(stem, d);
      }
      char lead = startsWithAny(stem, kinds) ? places.get(0).shortName().charAt(0) : stem.charAt(0);
      if (lead == name.charAt(0)) {
        if (only != null && only != park) {
          return;
        }
        only = park;
      }
    }
    if (only != null) {
      found.put(new ParkNameResolution.Candidate(only, Match.SHORT_FORM, Match.SHORT_FORM.score() - 10,
          name.charAt(0) + " for the zone of that kind near " + near + " whose name it begins"));
    }
  }

  private static boolean startsWithAny(String name, String[] words) {
    for (String word : words) {
      if (name.startsWith(word)) {
        return true;
      }
    }
    return false;
  }

  /** The catalogue's entry for the sub-park of {@code zone} in {@code district}: 张江高新区闵行园. */
  private Optional<Park> ownSubPark(Park zone, String district) {
    Map<String, Park> byDistrict = subParks.get(zone);
    return byDistrict == null ? Optional.empty() : Optional.ofNullable(byDistrict.get(district));
  }

  /**
   * The catalogue's sub-parks by their zone and district: each zone whose name ends in a
   * district and 园 (or 园区) with a zone's name before, as {@link #subPark} reads a written name;
   * the first in catalogue order. Made once, so that resolving does not scan the catalogue.
   */
  private Map<Park, Map<String, Park>> subParks() {
    Map<Park, Map<String, Park>> subParks = new IdentityHashMap<>();
    Divisions divisions = Divisions.gbt2260();
    for (Park park : catalog.parks()) {
      String official = normal(park.names().official());
      for (String tail : new String[] {"园", "园区"}) {
        if (!official.endsWith(tail)) {
          continue;
        }
        String body = official.substring(0, official.length() - tail.length());
        for (int cut = 1; cut < body.length(); cut++) {
          String district = body.substring(cut);
          if (divisions.byName(district, ZonePlacer.YEAR).isEmpty()) {
            continue;
          }
          Found prefix = known(body.substring(0, cut));
          for (ParkNameResolution.Candidate zone : prefix.candidates) {
            subParks.computeIfAbsent(zone.park(), z -> new HashMap<>()).putIfAbsent(district, park);
          }
        }
      }
    }
    return subParks;
  }

  /**
   * 翠山湖产业转移工业园 near 开平, 大石桥市南楼开发区: the {@linkplain #distinctiveWords words that
   * set the name apart}, where they are those of one zone only, no other zone's name holds them (张江园区
   * may be 张江高新区核心园 as well as 上海张江高新技术产业开发区), they are no place's name, and they
   * name no industry or kind of place ({@link #namesAnIndustryOrKind}: 环保产业园 near 东台 is not
   * 盐城环保高新区, 临空经济区 near 孝感 not 长沙临空产业集聚区); and that zone lies around each place the
   * name opens with and the place named nearby, of which there must be one ({@link #liesAround}:
   * 山东东营胜利经济开发区 is not 抚顺胜利经济开发区; 杏花村开发区 alone, or near 长三角, is none). Other kind
   * words are allowed (白音华经济开发区 for 锡林郭勒盟白音华工业园区): a zone is often upgraded or renamed
   * since 2018, keeping the words of its own name.
   */
  private void distinctive(String name, String near, Found found) {
    if (!endsWithKnownWords(name)) {
      return; // most names: no ending of theirs is any zone's words, and no place need be looked up
    }
    List<String> places = new ArrayList<>(2);
    String words = distinctiveWords(name, places);
    // the table holds only words of one zone, which no other zone's name holds (张江园区: 张江高新区核心园
    // too) and which name no place, industry or kind (byDistinctiveWords)
    Park zone = words == null ? null : byDistinctiveWords.get().get(words);
    if (zone == null) {
      return;
    }
    String place = near == null ? "" : NameFolding.fold(near).strip();
    String withoutProvince = withoutProvince(place);
    if (withoutProvince != null && isDivisionName(withoutProvince)) {
      place = withoutProvince; // 广东台山: 台山, which must hold the zone, not only 广东
    }
    if (isDivisionName(place) || writtenProvince(place + "的") != null) {
      places.add(place); // not 长三角 or 京津冀, which name no place that can hold a zone
    }
    if (places.isEmpty()) {
      return; // 杏花村开发区 alone: a county's park, which no place says is this one
    }
    for (String p : places) {
      if (!liesAround(zone, p)) {
        return;
      }
    }
    found.put(new ParkNameResolution.Candidate(zone, Match.DISTINCTIVE, Match.DISTINCTIVE.score(),
        "the words " + words + " set apart " + zone.names().official() + " from every other zone's name"));
  }

  /**
   * Whether {@code name}, without the kind word it ends with, ends with the words that set a zone's
   * name apart ({@link #byDistinctiveWords}): a few lookups, before the places it opens with are.
   */
  private boolean endsWithKnownWords(String name) {
    for (String kind : KIND_TAILS) {
      if (name.endsWith(kind)) {
        Map<String, Park> zones = byDistinctiveWords.get();
        String body = name.substring(0, name.length() - kind.length());
        for (int i = 0; i + 2 <= body.length(); i++) {
          if (zones.containsKey(body.substring(i))) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  /**
   * The words of {@code name} (normal) that set it apart: without the places it opens with (a
   * province, then prefectures and counties of 2018, of {@value #OLDER_YEAR} or of now) and the
   * longest kind word it ends with ({@link #KIND_TAILS}); null if it ends with none. The places,
   * the province among them, go to {@code places}. 开平翠山湖科技产业园: 翠山湖; 南宁-东盟经济开发区: 东盟.
   */
  static String distinctiveWords(String name, List<String> places) {
    String rest = withoutProvinceOrSelf(name);
    if (rest.length() < name.length()) {
      places.add(name.substring(0, name.length() - rest.length()));
    }
    for (boolean cut = true; cut; ) {
      cut = false;
      for (int k = Math.min(rest.length() - 1, MAX_PLACE); k >= 2; k--) {
        if (isDivisionName(rest.substring(0, k))) {
          places.add(rest.substring(0, k));
          rest = rest.substring(k);
          cut = true;
          break;
        }
      }
    }
    while (rest.startsWith("-")) {
      rest = rest.substring(1);
    }
    for (String kind : KIND_TAILS) {
      if (rest.endsWith(kind)) {
        return rest.substring(0, rest.length() - kind.length());
      }
    }
    return null;
  }

  /** Kind words a zone's name ends with, longest first, that {@link #distinctiveWords} drops. */
  private static final String[] KIND_TAILS = Arrays.stream(new String[] {
    "产业转移工业园", "产业转移园", "工业园区", "工业园", "产业园区", "产业园", "科技产业园", "科技园区", "科技园",
    "经济技术开发区", "经济开发区", "经开区", "工业开发区", "开发区", "高新技术产业开发区", "高新技术产业园区", "高新区",
    "工业区", "工业集中区", "工业集聚区", "产业集聚区", "集聚区", "园区", "园", "投资区", "开发试验区",
    "经济开发试验区", "生态工业园区", "生态工业园", "循环经济产业园", "特色产业园", "产业基地", "工业集中发展区",
  }).sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);

  /**
   * Words of a kind of place, work or zone rather than one place's name: words holding any of them
   * never set a name apart (临空经济区, 生态工业示范园, 新区, 三江: many places' parks and areas bear them).
   */
  private static final String[] KIND_PARTS = {
    "产业", "工业", "经济", "经开", "高新", "技术", "科技", "创新", "示范", "特色", "生态", "现代", "循环", "新型",
    "功能", "合作", "综合", "开发", "加工", "贸易", "保税", "物流", "化工", "化学", "能源", "农业", "临空", "临港",
    "空港", "航空港", "机场", "火车站", "滨海", "沿海", "沿边", "边境", "华侨", "台商", "民营", "国际", "总部", "新区",
    "城东", "城西", "城南", "城北", "东部", "西部", "南部", "北部", "中部", "三江", "两江", "第一", "第二", "第三",
  };

  /**
   * Whether {@code words} name an industry or a kind of place rather than one place: they hold a
   * word of {@link #KIND_PARTS}, or end in 业 (铝业), or are, or lie within, one of the leading
   * industries the catalogue lists for any zone ({@code industries}, its 主导产业: 环保, 白酒, 电源,
   * 经编; not 横店电子, a place and an industry).
   */
  private static boolean namesAnIndustryOrKind(String words, Set<String> industries) {
    if (words.endsWith("业") || containsAny(words, KIND_PARTS)) {
      return true;
    }
    for (String industry : industries) {
      if (industry.contains(words)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The catalogue's zones by the words that set each name apart ({@link #distinctiveWords} of its
   * official name), of two characters or more, where those words are one zone's only, no other
   * zone's official name holds them, and they name no place, industry or kind ({@link
   * #namesAnIndustryOrKind}): made once, on the first name that asks, so that a name's words are
   * looked up, not tested.
   */
  private Map<String, Park> byDistinctiveWords() {
    Set<String> industries = new HashSet<>();
    for (Park park : catalog.parks()) {
      for (Industry industry : park.leadingIndustries()) {
        String n = NameFolding.fold(industry.name());
        if (n.length() >= 2) {
          industries.add(n);
        }
      }
    }
    Map<String, List<Park>> zones = new HashMap<>();
    for (Park park : catalog.parks()) {
      String words = distinctiveWords(normal(park.names().official()), new ArrayList<>(2));
      if (words != null && words.length() >= 2 && !isDivisionName(words) && !namesAnIndustryOrKind(words, industries)) {
        zones.computeIfAbsent(words, w -> new ArrayList<>(1)).add(park);
      }
    }
    Map<String, Park> only = new HashMap<>();
    zones.forEach((words, parks) -> {
      if (parks.size() == 1 && zonesNamedWith(words) == 1) {
        only.put(words, parks.get(0));
      }
    });
    return only;
  }

  /**
   * Whether {@code zone} lies around {@code place}: the same county where both are counties, the
   * same prefecture where both are placed at prefecture level or closer, the same province where
   * either is a province; a place that names no division only where it begins with the zone's
   * province (江苏 alone, or 江苏南部).
   */
  private boolean liesAround(Park zone, String place) {
    Divisions divisions = Divisions.gbt2260();
    List<Division> named = new ArrayList<>();
    for (int year : new int[] {ZonePlacer.YEAR, OLDER_YEAR, Divisions.LATEST_YEAR}) {
      named.addAll(divisions.byName(place, year));
    }
    Optional<Province> province = zone.location().flatMap(Location::province);
    if (named.isEmpty()) {
      Province written = writtenProvince(place + "的");
      return written != null && province.isPresent() && written == province.get();
    }
    Optional<Placement> placement = catalog.placement(zone);
    String code = placement.map(p -> p.division().code())
        .orElseGet(() -> province.map(p -> p.code() + "0000").orElse(""));
    DivisionLevel level = placement.map(Placement::level).orElse(DivisionLevel.PROVINCE);
    for (Division d : named) {
      int digits = level == DivisionLevel.PROVINCE || d.level() == DivisionLevel.PROVINCE ? 2
          : level == DivisionLevel.COUNTY && d.level() == DivisionLevel.COUNTY ? 6 : 4;
      if (code.length() >= digits && d.code().startsWith(code.substring(0, digits))) {
        return true;
      }
    }
    return false;
  }

  /** A year before the renamings of counties into districts that names of zones still carry (余江县, 2018). */
  private static final int OLDER_YEAR = 2010;

  /**
   * Whether {@code name} names a division in use in 2018, in {@value #OLDER_YEAR} or now: 恩施州;
   * 余江县, a district since 2018, whose zone is still written with it; 邵东市, a county until 2019.
   */
  private static boolean isDivisionName(String name) {
    Divisions divisions = Divisions.gbt2260();
    return !divisions.byName(name, ZonePlacer.YEAR).isEmpty() || !divisions.byName(name, OLDER_YEAR).isEmpty()
        || !divisions.byName(name, Divisions.LATEST_YEAR).isEmpty();
  }

  /** Whether {@code name} names a province or prefecture-level division in use in 2018 or now (上海, 扬州市; not 邗江). */
  private static boolean namesACityOrProvince(String name) {
    Divisions divisions = Divisions.gbt2260();
    for (int year : new int[] {ZonePlacer.YEAR, Divisions.LATEST_YEAR}) {
      for (Division d : divisions.byName(name, year)) {
        if (d.level() != DivisionLevel.COUNTY) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code name} names one division only, so that a district written with 区 and without it
   * is one place (双城区 and 双城; not 朝阳区, 北京's, and 朝阳, also 辽宁's city, nor 通州区 of 北京 and of
   * 南通).
   */
  private static boolean namesOnePlace(String name) {
    return Divisions.gbt2260().byName(name, Divisions.LATEST_YEAR).size() == 1;
  }

  /** Each province's name and short name (江苏省, 江苏), worked out once rather than for each name resolved. */
  private static final String[][] PROVINCE_PREFIXES = provincePrefixes();

  private static String[][] provincePrefixes() {
    Province[] provinces = Province.values();
    String[][] prefixes = new String[provinces.length][];
    for (int i = 0; i < provinces.length; i++) {
      String full = provinces[i].chineseName();
      prefixes[i] = new String[] {full, DivisionNames.shortName(full)};
    }
    return prefixes;
  }

  /**
   * A name beginning with a county written otherwise than the catalogue writes it: by its short
   * name where the catalogue has its full name (临潼新丰工业集中区 for 临潼区新丰工业集中区; so too a
   * prefecture's city: 贵港产业园区 for 贵港市产业园区, and a banner's customary short name without 旗
   * where the catalogue writes it with: 土右新型工业园区 for 包头市土右旗新型工业园区), or by its
   * name since a rename after the zone's (陕西鄠邑沣京工业园区: 鄠邑区 was 户县 until 2016, the
   * catalogue's 陕西户县沣京工业园区), or the other way round ({@link #formerCountyRenamed}: 天津蓟县经济开发区
   * for 天津蓟州区经济开发区). Only official names of zones are read so, never a short form or a place alone.
   */
  private void countyWrittenOtherwise(List<String> forms, Found found) {
    Divisions divisions = Divisions.gbt2260();
    for (String v : forms) {
      for (int i = 2; i <= 4 && i + 2 < v.length(); i++) {
        String rest = v.substring(i);
        for (Division d : divisions.byName(v.substring(0, i), Divisions.LATEST_YEAR)) {
          if (d.level() == DivisionLevel.PROVINCE) {
            continue;
          }
          if (!d.name().equals(v.substring(0, i)) && "市县区旗縣區".indexOf(rest.charAt(0)) < 0) {
            String level = d.level() == DivisionLevel.COUNTY ? "county" : "city";
            collectAs(d.name() + rest, found, ", its " + level + " written " + v.substring(0, i) + " for " + d.name());
            String banner = Divisions.bannerShortName(d);
            if (banner != null && !banner.equals(v.substring(0, i))) { // 土右新型工业园区: the catalogue's 土右旗
              collectAs(banner + rest, found, ", its county written " + v.substring(0, i) + " for " + banner);
            }
          }
          if (d.level() != DivisionLevel.COUNTY) {
            continue;
          }
          for (Division before : divisions.predecessors(d)) {
            // a county renamed whole (户县 became 鄠邑区), not an area given to another (瓯海区 to 鹿城区)
            // nor a county-level city made a district of its prefecture (榆林市 became 榆阳区)
            if (before.level() == DivisionLevel.COUNTY && !before.name().equals(d.name()) && !before.inUse()
                && (before.name().endsWith("县") || before.name().endsWith("縣"))
                && before.successorCodes().equals(List.of(d.code()))) {
              String renamed = ", its county written " + v.substring(0, i) + ", " + d.name() + " since " + d.since()
                  + ", for " + before.name();
              collectAs(before.name() + rest, found, renamed);
              collectAs(before.shortName() + rest, found, renamed);
            }
          }
        }
        formerCountyRenamed(v.substring(0, i), rest, found);
      }
    }
  }

  /**
   * The other way round: a county written by its full name before a rename (天津蓟县经济开发区: 蓟县
   * became 蓟州区 in 2016, the catalogue's 天津蓟州区经济开发区), where that county was renamed whole
   * into one county that is in use; read by the county's name now, in full and short.
   */
  private void formerCountyRenamed(String written, String rest, Found found) {
    if (COUNTY_ENDS.indexOf(written.charAt(written.length() - 1)) < 0) {
      return; // the full name only: 蓟县, not 蓟 (a common word as often as a place)
    }
    Divisions divisions = Divisions.gbt2260();
    for (Division before : divisions.byNameInAnyYear(written)) {
      if (before.level() != DivisionLevel.COUNTY || before.inUse() || before.successorCodes().size() != 1) {
        continue;
      }
      Optional<Division> now = divisions.latestByCode(before.successorCodes().get(0))
          .filter(d -> d.level() == DivisionLevel.COUNTY && d.inUse() && !d.name().equals(before.name()));
      if (now.isPresent()) {
        String renamed = ", its county written " + written + ", " + now.get().name() + " since " + now.get().since();
        collectAs(now.get().name() + rest, found, renamed);
        collectAs(now.get().shortName() + rest, found, renamed);
      }
    }
  }

  /**
   * The zones whose official name (with or without its place) {@code name} is, put in {@code found}
   * with {@code how} it was read added to why: a place written otherwise reads no short form.
   */
  private void collectAs(String name, Found found, String how) {
    Found own = new Found();
    collect(name, own);
    for (ParkNameResolution.Candidate c : own.candidates) {
      if (c.match() == Match.OFFICIAL) {
        found.put(new ParkNameResolution.Candidate(c.park(), c.match(), c.score() - 1, c.why() + how));
      }
    }
  }

  /** The kinds of customs zone made 综合保税区 since the catalogue's edition (东疆保税港区, 珲春出口加工区). */
  private static final String[] WERE_BONDED = {"保税港区", "出口加工区"};

  /** A bonded port zone's kind word ({@link #WERE_BONDED}'s first), written 保税区 in talk: 东疆保税区. */
  private static final String BONDED_PORT_ZONE = WERE_BONDED[0];

  /** A 综合保税区's kind words. */
  private static final String[] BONDED = {"综合保税区", "综保区"};

  /**
   * A 综合保税区 that the catalogue lists as the 保税港区 or 出口加工区 it was made from, as the State
   * Council has made most of them since 2018 (东疆综保区: 天津东疆保税港区; 珲春综合保税区: 吉林珲春出口
   * 加工区): the one zone of those kinds its words name, none where several are. Where the words
   * are a place's name alone (天津综保区, 珲春综合保税区), only where the catalogue places no other
   * customs zone there: a city may hold several (天津出口加工区, 天津东疆保税港区, 天津滨海新区综合保税区).
   */
  private void customsZoneMadeBonded(List<String> forms, Found found) {
    Found before = new Found();
    for (String v : forms) {
      for (String bonded : BONDED) {
        if (v.endsWith(bonded) && v.length() >= bonded.length() + 2) {
          String stem = v.substring(0, v.length() - bonded.length());
          for (String kind : WERE_BONDED) {
            collect(stem + kind, before);
          }
        }
      }
    }
    if (before.candidates.size() != 1) {
      return;
    }
    Park zone = before.candidates.get(0).park();
    for (String v : forms) {
      for (String bonded : BONDED) {
        String stem = v.endsWith(bonded) ? v.substring(0, v.length() - bonded.length()) : "";
        if (isDivisionName(stem) && customsZonesIn(stem) > 1) {
          return; // 天津综保区: which of 天津's
        }
      }
    }
    found.put(new ParkNameResolution.Candidate(zone, Match.MADE_BONDED, Match.MADE_BONDED.score(),
        "the " + zone.names().official() + ", written as the 综合保税区 it was made"));
  }

  /** The ends of the names of customs zones: 综合保税区, 保税港区, 出口加工区, 保税区. */
  private static final String[] CUSTOMS_ZONE_ENDS = {"综合保税区", "保税港区", "出口加工区", "保税区"};

  /** How many customs zones ({@link #CUSTOMS_ZONE_ENDS}) the catalogue places in the place named {@code place}, or below it. */
  private int customsZonesIn(String place) {
    Map<Division, List<Park>> zones = customsZones;
    if (zones == null) {
      zones = customsZonesByPlace();
      customsZones = zones;
    }
    Set<Park> in = new HashSet<>();
    for (Division d : Divisions.gbt2260().byName(place, ZonePlacer.YEAR)) {
      in.addAll(zones.getOrDefault(d, List.of()));
    }
    return in.size();
  }

  /** The catalogue's customs zones by each division that holds them: made on first use, as few names need them. */
  private Map<Division, List<Park>> customsZonesByPlace() {
    Divisions divisions = Divisions.gbt2260();
    Map<Division, List<Park>> zones = new HashMap<>();
    for (Park park : catalog.parks()) {
      String official = normal(park.names().official());
      String plain = withoutAdditions(official);
      Optional<Placement> placement = catalog.placement(park);
      if (placement.isPresent() && endsWithAny(plain != null ? plain : official, CUSTOMS_ZONE_ENDS)) {
        for (Division d : divisions.chain(placement.get().division())) {
          zones.computeIfAbsent(d, k -> new ArrayList<>(2)).add(park);
        }
      }
    }
    return zones;
  }

  /** The kind word of Guangdong's parks for industry moved from its cities: 大埔县产业转移工业园区. */
  private static final String TRANSFER_PARK = "产业转移";

  /**
   * The county-level division named in {@code held}, the bracket of a park for industry moved
   * from a city: the whole (大埔), or a name after its prefecture's, before a town's (云浮新兴新成:
   * 新兴); null where none is.
   */
  private static String countyIn(String held) {
    if (isDivisionName(held)) {
      return held;
    }
    Divisions divisions = Divisions.gbt2260();
    for (int from = 2; from <= 3 && from < held.length() - 1; from++) {
      String city = held.substring(0, from);
      if (!isDivisionName(city)) {
        continue;
      }
      for (int to = held.length(); to >= from + 2; to--) {
        String name = held.substring(from, to);
        for (Division d : divisions.byName(name, ZonePlacer.YEAR)) {
          // a county of the city written before it (云浮新兴: 新兴县 lies in 云浮市; not 云浮龙川)
          if (d.level() == DivisionLevel.COUNTY
              && divisions.chain(d).stream().anyMatch(up -> up.level() != DivisionLevel.COUNTY && Divisions.isNamed(up, city))) {
            return name;
          }
        }
      }
    }
    return null;
  }

  /**
   * {@code name} without the 市, 县 or 州 after a place it begins with (贵港市产业园区: 贵港产业园区), or
   * the 区 after a place that names one division only (双城区经开区: 双城经开区); null if it has none.
   */
  private static String withoutPlaceMark(String name) {
    for (int i = 2; i <= 4 && i < name.length(); i++) {
      char c = name.charAt(i);
      if ((c == '市' || c == '县' || c == '州') && isDivisionName(name.substring(0, i + 1))
          || c == '区' && namesOnePlace(name.substring(0, i)) && isDivisionName(name.substring(0, i + 1))) {
        return name.substring(0, i) + name.substring(i + 1);
      }
    }
    return null;
  }

  /** The kind word of such a park as the catalogue writes it: 产业转移园 for 产业转移工业园. */
  private static String transferPark(String park) {
    return park.startsWith(TRANSFER_PARK + "园") ? TRANSFER_PARK + "工业" + park.substring(TRANSFER_PARK.length()) : park;
  }

  /** Short kind words that headlines and slogans write without their 区: 茂名高新, 扬州经开. */
  private static final String[] CLIPPED_KINDS = {"高新", "经开", "經開"};

  /** A county and 县域 (county-wide), which a county's zone is written with: 商南县县域工业集中区. */
  private static final String COUNTY_WIDE = "县县域";

  /**
   * The written name, and without a leading province, a 市, 县 or 州 after a place, or a 区 after a
   * place that names one division only (双城区经开区), or a district in
   * brackets at its end; with brackets inside it (a place: 遼寧(營口)沿海產業基地), also without them,
   * and, where they hold no place, without what they hold (an industry: 贵港国家生态工业(制糖)示范园区);
   * without the 县域 after a county (商南县县域工业集中区); a kind word clipped of its 区 with it
   * (茂名高新: 茂名高新区).
   */
  private static List<String> variants(String name) {
    List<String> variants = new ArrayList<>();
    variants.add(name);
    String bare = name;
    int open = name.indexOf('(');
    if (open > 0 && name.endsWith(")")) {
      bare = name.substring(0, open);
      variants.add(bare);
      String place = name.substring(open + 1, name.length() - 1);
      for (Division d : Divisions.gbt2260().byName(place, ZonePlacer.YEAR)) {
        if (d.level() == DivisionLevel.COUNTY) {
          Optional<Division> city = Divisions.gbt2260().parent(d);
          if (city.isPresent()) {
            variants.add(city.get().shortName() + bare);
          }
        }
      }
    }
    int inner = name.indexOf('(');
    int innerClose = inner < 0 ? -1 : name.indexOf(')', inner);
    if (inner > 0 && innerClose > inner + 1 && innerClose < name.length() - 1) {
      char first = name.charAt(inner + 1);
      if ((first == '今' || first == '现') && innerClose > inner + 2) {
        // a place as it is named now after the one written: 開縣(今開州區)工業園區 is 开州区工业园区, or 开县工业园区
        variants.add(name.substring(inner + 2, innerClose) + name.substring(innerClose + 1));
        variants.add(name.substring(0, inner) + name.substring(innerClose + 1));
      } else {
        // a place in brackets inside the name, as the catalogue writes 中德（沈阳）: 遼寧(營口)沿海產業基地
        variants.add(name.substring(0, inner) + name.substring(inner + 1, innerClose) + name.substring(innerClose + 1));
        // or, holding no place (a place there says which zone: 山东潍坊(寿光)高新区 is no 潍坊高新区),
        // a note on its industry or a town: 贵港国家生态工业(制糖)示范园区, 和平(苟江)经开区
        String held = name.substring(inner + 1, innerClose);
        String after = name.substring(innerClose + 1);
        String county = after.startsWith(TRANSFER_PARK) ? countyIn(held) : null;
        if (!isDivisionName(held)) {
          variants.add(name.substring(0, inner) + after);
        }
        if (county != null) {
          // Guangdong's parks for industry moved from its cities: the partner city, then the county
          // the park lies in, alone or after its city and before its town (广州海珠(大埔)产业转移工业园
          // is 大埔县's, 佛山顺德(云浮新兴新成)产业转移工业园 新兴县's); 产业转移园 is the same park
          String park = transferPark(after);
          variants.add(county + park);
          for (Division d : Divisions.gbt2260().byName(county, ZonePlacer.YEAR)) {
            variants.add(d.name() + park);
          }
        }
      }
    }
    int transfer = name.indexOf(TRANSFER_PARK);
    if (transfer >= 2 && name.indexOf('(') < 0) {
      // such a park written with its county's short name, after its city's or alone (罗定产业转移工业园,
      // 江门蓬江产业转移工业园: the catalogue writes 罗定市, 蓬江区)
      String county = countyIn(name.substring(0, transfer));
      if (county != null) {
        for (Division d : Divisions.gbt2260().byName(county, ZonePlacer.YEAR)) {
          if (d.level() == DivisionLevel.COUNTY) {
            variants.add(d.name() + transferPark(name.substring(transfer)));
          }
        }
      }
    }
    if (name.contains(COUNTY_WIDE)) {
      variants.add(name.replace(COUNTY_WIDE, "县")); // 商南县县域工业集中区: 商南县工业集中区
    }
    String townless = withoutTownMark(name);
    if (townless != null) {
      variants.add(townless); // 杭锦旗独贵塔拉镇工业园区: the catalogue names the park for its town, 独贵塔拉工业园区
    }
    for (String clipped : CLIPPED_KINDS) {
      if (name.endsWith(clipped) && name.length() > clipped.length() + 1) {
        variants.add(name + "区"); // 茂名高新, as headlines clip it: 茂名高新区
      }
    }
    String withoutProvince = withoutProvince(bare);
    if (withoutProvince != null) {
      variants.add(withoutProvince);
    }
    List<String> more = new ArrayList<>();
    for (String v : variants) {
      String unmarked = withoutPlaceMark(v);
      if (unmarked != null) {
        more.add(unmarked);
      }
    }
    variants.addAll(more);
    if (name.endsWith("园区")) {
      variants.add(name.substring(0, name.length() - 1));
      for (String unmarked : more) { // 丰城市工业园区: 丰城工业园 as well as 丰城工业园区 and 丰城市工业园
        if (unmarked.endsWith("园区")) {
          variants.add(unmarked.substring(0, unmarked.length() - 1));
        }
      }
    }
    if (name.endsWith("工业园区")) {
      variants.add(name.substring(0, name.length() - 4) + "工业区"); // 南昌昌东工业园区: 南昌昌东工业区
      variants.add(name.substring(0, name.length() - 2) + "集中区"); // 白银刘川工业园区: 白银刘川工业集中区
    } else if (name.endsWith("工业区")) {
      variants.add(name.substring(0, name.length() - 3) + "工业园区"); // 上海金山工业区: 上海金山工业园区
    } else if (name.endsWith("工业园")) {
      variants.add(name.substring(0, name.length() - 3) + "工业区"); // 平果工业园: 平果工业区
    } else if (name.endsWith("工业集聚区")) {
      variants.add(name.substring(0, name.length() - 3) + "集中区"); // 金强工业集聚区: 金强工业集中区
    }
    if (name.contains("经济开区")) {
      variants.add(name.replace("经济开区", "经济开发区")); // 嘉善经济开区: a character left out
    } else if (name.contains("经开发区")) {
      variants.add(name.replace("经开发区", "经济开发区")); // 拉萨经开发区: 经开区 and 开发区 run together
      variants.add(name.replace("经开发区", "经济技术开发区"));
    }
    if (name.endsWith("经济合作区") && !name.endsWith("边境经济合作区")) {
      variants.add(name.substring(0, name.length() - 5) + "边境经济合作区"); // 珲春经济合作区
    }
    if (name.endsWith("集聚区") && !name.endsWith("产业集聚区")) {
      variants.add(name.substring(0, name.length() - 3) + "产业集聚区"); // 长垣县集聚区: 河南's 长垣县产业集聚区
    }
    if (name.contains("自治")) {
      List<String> shorter = new ArrayList<>();
      for (String v : variants) {
        shorter.addAll(withAutonomousAreasShort(v));
      }
      variants.addAll(shorter);
    }
    if (name.indexOf('师') > 0) {
      List<String> divisions = new ArrayList<>();
      for (String v : variants) {
        divisions.addAll(withDivisionAsCatalogued(v));
      }
      variants.addAll(divisions);
    }
    return variants;
  }

  /** The kind words a park named for its town may end with after the town's 镇. */
  private static final String[] TOWN_PARK_KINDS = {"工业园区", "工业园", "工业区", "工业集中区", "产业园区", "产业园", "经济开发区", "开发区"};

  /**
   * {@code name} without the 镇 of a town right before its kind word (独贵塔拉镇工业园区: 独贵塔拉工业园区,
   * as the catalogue names parks for their towns); null where there is none, or where the characters
   * before it, two to four, name a division (苏州镇: a town that shares a county's or city's name may
   * hold a park that is not theirs).
   */
  private static String withoutTownMark(String name) {
    for (String kind : TOWN_PARK_KINDS) {
      int town = name.length() - kind.length() - 1;
      if (town < 2 || !name.endsWith(kind) || name.charAt(town) != '镇') {
        continue;
      }
      for (int len = 2; len <= Math.min(4, town); len++) {
        if (isDivisionName(name.substring(town - len, town))) {
          return null;
        }
      }
      return name.substring(0, town) + kind;
    }
    return null;
  }

  /** The numerals of the 兵团's divisions, 一 to 十四. */
  private static final String DIVISION_NUMERALS = "一二三四五六七八九十";

  /**
   * {@code name} with a division of the 新疆生产建设兵团 written as the catalogue writes it: 农七师
   * (its name until 2012) as 第七师, and 第九师 also as 九师, as the catalogue writes that one
   * (农七师五五工业园区: 第七师五五工业园区); none where it names no division.
   */
  private static List<String> withDivisionAsCatalogued(String name) {
    List<String> written = new ArrayList<>(2);
    int at = name.indexOf('师');
    int from = at;
    while (from > 0 && DIVISION_NUMERALS.indexOf(name.charAt(from - 1)) >= 0 && at - from < 2) {
      from--;
    }
    if (from == at) {
      return written;
    }
    String numeral = name.substring(from, at + 1); // 七师, 十四师
    String before = name.substring(0, from);
    String after = name.substring(at + 1);
    if (before.endsWith("农")) {
      written.add(before.substring(0, before.length() - 1) + "第" + numeral + after);
      written.add(before.substring(0, before.length() - 1) + numeral + after);
    } else if (before.endsWith("第")) {
      written.add(before.substring(0, before.length() - 1) + numeral + after);
    }
    return written;
  }

  /** The words that end an autonomous prefecture's or county's name, and what the catalogue writes after its short name. */
  private static final String[][] AUTONOMOUS = {{"自治州", "州"}, {"自治县", "县"}, {"自治旗", "旗"}};

  /**
   * {@code name} with the full name of an autonomous prefecture or county in it written short, as
   * the catalogue writes them (海北藏族自治州生物园区: 海北州生物园区 and 海北生物园区; 民和回族土族
   * 自治县工业园: 民和县工业园 and 民和工业园); none where it holds no such name.
   */
  private static List<String> withAutonomousAreasShort(String name) {
    List<String> shorter = new ArrayList<>(2);
    for (String[] word : AUTONOMOUS) {
      int at = name.indexOf(word[0]);
      if (at < 0) {
        continue;
      }
      int end = at + word[0].length();
      for (int start = Math.max(0, end - MAX_PLACE - 4); start < at - 1; start++) {
        String full = name.substring(start, end);
        if (!Divisions.gbt2260().byName(full, ZonePlacer.YEAR).isEmpty()) {
          String shortName = DivisionNames.shortName(full);
          shorter.add(name.substring(0, start) + shortName + word[1] + name.substring(end));
          shorter.add(name.substring(0, start) + shortName + name.substring(end));
          break;
        }
      }
    }
    return shorter;
  }

  /**
   * Finds a park name in running text: where the longest name this resolver knows exactly ends
   * at {@code end} ({@code text[start, end)}, with {@code from <= start}), as the index of its first
   * character, or -1 if none ends there. Known exactly are the names of the resolver's tables
   * (official names, with and without their place prefix, aliases, short forms), each character
   * folded alone (traditional to simplified, full-width to half-width); a name written with
   * white space inside, or only a variant that {@link #resolve} also tries, is not found. Pass
   * what is found to {@link #resolve} to learn which zone it names. The work is one array read
   * for a position where no name ends, and one step per character of the longest name
   * otherwise; nothing is allocated.
   *
   * @throws IndexOutOfBoundsException if {@code from < 0} or {@code end > text.length()}
   */
  public int nameStart(CharSequence text, int from, int end) {
    checkNotNull(text, "text");
    if (from < 0 || end > text.length()) {
      throw new IndexOutOfBoundsException("[" + from + ", " + end + ") is outside a text of " + text.length());
    }
    NameTrie t = trie;
    if (t == null) {
      synchronized (this) {
        t = trie;
        if (t == null) {
          t = new NameTrie(keys.keySet());
          trie = t;
        }
      }
    }
    return t.longestEndingAt(text, from, end);
  }

  /**
   * Whether {@code place}, folded, names a province, prefecture-level city or county in use in
   * 2018, fully or short ({@code 江苏省}, {@code 江蘇}, {@code 中山}, {@code 淄川区}). Cheap: text
   * scanners ask it of every short run of characters.
   */
  public static boolean isPlace(String place) {
    String folded = NameFolding.fold(checkNotNull(place, "place"));
    return !folded.isEmpty() && !Divisions.gbt2260().byName(folded, ZonePlacer.YEAR).isEmpty();
  }

  /**
   * Whether {@code place} is a place {@link #resolve(String, String)} can use nearby: one {@link
   * #isPlace} accepts, or such a place written after its province ({@code 河北威县}, {@code 江苏南京})
   * or after the places that hold it ({@code 广州市从化区}, {@code 四川省成都市郫都区}), surrounding
   * spaces aside.
   */
  public static boolean isPlaceNearby(String place) {
    return isPlace(placeWithoutProvince(NameFolding.fold(checkNotNull(place, "place")).strip()));
  }

  /**
   * {@code place} (folded) without the province written before a place that names no division as
   * written (河北威县 is 威县, 江苏南京 南京: writers put the province first), where every division the
   * rest names lies in that province (not 北京朝阳 so: 朝阳 is also 辽宁's city); a place retired before
   * the catalogue's year, with or without its province, as the one division that took it over then
   * ({@link #successorOf}: 浙江绍兴县, a county until 2013, is 绍兴市); a place written after the places
   * that hold it, as the most precise of them that its name alone names ({@link #lastOfChain}:
   * 广州市从化区 is 从化区, 包头市青山区 包头市, as 武汉 has a 青山区 too; 北京朝阳 北京市); else {@code
   * place} as it is.
   */
  private static String placeWithoutProvince(String place) {
    Divisions divisions = Divisions.gbt2260();
    if (!divisions.byName(place, ZonePlacer.YEAR).isEmpty()) {
      return place;
    }
    String found = provinceDropped(divisions, place);
    if (found.equals(place)) {
      String last = lastOfChain(divisions, place);
      return last != null ? last : place;
    }
    return found;
  }

  /**
   * The name of the most precise division of {@code place} written as a chain of divisions from
   * the top, each in the one before (广州市从化区, 四川省成都市郫都区, 江苏宿迁市宿城区, 苏州市太仓: names or
   * short names), that names it alone in the whole country; the division itself where its name does,
   * else the nearest holding it whose name does (包头市青山区: 包头市). Null where {@code place} is no
   * such chain.
   */
  private static String lastOfChain(Divisions divisions, String place) {
    Division last = chainEnd(divisions, place, null);
    while (last != null && divisions.byName(last.name(), ZonePlacer.YEAR).size() != 1) {
      last = divisions.parent(last).orElse(null);
    }
    return last == null ? null : last.name();
  }

  /**
   * The last division of the chain {@code text}, lying in {@code within} (anywhere where null),
   * each name of the chain naming one division in the one before; the longest first name that
   * leads to one; or null.
   */
  private static Division chainEnd(Divisions divisions, String text, Division within) {
    if (within != null) {
      List<Division> whole = divisions.byName(within, text, ZonePlacer.YEAR);
      if (whole.size() == 1) {
        return whole.get(0);
      }
    }
    for (int cut = text.length() - SHORTEST_PLACE; cut >= SHORTEST_PLACE; cut--) {
      String head = text.substring(0, cut);
      List<Division> heads = within == null
          ? divisions.byName(head, ZonePlacer.YEAR) : divisions.byName(within, head, ZonePlacer.YEAR);
      if (heads.size() == 1) {
        Division end = chainEnd(divisions, text.substring(cut), heads.get(0));
        if (end != null) {
          return end;
        }
      }
    }
    return null;
  }

  /** The fewest characters of a division's name or short name in a chain: 南京, 郫都区. */
  private static final int SHORTEST_PLACE = 2;

  /**
   * {@code place}, which names no division as written, as the one that took it over or without the
   * province written before it (the first rules of {@link #placeWithoutProvince}), or as it is.
   */
  private static String provinceDropped(Divisions divisions, String place) {
    String successor = successorOf(place, "");
    if (successor != null) {
      return successor;
    }
    Province written = writtenProvince(place);
    String rest = withoutProvince(place);
    if (written == null || rest == null) {
      return place;
    }
    List<Division> named = divisions.byName(rest, ZonePlacer.YEAR);
    for (Division d : named) {
      if (!d.code().startsWith(written.code())) {
        return place;
      }
    }
    if (named.isEmpty()) {
      successor = successorOf(rest, written.code());
      return successor != null ? successor : place;
    }
    return rest;
  }

  /**
   * The name, in the catalogue's year, of the one division that took over the division {@code
   * place} named last before then, whose code starts with {@code within} (a province's code, or ""),
   * or of the one that holds all that did (绍兴县, until 2013, went to 越城区 and 柯桥区: 绍兴市). Null
   * where {@code place} never named a division, or named several that year, or no one division
   * holds what took it over, or the one that does shares its name with another then.
   */
  private static String successorOf(String place, String within) {
    Divisions divisions = Divisions.gbt2260();
    if (divisions.byNameInAnyYear(place).isEmpty()) {
      return null; // never a division's name (湖南省株洲市, a province and a city): no year to look through
    }
    for (int year = ZonePlacer.YEAR - 1; year >= Divisions.FIRST_YEAR; year--) {
      List<Division> named = divisions.byName(place, year);
      if (named.isEmpty()) {
        continue;
      }
      if (named.size() > 1 || !named.get(0).code().startsWith(within)) {
        return null;
      }
      List<Division> now = divisions.succession(named.get(0).code(), year, ZonePlacer.YEAR).current();
      Division took = now.size() == 1 ? now.get(0) : commonParent(divisions, now);
      if (took == null || !took.inUseIn(ZonePlacer.YEAR)) {
        return null;
      }
      String name = took.name();
      return divisions.byName(name, ZonePlacer.YEAR).size() == 1 ? name : null;
    }
    return null;
  }

  /** The one division that holds all of {@code parts} (绍兴县's 越城区 and 柯桥区: 绍兴市), or null. */
  private static Division commonParent(Divisions divisions, List<Division> parts) {
    Division parent = null;
    for (Division part : parts) {
      Division p = divisions.parent(part).orElse(null);
      if (p == null || parent != null && !parent.equals(p)) {
        return null;
      }
      parent = p;
    }
    return parent;
  }

  /**
   * Whether {@code park} is placed no closer than its province or prefecture and {@code near}
   * names a place in it: the place may be the park's (南川工业园区 near 西宁, placed in 青海 only;
   * 金山工业园区 near 固阳县, 包头金山工业园区 placed in 包头).
   */
  private boolean isPlacedAround(Park park, String near) {
    Optional<Placement> placement = catalog.placement(park);
    if (placement.isEmpty()) {
      return false;
    }
    String code = placement.get().division().code();
    String prefix = switch (placement.get().level()) {
      case PROVINCE -> code.substring(0, 2);
      case PREFECTURE -> code.substring(0, 4);
      default -> null;
    };
    if (prefix == null) {
      return false;
    }
    for (Division d : Divisions.gbt2260().byName(near, ZonePlacer.YEAR)) {
      if (d.code().startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code near} is a place only in other provinces than {@code park}'s, and {@code name}
   * writes none of the places {@code park} lies in (航天经济开发区 near 呼和浩特 for 陕西航天经济技术开发区),
   * or only its county by a name towns' quarters bear too ({@link #isCommonPlaceWord}: 南城工业园
   * near 襄阳): a short form of a zone's name without its place, written of somewhere else, is that
   * place's park. Asked only of a short form or a weaker match, not of an official name or an alias.
   */
  private boolean isFarFrom(Park park, String name, String near) {
    Optional<Placement> placement = catalog.placement(park);
    if (placement.isEmpty()) {
      return false;
    }
    List<Division> named = Divisions.gbt2260().byName(near, ZonePlacer.YEAR);
    if (named.isEmpty()) {
      return false;
    }
    String province = placement.get().division().code().substring(0, 2);
    for (Division d : named) {
      if (d.code().startsWith(province)) {
        return false; // the usual case, asked first: near the zone's own province
      }
    }
    for (Division d : Divisions.gbt2260().chain(placement.get().division())) {
      if (name.contains(d.shortName()) && !(d.level() == DivisionLevel.COUNTY && isCommonPlaceWord(d.shortName()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code shortName}, a county's, is also what towns and streets everywhere are called:
   * a side of a town (南城, 城东, 城关, 城厢, 城中) or 新城, 老城, 古城, 市中. 南城工业园 near 襄阳 is a park in one of
   * 枣阳's quarters as likely as 江西南城工业园区, some 800 km off.
   */
  static boolean isCommonPlaceWord(String shortName) {
    if (shortName.length() != 2) {
      return false;
    }
    char a = shortName.charAt(0);
    char b = shortName.charAt(1);
    return a == '城' && (TOWN_SIDES.indexOf(b) >= 0 || "关關厢廂".indexOf(b) >= 0)
        || b == '城' && (TOWN_SIDES.indexOf(a) >= 0 || "新老古".indexOf(a) >= 0) || shortName.equals("市中");
  }

  /** The sides of a town, as place names write them: {@link #SIDES} and its middle. */
  private static final String TOWN_SIDES = SIDES + "中東";

  private boolean isNear(Park park, String near) {
    Optional<Province> province = park.location().flatMap(Location::province);
    if (province.isPresent()) {
      String full = province.get().chineseName();
      if (near.equals(full) || near.equals(DivisionNames.shortName(full))) {
        return true;
      }
    }
    Optional<Placement> placement = catalog.placement(park);
    if (placement.isEmpty()) {
      return false;
    }
    for (Division d : Divisions.gbt2260().chain(placement.get().division())) {
      if (d.level() != DivisionLevel.PROVINCE && Divisions.isNamed(d, near)) { // 天祝县 for 天祝藏族自治县 too
        return true;
      }
    }
    return false;
  }
}
