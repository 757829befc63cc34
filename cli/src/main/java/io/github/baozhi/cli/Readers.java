package io.github.baozhi.cli;

import io.github.baozhi.PageParser;
import io.github.baozhi.ParserOptions;
import io.github.baozhi.ocr.PageReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page readers of a run, one per issue date: the issue date is one of the parser's options,
 * and pages of one run may come from many issues. Each is made on first use and shared by every
 * worker after (a parser is thread-safe); a parser is a few small objects, so even an archive of
 * decades, tens of thousands of dates, keeps them all.
 */
final class Readers {

  private final ParserOptions options;
  private final PageReader undated;
  private final Map<LocalDate, PageReader> byDate = new ConcurrentHashMap<>();

  /** @param options every option of the run but the issue date, which each page brings */
  Readers(ParserOptions options) {
    this.options = options;
    this.undated = create(null);
  }

  /** The reader for pages of issue {@code date}, or of no known date when it is null. */
  PageReader forDate(LocalDate date) {
    return date == null ? undated : byDate.computeIfAbsent(date, this::create);
  }

  private PageReader create(LocalDate date) {
    return PageReader.create(PageParser.create(new ParserOptions(date, options.charset(),
        options.punctuation(), options.repairOcrSpacing(), options.replaceBadBytes())));
  }
}
