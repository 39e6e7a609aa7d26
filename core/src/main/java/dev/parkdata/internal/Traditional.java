package dev.parkdata.internal;

import java.util.Arrays;

/**
 * The traditional forms of the characters of parkdata's own words, declared once for {@code
 * Indicators}, which finds an indicator by a name in either script (營業收入 is 营业收入), and the
 * extractor, whose word lists read text in either script (實施範圍 is 实施范围).
 *
 * <p>It is not a general converter: it holds the characters of those words whose traditional form
 * differs, as ICU's {@code Hans-Hant} transform writes them in those words, and the few words in
 * which ICU writes a character otherwise ({@link #WORDS}: 核准, 批復); the tests of both users check
 * each of their words against ICU. A character may have two traditional forms, both folded back:
 * {@link #of} writes the first (复 as 複, 複製; 啟, Taiwan's and Hong Kong's form of 启, where ICU
 * writes 啓), and 制 is written 製 throughout, as the words mean making (製造業, 製品; ICU keeps 制 in
 * 制鞋 and 精制茶). No traditional character of the table is a simplified one of it, so folding back
 * is unambiguous.
 */
public final class Traditional {
  private Traditional() {}

  /**
   * Simplified, traditional, pairwise, in the order of the simplified characters; where one has two
   * traditional forms, the first is the one {@link #of} writes.
   */
  private static final String PAIRS =
      "万萬与與专專业業个個为為举舉乐樂争爭于於产產亩畝亿億从從仓倉仪儀价價优優会會传傳体體余餘储儲关關兴興兽獸内內册冊农農冲衝净淨准準减減划劃创創别別"
          + "制製办辦务務动動励勵势勢区區医醫协協单單占佔卫衛厂廠压壓县縣参參发發后後启啟启啓员員团團园園围圍国國场場备備复複复復奖獎娱娛学學实實对對导導将將"
          + "属屬岗崗币幣带帶广廣库庫应應废廢开開弃棄强強当當录錄径徑总總户戶托託报報担擔拥擁拨撥数數时時显顯术術机機权權构構标標气氣注註润潤渔漁满滿点點炼煉烟煙"
          + "热熱独獨献獻环環现現电電盖蓋矿礦础礎种種积積税稅稳穩筑築筹籌签簽类類纤纖约約级級纳納纸紙纺紡组組织織经經绕繞给給统統继繼续續维維综綜绿綠缴繳联聯胶膠节節"
          + "范範药藥获獲营營补補装裝规規计計认認让讓议議记記设設识識试試请請调調谈談谋謀贡貢财財货貨贴貼贷貸贸貿费費赁賃资資车車转轉软軟输輸辖轄达達过過运運"
          + "这這进進连連选選递遞邮郵采採钢鋼铁鐵铝鋁铺鋪销銷长長间間际際陆陸项項顺順预預额額饮飲饰飾驻駐验驗";

  /** The simplified characters, sorted, and the traditional form {@link #of} writes for each. */
  private static final char[] SIMPLIFIED;
  private static final char[] TRADITIONAL_OF_SIMPLIFIED;
  /** The traditional characters, sorted, and the simplified form of each at the same index. */
  private static final char[] TRADITIONAL = new char[PAIRS.length() / 2];
  private static final char[] SIMPLIFIED_OF_TRADITIONAL = new char[TRADITIONAL.length];

  static {
    StringBuilder simplified = new StringBuilder();
    StringBuilder traditional = new StringBuilder();
    long[] byTraditional = new long[TRADITIONAL.length];
    for (int i = 0; i < TRADITIONAL.length; i++) {
      char s = PAIRS.charAt(2 * i);
      char t = PAIRS.charAt(2 * i + 1);
      if (simplified.length() == 0 || simplified.charAt(simplified.length() - 1) != s) {
        simplified.append(s);
        traditional.append(t);
      }
      byTraditional[i] = (long) t << 16 | s;
    }
    SIMPLIFIED = simplified.toString().toCharArray();
    TRADITIONAL_OF_SIMPLIFIED = traditional.toString().toCharArray();
    Arrays.sort(byTraditional);
    for (int i = 0; i < TRADITIONAL.length; i++) {
      TRADITIONAL[i] = (char) (byTraditional[i] >>> 16);
      SIMPLIFIED_OF_TRADITIONAL[i] = (char) byTraditional[i];
    }
  }

  /**
   * Words in which ICU writes a character of the table otherwise than the table does, each with its
   * traditional form: 核准, 批准 and 托管 keep 准 and 托 (標準, 委託 elsewhere), 批复 and 复工 write 復.
   */
  private static final String[][] WORDS = {{"核准", "核准"}, {"批准", "批准"}, {"托管", "托管"}, {"批复", "批復"}, {"复工", "復工"}};

  /**
   * {@code word} with each character of the table in its traditional form, the words of {@link
   * #WORDS} as they are written: 实施范围 → 實施範圍, 核准面积 → 核准面積.
   */
  public static String of(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      String[] whole = wordAt(word, i);
      if (whole != null) {
        sb.append(whole[1]);
        i += whole[0].length();
        continue;
      }
      char c = word.charAt(i);
      int k = Arrays.binarySearch(SIMPLIFIED, c);
      sb.append(k >= 0 ? TRADITIONAL_OF_SIMPLIFIED[k] : c);
      i++;
    }
    return sb.toString();
  }

  private static String[] wordAt(String text, int i) {
    for (String[] w : WORDS) {
      if (text.startsWith(w[0], i)) {
        return w;
      }
    }
    return null;
  }

  /** The simplified form of {@code c} where the table holds it as a traditional character, else {@code c}. */
  public static char simplified(char c) {
    int k = Arrays.binarySearch(TRADITIONAL, c);
    return k >= 0 ? SIMPLIFIED_OF_TRADITIONAL[k] : c;
  }
}
