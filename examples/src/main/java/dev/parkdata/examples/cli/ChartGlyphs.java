package dev.parkdata.examples.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The characters the terminal charts are drawn with: Unicode block elements where the terminal
 * shows them, ASCII where it may not ({@code --ascii}, {@code TERM=dumb}, or a locale whose
 * charset is not UTF-8, such as {@code LANG=C} on a JDK before 18).
 */
enum ChartGlyphs {
  /** Eighth blocks for bars, shades for the map, a dot and a ring for points. */
  UNICODE('█', "▏▎▍▌▋▊▉", '●', '○', '│', '·', new char[] {'░', '▒', '▓', '█'}, '┤', '─'),
  /** {@code #} bars in whole cells, {@code .:+#} shades, {@code *} and {@code o} for points. */
  ASCII('#', "", '*', 'o', '|', '.', new char[] {'.', ':', '+', '#'}, '+', '-');

  final char full;
  /** The bar ends of one to seven eighths of a cell; empty where only whole cells are drawn. */
  final String eighths;
  final char point;
  final char hollowPoint;
  final char range;
  final char trace;
  private final char[] shades;
  final char tick;
  final char rule;

  ChartGlyphs(char full, String eighths, char point, char hollowPoint, char range, char trace, char[] shades,
      char tick, char rule) {
    this.full = full;
    this.eighths = eighths;
    this.point = point;
    this.hollowPoint = hollowPoint;
    this.range = range;
    this.trace = trace;
    this.shades = shades;
    this.tick = tick;
    this.rule = rule;
  }

  /** The number of shades of the map, lightest first. */
  int shadeCount() {
    return shades.length;
  }

  /** The shade of class {@code i}, {@code 0} the lightest. */
  char shade(int i) {
    return shades[i];
  }

  /**
   * A bar of {@code eighthsLong} eighths of a cell: whole blocks and an end block, or in ASCII
   * whole cells, rounded half up, at least one for a bar that is not nothing.
   */
  String bar(long eighthsLong) {
    if (eighths.isEmpty()) {
      long cells = (eighthsLong + 4) / 8;
      return String.valueOf(full).repeat((int) (cells == 0 && eighthsLong > 0 ? 1 : cells));
    }
    int rest = (int) (eighthsLong % 8);
    return String.valueOf(full).repeat((int) (eighthsLong / 8)) + (rest == 0 ? "" : String.valueOf(eighths.charAt(rest - 1)));
  }

  /** The glyphs for standard output of this process, {@code ascii} if the user asked for ASCII. */
  static ChartGlyphs detect(boolean ascii) {
    String charset = System.getProperty("stdout.encoding");
    if (charset == null) {
      charset = System.getProperty("native.encoding", Charset.defaultCharset().name());
    }
    return of(ascii, System.getenv("TERM"), charset);
  }

  /** ASCII if asked, if {@code term} is {@code dumb}, or if {@code charset} is not UTF-8; else Unicode. */
  static ChartGlyphs of(boolean ascii, String term, String charset) {
    if (ascii || "dumb".equals(term)) {
      return ASCII;
    }
    try {
      return charset != null && Charset.forName(charset).equals(StandardCharsets.UTF_8) ? UNICODE : ASCII;
    } catch (IllegalArgumentException unknownCharset) {
      return ASCII;
    }
  }
}
