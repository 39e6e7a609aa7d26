package dev.parkdata.examples.cli;

import dev.parkdata.catalog.Division;
import dev.parkdata.catalog.Divisions;
import dev.parkdata.location.Province;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A tile-grid map of China's provinces: each province one square tile, placed on a grid roughly
 * where it lies (north up), labelled with its short name and shaded by its value; no borders are
 * drawn. The shades are quartile classes of the values shown (each with its lowest and highest
 * value in the legend), so that the few provinces with most do not wash out the rest; a province
 * without a value is drawn blank and said to have none.
 */
final class ProvinceMap {
  /** Each province's tile as {column, row}, row 0 the northernmost; declared here once. */
  private static final Map<Province, int[]> TILES = new EnumMap<>(Province.class);

  static {
    tile(Province.HEILONGJIANG, 6, 0);
    tile(Province.INNER_MONGOLIA, 3, 1);
    tile(Province.BEIJING, 4, 1);
    tile(Province.JILIN, 6, 1);
    tile(Province.XINJIANG, 0, 2);
    tile(Province.NINGXIA, 2, 2);
    tile(Province.SHANXI, 3, 2);
    tile(Province.HEBEI, 4, 2);
    tile(Province.TIANJIN, 5, 2);
    tile(Province.LIAONING, 6, 2);
    tile(Province.QINGHAI, 1, 3);
    tile(Province.GANSU, 2, 3);
    tile(Province.SHAANXI, 3, 3);
    tile(Province.HENAN, 4, 3);
    tile(Province.SHANDONG, 5, 3);
    tile(Province.TIBET, 1, 4);
    tile(Province.SICHUAN, 2, 4);
    tile(Province.CHONGQING, 3, 4);
    tile(Province.HUBEI, 4, 4);
    tile(Province.ANHUI, 5, 4);
    tile(Province.JIANGSU, 6, 4);
    tile(Province.SHANGHAI, 7, 4);
    tile(Province.YUNNAN, 2, 5);
    tile(Province.GUIZHOU, 3, 5);
    tile(Province.HUNAN, 4, 5);
    tile(Province.JIANGXI, 5, 5);
    tile(Province.ZHEJIANG, 6, 5);
    tile(Province.GUANGXI, 3, 6);
    tile(Province.GUANGDONG, 4, 6);
    tile(Province.FUJIAN, 5, 6);
    tile(Province.TAIWAN, 6, 6);
    tile(Province.HAINAN, 3, 7);
    tile(Province.MACAO, 4, 7);
    tile(Province.HONG_KONG, 5, 7);
  }

  private static final int COLUMNS = 8;
  private static final int ROWS = 8;
  /** Terminal columns a tile takes: its shade, a name of up to three Chinese characters, a space. */
  private static final int TILE_WIDTH = 8;
  /** The SVG fills of the classes, lightest first (ColorBrewer Blues), and of a province without a value. */
  private static final String[] FILLS = {"#c6dbef", "#6baed6", "#2171b5", "#08306b"};
  private static final String NO_VALUE = "#eeeeee";
  /** The SVG's tiles: their side, the gap between them, and where the grid begins. */
  private static final int SVG_TILE = 72;
  private static final int SVG_GAP = 6;
  private static final int SVG_LEFT = 16;
  private static final int SVG_TOP = 52;

  private static void tile(Province p, int column, int row) {
    TILES.put(p, new int[] {column, row});
  }

  private final String title;
  private final String noValue;
  private final Map<Province, BigDecimal> values = new EnumMap<>(Province.class);
  private final Map<Province, String> labels = new EnumMap<>(Province.class);

  /**
   * A map titled {@code title}, whose provinces without a value the legend calls {@code noValue}
   * ("no zones").
   */
  ProvinceMap(String title, String noValue) {
    this.title = title;
    this.noValue = noValue;
  }

  /** Gives {@code province} a value, shown as {@code label}. */
  ProvinceMap put(Province province, BigDecimal value, String label) {
    values.put(province, value);
    labels.put(province, label);
    return this;
  }

  /** Every province has a tile (a test holds this for each constant). */
  static boolean hasTile(Province p) {
    return TILES.containsKey(p);
  }

  /** The tile of {@code p}, {column, row}. */
  static int[] tileOf(Province p) {
    return TILES.get(p).clone();
  }

  /** The top left corner of {@code p}'s tile in the SVG, {x, y} in pixels. */
  static long[] svgTile(Province p) {
    int[] at = TILES.get(p);
    return new long[] {SVG_LEFT + (long) at[0] * (SVG_TILE + SVG_GAP), SVG_TOP + (long) at[1] * (SVG_TILE + SVG_GAP)};
  }

  /** The short name on a tile: 江苏, 内蒙古, 新疆 (the GB/T 2260 division's short name). */
  static String shortName(Province p) {
    return Divisions.gbt2260().latestByCode(p.code() + "0000").map(Division::shortName).orElse(p.chineseName());
  }

  /**
   * The class of each value, 0 to {@code classes - 1}: by the share of values below it, so that
   * equal values share a class and each class holds about as many provinces.
   */
  private Map<Province, Integer> classes(int classes) {
    Map<Province, Integer> result = new EnumMap<>(Province.class);
    int n = values.size();
    for (Map.Entry<Province, BigDecimal> e : values.entrySet()) {
      int below = 0;
      for (BigDecimal other : values.values()) {
        if (other.compareTo(e.getValue()) < 0) {
          below++;
        }
      }
      result.put(e.getKey(), Math.min(classes - 1, below * classes / n));
    }
    return result;
  }

  /** Each non-empty class's lowest and highest label, {@code "2–20"}, indexed by class (null if empty). */
  private String[] legend(Map<Province, Integer> classOf, int classes) {
    BigDecimal[] low = new BigDecimal[classes];
    BigDecimal[] high = new BigDecimal[classes];
    String[] lowLabel = new String[classes];
    String[] highLabel = new String[classes];
    for (Map.Entry<Province, Integer> e : classOf.entrySet()) {
      int c = e.getValue();
      BigDecimal v = values.get(e.getKey());
      if (low[c] == null || v.compareTo(low[c]) < 0) {
        low[c] = v;
        lowLabel[c] = labels.get(e.getKey());
      }
      if (high[c] == null || v.compareTo(high[c]) > 0) {
        high[c] = v;
        highLabel[c] = labels.get(e.getKey());
      }
    }
    String[] legend = new String[classes];
    for (int c = 0; c < classes; c++) {
      if (low[c] != null) {
        legend[c] = low[c].compareTo(high[c]) == 0 ? lowLabel[c] : lowLabel[c] + "–" + highLabel[c];
      }
    }
    return legend;
  }

  /** The map in the terminal, each tile its shade and short name; a legend of the shades below. */
  String terminal(ChartGlyphs glyphs) {
    Map<Province, Integer> classOf = classes(glyphs.shadeCount());
    String[][] grid = new String[ROWS][COLUMNS];
    TILES.forEach((p, at) -> {
      String name = shortName(p);
      Integer c = classOf.get(p);
      grid[at[1]][at[0]] = (c == null ? " " : String.valueOf(glyphs.shade(c))) + name
          + " ".repeat(Math.max(1, TILE_WIDTH - 1 - TextTable.displayWidth(name)));
    });
    StringBuilder out = new StringBuilder(title).append('\n');
    for (String[] row : grid) {
      StringBuilder line = new StringBuilder();
      for (String cell : row) {
        line.append(cell == null ? " ".repeat(TILE_WIDTH) : cell);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    String[] legend = legend(classOf, glyphs.shadeCount());
    StringBuilder key = new StringBuilder();
    for (int c = 0; c < legend.length; c++) {
      if (legend[c] != null) {
        key.append(key.length() == 0 ? "" : "  ").append(glyphs.shade(c)).append(' ').append(legend[c]);
      }
    }
    if (values.size() < TILES.size()) {
      key.append(key.length() == 0 ? "" : "  ").append("blank: ").append(noValue);
    }
    return out.append(key).append('\n').toString();
  }

  /** The same map as a standalone SVG document. */
  String svg() {
    int tile = SVG_TILE;
    int left = SVG_LEFT;
    int top = SVG_TOP;
    Map<Province, Integer> classOf = classes(FILLS.length);
    int gridHeight = ROWS * (tile + SVG_GAP);
    int width = left * 2 + COLUMNS * (tile + SVG_GAP);
    String[] legend = legend(classOf, FILLS.length);
    List<String[]> keys = new ArrayList<>();
    for (int c = 0; c < legend.length; c++) {
      if (legend[c] != null) {
        keys.add(new String[] {FILLS[c], legend[c]});
      }
    }
    if (values.size() < TILES.size()) {
      keys.add(new String[] {NO_VALUE, noValue});
    }
    // the legend's keys in rows that fit the width: {x, y} of each
    long[][] at = new long[keys.size()][];
    long x = left;
    long y = top + gridHeight + 16;
    for (int i = 0; i < keys.size(); i++) {
      long w = 34 + Svg.textWidth(keys.get(i)[1], Svg.FONT).longValue();
      if (x > left && x + w > width - left) {
        x = left;
        y += 24;
      }
      at[i] = new long[] {x, y};
      x += w;
    }
    int height = (int) y + 32;
    Svg svg = new Svg(width, height, title);
    svg.text(Svg.px(left), Svg.px(30), title, "start", 16, "#222222", true);
    TILES.keySet().forEach(p -> {
      long tx = svgTile(p)[0];
      long ty = svgTile(p)[1];
      Integer c = classOf.get(p);
      svg.rect(Svg.px(tx), Svg.px(ty), Svg.px(tile), Svg.px(tile), c == null ? NO_VALUE : FILLS[c]);
      String ink = c != null && c >= 2 ? "#ffffff" : "#222222";
      svg.text(Svg.px(tx + tile / 2), Svg.px(ty + 30), shortName(p), "middle", 14, ink, true);
      svg.text(Svg.px(tx + tile / 2), Svg.px(ty + 52), c == null ? "—" : labels.get(p), "middle", 11, ink, false);
    });
    for (int i = 0; i < keys.size(); i++) {
      svg.rect(Svg.px(at[i][0]), Svg.px(at[i][1]), Svg.px(16), Svg.px(16), keys.get(i)[0]);
      svg.text(Svg.px(at[i][0] + 22), Svg.px(at[i][1] + 13), keys.get(i)[1], "start", Svg.FONT, "#222222", false);
    }
    return svg.render();
  }
}
