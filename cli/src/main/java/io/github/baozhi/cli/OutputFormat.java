package io.github.baozhi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * One output format of {@code --format}: how the pages of one input are written. Each format is
 * one class; {@link Format} names them for the command line.
 */
interface OutputFormat {

  /** The extension of the files it writes into {@code -o DIR}, with its dot: {@code .json}. */
  String extension();

  /**
   * Whether every input's output goes into one stream (standard output or {@code -o FILE}) in
   * input order, as JSONL and CSV records do, rather than into a file of each input's own.
   */
  default boolean oneStream() {
    return false;
  }

  /** Whether the pages are parsed; {@code --format text} only lays them out in reading order. */
  default boolean parses() {
    return true;
  }

  /** Written once at the head of the {@linkplain #oneStream() one stream}: nothing by default. */
  default void begin(OutputStream out) throws IOException {}

  /**
   * The outputs of one input. With {@code perPage}, one per page, each written to a file of its
   * own in {@code -o DIR}; without, outputs written one after another to the input's one output.
   */
  List<Content> render(ReadInput input, boolean perPage);
}
