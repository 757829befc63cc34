package io.github.baozhi.spark;

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
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Pages as rows of {@link BaozhiSchemas#RECORDS}, field by field in the schemas' order: the one
 * place where the model meets the tables.
 */
final class PageRows {

  /**
   * The diagnostic that article rows carry as well, as JSONL's article records do: a reader who
   * keeps articles alone must still learn that the text holds U+FFFD.
   */
  static final String BAD_BYTES_REPLACED = "bad-bytes-replaced";

  private PageRows() {}

  /** The records of page {@code pageNumber} (1-based) of the input at {@code path}. */
  static List<Row> of(String path, int pageNumber, Page page) {
    List<Row> rows = new ArrayList<>(
        page.articles().size() + page.unassigned().size() + page.diagnostics().size());
    boolean engine = page.geometry() != null;
    Row geometry = engine ? geometry(page.geometry()) : null;
    List<Row> carried = page.diagnostics().stream()
        .filter(d -> d.code().equals(BAD_BYTES_REPLACED)).map(PageRows::diagnostic).toList();
    for (int i = 0; i < page.articles().size(); i++) {
      Article a = page.articles().get(i);
      Row article = RowFactory.create(page.source(), path, pageNumber, i + 1,
          headline(a.headline()), dateline(a.dateline()), seq(a.body()), byline(a.byline()),
          lines(a.lines()), engine ? boxes(a.boxes()) : null, confidence(a.confidence()), geometry,
          seq(carried));
      rows.add(RowFactory.create(BaozhiSchemas.ARTICLE_RECORD, article, null, null));
    }
    for (Unassigned u : page.unassigned()) {
      Row piece = RowFactory.create(BaozhiSchemas.UNASSIGNED_TYPE, page.source(), path, pageNumber,
          u.text(), lines(u.lines()), engine ? boxes(u.boxes()) : null, confidence(u.confidence()),
          geometry, null, null, null);
      rows.add(RowFactory.create(BaozhiSchemas.UNASSIGNED_RECORD, null, piece, null));
    }
    for (Diagnostic d : page.diagnostics()) {
      Row diagnostic = RowFactory.create(BaozhiSchemas.DIAGNOSTIC_TYPE, page.source(), path,
          pageNumber, null, null, null, null, geometry, d.code(), d.message(), d.line());
      rows.add(RowFactory.create(BaozhiSchemas.UNASSIGNED_RECORD, null, diagnostic, null));
    }
    return rows;
  }

  /** The record of an input that gave no page. */
  static Row error(String path, PageError error, String message) {
    return RowFactory.create(BaozhiSchemas.ERROR_RECORD, null, null,
        RowFactory.create(path, error.code(), message));
  }

  private static Row headline(Headline h) {
    return h == null ? null : RowFactory.create(h.kicker(), h.title(), h.subtitle());
  }

  private static Row dateline(Dateline d) {
    return d == null ? null
        : RowFactory.create(d.text(), d.source(), d.place(), d.date(), seq(d.reporters()));
  }

  private static Row byline(Byline b) {
    return b == null ? null : RowFactory.create(b.text(), seq(b.names()), b.via());
  }

  private static Row lines(LineSpan span) {
    return RowFactory.create(span.first(), span.last());
  }

  private static Seq<Row> boxes(List<Box> boxes) {
    return seq(boxes.stream()
        .map(b -> RowFactory.create(b.left(), b.top(), b.right(), b.bottom()))
        .toList());
  }

  /** An array value as Spark's row encoder takes it: a Scala sequence, not a Java list. */
  private static <T> Seq<T> seq(List<T> values) {
    return CollectionConverters.asScala(values).toSeq();
  }

  private static Row confidence(Confidence c) {
    return c == null ? null : RowFactory.create(c.mean(), c.min());
  }

  private static Row geometry(PageGeometry g) {
    return RowFactory.create(g.width(), g.height(), g.unit(), g.image(), g.engine());
  }

  private static Row diagnostic(Diagnostic d) {
    return RowFactory.create(d.code(), d.message(), d.line());
  }
}
