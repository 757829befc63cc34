package io.github.baozhi.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code --format text}: each page as text in reading order, whose line numbers are the JSON
 * {@code lines}; nothing is parsed. Several pages to one output are parted by a form feed.
 */
final class TextFormat implements OutputFormat {

  /** Tesseract's text output ends each page with a form feed; so do several pages as text here. */
  private static final byte PAGE_BREAK = '\f';

  TextFormat(Settings settings) {}

  @Override
  public String extension() {
    return ".txt";
  }

  @Override
  public boolean parses() {
    return false;
  }

  @Override
  public List<Content> render(ReadInput input, boolean perPage) {
    List<byte[]> pages = input.readingOrder().stream()
        .map(text -> text.getBytes(StandardCharsets.UTF_8)).toList();
    if (perPage) {
      return pages.stream().<Content>map(bytes -> out -> out.write(bytes)).toList();
    }
    return List.of(out -> {
      for (int i = 0; i < pages.size(); i++) {
        if (i > 0) {
          out.write(PAGE_BREAK);
        }
        out.write(pages.get(i));
      }
    });
  }
}
