package dev.parkdata.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** NDJSON given as characters is read as its UTF-8 bytes: the bytes must be exactly those. */
class Utf8BytesProperties {
  @Test
  void anyTextBecomesItsUtf8BytesWhateverTheReadSize() {
    // code points up to U+10FFFF, so surrogate pairs are split across reads too
    qt().forAll(texts(), integers().between(1, 9000))
        .checkAssert((text, chunk) -> assertThat(readAll(text, chunk)).isEqualTo(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Text of any code points but the surrogates, which no valid text holds alone. */
  private static Gen<String> texts() {
    Gen<Integer> codePoints = integers().between(1, 0x10FFFF - 0x800).map(c -> c < 0xD800 ? c : c + 0x800);
    return lists().of(codePoints).ofSizeBetween(0, 12_000).map(list -> {
      StringBuilder text = new StringBuilder();
      list.forEach(text::appendCodePoint);
      return text.toString();
    });
  }

  private static byte[] readAll(String text, int chunk) {
    try (Utf8Bytes in = new Utf8Bytes(new StringReader(text))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[chunk];
      for (int n; (n = chunk == 1 ? single(in, buffer) : in.read(buffer, 0, chunk)) >= 0; ) {
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int single(Utf8Bytes in, byte[] buffer) throws IOException {
    int b = in.read();
    if (b < 0) {
      return -1;
    }
    buffer[0] = (byte) b;
    return 1;
  }
}
