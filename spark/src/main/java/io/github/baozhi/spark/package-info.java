/**
 * Apache Spark: whole archives of OCR'd pages to datasets of articles ({@link
 * io.github.baozhi.spark.BaozhiSpark}), and the {@code spark-submit} job ({@link
 * io.github.baozhi.spark.BaozhiSparkJob}).
 */
package io.github.baozhi.spark;
