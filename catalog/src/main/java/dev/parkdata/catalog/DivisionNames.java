package dev.parkdata.catalog;

/** Short forms of division names: 株洲市 → 株洲. Not API: {@link Division#shortName()} documents it. */
final class DivisionNames {
  /** Words for kinds of division, longest first so that 自治州 wins over 州-less forms. */
  private static final String[] SUFFIXES = {
    "特别行政区", "自治区", "自治州", "自治县", "自治旗", "新区", "林区", "特区", "地区", "省", "市", "区", "县", "旗", "盟"
  };
  /** The peoples named in autonomous divisions' names (广西壮族自治区, 恩施土家族苗族自治州). */
  private static final String[] PEOPLES = {
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克",
    "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬",
    "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克",
    "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各族"
  };

  private DivisionNames() {}

  static String shortName(String name) {
    for (String suffix : SUFFIXES) {
      if (name.endsWith(suffix)) {
        String stem = name.substring(0, name.length() - suffix.length());
        if (suffix.startsWith("自治")) {
          stem = withoutPeoples(stem);
        }
        return stem.length() >= 2 ? stem : name;
      }
    }
    return name;
  }

  /**
   * {@code 恩施土家族苗族} → {@code 恩施}: the shortest head of two or more characters whose tail
   * is only peoples' names (two, so that 西藏 and 内蒙古 keep theirs).
   */
  private static String withoutPeoples(String stem) {
    for (int head = 2; head < stem.length(); head++) {
      if (onlyPeoples(stem, head)) {
        return stem.substring(0, head);
      }
    }
    return stem;
  }

  private static boolean onlyPeoples(String text, int from) {
    if (from == text.length()) {
      return true;
    }
    for (String people : PEOPLES) {
      if (text.startsWith(people, from)) {
        int next = from + people.length();
        if (text.startsWith("族", next)) {
          next++;
        }
        if (onlyPeoples(text, next)) {
          return true;
        }
      }
    }
    return false;
  }
}
