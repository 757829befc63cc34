package io.github.baozhi;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.github.baozhi.internal.assemble.Assembler;
import io.github.baozhi.internal.blocks.Block;
import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.classify.Classified;
import io.github.baozhi.internal.classify.Classifier;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.LineMeasurer;
import io.github.baozhi.internal.normalise.Normaliser;
import io.github.baozhi.internal.normalise.SourceLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * <p>The text runs through six stages, each a small pure function from one immutable list to the
 * next:
 *
 * <ol>
 *   <li><b>normalise</b>: split into numbered source lines (CRLF, CR and LF alike), drop a
 *       byte-order mark, put each line in Unicode normal form C.
 *   <li><b>lines</b>: measure each non-blank line's display width (a CJK character one cell, an
 *       ASCII character half a cell, by ICU's East Asian Width) and estimate the width of the
 *       column around it from its neighbours.
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
 * <p>A parser is immutable and thread-safe; share one instance. Odd text never throws: whatever
 * fits no article comes back in {@link Page#unassigned()}, and doubtful decisions in {@link
 * Page#diagnostics()}.
 */
public final class PageParser {

  private final ParserOptions options;
  private final Normaliser normaliser = new Normaliser();
  private final LineMeasurer measurer = new LineMeasurer();
  private final BlockBuilder blockBuilder = new BlockBuilder();
  private final BoundaryFinder boundaryFinder = new BoundaryFinder();
  private final Classifier classifier = new Classifier();
  private final Assembler assembler;

  private PageParser(ParserOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.assembler = new Assembler(options.issueDate());
  }

  /** A parser with {@link ParserOptions#defaults()}. */
  public static PageParser create() {
    return new PageParser(ParserOptions.defaults());
  }

  /** A parser with the given options. */
  public static PageParser create(ParserOptions options) {
    return new PageParser(options);
  }

  public ParserOptions options() {
    return options;
  }

  /** Parses page text; the page's {@link Page#source()} is {@code "-"}. */
  public Page parse(String text) {
    return parse(text, "-");
  }

  /**
   * Parses page text.
   *
   * @param text the page as the OCR engine wrote it
   * @param source the name to report as the page's source, such as its file name
   */
  public Page parse(String text, String source) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    List<SourceLine> sourceLines = normaliser.normalise(text);
    List<Line> lines = measurer.measure(sourceLines);
    List<Block> blocks = blockBuilder.build(lines);
    List<Unit> units = boundaryFinder.find(blocks);
    List<Classified> classified = classifier.classify(units);
    return assembler.assemble(source, classified);
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
    return parse(decode(bytes), file.getFileName() == null ? file.toString() : file.getFileName().toString());
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
      return parse(decode(in.readAllBytes()), source);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Decodes page bytes: with the configured charset, else by byte-order mark, else UTF-8 when the
   * bytes are valid UTF-8, else by ICU's charset detection.
   *
   * @throws InputDecodingException if the bytes are not valid in the chosen charset
   */
  public String decode(byte[] bytes) {
    Charset charset = options.charset();
    if (charset == null) {
      charset = detect(bytes);
    }
    return strictDecode(bytes, charset);
  }

  private static Charset detect(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      return StandardCharsets.UTF_8;
    } catch (CharacterCodingException notUtf8) {
      CharsetDetector detector = new CharsetDetector();
      detector.setText(bytes);
      CharsetMatch match = detector.detect();
      if (match != null && Charset.isSupported(match.getName())) {
        return Charset.forName(match.getName());
      }
      throw new InputDecodingException(
          "cannot tell the charset of the input; pass one explicitly", -1, notUtf8);
    }
  }

  private static String strictDecode(byte[] bytes, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      String text = decoder.decode(buffer).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      long offset = e instanceof MalformedInputException ? buffer.position() : -1;
      throw new InputDecodingException("input is not valid " + charset.name()
          + (offset >= 0 ? " at byte offset " + offset : ""), offset, e);
    }
  }
}
