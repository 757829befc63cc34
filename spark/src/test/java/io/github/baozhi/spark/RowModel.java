package io.github.baozhi.spark;

import io.github.baozhi.Article;
import io.github.baozhi.Box;
import io.github.baozhi.Byline;
import io.github.baozhi.Confidence;
import io.github.baozhi.Dateline;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.Headline;
import io.github.baozhi.LineSpan;
import io.github.baozhi.PageGeometry;
import io.github.baozhi.Unassigned;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Rows of {@link BaozhiSchemas} read back into the model, by column name, so that the tests can
 * compare what Spark gives with what {@link io.github.baozhi.PageParser} gives, field by field.
 */
final class RowModel {

  private RowModel() {}

  static Article article(Row row) {
    return new Article(headline(row.getAs("headline")), dateline(row.getAs("dateline")),
        strings(row, "body"), byline(row.getAs("byline")), lines(row.getAs("lines")),
        boxes(row), confidence(row.getAs("confidence")));
  }

  static Unassigned unassigned(Row row) {
    return new Unassigned(row.getAs("text"), lines(row.getAs("lines")), boxes(row),
        confidence(row.getAs("confidence")));
  }

  static Diagnostic diagnostic(Row row) {
    return new Diagnostic(row.getAs("code"), row.getAs("message"), row.<Integer>getAs("line"));
  }

  static PageGeometry geometry(Row row) {
    Row g = row.getAs("page");
    return g == null ? null : new PageGeometry(g.getAs("width"), g.getAs("height"),
        g.getAs("unit"), g.getAs("image"), g.getAs("engine"));
  }

  private static Headline headline(Row h) {
    return h == null ? null : new Headline(h.getAs("kicker"), h.getAs("title"), h.getAs("subtitle"));
  }

  private static Dateline dateline(Row d) {
    return d == null ? null : new Dateline(d.getAs("text"), d.getAs("source"), d.getAs("place"),
        d.getAs("date"), strings(d, "reporters"));
  }

  private static Byline byline(Row b) {
    return b == null ? null : new Byline(b.getAs("text"), strings(b, "names"), b.getAs("via"));
  }

  private static LineSpan lines(Row span) {
    return new LineSpan(span.getAs("first"), span.getAs("last"));
  }

  /** The row's boxes; none for text input, whose {@code boxes} column is null. */
  private static List<Box> boxes(Row row) {
    int i = row.fieldIndex("boxes");
    if (row.isNullAt(i)) {
      return List.of();
    }
    return row.<Row>getList(i).stream()
        .map(b -> new Box(b.getAs("left"), b.getAs("top"), b.getAs("right"), b.getAs("bottom")))
        .toList();
  }

  private static Confidence confidence(Row c) {
    return c == null ? null : new Confidence(c.getAs("mean"), c.getAs("min"));
  }

  private static List<String> strings(Row row, String field) {
    return List.copyOf(row.<String>getList(row.fieldIndex(field)));
  }
}
