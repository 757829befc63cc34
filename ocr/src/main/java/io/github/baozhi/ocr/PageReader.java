package io.github.baozhi.ocr;

import io.github.baozhi.InputDecodingException;
import io.github.baozhi.OcrPage;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The front door for any input baozhi reads: plain OCR text or OCR engine output with coordinates,
 * from a file, bytes or a stream, parsed into {@link Page}s with a {@link PageParser}.
 *
 * <pre>{@code
 * PageReader reader = PageReader.create(PageParser.create());
 * for (Page page : reader.read(Path.of("page.hocr"))) {   // or page.txt, page.xml, page.json
 *   System.out.println(page.source() + ": " + page.articles().size() + " articles");
 * }
 * }</pre>
 *
 * <p>Without an {@link InputFormat}, the format is sniffed from the content ({@link
 * InputFormat#detect(byte[])}); the file or source name is never looked at, so anything that is
 * not engine output (JSON or XML of other kinds included) is read as text. Pass the format to read
 * a file as that format and nothing else.
 *
 * <ul>
 *   <li>Text goes to {@link PageParser#parse(byte[], String)} exactly as it would alone: the
 *       parser's charset handling and options apply, and the result is one page whose source is the
 *       name given.
 *   <li>Engine output is read by {@link OcrReader} and each of its pages parsed with {@link
 *       PageParser#parse(OcrPage, String)}, in the file's order. The parser's charset is not used
 *       (each format declares its own encoding). The pages of a one-page file have the name given as
 *       their source ({@code page.hocr}); the pages of a file with several pages have the name and
 *       their 1-based number after {@code #page=} ({@code book.hocr#page=1}, {@code
 *       book.hocr#page=2}), as in a URL fragment. An engine file may hold no page at all; the list
 *       is then empty.
 * </ul>
 *
 * <p>A reader is immutable and thread-safe when its parser is (every {@link PageParser} is).
 */
public final class PageReader {

  /** What separates a multi-page file's name from the number of one of its pages. */
  private static final String PAGE_FRAGMENT = "#page=";

  private final PageParser parser;

  private PageReader(PageParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /** A reader that parses with {@code parser}. */
  public static PageReader create(PageParser parser) {
    return new PageReader(parser);
  }

  /** The parser this reader parses with. */
  public PageParser parser() {
    return parser;
  }

  /**
   * Reads a file, sniffing its format; its file name is the pages' source.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws OcrFormatException if it sniffs as engine output that is malformed
   * @throws InputDecodingException if it is text that cannot be decoded
   */
  public List<Page> read(Path file) {
    Objects.requireNonNull(file, "file");
    return parse(readFile(file), name(file), null);
  }

  /**
   * Reads a file as {@code format}; its file name is the pages' source.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws OcrFormatException if it is not valid {@code format} (for engine formats)
   * @throws InputDecodingException if {@code format} is {@link InputFormat#TEXT} and the bytes
   *     cannot be decoded
   */
  public List<Page> read(Path file, InputFormat format) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    return parse(readFile(file), name(file), format);
  }

  /**
   * Reads bytes, sniffing their format.
   *
   * @param source the name to report as the source, such as the file name
   * @throws OcrFormatException if they sniff as engine output that is malformed
   * @throws InputDecodingException if they are text that cannot be decoded
   */
  public List<Page> read(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    return parse(bytes, source, null);
  }

  /**
   * Reads bytes as {@code format}.
   *
   * @param source the name to report as the source, such as the file name
   * @throws OcrFormatException if they are not valid {@code format} (for engine formats)
   * @throws InputDecodingException if {@code format} is {@link InputFormat#TEXT} and the bytes
   *     cannot be decoded
   */
  public List<Page> read(byte[] bytes, String source, InputFormat format) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    return parse(bytes, source, format);
  }

  /** The pages of {@code bytes} read as {@code format}, or as the format they sniff as if null. */
  private List<Page> parse(byte[] bytes, String source, InputFormat format) {
    InputFormat chosen = format != null ? format : InputFormat.detect(bytes);
    if (chosen == InputFormat.TEXT) {
      return List.of(parser.parse(bytes, source));
    }
    List<OcrPage> pages = OcrReader.read(bytes, chosen);
    List<Page> parsed = new ArrayList<>(pages.size());
    for (int i = 0; i < pages.size(); i++) {
      parsed.add(parser.parse(pages.get(i), pageSource(source, i + 1, pages.size())));
    }
    return List.copyOf(parsed);
  }

  /**
   * Reads a stream to its end, sniffing its format. The stream is not closed.
   *
   * @param source the name to report as the source, such as the file name
   * @throws UncheckedIOException if the stream cannot be read
   * @throws OcrFormatException if it sniffs as engine output that is malformed
   * @throws InputDecodingException if it is text that cannot be decoded
   */
  public List<Page> read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return parse(readStream(in, source), source, null);
  }

  /**
   * Reads a stream to its end as {@code format}. The stream is not closed.
   *
   * @param source the name to report as the source, such as the file name
   * @throws UncheckedIOException if the stream cannot be read
   * @throws OcrFormatException if it is not valid {@code format} (for engine formats)
   * @throws InputDecodingException if {@code format} is {@link InputFormat#TEXT} and the bytes
   *     cannot be decoded
   */
  public List<Page> read(InputStream in, String source, InputFormat format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    return parse(readStream(in, source), source, format);
  }

  /**
   * The source of page {@code number} (1-based) of a file of {@code count} pages named {@code
   * name}: the name itself for a one-page file, else {@code name#page=number}.
   */
  static String pageSource(String name, int number, int count) {
    return count == 1 ? name : name + PAGE_FRAGMENT + number;
  }

  private static String name(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  private static byte[] readFile(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static byte[] readStream(InputStream in, String source) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }
}
