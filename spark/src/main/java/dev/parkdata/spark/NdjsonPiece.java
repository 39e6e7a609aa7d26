package dev.parkdata.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * A byte range {@code [start, end)} of one NDJSON file, read by one task. It owns the lines that
 * start within it: a line starts at 0 or after a {@code \n}, so a piece that begins inside a line
 * leaves that line to the piece before, and the last line it owns may run past {@code end}. Line
 * numbers are counted in the whole file: {@link #linesBefore} is the number of {@code \n} bytes
 * before {@code start}, which {@link #countLineEnds} counts piece by piece in a first pass.
 */
final class NdjsonPiece implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int BUFFER = 64 * 1024;

  final String file;
  final long start;
  final long end;
  /** The {@code \n} bytes of the file before {@link #start}, once {@code ParkdataNdjson} has counted them. */
  final long linesBefore;

  NdjsonPiece(String file, long start, long end, long linesBefore) {
    this.file = file;
    this.start = start;
    this.end = end;
    this.linesBefore = linesBefore;
  }

  NdjsonPiece after(long lines) {
    return new NdjsonPiece(file, start, end, lines);
  }

  /** The number of {@code \n} bytes in {@code [start, end)}. */
  long countLineEnds(Configuration hadoop) {
    try (FSDataInputStream in = open(hadoop)) {
      in.seek(start);
      byte[] buffer = new byte[BUFFER];
      long left = end - start;
      long count = 0;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          break;
        }
        for (int i = 0; i < n; i++) {
          if (buffer[i] == '\n') {
            count++;
          }
        }
        left -= n;
      }
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private FSDataInputStream open(Configuration hadoop) throws IOException {
    Path path = new Path(file);
    return path.getFileSystem(hadoop).open(path);
  }

  /** The Hadoop configuration of {@code settings}, made once per task: it has a thousand entries. */
  static Configuration configuration(Map<String, String> settings) {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    return conf;
  }

  /** What {@link #open} found: the lines the piece owns, as a stream, and where they start. */
  static final class Lines implements AutoCloseable {
    final InputStream in;
    /** The offset of the first owned line in the file; -1 if the piece owns none. */
    final long firstByte;
    /** The {@code \n} bytes before the first owned line. */
    final long linesBefore;

    Lines(InputStream in, long firstByte, long linesBefore) {
      this.in = in;
      this.firstByte = firstByte;
      this.linesBefore = linesBefore;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Opens the lines this piece owns: from the first line that starts in it to the end of the last. */
  Lines lines(Configuration hadoop) throws IOException {
    FSDataInputStream raw = open(hadoop);
    long first = start;
    long lines = linesBefore;
    if (start > 0) {
      // the line that starts in this piece first: after the first \n at or after start - 1
      raw.seek(start - 1);
      InputStream scan = new BufferedInputStream(raw, BUFFER);
      long position = start - 1;
      int b;
      while ((b = scan.read()) >= 0 && b != '\n') {
        position++;
      }
      if (b < 0) {
        return new Lines(InputStream.nullInputStream(), -1, lines);
      }
      first = position + 1;
      if (position >= start) {
        lines++; // that \n lies within the piece
      }
      raw.seek(first);
    }
    if (first >= end) {
      raw.close();
      return new Lines(InputStream.nullInputStream(), -1, lines);
    }
    return new Lines(new Owned(new BufferedInputStream(raw, BUFFER), first, end), first, lines);
  }

  /** The bytes from {@code position} through the \n that ends the last line starting before {@code end}. */
  private static final class Owned extends InputStream {
    private final InputStream in;
    private long position;
    private final long end;
    private boolean done;

    Owned(InputStream in, long position, long end) {
      this.in = in;
      this.position = position;
      this.end = end;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (done) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int n = in.read(b, off, len);
      if (n < 0) {
        done = true;
        return -1;
      }
      // a line that starts at end or later belongs to the next piece: stop after the \n at end - 1 or later
      long from = Math.max(position, end - 1);
      for (long p = from; p < position + n; p++) {
        if (b[off + (int) (p - position)] == '\n') {
          done = true;
          n = (int) (p - position) + 1;
          break;
        }
      }
      position += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  @Override
  public String toString() {
    return file + "[" + start + ", " + end + ")";
  }
}
