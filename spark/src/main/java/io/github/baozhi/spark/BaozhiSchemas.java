package io.github.baozhi.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the three datasets {@link BaozhiSpark} makes. Their names follow the JSON lines
 * of {@code docs/jsonl.schema.json} ({@code source}, {@code index}, {@code headline.kicker},
 * {@code dateline.reporters}, {@code byline.via}, {@code lines}, {@code boxes}, {@code
 * confidence}, {@code page}…), with three differences a table needs: a line span is a struct
 * {@code lines.first}/{@code lines.last} and a box a struct {@code left, top, right, bottom} instead
 * of JSON arrays; every row also names its input {@code path} and {@code page_number}; and
 * confidences are kept exact, not rounded to three decimals.
 *
 * <p>{@code source} is the input's path for a file of one page and {@code PATH#page=N} for page N
 * of a file of several, as {@code PageReader} names pages. {@code boxes}, {@code confidence} and
 * {@code page} (the engine page's width, height, unit, image and engine) are null for text input.
 */
public final class BaozhiSchemas {

  /** The record type of an unassigned piece in {@link #UNASSIGNED}, as in JSONL. */
  public static final String UNASSIGNED_TYPE = "unassigned";
  /** The record type of a diagnostic in {@link #UNASSIGNED}, as in JSONL. */
  public static final String DIAGNOSTIC_TYPE = "diagnostic";

  static final StructType HEADLINE = struct(
      nullable("kicker", DataTypes.StringType),
      required("title", DataTypes.StringType),
      nullable("subtitle", DataTypes.StringType));

  static final StructType DATELINE = struct(
      required("text", DataTypes.StringType),
      required("source", DataTypes.StringType),
      nullable("place", DataTypes.StringType),
      nullable("date", DataTypes.StringType),
      required("reporters", strings()));

  static final StructType BYLINE = struct(
      required("text", DataTypes.StringType),
      required("names", strings()),
      nullable("via", DataTypes.StringType));

  static final StructType LINES = struct(
      required("first", DataTypes.IntegerType),
      required("last", DataTypes.IntegerType));

  static final StructType BOX = struct(
      required("left", DataTypes.IntegerType),
      required("top", DataTypes.IntegerType),
      required("right", DataTypes.IntegerType),
      required("bottom", DataTypes.IntegerType));

  static final StructType CONFIDENCE = struct(
      required("mean", DataTypes.DoubleType),
      required("min", DataTypes.DoubleType));

  static final StructType PAGE_GEOMETRY = struct(
      required("width", DataTypes.IntegerType),
      required("height", DataTypes.IntegerType),
      required("unit", DataTypes.StringType),
      required("image", DataTypes.StringType),
      required("engine", DataTypes.StringType));

  static final StructType DIAGNOSTIC = struct(
      required("code", DataTypes.StringType),
      required("message", DataTypes.StringType),
      required("line", DataTypes.IntegerType));

  /**
   * One row per article: where it comes from ({@code source, path, page_number}, its 1-based
   * {@code index} on the page), {@code headline}, {@code dateline}, {@code body} (the paragraphs),
   * {@code byline}, {@code lines}, and for engine input {@code boxes}, {@code confidence} and
   * {@code page}; {@code diagnostics} carries the page's {@code bad-bytes-replaced} diagnostic, if
   * any, as JSONL's article records do.
   */
  public static final StructType ARTICLES = struct(
      required("source", DataTypes.StringType),
      required("path", DataTypes.StringType),
      required("page_number", DataTypes.IntegerType),
      required("index", DataTypes.IntegerType),
      nullable("headline", HEADLINE),
      nullable("dateline", DATELINE),
      required("body", strings()),
      nullable("byline", BYLINE),
      required("lines", LINES),
      nullable("boxes", DataTypes.createArrayType(BOX, false)),
      nullable("confidence", CONFIDENCE),
      nullable("page", PAGE_GEOMETRY),
      required("diagnostics", DataTypes.createArrayType(DIAGNOSTIC, false)));

  /**
   * One row per unassigned piece ({@code type} {@value #UNASSIGNED_TYPE}: {@code text}, {@code
   * lines}, and for engine input {@code boxes} and {@code confidence}) and per diagnostic ({@code
   * type} {@value #DIAGNOSTIC_TYPE}: {@code code}, {@code message}, {@code line}); the other
   * kind's fields are null. With {@link #ARTICLES} it holds every character of the pages.
   */
  public static final StructType UNASSIGNED = struct(
      required("type", DataTypes.StringType),
      required("source", DataTypes.StringType),
      required("path", DataTypes.StringType),
      required("page_number", DataTypes.IntegerType),
      nullable("text", DataTypes.StringType),
      nullable("lines", LINES),
      nullable("boxes", DataTypes.createArrayType(BOX, false)),
      nullable("confidence", CONFIDENCE),
      nullable("page", PAGE_GEOMETRY),
      nullable("code", DataTypes.StringType),
      nullable("message", DataTypes.StringType),
      nullable("line", DataTypes.IntegerType));

  /**
   * One row per input that gave no page: its {@code path}, an {@code error_type} (see {@link
   * PageError}) and a {@code message} saying what is wrong with it.
   */
  public static final StructType ERRORS = struct(
      required("path", DataTypes.StringType),
      required("error_type", DataTypes.StringType),
      required("message", DataTypes.StringType));

  /** The column telling which of the three a row of {@link #RECORDS} is. */
  static final String RECORD = "record";
  static final String ARTICLE_RECORD = "article";
  static final String UNASSIGNED_RECORD = "unassigned";
  static final String ERROR_RECORD = "error";

  /**
   * What the parse makes in one pass: a {@link #RECORD} column and one struct column per dataset,
   * of which each row fills one, so that the pages are parsed once for all three.
   */
  static final StructType RECORDS = struct(
      required(RECORD, DataTypes.StringType),
      nullable(ARTICLE_RECORD, ARTICLES),
      nullable(UNASSIGNED_RECORD, UNASSIGNED),
      nullable(ERROR_RECORD, ERRORS));

  private BaozhiSchemas() {}

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField required(String name, DataType type) {
    return DataTypes.createStructField(name, type, false);
  }

  private static StructField nullable(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static ArrayType strings() {
    return DataTypes.createArrayType(DataTypes.StringType, false);
  }
}
