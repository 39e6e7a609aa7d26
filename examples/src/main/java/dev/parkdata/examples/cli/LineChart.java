package dev.parkdata.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line chart of values over periods, drawn in the terminal ({@link #terminal}) or as SVG
 * ({@link #svg}): a point a period, joined in order. A figure stated exactly is a filled point; a
 * qualified one (about, over, more than …) a ring at its stated number; a range a vertical stroke
 * from its least to its greatest value, ringed at its middle. The axis is labelled with the
 * least and greatest values as given; only positions are rounded (to a terminal row, or a
 * hundredth of a pixel).
 */
final class LineChart {
  /** Rows of the plot in a terminal. */
  static final int ROWS = 10;

  private final String title;
  private final String lowLabel;
  private final String highLabel;
  private final List<Point> points = new ArrayList<>();

  /** One period's figure. */
  private static final class Point {
    final String period;
    final BigDecimal low;
    final BigDecimal high;
    final boolean exact;
    final String text;

    Point(String period, BigDecimal low, BigDecimal high, boolean exact, String text) {
      this.period = period;
      this.low = low;
      this.high = high;
      this.exact = exact;
      this.text = text;
    }

    BigDecimal middle() {
      return low.add(high).divide(BigDecimal.valueOf(2));
    }
  }

  /**
   * A chart titled {@code title}, whose axis shows {@code lowLabel} at the least value and {@code
   * highLabel} at the greatest.
   */
  LineChart(String title, String lowLabel, String highLabel) {
    this.title = title;
    this.lowLabel = lowLabel;
    this.highLabel = highLabel;
  }

  /**
   * Adds the figure of {@code period}: {@code low} to {@code high} (equal for one value), exact
   * or qualified, written {@code text}.
   */
  LineChart add(String period, BigDecimal low, BigDecimal high, boolean exact, String text) {
    checkArgument(low.compareTo(high) <= 0, "low %s above high %s", low, high);
    points.add(new Point(period, low, high, exact, text));
    return this;
  }

  private BigDecimal[] extent() {
    BigDecimal lo = points.get(0).low;
    BigDecimal hi = points.get(0).high;
    for (Point p : points) {
      lo = lo.min(p.low);
      hi = hi.max(p.high);
    }
    return new BigDecimal[] {lo, hi.compareTo(lo) == 0 ? lo.add(BigDecimal.ONE) : hi};
  }

  /** {@code value}'s place between {@code lo} (0) and {@code hi} ({@code steps}), rounded. */
  private static int step(BigDecimal value, BigDecimal lo, BigDecimal hi, int steps) {
    return Svg.scale(value.subtract(lo), BigDecimal.valueOf(steps), hi.subtract(lo)).setScale(0, RoundingMode.HALF_UP).intValue();
  }

  /** The chart drawn with {@code glyphs}: title, {@value #ROWS} rows of plot, the periods, a legend. */
  String terminal(ChartGlyphs glyphs) {
    BigDecimal[] extent = extent();
    int axis = Math.max(TextTable.displayWidth(lowLabel), TextTable.displayWidth(highLabel));
    int column = 4;
    for (Point p : points) {
      column = Math.max(column, TextTable.displayWidth(p.period) + 2);
    }
    int width = column * points.size();
    char[][] plot = new char[ROWS][width];
    for (char[] row : plot) {
      Arrays.fill(row, ' ');
    }
    int[] xs = new int[points.size()];
    int[] ys = new int[points.size()];
    for (int i = 0; i < points.size(); i++) {
      xs[i] = i * column + column / 2;
      ys[i] = ROWS - 1 - step(points.get(i).middle(), extent[0], extent[1], ROWS - 1);
    }
    for (int i = 0; i + 1 < points.size(); i++) {
      for (int x = xs[i] + 1; x < xs[i + 1]; x++) {
        int along = (ys[i + 1] - ys[i]) * (x - xs[i]);
        int span = xs[i + 1] - xs[i];
        plot[ys[i] + Math.floorDiv(2 * along + span, 2 * span)][x] = glyphs.trace; // rounded half up
      }
    }
    boolean qualified = false;
    boolean ranged = false;
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      if (p.low.compareTo(p.high) != 0) {
        ranged = true;
        int top = ROWS - 1 - step(p.high, extent[0], extent[1], ROWS - 1);
        int bottom = ROWS - 1 - step(p.low, extent[0], extent[1], ROWS - 1);
        for (int y = top; y <= bottom; y++) {
          plot[y][xs[i]] = glyphs.range;
        }
      }
      qualified |= !p.exact;
      plot[ys[i]][xs[i]] = p.exact ? glyphs.point : glyphs.hollowPoint;
    }
    StringBuilder out = new StringBuilder(title).append('\n');
    for (int y = 0; y < ROWS; y++) {
      String label = y == 0 ? highLabel : y == ROWS - 1 ? lowLabel : "";
      out.append(" ".repeat(axis - TextTable.displayWidth(label))).append(label).append(' ').append(glyphs.tick)
          .append(new String(plot[y]).stripTrailing()).append('\n');
    }
    out.append(" ".repeat(axis + 1)).append(glyphs.tick).append(String.valueOf(glyphs.rule).repeat(width)).append('\n');
    StringBuilder periods = new StringBuilder(" ".repeat(axis + 2));
    for (Point p : points) {
      int w = TextTable.displayWidth(p.period);
      int before = (column - w) / 2;
      periods.append(" ".repeat(before)).append(p.period).append(" ".repeat(column - w - before));
    }
    out.append(periods.toString().stripTrailing()).append('\n');
    StringBuilder legend = new StringBuilder().append(glyphs.point).append(" as stated");
    if (qualified) {
      legend.append("  ").append(glyphs.hollowPoint).append(" qualified (about, over, more than …)");
    }
    if (ranged) {
      legend.append("  ").append(glyphs.range).append(" range");
    }
    return out.append(legend).append('\n').toString();
  }

  /** The same chart as a standalone SVG document, each point labelled with its figure. */
  String svg() {
    BigDecimal[] extent = extent();
    BigDecimal left = Svg.textWidth(lowLabel, Svg.FONT).max(Svg.textWidth(highLabel, Svg.FONT)).add(Svg.px(24));
    long column = 88;
    for (Point p : points) {
      column = Math.max(column, Svg.textWidth(p.text, 11).longValue() + 16);
    }
    BigDecimal plotWidth = Svg.px(column * points.size());
    long top = 64;
    long plotHeight = 240;
    int width = left.add(plotWidth).add(Svg.px(24)).setScale(0, RoundingMode.CEILING).intValueExact();
    int height = (int) (top + plotHeight + 72);
    Svg svg = new Svg(width, height, title);
    svg.text(Svg.px(12), Svg.px(28), title, "start", 16, "#222222", true);
    BigDecimal bottom = Svg.px(top + plotHeight);
    svg.line(left, Svg.px(top), left, bottom, "#888888", "1");
    svg.line(left, bottom, left.add(plotWidth), bottom, "#888888", "1");
    svg.text(left.subtract(Svg.px(8)), Svg.px(top + 4), highLabel, "end", Svg.FONT, "#222222", false);
    svg.text(left.subtract(Svg.px(8)), bottom, lowLabel, "end", Svg.FONT, "#222222", false);
    BigDecimal[] line = new BigDecimal[points.size() * 2];
    for (int i = 0; i < points.size(); i++) {
      line[2 * i] = left.add(Svg.px(column * i + column / 2));
      line[2 * i + 1] = y(points.get(i).middle(), extent, top, plotHeight);
    }
    svg.polyline(line, "#3182bd");
    for (int i = 0; i < points.size(); i++) {
      Point p = points.get(i);
      BigDecimal x = line[2 * i];
      if (p.low.compareTo(p.high) != 0) {
        svg.line(x, y(p.high, extent, top, plotHeight), x, y(p.low, extent, top, plotHeight), "#08519c", "3");
      }
      svg.circle(x, line[2 * i + 1], Svg.px(5), p.exact ? "#08519c" : "#ffffff", "#08519c");
      BigDecimal above = p.low.compareTo(p.high) != 0 ? y(p.high, extent, top, plotHeight) : line[2 * i + 1];
      svg.text(x, above.subtract(Svg.px(10)), p.text, "middle", 11, "#222222", false);
      svg.text(x, bottom.add(Svg.px(20)), p.period, "middle", Svg.FONT, "#222222", false);
    }
    svg.circle(left, Svg.px(top + plotHeight + 48), Svg.px(5), "#08519c", "#08519c");
    svg.text(left.add(Svg.px(10)), Svg.px(top + plotHeight + 52), "as stated", "start", 11, "#222222", false);
    svg.circle(left.add(Svg.px(90)), Svg.px(top + plotHeight + 48), Svg.px(5), "#ffffff", "#08519c");
    svg.text(left.add(Svg.px(100)), Svg.px(top + plotHeight + 52), "qualified or a range", "start", 11, "#222222", false);
    return svg.render();
  }

  private static BigDecimal y(BigDecimal value, BigDecimal[] extent, long top, long plotHeight) {
    return Svg.px(top + plotHeight).subtract(Svg.scale(value.subtract(extent[0]), Svg.px(plotHeight), extent[1].subtract(extent[0])));
  }
}
