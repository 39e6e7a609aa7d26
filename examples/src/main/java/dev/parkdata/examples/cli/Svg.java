package dev.parkdata.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A standalone SVG document, written element by element: well-formed XML in UTF-8, every text
 * and attribute value escaped, nothing external (no links, images, fonts or styles from
 * elsewhere; text in the viewer's own sans-serif font). Coordinates are exact decimals written
 * to two places: a picture has no need of more, and no {@code double} is involved.
 */
final class Svg {
  /** The font size of ordinary text, in pixels; a display column of text is about 0.6 of it wide. */
  static final int FONT = 12;
  private static final MathContext MC = MathContext.DECIMAL64;

  private final StringBuilder body = new StringBuilder();
  private final int width;
  private final int height;
  private final String title;

  /** A picture of {@code width} × {@code height} pixels titled {@code title} (its {@code <title>}). */
  Svg(int width, int height, String title) {
    this.width = width;
    this.height = height;
    this.title = title;
  }

  /** A filled rectangle, no border. */
  Svg rect(BigDecimal x, BigDecimal y, BigDecimal w, BigDecimal h, String fill) {
    body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
        .append("\" height=\"").append(n(h)).append("\" fill=\"").append(escape(fill)).append("\"/>\n");
    return this;
  }

  /** A line of {@code stroke} colour, {@code strokeWidth} wide. */
  Svg line(BigDecimal x1, BigDecimal y1, BigDecimal x2, BigDecimal y2, String stroke, String strokeWidth) {
    body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
        .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"")
        .append(escape(strokeWidth)).append("\"/>\n");
    return this;
  }

  /** A circle, filled with {@code fill} ({@code none} for a ring) and drawn in {@code stroke}. */
  Svg circle(BigDecimal cx, BigDecimal cy, BigDecimal r, String fill, String stroke) {
    body.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
        .append("\" fill=\"").append(escape(fill)).append("\" stroke=\"").append(escape(stroke))
        .append("\" stroke-width=\"1.5\"/>\n");
    return this;
  }

  /** A polyline through {@code points} (x, y, x, y …), not filled. */
  Svg polyline(BigDecimal[] points, String stroke) {
    body.append("<polyline fill=\"none\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"2\" points=\"");
    for (int i = 0; i < points.length; i += 2) {
      body.append(i == 0 ? "" : " ").append(n(points[i])).append(',').append(n(points[i + 1]));
    }
    body.append("\"/>\n");
    return this;
  }

  /**
   * Text at ({@code x}, {@code y}), its baseline at y; {@code anchor} is {@code start}, {@code
   * middle} or {@code end}.
   */
  Svg text(BigDecimal x, BigDecimal y, String text, String anchor, int size, String fill, boolean bold) {
    body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
        .append(escape(anchor)).append("\" font-size=\"").append(size).append("\" fill=\"").append(escape(fill)).append('"');
    if (bold) {
      body.append(" font-weight=\"bold\"");
    }
    body.append('>').append(escape(text)).append("</text>\n");
    return this;
  }

  /** The document. */
  String render() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
        + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\"sans-serif\">\n"
        + "<title>" + escape(title) + "</title>\n"
        + "<rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n"
        + body
        + "</svg>\n";
  }

  /**
   * Writes {@code document} to {@code file} in UTF-8.
   *
   * @throws Inputs.CannotWrite saying why not, which the tool reports in one line (exit 1)
   */
  static void write(String document, Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(document);
    } catch (IOException e) {
      throw new Inputs.CannotWrite(file.toString(), e);
    }
  }

  /** The width in pixels of {@code text} at {@code size}: 0.6 of the size a display column. */
  static BigDecimal textWidth(String text, int size) {
    return BigDecimal.valueOf(TextTable.displayWidth(text) * size * 6L, 1);
  }

  /** {@code a × b / c}, exact enough for a picture (16 digits). */
  static BigDecimal scale(BigDecimal a, BigDecimal b, BigDecimal c) {
    return c.signum() == 0 ? BigDecimal.ZERO : a.multiply(b).divide(c, MC);
  }

  /** A whole number of pixels as a decimal. */
  static BigDecimal px(long pixels) {
    return BigDecimal.valueOf(pixels);
  }

  private static String n(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** Escapes the five characters XML gives meaning, and drops those XML 1.0 cannot hold. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&apos;");
          break;
        default:
          if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
              || cp >= 0x10000) {
            sb.appendCodePoint(cp);
          }
      }
    }
    return sb.toString();
  }
}
