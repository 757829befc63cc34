package io.github.baozhi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.ParserOptions;
import io.github.baozhi.testdata.BaozhiPages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code spark-submit} job: what it writes reads back as what the API gives; usage errors. */
class BaozhiSparkJobTest {

  private static final SparkSession SPARK = LocalSpark.session();
  private static final Path ENGINE = Path.of(System.getProperty("engine.dir", "../testdata/engine"));
  private static final String ISSUE_DATE = "2024-03-05";

  @TempDir Path dir;
  private Path input;

  /** A small archive: three golden pages in a folder of their own, an engine page, a bad page. */
  @BeforeEach
  void archive() throws IOException {
    input = Files.createDirectories(dir.resolve("in"));
    Path paper = Files.createDirectories(input.resolve("paper/2024"));
    for (String name : BaozhiPages.names().subList(0, 3)) {
      Files.write(paper.resolve(name + ".txt"), BaozhiPages.bytes(name));
    }
    Files.copy(ENGINE.resolve("samples/paddle/001_c82f54578a695e9c.json"), input.resolve("scan.json"));
    Files.writeString(input.resolve("broken.xml"), "<alto><Layout><Page");
    Files.writeString(input.resolve("notes.md"), "not a page: the glob leaves it out");
  }

  @Test
  void parquetWrittenReadsBackAsTheRowsTheApiGives() {
    Path out = dir.resolve("out");
    Result r = run("--issue-date", ISSUE_DATE, input.toString(), out.toString());
    assertThat(r.status).as(r.err).isZero();
    assertThat(r.out).startsWith("baozhi-spark: ").contains(" 1 errors written to " + out);

    ParsedPages expected = api().persist();
    assertThat(SPARK.read().parquet(out.resolve("articles").toString()).collectAsList())
        .containsExactlyInAnyOrderElementsOf(expected.articles().collectAsList())
        .isNotEmpty();
    assertThat(SPARK.read().parquet(out.resolve("unassigned").toString()).collectAsList())
        .containsExactlyInAnyOrderElementsOf(expected.unassigned().collectAsList());
    List<Row> errors = SPARK.read().parquet(out.resolve("errors").toString()).collectAsList();
    assertThat(errors).containsExactlyInAnyOrderElementsOf(expected.errors().collectAsList())
        .singleElement().satisfies(e -> {
          assertThat(e.<String>getAs("path")).endsWith("/broken.xml");
          assertThat(e.<String>getAs("error_type")).isEqualTo(PageError.MALFORMED.code());
        });
    expected.unpersist();
  }

  @Test
  void jsonLinesWrittenReadBackAsTheRowsTheApiGives() throws IOException {
    Path out = dir.resolve("out");
    Result r = run("--format", "jsonl", "--issue-date", ISSUE_DATE, input.toString(), out.toString());
    assertThat(r.status).as(r.err).isZero();
    ParsedPages expected = api().persist();
    assertThat(json(out.resolve("articles"), BaozhiSchemas.ARTICLES).collectAsList())
        .containsExactlyInAnyOrderElementsOf(expected.articles().collectAsList())
        .anySatisfy(a -> assertThat(a.<String>getAs("source")).endsWith("/scan.json"));
    assertThat(json(out.resolve("unassigned"), BaozhiSchemas.UNASSIGNED).collectAsList())
        .containsExactlyInAnyOrderElementsOf(expected.unassigned().collectAsList());
    expected.unpersist();
    // As in the CLI's JSON lines, a field without a value is there, as null.
    assertThat(text(out.resolve("articles"))).contains("\"subtitle\":null");
  }

  /** The part files of a JSON output, one after the other. */
  private static String text(Path folder) throws IOException {
    StringBuilder all = new StringBuilder();
    try (var parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        all.append(Files.readString(part));
      }
    }
    return all.toString();
  }

  @Test
  void usageErrorsAreOneLineAndExitTwo() throws IOException {
    Path out = dir.resolve("out");
    assertUsageError(run(), "Missing required parameter");
    assertUsageError(run("--issue-date", "2024-13-01", input.toString(), out.toString()),
        "is not a date of the form YYYY-MM-DD");
    assertUsageError(run("--format", "csv", input.toString(), out.toString()),
        "--format must be parquet or jsonl, not 'csv'");
    assertUsageError(run(dir.resolve("missing").toString(), out.toString()), "does not exist");
    Files.createDirectories(out);
    assertUsageError(run(input.toString(), out.toString()), "exists; remove it or pass --overwrite");
    assertThat(run("--overwrite", input.toString(), out.toString()).status).isZero();
  }

  private static void assertUsageError(Result r, String message) {
    assertThat(r.status).as(r.err).isEqualTo(2);
    assertThat(r.err).startsWith("baozhi-spark: ").contains(message).doesNotContain("\tat ");
  }

  private ParsedPages api() {
    ParserOptions options = ParserOptions.builder().issueDate(LocalDate.parse(ISSUE_DATE)).build();
    return BaozhiSpark.create(options).parse(BaozhiSpark.readPages(SPARK, input.toString()));
  }

  private static Dataset<Row> json(Path folder, StructType schema) {
    return SPARK.read().schema(schema).json(folder.toString());
  }

  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = BaozhiSparkJob.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }
}
