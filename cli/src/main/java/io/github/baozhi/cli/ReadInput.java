package io.github.baozhi.cli;

import io.github.baozhi.OcrPage;
import io.github.baozhi.Page;
import io.github.baozhi.ocr.InputFormat;
import io.github.baozhi.ocr.OcrReader;
import io.github.baozhi.ocr.PageReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One input as an output format sees it: read, its format known, and parsed (or laid out in
 * reading order) when the format first asks, once. Used by one worker at a time.
 */
final class ReadInput {

  private final Input input;
  private final byte[] bytes;
  private final InputFormat kind;
  private final PageReader reader;
  private List<Page> pages;
  private List<String> readingOrder;

  ReadInput(Input input, byte[] bytes, InputFormat kind, PageReader reader) {
    this.input = input;
    this.bytes = bytes;
    this.kind = kind;
    this.reader = reader;
  }

  Input input() {
    return input;
  }

  /** The paper and issue date the input's pages carry to the output. */
  PageMetadata metadata() {
    return input.metadata();
  }

  InputFormat kind() {
    return kind;
  }

  /** The parsed pages: one for text input, one or more (or none) for engine output. */
  List<Page> pages() {
    if (pages == null) {
      pages = reader.read(bytes, input.source(), kind);
    }
    return pages;
  }

  /** For text input, the text as decoded; null for engine output. */
  String decodedText() {
    return kind == InputFormat.TEXT ? reader.parser().decode(bytes) : null;
  }

  /** The folder the input is in, where a review looks for page images; null for stdin. */
  Path folder() {
    return input.folder();
  }

  /**
   * The pages as text in reading order, the lines that the JSON {@code lines} count: for text
   * input, the decoded text with its line ends made LF; for engine output, the text rebuilt from
   * its boxes.
   */
  List<String> readingOrder() {
    if (readingOrder == null) {
      List<String> texts = new ArrayList<>();
      if (kind == InputFormat.TEXT) {
        texts.add(normalisedLines(reader.parser().decode(bytes)));
      } else {
        for (OcrPage page : OcrReader.read(bytes, kind)) {
          texts.add(reader.parser().readingOrder(page));
        }
      }
      readingOrder = List.copyOf(texts);
    }
    return readingOrder;
  }

  /** How many pages the input gave, by whichever of parsing or laying out was done. */
  int pageCount() {
    return pages != null ? pages.size() : readingOrder != null ? readingOrder.size() : 0;
  }

  long articles() {
    return pages == null ? 0 : pages.stream().mapToLong(p -> p.articles().size()).sum();
  }

  long unassigned() {
    return pages == null ? 0 : pages.stream().mapToLong(p -> p.unassigned().size()).sum();
  }

  /** Text with every line ending in LF, a leading byte-order mark dropped, as the parser reads it. */
  static String normalisedLines(String text) {
    StringBuilder out = new StringBuilder(text.length() + 1);
    text.lines().forEach(line -> out.append(line).append('\n'));
    if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
      out.deleteCharAt(0);
    }
    return out.toString();
  }
}
