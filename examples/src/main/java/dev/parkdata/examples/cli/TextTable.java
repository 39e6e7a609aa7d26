package dev.parkdata.examples.cli;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal even when cells hold Chinese text:
 * cells are padded by {@linkplain #displayWidth(CharSequence) display width}, in which wide and
 * full-width East Asian characters take two columns.
 *
 * <pre>{@code
 * String text = new TextTable("NAME", "ENGLISH", "FACTOR")
 *     .alignRight(2)
 *     .addRow("平方公里", "square kilometre", "1000000")
 *     .addRow("亩", "mu", "2000/3")
 *     .render();
 * }</pre>
 *
 * <p>Columns are separated by two spaces; lines carry no trailing white space and end with
 * {@code \n}. Not thread-safe while rows are added.
 */
public final class TextTable {
  private static final String GAP = "  ";

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;
  private final BitSet rightAligned = new BitSet();

  /** Starts a table with these column headers. */
  public TextTable(String... headers) {
    checkArgument(headers.length > 0, "a table needs at least one column");
    this.columns = headers.length;
    rows.add(copy(headers));
  }

  /** Right-aligns the columns at these zero-based indexes (for numbers). */
  public TextTable alignRight(int... columnIndexes) {
    for (int c : columnIndexes) {
      checkArgument(c >= 0 && c < columns, "column %s out of range [0, %s)", c, columns);
      rightAligned.set(c);
    }
    return this;
  }

  /**
   * Adds a row; {@code null} cells print empty.
   *
   * @throws IllegalArgumentException if the row does not have one cell per column
   */
  public TextTable addRow(String... cells) {
    checkArgument(cells.length == columns, "expected %s cells, got %s: %s", columns, cells.length, Arrays.toString(cells));
    rows.add(copy(cells));
    return this;
  }

  /** The number of rows added, not counting the header. */
  public int rowCount() {
    return rows.size() - 1;
  }

  /** Renders the header and the rows, one line each. */
  public String render() {
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], displayWidth(row[c]));
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        if (c > 0) {
          line.append(GAP);
        }
        String padding = " ".repeat(widths[c] - displayWidth(row[c]));
        line.append(rightAligned.get(c) ? padding + row[c] : row[c] + padding);
      }
      sb.append(line.toString().stripTrailing()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return render();
  }

  /**
   * The number of terminal columns {@code text} takes: two for each wide or full-width East Asian
   * character (CJK ideographs, kana, hangul, full-width forms such as {@code ％} and {@code ｍ},
   * CJK compatibility symbols such as {@code ㎡}), none for combining marks and control
   * characters, one for the others.
   */
  public static int displayWidth(CharSequence text) {
    checkNotNull(text, "text");
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      width += codePointWidth(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  private static int codePointWidth(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.CONTROL
        || type == Character.FORMAT) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  /** East Asian Width W or F (Unicode UAX #11), by block ranges. */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
        || (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, Kangxi, CJK symbols and punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, CJK strokes, enclosed CJK, compatibility (㎡)
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // full-width forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6) // full-width signs
        || (cp >= 0x1F300 && cp <= 0x1F64F) // pictographs, emoticons
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
  }

  private static String[] copy(String[] cells) {
    String[] copy = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      copy[i] = cells[i] == null ? "" : cells[i];
    }
    return copy;
  }
}
