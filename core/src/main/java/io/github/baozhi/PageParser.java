package io.github.baozhi;

import io.github.baozhi.internal.assemble.Assembler;
import io.github.baozhi.internal.decode.PageDecoder;
import io.github.baozhi.internal.layout.GeometryFrontEnd;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.Measured;
import io.github.baozhi.internal.pipeline.Pipeline;
import io.github.baozhi.internal.pipeline.TextFrontEnd;
import io.github.baozhi.internal.text.PunctuationWidener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses the OCR text of one Chinese newspaper page into articles.
 *
 * <pre>{@code
 * PageParser parser = PageParser.create();
 * Page page = parser.parse(Files.readString(path), "page.txt");
 * for (Article article : page.articles()) {
 *   System.out.println(article.headline() + " " + article.body().size() + " paragraphs");
 * }
 * }</pre>
 *
 * <p>A page runs through six stages, each a small pure function from one immutable list to the
 * next. The first two are a <em>front end</em>, one per kind of input, that turns it into measured
 * lines in reading order; the last four are shared, so every rule in them holds for text and
 * engine output alike.
 *
 * <ol>
 *   <li><b>normalise</b> (text): split into numbered source lines (CRLF, CR and LF alike), drop a
 *       byte-order mark, keep every character as it is, and remove the spaces some OCR
 *       engines put between every two Han characters where a line or page shows that pattern.
 *   <li><b>lines</b> (text): measure each non-blank line's display width (a CJK character one
 *       cell, an ASCII character half a cell, by ICU's East Asian Width) and estimate the width of
 *       the column around it from its neighbours.
 * </ol>
 *
 * <p>or, for engine output with coordinates ({@link #parse(OcrPage, String)}):
 *
 * <ol>
 *   <li><b>tokens</b> (geometry): break the engine's lines into words with boxes (characters with
 *       boxes estimated from the line's where the engine boxes lines only), turn them level if the
 *       page was scanned askew, give them the height of their line's glyphs, and measure the
 *       page's body type (character pitch, glyph height, leading); where the engine boxes
 *       lines only, cut a line of body type it ran across a gutter that the lines near it show.
 *   <li><b>regions and lines</b> (geometry): cut the page by a recursive XY-cut into column pieces
 *       in reading order, along gutters and the bands between modules (a row of headlines is cut
 *       down first, so each opens the columns under it; marks read from column rules take no
 *       part), then make each piece's rows into measured lines: width and column width in cells
 *       of the column's pitch, the indent from x, blank lines from vertical gaps and region
 *       starts, and the type size, which later stages read to tell headlines and subheads.
 * </ol>
 *
 * <p>then, for both:
 *
 * <ol start="3">
 *   <li><b>blocks</b>: unwrap lines into paragraphs and repair column breaks. Whether two lines
 *       join depends on how full the upper one is, whether it ends in closing punctuation, whether
 *       blank lines part them, and whether the lower one shows the short first line of a paragraph
 *       whose indent OCR dropped. Joining adds nothing between CJK characters and re-joins Latin
 *       words split with a hyphen.
 *   <li><b>boundaries</b>: split off the dateline (电头) that opens a block and the parenthesised
 *       byline that closes one.
 *   <li><b>classify</b>: tell running text from headline-like units (short, no closing
 *       punctuation) and from bylines standing alone.
 *   <li><b>assemble</b>: build articles (a dateline opens one, a byline closes one, text after a
 *       byline or a headline starts one), keep enumerated in-body subheads in the body, and attach
 *       headline blocks wherever they sit on the page by character-bigram similarity and position.
 * </ol>
 *
 * <p>Where stages 3 to 6 weigh evidence (how wide a column is, paragraph end or column break,
 * headline or text, which article a headline belongs to), their weights and limits are named in
 * one place, the internal class {@code Evidence}, each with its unit and the typesetting reason
 * for it.
 *
 * <p>A parser is immutable and thread-safe; share one instance. Odd text never throws: whatever
 * fits no article comes back in {@link Page#unassigned()}, and doubtful decisions in {@link
 * Page#diagnostics()}.
 */
public final class PageParser {

  private final ParserOptions options;
  private final TextFrontEnd textFrontEnd;
  private final GeometryFrontEnd geometryFrontEnd = new GeometryFrontEnd();
  private final Pipeline pipeline;

  private PageParser(ParserOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.textFrontEnd = new TextFrontEnd(options.repairOcrSpacing());
    this.pipeline = new Pipeline(new Assembler(options.issueDate(),
        options.punctuation() == Punctuation.FULLWIDTH ? PunctuationWidener::widen : text -> text));
  }

  /** A parser with {@link ParserOptions#defaults()}. */
  public static PageParser create() {
    return new PageParser(ParserOptions.defaults());
  }

  /** A parser with the given options. */
  public static PageParser create(ParserOptions options) {
    return new PageParser(options);
  }

  /** The options this parser was created with. */
  public ParserOptions options() {
    return options;
  }

  /** Parses page text; the page's {@link Page#source()} is {@code "-"}. */
  public Page parse(String text) {
    return parse(text, "-");
  }

  /**
   * Parses page text. Every non-whitespace character of it comes back once in the page, with two
   * exceptions: the hyphens removed where a split Latin word is re-joined, and a leading U+FEFF,
   * which is a byte-order mark and is dropped (anywhere else U+FEFF is kept). Only LF, CR and
   * CRLF end a line; U+2028, U+2029 and NEL are characters of their line.
   *
   * @param text the page as the OCR engine wrote it
   * @param source the name to report as the page's source, such as its file name
   */
  public Page parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    return pipeline.run(source, textFrontEnd.measure(text));
  }

  /**
   * Parses one page of OCR engine output with coordinates, as the readers of {@code baozhi-ocr}
   * make it from hOCR, ALTO, PAGE XML or PaddleOCR JSON, or as built by hand. Columns and reading
   * order are rebuilt from the boxes; each article and unassigned piece carries the boxes it came
   * from, and its lines are those of {@link #readingOrder(OcrPage)}.
   *
   * @param page the engine's page
   * @param source the name to report as the page's source, such as its file name
   */
  public Page parse(OcrPage page, String source) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(source, "source");
    return pipeline.run(source, geometryFrontEnd.measure(page));
  }

  /**
   * The text of a page of engine output in the reading order baozhi rebuilds: one line of text per
   * line of a column, a blank line where a column or region begins or a vertical gap parts two
   * lines, and the marks read from column rules at the end. The line numbers of {@link
   * #parse(OcrPage, String)} count the lines of this text.
   */
  public String readingOrder(OcrPage page) {
    Objects.requireNonNull(page, "page");
    Measured measured = geometryFrontEnd.measure(page);
    List<Line> all = new ArrayList<>(measured.lines());
    all.addAll(measured.asides());
    all.sort(java.util.Comparator.comparingInt(Line::number));
    StringBuilder out = new StringBuilder();
    int number = 0;
    for (Line line : all) {
      while (number < line.number() - 1) {
        out.append('\n');
        number++;
      }
      out.append(line.text()).append('\n');
      number++;
    }
    return out.toString();
  }

  /**
   * Reads and parses a file; its file name becomes the page's source.
   *
   * @throws UncheckedIOException if the file cannot be read
   * @throws InputDecodingException if its bytes are not text in the charset
   */
  public Page parse(Path file) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    Path name = file.getFileName();
    return parse(bytes, name == null ? file.toString() : name.toString());
  }

  /**
   * Reads a stream to its end and parses it. The stream is not closed.
   *
   * @throws UncheckedIOException if the stream cannot be read
   * @throws InputDecodingException if its bytes are not text in the charset
   */
  public Page parse(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    try {
      return parse(in.readAllBytes(), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Decodes and parses page bytes. When the charset had to be guessed, a diagnostic with code
   * {@code encoding-detected} says which one was chosen; when invalid byte sequences were replaced
   * ({@link ParserOptions#replaceBadBytes()}), one with code {@code bad-bytes-replaced} gives
   * their count and byte offsets.
   *
   * @throws InputDecodingException if the bytes are not text in the configured or detected charset
   */
  public Page parse(byte[] bytes, String source) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    PageDecoder.Decoded decoded = decodeReporting(bytes);
    bytes = null; // the page text is all we need now; let a large input's bytes go
    String detected = decoded.detected();
    String replaced = decoded.replaced();
    Measured measured = textFrontEnd.measure(decoded.text());
    decoded = null; // and once it is in lines, let the text go too before the later stages run
    Page page = pipeline.run(source, measured);
    if (detected == null && replaced == null) {
      return page;
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (detected != null) {
      diagnostics.add(new Diagnostic("encoding-detected", detected, 0));
    }
    if (replaced != null) {
      diagnostics.add(new Diagnostic("bad-bytes-replaced", replaced, 0));
    }
    diagnostics.addAll(page.diagnostics());
    return new Page(page.source(), page.articles(), page.unassigned(), diagnostics, page.geometry());
  }

  /**
   * Decodes page bytes: with the configured charset, else by byte-order mark, else as UTF-16 by a
   * clear pattern of NUL bytes, else as UTF-8 when the bytes are UTF-8, else as GB18030 or Big5
   * (by validity, then ICU's charset detection); never as a single-byte charset or on a guess of
   * low confidence. Bytes valid in one of them but for a few invalid sequences are an error naming
   * the charset and the offset, or U+FFFD with {@link ParserOptions#replaceBadBytes()}.
   *
   * @throws InputDecodingException if the bytes are not valid in the chosen charset
   */
  public String decode(byte[] bytes) {
    return decodeReporting(bytes).text();
  }

  private PageDecoder.Decoded decodeReporting(byte[] bytes) {
    return PageDecoder.decode(bytes, options.charset(), options.replaceBadBytes());
  }
}
