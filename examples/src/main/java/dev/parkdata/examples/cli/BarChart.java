package dev.parkdata.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of named non-negative values, drawn in the terminal ({@link
 * #terminal}) or as SVG ({@link #svg}). Each bar is labelled with its name and its value exactly
 * as given; only a bar's length is rounded (to an eighth of a cell, or a hundredth of a pixel).
 * Names are aligned by display width, so Chinese names line up.
 */
final class BarChart {
  /** The narrowest and widest bars drawn in a terminal, in cells. */
  static final int MIN_BAR = 10;
  static final int MAX_BAR = 60;

  private final String title;
  private final List<String> names = new ArrayList<>();
  private final List<BigDecimal> values = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();

  /** A chart titled {@code title} ("Zones per province"). */
  BarChart(String title) {
    this.title = title;
  }

  /** Adds a bar of {@code value}, labelled {@code label} (the value as the reader should see it). */
  BarChart add(String name, BigDecimal value, String label) {
    checkArgument(value.signum() >= 0, "a bar cannot be negative: %s %s", name, value);
    names.add(name);
    values.add(value);
    labels.add(label);
    return this;
  }

  /** The number of bars. */
  int size() {
    return names.size();
  }

  private BigDecimal max() {
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      max = max.max(v);
    }
    return max;
  }

  /** The chart in {@code columns} terminal columns, drawn with {@code glyphs}: a title line and a line a bar. */
  String terminal(int columns, ChartGlyphs glyphs) {
    int nameWidth = 0;
    int labelWidth = 0;
    for (int i = 0; i < size(); i++) {
      nameWidth = Math.max(nameWidth, TextTable.displayWidth(names.get(i)));
      labelWidth = Math.max(labelWidth, TextTable.displayWidth(labels.get(i)));
    }
    int bar = Math.max(MIN_BAR, Math.min(MAX_BAR, columns - nameWidth - labelWidth - 4));
    BigDecimal max = max();
    StringBuilder out = new StringBuilder(title).append('\n');
    for (int i = 0; i < size(); i++) {
      long eighths = max.signum() == 0 ? 0
          : Svg.scale(values.get(i), BigDecimal.valueOf(bar * 8L), max).setScale(0, RoundingMode.HALF_UP).longValueExact();
      String drawn = glyphs.bar(eighths);
      String name = names.get(i);
      out.append(name).append(" ".repeat(nameWidth - TextTable.displayWidth(name))).append("  ")
          .append(drawn).append(' ').append(labels.get(i)).append('\n');
    }
    return out.toString();
  }

  /** The same chart as a standalone SVG document. */
  String svg() {
    int row = 24;
    BigDecimal nameWidth = BigDecimal.ZERO;
    BigDecimal labelWidth = BigDecimal.ZERO;
    for (int i = 0; i < size(); i++) {
      nameWidth = nameWidth.max(Svg.textWidth(names.get(i), Svg.FONT));
      labelWidth = labelWidth.max(Svg.textWidth(labels.get(i), Svg.FONT));
    }
    BigDecimal left = nameWidth.add(Svg.px(24));
    BigDecimal barArea = Svg.px(480);
    int width = left.add(barArea).add(labelWidth).add(Svg.px(24)).setScale(0, RoundingMode.CEILING).intValueExact();
    int top = 48;
    int height = top + row * size() + 16;
    Svg svg = new Svg(width, height, title);
    svg.text(Svg.px(12), Svg.px(28), title, "start", 16, "#222222", true);
    BigDecimal max = max();
    for (int i = 0; i < size(); i++) {
      BigDecimal y = Svg.px(top + (long) row * i);
      BigDecimal length = Svg.scale(values.get(i), barArea, max);
      BigDecimal baseline = y.add(Svg.px(16));
      svg.text(nameWidth.add(Svg.px(12)), baseline, names.get(i), "end", Svg.FONT, "#222222", false);
      svg.rect(left, y.add(Svg.px(4)), length, Svg.px(16), "#3182bd");
      svg.text(left.add(length).add(Svg.px(6)), baseline, labels.get(i), "start", Svg.FONT, "#222222", false);
    }
    return svg.render();
  }
}
