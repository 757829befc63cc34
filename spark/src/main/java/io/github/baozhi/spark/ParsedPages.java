package io.github.baozhi.spark;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * The parse of a dataset of pages: {@link #articles()}, {@link #unassigned()} (pieces in no
 * article, and diagnostics) and {@link #errors()}, three views of one pass over the pages.
 * Computing each view parses the pages again unless they are {@link #persist() persisted}: persist
 * before writing more than one.
 */
public final class ParsedPages {

  private final Dataset<Row> records;

  ParsedPages(Dataset<Row> records) {
    this.records = records;
  }

  /** Keeps the parsed records (in memory, spilling to disk) so that the pages are parsed once. */
  public ParsedPages persist() {
    records.persist(StorageLevel.MEMORY_AND_DISK());
    return this;
  }

  /** Lets go of what {@link #persist()} kept. */
  public ParsedPages unpersist() {
    records.unpersist();
    return this;
  }

  /** One row per article, as {@link BaozhiSchemas#ARTICLES}. */
  public Dataset<Row> articles() {
    return view(BaozhiSchemas.ARTICLE_RECORD);
  }

  /** One row per unassigned piece and per diagnostic, as {@link BaozhiSchemas#UNASSIGNED}. */
  public Dataset<Row> unassigned() {
    return view(BaozhiSchemas.UNASSIGNED_RECORD);
  }

  /** One row per input that gave no page, as {@link BaozhiSchemas#ERRORS}. */
  public Dataset<Row> errors() {
    return view(BaozhiSchemas.ERROR_RECORD);
  }

  private Dataset<Row> view(String record) {
    return records.where(col(BaozhiSchemas.RECORD).equalTo(record)).select(record + ".*");
  }
}
