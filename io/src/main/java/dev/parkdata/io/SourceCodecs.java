package dev.parkdata.io;

import dev.parkdata.source.Citation;
import dev.parkdata.source.Source;
import dev.parkdata.source.TextSpan;

/** Where figures come from: {@link Source}, {@link Citation} and {@link TextSpan}. */
final class SourceCodecs {
  private SourceCodecs() {}

  static final ObjectCodec<TextSpan, TextSpan.Builder> TEXT_SPAN =
      new ObjectCodec<TextSpan, TextSpan.Builder>("text span", TextSpan::builder, TextSpan.Builder::build)
          .required("start", TextSpan::start, TextSpan.Builder::start, Values.INTEGER)
          .required("end", TextSpan::end, TextSpan.Builder::end, Values.INTEGER);

  static final ObjectCodec<Source, Source.Builder> SOURCE =
      new ObjectCodec<Source, Source.Builder>("source", Source::builder, Source.Builder::build)
          .required("publisher", Source::publisher, Source.Builder::publisher, Values.STRING)
          .required("title", Source::title, Source.Builder::title, Values.STRING)
          .optional("published", Source::published, Source.Builder::published, Values.DATE)
          .optional("url", Source::url, Source.Builder::url, Values.URL)
          .list("authors", Source::authors, Source.Builder::addAllAuthors, Values.TEXT, "author");

  static final ObjectCodec<Citation, Citation.Builder> CITATION =
      new ObjectCodec<Citation, Citation.Builder>("citation", Citation::builder, Citation.Builder::build)
          .required("source", Citation::source, Citation.Builder::source, SOURCE)
          .optional("quote", Citation::quote, Citation.Builder::quote, Values.STRING)
          .optional("span", Citation::span, Citation.Builder::span, TEXT_SPAN);
}
