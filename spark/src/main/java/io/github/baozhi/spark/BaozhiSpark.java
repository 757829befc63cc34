package io.github.baozhi.spark;

import io.github.baozhi.ParserOptions;
import io.github.baozhi.ocr.InputFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Parses a {@code Dataset<Row>} of pages into datasets of articles, unassigned pieces and
 * diagnostics, and errors, with one {@link io.github.baozhi.PageParser} per partition.
 *
 * <pre>{@code
 * Dataset<Row> pages = BaozhiSpark.readPages(spark, "hdfs:///archive/1998");
 * ParsedPages parsed = BaozhiSpark.create(ParserOptions.defaults()).parse(pages).persist();
 * parsed.articles().write().parquet("out/articles");
 * parsed.unassigned().write().parquet("out/unassigned");
 * parsed.errors().write().parquet("out/errors");
 * }</pre>
 *
 * <p>Pages come as Spark's {@code binaryFile} source reads them ({@code path} and {@code content}
 * bytes; other columns are ignored) or as {@code path} and {@code text}. Each is read as {@link
 * io.github.baozhi.ocr.PageReader} reads it: its format sniffed (or the one given), text and
 * engine output (hOCR, ALTO, PAGE XML, PaddleOCR JSON) alike, a file of several pages giving
 * several. Columns are described in {@link BaozhiSchemas}. An input that cannot be read gives a
 * row of {@link BaozhiSchemas#ERRORS} and never fails the job.
 *
 * <p>Immutable and serializable; the {@code with…} methods return a new instance.
 */
public final class BaozhiSpark {

  /** The column of a page's name, as {@code binaryFile} calls it. */
  public static final String PATH_COLUMN = "path";
  /** The column of a page's bytes, as {@code binaryFile} calls it. */
  public static final String CONTENT_COLUMN = "content";
  /** The column of a page's text, for pages that are already strings. */
  public static final String TEXT_COLUMN = "text";

  /**
   * The largest page parsed by default, as in the CLI's {@code --max-input-size}: a page needs
   * several times its size in heap, and one much larger would cost an executor, not one page.
   */
  public static final long DEFAULT_MAX_PAGE_BYTES = 64L * 1024 * 1024;

  /**
   * The files {@link #readPages} takes by default, as the CLI takes from a directory: text pages
   * and every engine format's files.
   */
  public static final String DEFAULT_GLOB = "*.{txt,hocr,html,htm,xml,json}";

  private final PageSettings settings;

  private BaozhiSpark(PageSettings settings) {
    this.settings = settings;
  }

  /** Parses with the default options, each page's format sniffed. */
  public static BaozhiSpark create() {
    return create(ParserOptions.defaults());
  }

  /** Parses with {@code options}, each page's format sniffed. */
  public static BaozhiSpark create(ParserOptions options) {
    Objects.requireNonNull(options, "options");
    return new BaozhiSpark(PageSettings.of(options, null, DEFAULT_MAX_PAGE_BYTES));
  }

  /** Reads every page as {@code format}, or sniffs each page's if null. */
  public BaozhiSpark withInputFormat(InputFormat format) {
    return new BaozhiSpark(settings.withInputFormat(format));
  }

  /** Pages larger than {@code bytes} go to the errors dataset unparsed. */
  public BaozhiSpark withMaxPageBytes(long bytes) {
    return new BaozhiSpark(settings.withMaxPageBytes(bytes));
  }

  /**
   * The files at {@code path} (a file, a directory searched recursively, or a Hadoop glob such as
   * {@code /archive/199[0-9]}) whose names match {@code glob}, as Spark's {@code binaryFile} source
   * reads them.
   */
  public static Dataset<Row> readPages(SparkSession spark, String path, String glob) {
    return spark.read().format("binaryFile")
        .option("recursiveFileLookup", "true")
        .option("pathGlobFilter", glob)
        .load(path);
  }

  /** {@link #readPages(SparkSession, String, String)} with {@link #DEFAULT_GLOB}. */
  public static Dataset<Row> readPages(SparkSession spark, String path) {
    return readPages(spark, path, DEFAULT_GLOB);
  }

  /**
   * The parse of {@code pages}, a dataset with a string {@code path} column and either a binary
   * {@code content} or a string {@code text} column. Nothing is parsed until a dataset of the
   * result is computed.
   *
   * @throws IllegalArgumentException if {@code pages} lacks those columns or has both
   */
  public ParsedPages parse(Dataset<Row> pages) {
    Objects.requireNonNull(pages, "pages");
    StructType schema = pages.schema();
    List<String> names = Arrays.asList(schema.fieldNames());
    requireType(schema, names, PATH_COLUMN, DataTypes.StringType);
    boolean content = names.contains(CONTENT_COLUMN);
    boolean text = names.contains(TEXT_COLUMN);
    if (content == text) {
      throw new IllegalArgumentException("pages need either a '" + CONTENT_COLUMN
          + "' (binary) or a '" + TEXT_COLUMN + "' (string) column, not "
          + (content ? "both" : "neither") + "; they have " + names);
    }
    String payload = content ? CONTENT_COLUMN : TEXT_COLUMN;
    requireType(schema, names, payload, content ? DataTypes.BinaryType : DataTypes.StringType);
    Dataset<Row> records = pages.select(PATH_COLUMN, payload)
        .mapPartitions(new PartitionParser(settings, text), Encoders.row(BaozhiSchemas.RECORDS));
    return new ParsedPages(records);
  }

  private static void requireType(StructType schema, List<String> names, String column,
      DataType type) {
    if (!names.contains(column)) {
      throw new IllegalArgumentException(
          "pages need a '" + column + "' column; they have " + names);
    }
    StructField field = schema.apply(column);
    if (!field.dataType().equals(type)) {
      throw new IllegalArgumentException("the '" + column + "' column must be "
          + type.simpleString() + ", not " + field.dataType().simpleString());
    }
  }
}
