package io.github.baozhi.spark;

import io.github.baozhi.InputDecodingException;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.ocr.InputFormat;
import io.github.baozhi.ocr.OcrFormatException;
import io.github.baozhi.ocr.PageReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Parses one partition of {@code (path, content)} or {@code (path, text)} rows into rows of {@link
 * BaozhiSchemas#RECORDS}, with one {@link PageReader} for the partition. Pages are parsed as the
 * output is consumed, one input at a time, so a partition's results are never all in memory.
 * Whatever one input does wrong becomes its error row; the next input is parsed as if it had not
 * happened.
 */
final class PartitionParser implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final PageSettings settings;
  /** Whether the second column is text (a string) rather than content (bytes). */
  private final boolean text;

  PartitionParser(PageSettings settings, boolean text) {
    this.settings = settings;
    this.text = text;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> inputs) {
    PageReader reader = PageReader.create(PageParser.create(settings.parserOptions()));
    return new Iterator<>() {
      private Iterator<Row> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && inputs.hasNext()) {
          current = records(reader, inputs.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The records of one input row: its pages' records, or its one error. */
  private List<Row> records(PageReader reader, Row input) {
    String path = input.getString(0);
    try {
      if (input.isNullAt(1)) {
        return List.of(PageRows.error(path, PageError.NO_CONTENT,
            "the row has no " + (text ? "text" : "content")));
      }
      return parse(reader, path, text
          ? input.getString(1).getBytes(StandardCharsets.UTF_8)
          : (byte[]) input.get(1), text ? input.getString(1) : null);
    } catch (InputDecodingException e) {
      return List.of(PageRows.error(path, PageError.UNDECODABLE, e.getMessage()));
    } catch (OcrFormatException e) {
      return List.of(PageRows.error(path, PageError.MALFORMED, e.getMessage()));
    } catch (RuntimeException e) {
      // A bug on one odd page must not cost the rest of an archive; it is still reported.
      return List.of(PageRows.error(path, PageError.INTERNAL,
          e.getClass().getName() + ": " + e.getMessage()));
    } catch (OutOfMemoryError e) {
      // The page's objects are garbage once this is thrown; the next page has the heap again.
      return List.of(PageRows.error(path, PageError.OUT_OF_MEMORY,
          "out of memory parsing this page; give executors more memory (spark.executor.memory)"));
    }
  }

  /**
   * The records of the pages in {@code bytes}; {@code decoded} is the text they were encoded from,
   * for a text column, which is parsed as it is when it is not engine output.
   */
  private List<Row> parse(PageReader reader, String path, byte[] bytes, String decoded) {
    if (bytes.length > settings.maxPageBytes()) {
      return List.of(PageRows.error(path, PageError.TOO_LARGE, "a page of " + bytes.length
          + " bytes is larger than the " + settings.maxPageBytes() + " accepted"));
    }
    InputFormat format = settings.inputFormat();
    if (format == null) {
      format = InputFormat.detect(bytes);
      String promise = format == InputFormat.TEXT ? InputFormat.unmetPromise(path) : null;
      if (promise != null) {
        return List.of(PageRows.error(path, PageError.NOT_ENGINE_OUTPUT, promise));
      }
    }
    List<Page> pages = format == InputFormat.TEXT && decoded != null
        ? List.of(reader.parser().parse(decoded, path))
        : reader.read(bytes, path, format);
    if (pages.isEmpty()) {
      return List.of(PageRows.error(path, PageError.NO_PAGE,
          "the " + format.displayName() + " file holds no page"));
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      rows.addAll(PageRows.of(path, i + 1, pages.get(i)));
    }
    return rows;
  }
}
