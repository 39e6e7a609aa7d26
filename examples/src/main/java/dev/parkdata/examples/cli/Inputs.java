package dev.parkdata.examples.cli;

import dev.parkdata.io.JsonReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files named on the command line: every command checks them the same way before reading,
 * so that a missing file is one line, {@code parkdata validate: cannot read nosuch.json: no such
 * file}, nothing on standard output and exit status 1.
 */
final class Inputs {
  private Inputs() {}

  /** Thrown when an input cannot be read; the message is {@code cannot read FILE: why}. */
  static final class CannotRead extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotRead(String file, String why) {
      super("cannot read " + file + ": " + why, null, false, false);
    }
  }

  /** Thrown when an output cannot be written; the message is {@code cannot write FILE: why}. */
  static final class CannotWrite extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotWrite(String file, IOException cause) {
      super("cannot write " + file + ": " + why(cause), null, false, false);
    }

    private static String why(IOException e) {
      if (e instanceof java.nio.file.NoSuchFileException) {
        return "no such directory";
      }
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }

  /**
   * Checks that {@code file} is a readable regular file.
   *
   * @throws CannotRead saying why not: no such file, a directory, no permission
   */
  static Path check(Path file) {
    if (!Files.exists(file)) {
      throw new CannotRead(file.toString(), "no such file");
    }
    if (Files.isDirectory(file)) {
      throw new CannotRead(file.toString(), "it is a directory");
    }
    if (!Files.isReadable(file)) {
      throw new CannotRead(file.toString(), "permission denied");
    }
    return file;
  }

  /**
   * Whether {@code e} says that an input could not be read: it is not JSON of the parkdata format
   * (io's {@link JsonReadException}) or reading it failed ({@link UncheckedIOException}). Commands
   * catch {@code RuntimeException} and ask this rather than catch {@code JsonReadException}
   * itself: a JSON exception is a Jackson class, and the verifier loads the classes a method
   * catches when it checks the command's class, at start-up, for every command.
   */
  static boolean unreadable(RuntimeException e) {
    return e instanceof JsonReadException || e instanceof UncheckedIOException;
  }

  /** A reader of the UTF-8 text of {@code in}, as {@link #reader(InputStream, Charset)} reads it. */
  static Reader utf8(InputStream in) {
    return reader(in, StandardCharsets.UTF_8);
  }

  /**
   * A reader of the text of {@code in} in {@code charset}; bytes that are not text in it fail the
   * read with an {@link IOException} giving their byte offset, {@code not UTF-8 at byte 4 (counting
   * from 0)}, which the command prefixes with the file's name.
   */
  static Reader reader(InputStream in, Charset charset) {
    return new DecodingReader(in, charset);
  }

  /** Decodes {@code charset}, counting bytes, so that a bad byte is reported where it is. */
  private static final class DecodingReader extends Reader {
    private final InputStream in;
    private final String name;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private long consumed;
    private boolean eof;
    private boolean done;

    DecodingReader(InputStream in, Charset charset) {
      this.in = in;
      this.name = charset.name();
      this.decoder = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
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
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, out, eof);
        consumed += bytes.position() - before;
        if (result.isError()) {
          throw new CharacterCodingException() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getMessage() {
              return "not " + name + " at byte " + consumed + " (counting from 0)";
            }
          };
        }
        if (result.isUnderflow()) {
          if (eof) {
            decoder.flush(out);
            done = true;
          } else {
            fill();
          }
        }
      }
      return out.position() - off;
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
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
