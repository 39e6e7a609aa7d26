package dev.parkdata.catalog;

import dev.parkdata.location.Province;
import java.util.ArrayList;
import java.util.List;

/**
 * The systematic short forms of zone names (X高新区 for X高新技术产业开发区 …), declared once: the
 * importer gives catalogue parks their {@linkplain dev.parkdata.model.Names#shortNames() short
 * names} from them, and {@link ParkNameResolver} indexes every form with its rank. Not API.
 *
 * <p>Cheap on purpose: the importer runs it for every row of a user's catalogue, often in a fresh
 * JVM, so it uses no divisions (which {@link Divisions} reads on first use), no lambdas and no
 * regular expressions.
 */
final class ShortForms {
  /**
   * Type words, longest first, each with its short forms and a rank penalty for each (for the
   * resolver): suffix, then pairs of short form and penalty. The first short form is the one
   * parks are given as their short name, unless it is the suffix itself.
   */
  static final String[][] RULES = {
    // 杨凌农业高新区: the zone's kind shortened as other high-tech zones' are; 杨凌农业示范区 without 高新技术产业
    {"农业高新技术产业示范区", "示范区", "0", "农高区", "0", "农业高新区", "1", "农业示范区", "1"},
    // 高新技术产业园区: the name many zones had as provincial parks, before the State Council's approval
    // 新技术产业开发区, 新技术开发区: names several bore before 高新 (苏州新技术产业开发区, 1992; 桂林新技术开发区, 1988)
    // 高新园区: 莆田高新园区, as local papers write their city's zone
    // 高新产业开发区: without 技术 (上海张江高新产业开发区, as 新闻联播 read the New Third Board's parks of 2012)
    {"高新技术产业开发区", "高新区", "0", "高新技术开发区", "0", "高新开发区", "0", "开发区", "7", "高新技术产业园区", "6",
        "新技术产业开发区", "4", "高新园区", "3", "新技术开发区", "5", "高新产业开发区", "4"},
    {"经济技术开发区", "经开区", "0", "开发区", "5", "经济开发区", "8"},
    {"高技术产业开发区", "高新区", "2", "开发区", "7"},
    {"新技术开发区", "高新区", "2", "开发区", "7", "高新技术开发区", "3", "高新技术产业开发区", "3", "新技术产业开发区", "3"},
    {"高新技术产业园区", "高新区", "9", "高新园区", "0", "高新技术产业开发区", "9", "高新技术产业园区", "0",
        "高新技术园区", "1"}, // 大连高新技术园区: without 产业, as 高新技术开发区 is written
    {"经济开发区", "经开区", "1", "开发区", "6", "经济技术开发区", "8"},
    {"综合保税区", "综保区", "0", "综合保税区", "0"},
    // 畹町边合区, 磨憨—磨丁经合区: before 经济合作区, which ends it
    {"边境经济合作区", "边合区", "0", "边境合作区", "1"},
    {"经济合作区", "经合区", "0"},
    {"工业园区", "工业园", "0", "工业区", "3"},
    {"出口加工区", "出口加工区", "0"},
    // 苏州太湖旅游度假区 (the short name the importer gives, from the first form) and 苏州太湖度假区
    // for 苏州太湖国家旅游度假区; the resolver, which folds 国家 away, reads them by the second rule
    {"国家旅游度假区", "旅游度假区", "0", "度假区", "1"},
    {"旅游度假区", "度假区", "1"},
    // the 保税区 part of a 保税港区 (张家港保税港区保税区, written 张家港保税区): before both
    {"保税港区保税区", "保税区", "0"},
    {"保税港区", "保税港区", "0"},
    {"保税区", "保税区", "0"},
  };

  private static final String HIGH_TECH = "高新技术产业开发区";
  private static final String HIGH_TECH_SHORT = "高新区";

  private ShortForms() {}

  /** Each province's short name (江苏 of 江苏省) by ordinal: worked out once, not once a row. */
  private static final String[] PROVINCE_SHORT_NAMES = provinceShortNames();

  private static String[] provinceShortNames() {
    Province[] provinces = Province.values();
    String[] names = new String[provinces.length];
    for (int i = 0; i < provinces.length; i++) {
      names[i] = DivisionNames.shortName(provinces[i].chineseName());
    }
    return names;
  }

  /** The rule whose suffix ends {@code name} (the longest), or null. */
  static String[] ruleOf(String name) {
    // Every suffix ends in 区, and the character before tells most apart: the importer runs this
    // once a row of an import, often in a fresh JVM and mostly interpreted, where each endsWith costs.
    int length = name.length();
    if (length < 2 || name.charAt(length - 1) != '区') {
      return null;
    }
    char before = name.charAt(length - 2);
    for (String[] rule : RULES) {
      String suffix = rule[0];
      if (suffix.charAt(suffix.length() - 2) == before && name.endsWith(suffix)) {
        return rule;
      }
    }
    return null;
  }

  /** {@code name} without a leading province name or its short form ({@code 山东淄川} → {@code 淄川}); null if it has none. */
  static String withoutProvince(String name, Province province) {
    String full = province.chineseName();
    if (name.isEmpty() || name.charAt(0) != full.charAt(0)) {
      return null; // the short name begins as the full one does
    }
    if (name.startsWith(full) && name.length() > full.length()) {
      return name.substring(full.length());
    }
    String shortName = PROVINCE_SHORT_NAMES[province.ordinal()];
    if (name.startsWith(shortName) && name.length() > shortName.length()) {
      return name.substring(shortName.length());
    }
    return null;
  }

  /**
   * Adds to {@code stems} the forms people also write them in: a zone named inside the stem by
   * its short form ({@code 苏州高新区综保区}), and a city without its 市 ({@code 深圳市} → {@code 深圳}).
   */
  static void addWrittenForms(List<String> stems) {
    for (int i = 0, n = stems.size(); i < n; i++) {
      String s = stems.get(i);
      String joint = jointPlaces(s);
      if (joint != null) {
        stems.add(joint);
      }
      if (s.length() >= HIGH_TECH.length() && s.contains(HIGH_TECH)) {
        stems.add(s.replace(HIGH_TECH, HIGH_TECH_SHORT));
      }
      if (s.length() > 2 && s.charAt(s.length() - 1) == '市') {
        stems.add(s.substring(0, s.length() - 1));
      }
    }
  }

  /** Where two places' names of two characters are joined by a dash at the start of a stem: 甘孜—眉山. */
  private static final int JOINT_PLACE = 2;

  /** Words joined so that are no places: 中国—东盟, 沈阳—欧盟. */
  private static final String[] NOT_PLACES = {"中国", "东盟", "欧盟"};

  /**
   * The stem {@code s} of a park two places run together, each named by two characters joined by
   * a dash, as its places' first characters (甘孜—眉山工业园区: 甘眉工业园区, as 成阿 and 德阿 name
   * the others Sichuan's places set up so); null for any other stem.
   */
  private static String jointPlaces(String s) {
    if (s.length() < 2 * JOINT_PLACE + 1 || s.charAt(JOINT_PLACE) != '—') {
      return null;
    }
    String first = s.substring(0, JOINT_PLACE);
    String second = s.substring(JOINT_PLACE + 1, 2 * JOINT_PLACE + 1);
    for (int k = 0; k < s.length(); k++) {
      if (k != JOINT_PLACE && !Character.isIdeographic(s.charAt(k))) {
        return null;
      }
    }
    for (String word : NOT_PLACES) {
      if (word.equals(first) || word.equals(second)) {
        return null;
      }
    }
    return "" + first.charAt(0) + second.charAt(0) + s.substring(2 * JOINT_PLACE + 1);
  }

  /**
   * The short names of a zone named {@code official} in {@code province} (null if unknown): its
   * rule's short form (株洲高新技术产业开发区 → 株洲高新区), also without the province (山东淄川经济开发区 →
   * 山东淄川经开区, 淄川经开区) or a city's 市, and the name itself without the province
   * (淄川经济开发区). Short forms first; never the official name; empty if no rule applies.
   */
  static List<String> shortNames(String official, Province province) {
    String[] rule = ruleOf(official);
    String suffix = rule == null ? "" : rule[0];
    List<String> stems = new ArrayList<>(4);
    String stem = official.substring(0, official.length() - suffix.length());
    stems.add(stem);
    String bare = province == null ? null : withoutProvince(stem, province);
    if (bare != null) {
      stems.add(bare);
    }
    addWrittenForms(stems);
    List<String> names = new ArrayList<>(4);
    if (rule != null && !rule[1].equals(suffix)) {
      for (int i = 0; i < stems.size(); i++) {
        addName(names, stems.get(i), rule[1], official);
      }
    }
    for (int i = 1; i < stems.size(); i++) {
      addName(names, stems.get(i), suffix, official);
    }
    return names;
  }

  /** Adds {@code stem + form} unless the stem is too short to name a place, or it is known. */
  private static void addName(List<String> names, String stem, String form, String official) {
    if (stem.length() < 2 || stem.isBlank()) {
      return; // a user's file may have any name: 江苏省 and two spaces has no short name of spaces
    }
    String name = stem.concat(form);
    if (!name.equals(official) && !names.contains(name)) {
      names.add(name);
    }
  }
}
