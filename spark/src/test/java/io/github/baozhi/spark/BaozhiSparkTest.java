package io.github.baozhi.spark;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.baozhi.Article;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.ParserOptions;
import io.github.baozhi.Unassigned;
import io.github.baozhi.ocr.PageReader;
import io.github.baozhi.testdata.BaozhiPages;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dataset API on a local session: what Spark gives is what the parser gives, page by page. */
class BaozhiSparkTest {

  private static final SparkSession SPARK = LocalSpark.session();
  private static final Path ENGINE = Path.of(System.getProperty("engine.dir", "../testdata/engine"));
  private static final StructType CONTENT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("content", DataTypes.BinaryType, true)));
  private static final StructType TEXT = DataTypes.createStructType(List.of(
      DataTypes.createStructField("path", DataTypes.StringType, false),
      DataTypes.createStructField("text", DataTypes.StringType, true)));

  @TempDir Path dir;

  @Test
  void theGoldenPagesGiveThroughSparkTheArticlesOfPageParserAndTheirExpectations() {
    Map<ParserOptions, List<String>> byOptions = BaozhiPages.names().stream()
        .collect(groupingBy(name -> BaozhiPages.parser(name).options(), LinkedHashMap::new, toList()));
    int pages = 0;
    for (Map.Entry<ParserOptions, List<String>> group : byOptions.entrySet()) {
      List<Row> rows = group.getValue().stream()
          .map(name -> RowFactory.create(name + ".txt", BaozhiPages.bytes(name))).toList();
      Parsed parsed = Parsed.of(BaozhiSpark.create(group.getKey()).parse(frame(rows, CONTENT)));
      assertThat(parsed.errors).isEmpty();
      PageParser parser = PageParser.create(group.getKey());
      for (String name : group.getValue()) {
        Page direct = parser.parse(BaozhiPages.bytes(name), name + ".txt");
        parsed.assertSame(direct, name + ".txt", 1);
        assertThat(parsed.articles(direct.source())).as(name)
            .isEqualTo(BaozhiPages.expected(name).articles());
        pages++;
      }
    }
    assertThat(pages).isEqualTo(BaozhiPages.names().size()).isGreaterThan(20);
  }

  @Test
  void pagesGivenAsTextGiveWhatTheirBytesGive() {
    String name = BaozhiPages.names().get(0);
    List<Row> rows = List.of(RowFactory.create(name + ".txt", BaozhiPages.text(name)));
    Parsed parsed = Parsed.of(BaozhiSpark.create().parse(frame(rows, TEXT)));
    parsed.assertSame(PageParser.create().parse(BaozhiPages.bytes(name), name + ".txt"),
        name + ".txt", 1);
  }

  @Test
  void engineSamplesReadFromFilesGiveTheirBoxesConfidenceAndPage() throws IOException {
    Dataset<Row> files = BaozhiSpark.readPages(SPARK,
        ENGINE.resolve("samples").toAbsolutePath() + "/{hocr,alto,paddle}");
    Parsed parsed = Parsed.of(BaozhiSpark.create().parse(files));
    assertThat(parsed.errors).isEmpty();
    List<String> paths = files.select("path").as(org.apache.spark.sql.Encoders.STRING())
        .collectAsList();
    assertThat(paths).hasSize(6);
    PageReader reader = PageReader.create(PageParser.create());
    for (String path : paths) {
      List<Page> direct = reader.read(Files.readAllBytes(Path.of(URI.create(path))), path);
      assertThat(direct).hasSize(1);
      parsed.assertSame(direct.get(0), path, 1);
      assertThat(parsed.geometry(path)).isEqualTo(direct.get(0).geometry()).isNotNull();
      assertThat(parsed.articles(path)).isNotEmpty()
          .allSatisfy(a -> assertThat(a.boxes()).isNotEmpty());
    }
    assertThat(parsed.articleRows).anySatisfy(row -> assertThat(row.isNullAt(row.fieldIndex("confidence"))).isFalse());
  }

  @Test
  void eachPageOfAMultiPageFileIsNumberedAndNamedAsPageReaderNamesIt() throws IOException {
    String first = Files.readString(sample("hocr", "001_c82f54578a695e9c.hocr"));
    String second = Files.readString(sample("hocr", "003_c87d14da307c1518.hocr"));
    String secondPage = second.substring(second.indexOf("<body>") + "<body>".length(),
        second.indexOf("</body>"));
    byte[] book = first.replace("</body>", secondPage + "</body>").getBytes(StandardCharsets.UTF_8);
    Parsed parsed = Parsed.of(BaozhiSpark.create()
        .parse(frame(List.of(RowFactory.create("book.hocr", book)), CONTENT)));
    List<Page> direct = PageReader.create(PageParser.create()).read(book, "book.hocr");
    assertThat(direct).hasSize(2);
    parsed.assertSame(direct.get(0), "book.hocr", 1);
    parsed.assertSame(direct.get(1), "book.hocr", 2);
    assertThat(parsed.articleRows).extracting(r -> r.<String>getAs("source"))
        .contains("book.hocr#page=1", "book.hocr#page=2");
  }

  @Test
  void unreadablePagesAreErrorRowsAndTheOthersStillComeOut() throws IOException {
    String good = BaozhiPages.names().get(0);
    String hocr = Files.readString(sample("hocr", "001_c82f54578a695e9c.hocr"));
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create("good.txt", BaozhiPages.bytes(good)));
    rows.add(RowFactory.create("bad-bytes.txt",
        new byte[] {(byte) 0xE6, (byte) 0x9C, (byte) 0xAC, (byte) 0xFF, 0x41}));
    rows.add(RowFactory.create("truncated.hocr",
        hocr.substring(0, hocr.length() / 2).replace("bbox 624", "bbox x").getBytes(StandardCharsets.UTF_8)));
    rows.add(RowFactory.create("meta.json", "{\"title\": \"not a page\"}".getBytes(StandardCharsets.UTF_8)));
    rows.add(RowFactory.create("empty.json", "[]".getBytes(StandardCharsets.UTF_8)));
    rows.add(RowFactory.create("null.txt", null));
    ParserOptions utf8 = ParserOptions.builder().charset(StandardCharsets.UTF_8).build();
    Parsed parsed = Parsed.of(BaozhiSpark.create(utf8).parse(frame(rows, CONTENT)));

    Map<String, String> types = new LinkedHashMap<>();
    parsed.errors.forEach(e -> types.put(e.getAs("path"), e.getAs("error_type")));
    assertThat(types).containsOnly(
        Map.entry("bad-bytes.txt", PageError.UNDECODABLE.code()),
        Map.entry("truncated.hocr", PageError.MALFORMED.code()),
        Map.entry("meta.json", PageError.NOT_ENGINE_OUTPUT.code()),
        Map.entry("empty.json", PageError.NOT_ENGINE_OUTPUT.code()),
        Map.entry("null.txt", PageError.NO_CONTENT.code()));
    assertThat(parsed.errors).allSatisfy(e -> assertThat(e.<String>getAs("message")).isNotBlank());
    assertThat(parsed.errors.stream().filter(e -> e.getAs("path").equals("bad-bytes.txt")))
        .singleElement().satisfies(e -> assertThat(e.<String>getAs("message")).contains("UTF-8"));
    parsed.assertSame(PageParser.create(utf8).parse(BaozhiPages.bytes(good), "good.txt"),
        "good.txt", 1);
  }

  @Test
  void aPageNotOfTheFormatNamedAndAnOversizedPageAreErrorRows() {
    List<Row> rows = List.of(
        RowFactory.create("empty.xml",
            "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\"><Layout/></alto>"
                .getBytes(StandardCharsets.UTF_8)),
        RowFactory.create("big.txt", BaozhiPages.bytes(BaozhiPages.names().get(0))));
    Parsed parsed = Parsed.of(BaozhiSpark.create()
        .withInputFormat(io.github.baozhi.ocr.InputFormat.ALTO)
        .withMaxPageBytes(BaozhiPages.bytes(BaozhiPages.names().get(0)).length - 1)
        .parse(frame(rows, CONTENT)));
    assertThat(parsed.errors).extracting(e -> e.<String>getAs("path") + " " + e.getAs("error_type"))
        .containsExactlyInAnyOrder("empty.xml malformed", "big.txt too-large");
    assertThat(parsed.articleRows).isEmpty();
  }

  @Test
  void pagesWithoutAPathAndAPayloadColumnAreRefusedAtOnce() {
    Dataset<Row> noPath = SPARK.createDataFrame(List.of(RowFactory.create("x")),
        DataTypes.createStructType(List.of(DataTypes.createStructField("text", DataTypes.StringType, true))));
    assertThatThrownBy(() -> BaozhiSpark.create().parse(noPath))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'path'");
    Dataset<Row> both = frame(List.of(RowFactory.create("p.txt", new byte[0])), CONTENT)
        .withColumn("text", org.apache.spark.sql.functions.lit("x"));
    assertThatThrownBy(() -> BaozhiSpark.create().parse(both))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    Dataset<Row> stringContent = frame(List.of(RowFactory.create("p.txt", "x")), TEXT)
        .withColumnRenamed("text", "content");
    assertThatThrownBy(() -> BaozhiSpark.create().parse(stringContent))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be binary");
  }

  private static Path sample(String format, String name) {
    return ENGINE.resolve("samples").resolve(format).resolve(name);
  }

  static Dataset<Row> frame(List<Row> rows, StructType schema) {
    return SPARK.createDataFrame(rows, schema).repartition(2);
  }

  /** The three datasets of a parse, collected, and the model objects read back from them. */
  record Parsed(List<Row> articleRows, List<Row> unassignedRows, List<Row> errors) {

    static Parsed of(ParsedPages parsed) {
      parsed.persist();
      try {
        return new Parsed(parsed.articles().collectAsList(), parsed.unassigned().collectAsList(),
            parsed.errors().collectAsList());
      } finally {
        parsed.unpersist();
      }
    }

    List<Article> articles(String source) {
      return articleRows.stream().filter(r -> r.getAs("source").equals(source))
          .sorted(Comparator.comparing(r -> r.<Integer>getAs("index")))
          .map(RowModel::article).toList();
    }

    List<Unassigned> unassigned(String source) {
      return ofType(source, BaozhiSchemas.UNASSIGNED_TYPE).map(RowModel::unassigned).toList();
    }

    List<Diagnostic> diagnostics(String source) {
      return ofType(source, BaozhiSchemas.DIAGNOSTIC_TYPE).map(RowModel::diagnostic).toList();
    }

    io.github.baozhi.PageGeometry geometry(String source) {
      return articleRows.stream().filter(r -> r.getAs("source").equals(source))
          .map(RowModel::geometry).findFirst().orElseThrow();
    }

    /** The rows of one kind of one page; Spark promises no order between rows, so neither do we. */
    private java.util.stream.Stream<Row> ofType(String source, String type) {
      return unassignedRows.stream()
          .filter(r -> r.getAs("source").equals(source) && r.getAs("type").equals(type));
    }

    /**
     * Every article, unassigned piece and diagnostic of {@code direct} is a row, with nothing more:
     * the same fields, the 1-based index in page order, the input's path and page number.
     */
    void assertSame(Page direct, String path, int pageNumber) {
      String source = direct.source();
      assertThat(articles(source)).as(source).isEqualTo(direct.articles());
      assertThat(unassigned(source)).as(source)
          .containsExactlyInAnyOrderElementsOf(direct.unassigned());
      assertThat(diagnostics(source)).as(source)
          .containsExactlyInAnyOrderElementsOf(direct.diagnostics());
      List<Row> rows = new ArrayList<>(articleRows);
      rows.addAll(unassignedRows);
      rows.removeIf(r -> !r.getAs("source").equals(source));
      assertThat(rows).allSatisfy(r -> {
        assertThat(r.<String>getAs("path")).isEqualTo(path);
        assertThat(r.<Integer>getAs("page_number")).isEqualTo(pageNumber);
      });
      assertThat(articleRows.stream().filter(r -> r.getAs("source").equals(source))
          .map(r -> r.<Integer>getAs("index")).sorted().toList())
          .isEqualTo(java.util.stream.IntStream.rangeClosed(1, direct.articles().size()).boxed().toList());
    }
  }
}
