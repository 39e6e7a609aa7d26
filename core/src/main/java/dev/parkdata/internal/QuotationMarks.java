package dev.parkdata.internal;

/**
 * Quotation marks, declared once for {@code Indicators}, whose names ignore them (“专精特新”企业 is
 * 专精特新企业), and the extractor, which pairs them (a quoted name among an indicator's words, a
 * paragraph opening with a quotation).
 */
public final class QuotationMarks {
  private QuotationMarks() {}

  /** Marks that open a quotation: curved, corner and white corner ones, then the straight one. */
  public static final String OPENING = "“「『‘\"";

  /** The marks that close each of {@link #OPENING}, in the same order; a straight mark does both. */
  public static final String CLOSING = "”」』’\"";

  /** Whether {@code c} is one of the marks, or an apostrophe, which a name written in ASCII may quote with. */
  public static boolean isMark(char c) {
    return OPENING.indexOf(c) >= 0 || CLOSING.indexOf(c) >= 0 || c == '\'';
  }
}
