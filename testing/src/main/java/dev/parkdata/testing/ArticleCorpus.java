package dev.parkdata.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Articles made of real public sentences, for tests and benchmarks of extraction at scale: the
 * 317 sentences of the extractor's corpus ({@code real-sentences.jsonl}, each with its source, in
 * this jar), put together deterministically. Article {@code i} is a headline sentence and 5 to 40
 * body sentences (about 4.6 KB of UTF-8 on average, as long as a short news article) chosen by a
 * generator seeded with {@code i}, joined into paragraphs: the same index gives the same text on
 * every run and machine.
 *
 * <pre>{@code
 * String text = ArticleCorpus.article(7);
 * long bytes = ArticleCorpus.write(dir, 1000);   // article-00000.txt … article-00999.txt
 * }</pre>
 */
public final class ArticleCorpus {
  private static final String SENTENCES = "real-sentences.jsonl";
  private static final int MIN_BODY = 5;
  private static final int MAX_BODY = 40;

  private ArticleCorpus() {}

  /** The texts of the real sentences, in the corpus's order. */
  public static List<String> sentences() {
    return Sentences.TEXTS;
  }

  private static final class Sentences {
    static final List<String> TEXTS = read();

    private static List<String> read() {
      ImmutableList.Builder<String> texts = ImmutableList.builder();
      try (InputStream in = ArticleCorpus.class.getResourceAsStream(SENTENCES)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + SENTENCES);
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          number++;
          if (!line.isBlank()) {
            texts.add(text(line, number));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + SENTENCES, e);
      }
      return texts.build();
    }

    /** The JSON string of the line's field {@code text}: the corpus's lines start with an id and then it. */
    private static String text(String line, int number) {
      String key = "\"text\": \"";
      int at = line.indexOf(key);
      checkArgument(at >= 0, "%s line %s has no text", SENTENCES, number);
      StringBuilder text = new StringBuilder();
      for (int i = at + key.length(); i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '"') {
          return text.toString();
        }
        if (c != '\\') {
          text.append(c);
          continue;
        }
        char e = line.charAt(++i);
        switch (e) {
          case 'n': text.append('\n'); break;
          case 't': text.append('\t'); break;
          case 'r': text.append('\r'); break;
          case 'b': text.append('\b'); break;
          case 'f': text.append('\f'); break;
          case 'u': text.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16)); i += 4; break;
          default: text.append(e); // \" \\ \/
        }
      }
      throw new IllegalArgumentException(SENTENCES + " line " + number + ": the text does not end");
    }
  }

  /**
   * The text of article {@code index}.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public static String article(int index) {
    checkArgument(index >= 0, "index %s is negative", index);
    List<String> sentences = sentences();
    SplittableRandom random = new SplittableRandom(index);
    StringBuilder text = new StringBuilder(8192);
    text.append(sentences.get(random.nextInt(sentences.size()))).append("\n\n");
    int body = MIN_BODY + random.nextInt(MAX_BODY - MIN_BODY + 1);
    for (int k = 0; k < body; k++) {
      text.append(sentences.get(random.nextInt(sentences.size())));
      if (random.nextInt(4) == 0) {
        text.append('\n');
      }
    }
    return text.toString();
  }

  /** The name of article {@code index}'s file: {@code article-00042.txt}. */
  public static String fileName(int index) {
    return String.format(java.util.Locale.ROOT, "article-%05d.txt", index);
  }

  /**
   * Writes articles {@code 0} to {@code count - 1} into {@code dir} in UTF-8, each in its {@link
   * #fileName(int) file}; returns the bytes written.
   *
   * @throws UncheckedIOException if a file cannot be written
   */
  public static long write(Path dir, int count) {
    checkNotNull(dir, "dir");
    checkArgument(count >= 0, "count %s is negative", count);
    long bytes = 0;
    try {
      for (int i = 0; i < count; i++) {
        byte[] text = article(i).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(fileName(i)), text);
        bytes += text.length;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the articles into " + dir, e);
    }
    return bytes;
  }
}
