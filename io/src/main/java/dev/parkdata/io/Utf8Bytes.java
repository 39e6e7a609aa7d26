package dev.parkdata.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The UTF-8 bytes of a reader's text, so that NDJSON given as characters is read by the same
 * byte-level line reader as NDJSON given as bytes. A lone surrogate, which no encoding can
 * write, fails the read with a {@link java.nio.charset.CharacterCodingException} rather than
 * becoming a replacement character.
 */
final class Utf8Bytes extends InputStream {
  private final Reader reader;
  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chars = CharBuffer.allocate(8192).flip();
  private final ByteBuffer bytes = ByteBuffer.allocate(3 * 8192).flip();
  private boolean endOfInput;
  private boolean flushed;

  Utf8Bytes(Reader reader) {
    this.reader = reader;
  }

  @Override
  public int read() throws IOException {
    if (!bytes.hasRemaining() && !encode()) {
      return -1;
    }
    return bytes.get() & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    if (!bytes.hasRemaining() && !encode()) {
      return -1;
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  /** Encodes more of the text into the emptied byte buffer; false at the end of the text. */
  private boolean encode() throws IOException {
    bytes.clear();
    while (bytes.position() == 0 && !flushed) {
      CoderResult result = encoder.encode(chars, bytes, endOfInput);
      if (result.isError()) {
        result.throwException();
      }
      if (result.isUnderflow()) {
        if (endOfInput) {
          encoder.flush(bytes);
          flushed = true;
        } else {
          refill();
        }
      }
    }
    bytes.flip();
    return bytes.hasRemaining();
  }

  private void refill() throws IOException {
    chars.compact();
    int n = reader.read(chars);
    if (n < 0) {
      endOfInput = true;
    }
    chars.flip();
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
