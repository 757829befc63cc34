package io.github.baozhi.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.baozhi.Article;
import io.github.baozhi.Box;
import io.github.baozhi.Byline;
import io.github.baozhi.Confidence;
import io.github.baozhi.Dateline;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.Headline;
import io.github.baozhi.LineSpan;
import io.github.baozhi.Page;
import io.github.baozhi.PageGeometry;
import io.github.baozhi.Unassigned;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The page JSON and the JSON lines of {@code docs/contract.md}. Fields are written explicitly, in the contract's
 * order, so that the output format is a deliberate decision and not a side effect of record
 * accessors. They are streamed with Jackson's generator straight to UTF-8 bytes: no tree, and no
 * String to encode again on the way out.
 *
 * <p>A page of engine output (one with {@link Page#geometry()}) also has a {@code page} object
 * after its source, and each article and unassigned piece its {@code boxes} and, where the engine
 * scored its words, its {@code confidence}. A page of text input has none of these, so its JSON is
 * exactly what it was before engine input existed.
 *
 * <p>A page whose run gave it a paper or an issue date ({@link PageMetadata}) has {@code paper}
 * and {@code issue_date} right after its source, each only when known, in the page document and in
 * every JSONL record; a page of which nothing is known has neither, so its JSON is what it was
 * before metadata existed.
 */
public final class PageJson {

  /** Confidences are written to three decimals: finer digits are noise in an engine's score. */
  private static final double CONFIDENCE_SCALE = 1000.0;

  /**
   * The generators' factory, jackson-core's own: the page is written by streaming, and an
   * {@code ObjectMapper} made only for its factory cost every run about 20 ms of CPU at start,
   * 7 % of a one-page run.
   */
  private static final JsonFactory FACTORY = new JsonFactory();

  private PageJson() {}

  /** The mapper the command's tests (and {@code baozhi score}) read output back with. */
  public static ObjectMapper mapper() {
    return Mapper.INSTANCE;
  }

  /** Holds the mapper, made on first use: converting pages never reads JSON. */
  private static final class Mapper {
    static final ObjectMapper INSTANCE = new ObjectMapper();
  }

  /** The page document in UTF-8, indented or on one line, ending in a newline. */
  public static byte[] page(Page page, boolean pretty) {
    return render(pretty, g -> writePage(g, page, PageMetadata.NONE));
  }

  /**
   * Writes the page document to {@code out} as {@link #page(Page, boolean)} makes it, as it is
   * made: a page of many small pieces makes JSON several times its input's size, which need never
   * be in memory at once. {@code out} is flushed, not closed.
   */
  public static void page(Page page, boolean pretty, OutputStream out) throws IOException {
    page(page, PageMetadata.NONE, pretty, out);
  }

  /** The page document with the paper and issue date its run gave it, streamed to {@code out}. */
  static void page(Page page, PageMetadata metadata, boolean pretty, OutputStream out)
      throws IOException {
    try (JsonGenerator g = generator(out, pretty)) {
      writePage(g, page, metadata);
    }
  }

  /**
   * The diagnostic of a page whose damaged bytes were replaced, which the page's article lines
   * carry too: a reader of JSONL sees no page document, and must still learn that the text holds
   * U+FFFD where the input held bytes of no character.
   */
  static final String BAD_BYTES_REPLACED = "bad-bytes-replaced";

  /** The {@code type} of each JSONL record, which tells the four kinds of line apart. */
  static final String PAGE_RECORD = "page";
  static final String ARTICLE_RECORD = "article";
  static final String UNASSIGNED_RECORD = "unassigned";
  static final String DIAGNOSTIC_RECORD = "diagnostic";

  /**
   * The page as JSON lines in UTF-8 ({@code docs/jsonl.schema.json}): a {@code page} record (its
   * source, engine geometry and how many records of each kind follow), then one {@code article}
   * record per article (with its 1-based {@code index}), one {@code unassigned} record per piece
   * in no article, and one {@code diagnostic} record per diagnostic, each carrying the page's
   * source. Together they hold all that the page document does. Article records also carry the
   * page's {@value #BAD_BYTES_REPLACED} diagnostic, if it has one, so that a reader who keeps
   * article records alone still learns that the text holds U+FFFD.
   */
  public static byte[] jsonLines(Page page) {
    return jsonLines(page, PageMetadata.NONE);
  }

  /** The JSON lines of the page, each record carrying the paper and issue date it was given. */
  static byte[] jsonLines(Page page, PageMetadata metadata) {
    List<Diagnostic> carried = page.diagnostics().stream()
        .filter(d -> d.code().equals(BAD_BYTES_REPLACED)).toList();
    boolean engine = page.geometry() != null;
    return render(false, g -> {
      record(g, PAGE_RECORD, page.source(), metadata);
      if (engine) {
        geometry(g, page.geometry());
      }
      g.writeNumberField("articles", page.articles().size());
      g.writeNumberField("unassigned", page.unassigned().size());
      g.writeNumberField("diagnostics", page.diagnostics().size());
      endLine(g);
      for (int i = 0; i < page.articles().size(); i++) {
        record(g, ARTICLE_RECORD, page.source(), metadata);
        g.writeNumberField("index", i + 1);
        articleFields(g, page.articles().get(i), engine);
        if (!carried.isEmpty()) {
          diagnostics(g, carried);
        }
        endLine(g);
      }
      for (Unassigned u : page.unassigned()) {
        record(g, UNASSIGNED_RECORD, page.source(), metadata);
        unassignedFields(g, u, engine);
        endLine(g);
      }
      for (Diagnostic d : page.diagnostics()) {
        record(g, DIAGNOSTIC_RECORD, page.source(), metadata);
        diagnosticFields(g, d);
        endLine(g);
      }
    });
  }

  private static void record(JsonGenerator g, String type, String source, PageMetadata metadata)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("type", type);
    source(g, source, metadata);
  }

  /** The page's source, then its paper and issue date where known. */
  private static void source(JsonGenerator g, String source, PageMetadata metadata)
      throws IOException {
    g.writeStringField("source", source);
    if (metadata.paper() != null) {
      g.writeStringField("paper", metadata.paper());
    }
    if (metadata.issueDate() != null) {
      g.writeStringField("issue_date", metadata.issueDateText());
    }
  }

  private static void endLine(JsonGenerator g) throws IOException {
    g.writeEndObject();
    g.flush();
    // A raw newline, not the generator's root-value separator (a space), ends each line.
    g.writeRaw('\n');
  }

  private interface Body {
    void writeTo(JsonGenerator g) throws IOException;
  }

  private static byte[] render(boolean pretty, Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = generator(bytes, pretty)) {
      body.writeTo(g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** A generator of the documents' layout on {@code out}, which closing it does not close. */
  private static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setRootValueSeparator(null);
    if (pretty) {
      g.useDefaultPrettyPrinter();
    }
    return g;
  }

  private static void writePage(JsonGenerator g, Page page, PageMetadata metadata)
      throws IOException {
    g.writeStartObject();
    source(g, page.source(), metadata);
    boolean engine = page.geometry() != null;
    if (engine) {
      geometry(g, page.geometry());
    }
    g.writeArrayFieldStart("articles");
    for (Article article : page.articles()) {
      g.writeStartObject();
      articleFields(g, article, engine);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unassigned");
    for (Unassigned u : page.unassigned()) {
      g.writeStartObject();
      unassignedFields(g, u, engine);
      g.writeEndObject();
    }
    g.writeEndArray();
    diagnostics(g, page.diagnostics());
    g.writeEndObject();
    g.flush();
    g.writeRaw('\n');
  }

  private static void diagnostics(JsonGenerator g, List<Diagnostic> diagnostics) throws IOException {
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : diagnostics) {
      g.writeStartObject();
      diagnosticFields(g, d);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void diagnosticFields(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStringField("code", d.code());
    g.writeStringField("message", d.message());
    g.writeNumberField("line", d.line());
  }

  private static void unassignedFields(JsonGenerator g, Unassigned u, boolean engine)
      throws IOException {
    g.writeStringField("text", u.text());
    span(g, u.lines());
    if (engine) {
      placement(g, u.boxes(), u.confidence());
    }
  }

  /** An article's fields, and from engine output its boxes and confidence. */
  private static void articleFields(JsonGenerator g, Article article, boolean engine)
      throws IOException {
    headline(g, article.headline());
    dateline(g, article.dateline());
    strings(g, "body", article.body());
    byline(g, article.byline());
    span(g, article.lines());
    if (engine) {
      placement(g, article.boxes(), article.confidence());
    }
  }

  private static void geometry(JsonGenerator g, PageGeometry page) throws IOException {
    g.writeObjectFieldStart("page");
    g.writeNumberField("width", page.width());
    g.writeNumberField("height", page.height());
    g.writeStringField("unit", page.unit());
    g.writeStringField("image", page.image());
    g.writeStringField("engine", page.engine());
    g.writeEndObject();
  }

  /** {@code boxes} as {@code [left, top, right, bottom]} arrays, then the confidence if known. */
  private static void placement(JsonGenerator g, List<Box> boxes, Confidence confidence)
      throws IOException {
    g.writeArrayFieldStart("boxes");
    for (Box box : boxes) {
      g.writeStartArray();
      g.writeNumber(box.left());
      g.writeNumber(box.top());
      g.writeNumber(box.right());
      g.writeNumber(box.bottom());
      g.writeEndArray();
    }
    g.writeEndArray();
    if (confidence != null) {
      g.writeObjectFieldStart("confidence");
      g.writeNumberField("mean", rounded(confidence.mean()));
      g.writeNumberField("min", rounded(confidence.min()));
      g.writeEndObject();
    }
  }

  private static double rounded(double confidence) {
    return Math.round(confidence * CONFIDENCE_SCALE) / CONFIDENCE_SCALE;
  }

  private static void headline(JsonGenerator g, Headline h) throws IOException {
    g.writeFieldName("headline");
    if (h == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("kicker", h.kicker());
    g.writeStringField("title", h.title());
    g.writeStringField("subtitle", h.subtitle());
    g.writeEndObject();
  }

  private static void dateline(JsonGenerator g, Dateline d) throws IOException {
    g.writeFieldName("dateline");
    if (d == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("text", d.text());
    g.writeStringField("source", d.source());
    g.writeStringField("place", d.place());
    g.writeStringField("date", d.date());
    strings(g, "reporters", d.reporters());
    g.writeEndObject();
  }

  private static void byline(JsonGenerator g, Byline b) throws IOException {
    g.writeFieldName("byline");
    if (b == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    g.writeStringField("text", b.text());
    strings(g, "names", b.names());
    g.writeStringField("via", b.via());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, LineSpan span) throws IOException {
    g.writeArrayFieldStart("lines");
    g.writeNumber(span.first());
    g.writeNumber(span.last());
    g.writeEndArray();
  }
}
