package io.github.baozhi.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.baozhi.Article;
import io.github.baozhi.Byline;
import io.github.baozhi.Dateline;
import io.github.baozhi.Headline;
import io.github.baozhi.Page;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code --format csv}: a table of articles, one per row, every input's rows in one stream under
 * one header; RFC 4180 (comma, double quotes doubled inside quoted fields, CRLF after each row) in
 * UTF-8, written by Jackson's CSV dataformat. A field that holds several values joins them: the
 * body's paragraphs with {@value #PARAGRAPH_SEPARATOR_NAME}, names with {@value #NAME_SEPARATOR}.
 * Unassigned pieces and diagnostics are not rows: JSON, JSONL and TEI hold them. A run that gives
 * pages metadata has the columns {@code paper} and {@code issue_date} after {@code source} (empty
 * for a page that got none); any other run's table is what it was before metadata existed.
 */
final class CsvFormat implements OutputFormat {

  /**
   * Between two body paragraphs: a line feed, which a paragraph never holds (the parser joins the
   * lines of a paragraph), and which spreadsheets show as a line break inside the cell.
   */
  static final String PARAGRAPH_SEPARATOR = "\n";
  static final String PARAGRAPH_SEPARATOR_NAME = "a line feed (LF)";

  /**
   * Between two names (reporters, byline names): a semicolon, which no name holds, since names are
   * split on it (and on 、，, and spaces).
   */
  static final String NAME_SEPARATOR = ";";

  /** RFC 4180 ends each record with CR LF. */
  private static final String RECORD_SEPARATOR = "\r\n";

  /** U+FEFF as UTF-8: tells a spreadsheet that the file is UTF-8 ({@code --csv-bom}). */
  private static final byte[] BYTE_ORDER_MARK = "\uFEFF".getBytes(StandardCharsets.UTF_8);

  /** The columns, in order: each a header and how the article's row gets its value. */
  private record Column(String header, Function<Row, String> value) {}

  private record Row(Page page, PageMetadata metadata, int index, Article article) {}

  private static final Column SOURCE = new Column("source", r -> r.page().source());

  /** The columns of a run that gives pages metadata, after {@link #SOURCE}. */
  private static final List<Column> METADATA = List.of(
      new Column("paper", r -> r.metadata().paper()),
      new Column("issue_date", r -> r.metadata().issueDateText()));

  /** The columns of every run, after {@link #SOURCE} and any {@link #METADATA}. */
  private static final List<Column> ARTICLE = List.of(
      new Column("index", r -> Integer.toString(r.index())),
      new Column("kicker", r -> headline(r, Headline::kicker)),
      new Column("title", r -> headline(r, Headline::title)),
      new Column("subtitle", r -> headline(r, Headline::subtitle)),
      new Column("dateline", r -> dateline(r, Dateline::text)),
      new Column("dateline_source", r -> dateline(r, Dateline::source)),
      new Column("place", r -> dateline(r, Dateline::place)),
      new Column("date", r -> dateline(r, Dateline::date)),
      new Column("reporters", r -> dateline(r, d -> String.join(NAME_SEPARATOR, d.reporters()))),
      new Column("body", r -> String.join(PARAGRAPH_SEPARATOR, r.article().body())),
      new Column("byline", r -> byline(r, Byline::text)),
      new Column("names", r -> byline(r, b -> String.join(NAME_SEPARATOR, b.names()))),
      new Column("via", r -> byline(r, Byline::via)),
      new Column("first_line", r -> Integer.toString(r.article().lines().first())),
      new Column("last_line", r -> Integer.toString(r.article().lines().last())));

  private static final CsvMapper MAPPER = new CsvMapper();

  static {
    MAPPER.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  private final boolean byteOrderMark;
  private final List<Column> columns;
  private final ObjectWriter rows;

  CsvFormat(Settings settings) {
    this.byteOrderMark = settings.csvByteOrderMark();
    List<Column> all = new ArrayList<>();
    all.add(SOURCE);
    if (settings.metadataColumns()) {
      all.addAll(METADATA);
    }
    all.addAll(ARTICLE);
    this.columns = List.copyOf(all);
    CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator(RECORD_SEPARATOR);
    columns.forEach(column -> schema.addColumn(column.header()));
    this.rows = MAPPER.writerFor(String[].class).with(schema.build().withoutHeader());
  }

  @Override
  public String extension() {
    return ".csv";
  }

  @Override
  public boolean oneStream() {
    return true;
  }

  /** The byte-order mark if asked for, and the header row. */
  @Override
  public void begin(OutputStream out) throws IOException {
    if (byteOrderMark) {
      out.write(BYTE_ORDER_MARK);
    }
    String[] header = columns.stream().map(Column::header).toArray(String[]::new);
    write(out, List.<String[]>of(header));
  }

  @Override
  public List<Content> render(ReadInput input, boolean perPage) {
    return input.pages().stream().<Content>map(page -> out -> {
      List<String[]> table = new ArrayList<>();
      for (int i = 0; i < page.articles().size(); i++) {
        Row row = new Row(page, input.metadata(), i + 1, page.articles().get(i));
        table.add(columns.stream().map(column -> orEmpty(column.value().apply(row)))
            .toArray(String[]::new));
      }
      write(out, table);
    }).toList();
  }

  private void write(OutputStream out, List<String[]> table) throws IOException {
    try (SequenceWriter writer = rows.writeValues(out)) {
      for (String[] row : table) {
        writer.write(row);
      }
    }
  }

  /** A field that is absent is empty: CSV has no null (and Jackson skips a null in a row). */
  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String headline(Row row, Function<Headline, String> part) {
    return row.article().headline() == null ? null : part.apply(row.article().headline());
  }

  private static String dateline(Row row, Function<Dateline, String> part) {
    return row.article().dateline() == null ? null : part.apply(row.article().dateline());
  }

  private static String byline(Row row, Function<Byline, String> part) {
    return row.article().byline() == null ? null : part.apply(row.article().byline());
  }
}
