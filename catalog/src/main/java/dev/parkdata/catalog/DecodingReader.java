package dev.parkdata.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Decodes a catalogue file, putting U+FFFD for bytes that are not valid in its encoding and
 * noting the line and byte offset of each such line, so that a bad cell is a fault of its row
 * rather than of the file. A file that is plainly in another encoding (a UTF-16 byte-order mark,
 * NUL bytes or an undecodable header line) is a {@link CatalogFormatException} naming it.
 */
final class DecodingReader extends Reader {
  /** A line with bytes that are not valid in the encoding: the first such byte's offset. */
  static final class BadLine {
    final int line;
    final long offset;

    BadLine(int line, long offset) {
      this.line = line;
      this.offset = offset;
    }
  }

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private final Deque<BadLine> bad = new ArrayDeque<>();
  private long consumed;
  private int line = 1;
  private int lastBadLine;
  private int badLines;
  private boolean eof;
  private boolean done;
  private boolean started;

  DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  /** The lines with bad bytes decoded so far up to {@code upTo}, taken from the reader. */
  Deque<BadLine> takeBadLines(int upTo) {
    Deque<BadLine> taken = new ArrayDeque<>();
    while (!bad.isEmpty() && bad.peekFirst().line <= upTo) {
      taken.add(bad.pollFirst());
    }
    return taken;
  }

  /** How many lines had bad bytes. */
  int badLines() {
    return badLines;
  }

  /** The lines decoded, so far. */
  int lines() {
    return line;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (done) {
        return -1;
      }
      if (!bytes.hasRemaining() && !eof) {
        fill();
        continue;
      }
      int mark = out.position();
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, out, eof);
      consumed += bytes.position() - before;
      count(cbuf, mark, out.position());
      if (result.isError()) {
        malformed();
        bytes.position(bytes.position() + result.length());
        consumed += result.length();
        out.put('\uFFFD');
      } else if (result.isUnderflow()) {
        if (eof) {
          mark = out.position();
          decoder.flush(out);
          count(cbuf, mark, out.position());
          done = true;
        } else {
          fill();
        }
      }
    }
    return out.position() - off;
  }

  private void count(char[] cbuf, int from, int to) {
    for (int i = from; i < to; i++) {
      if (cbuf[i] == '\n') {
        line++;
      }
    }
  }

  private void malformed() {
    if (line == 1) {
      throw notIn("its first line has bytes that are not " + charset.name() + " at byte " + consumed
          + (charset.equals(StandardCharsets.UTF_8) ? "; a file from Excel or WPS may be GB18030: read it with that encoding" : ""));
    }
    if (line != lastBadLine) {
      bad.add(new BadLine(line, consumed));
      lastBadLine = line;
      badLines++;
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
    if (!started && (bytes.remaining() >= 4 || eof)) {
      started = true;
      sniff();
    }
  }

  /** Refuses a file that announces another encoding before anything is decoded. */
  private void sniff() {
    int n = Math.min(bytes.remaining(), 512);
    if (n >= 2) {
      int b0 = bytes.get(bytes.position()) & 0xFF;
      int b1 = bytes.get(bytes.position() + 1) & 0xFF;
      boolean utf16 = charset.name().startsWith("UTF-16");
      if (!utf16 && (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF)) {
        throw notIn("it starts with the byte-order mark of UTF-16; save it as UTF-8");
      }
      for (int i = 0; i < n && !utf16; i++) {
        if (bytes.get(bytes.position() + i) == 0) {
          throw notIn("it has a NUL byte at byte " + i + ", as UTF-16 text does; save it as UTF-8");
        }
      }
    }
  }

  private CatalogFormatException notIn(String why) {
    return new CatalogFormatException("the file is not " + charset.name() + ": " + why, line, null);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
