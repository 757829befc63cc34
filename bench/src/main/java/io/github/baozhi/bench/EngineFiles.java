package io.github.baozhi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Large engine files for the benchmarks, made from the real Tesseract hOCR of the two sample pages
 * in {@code testdata/engine/samples/hocr}: their pages repeated until the file reaches a size,
 * either as a document of many pages (as Tesseract writes a multi-page scan) or stacked into one
 * tall page, the hardest case for the layout stage, whose cost must stay linear in the page.
 */
public final class EngineFiles {

  private static final Pattern PAGE = Pattern.compile(
      "(?s)<div class='ocr_page'.*?title='[^']*bbox 0 0 (\\d+) (\\d+)[^']*'>(.*?)\\n  </div>\\n </body>");
  private static final Pattern BBOX = Pattern.compile("bbox (\\d+) (\\d+) (\\d+) (\\d+)");

  private EngineFiles() {}

  /** An hOCR document of about {@code bytes} bytes: the sample pages over and over. */
  public static byte[] hocr(Path root, long bytes, boolean onePage) {
    String[] pages = samplePages(root);
    StringBuilder body = new StringBuilder();
    int width = 0;
    int top = 0;
    int count = 0;
    while (body.length() < bytes) {
      String sample = pages[count % pages.length];
      Matcher m = PAGE.matcher(sample);
      if (!m.find()) {
        throw new IllegalStateException("no ocr_page in a sample hOCR file");
      }
      int w = Integer.parseInt(m.group(1));
      int h = Integer.parseInt(m.group(2));
      width = Math.max(width, w);
      String content = m.group(3);
      if (onePage) {
        body.append(shift(content, top));
      } else {
        body.append("  <div class='ocr_page' id='page_").append(count + 1)
            .append("' title='bbox 0 0 ").append(w).append(' ').append(h).append("'>")
            .append(content).append("\n  </div>\n");
      }
      top += h;
      count++;
    }
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title></title>"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html;charset=utf-8\"/>"
        + "<meta name='ocr-system' content='tesseract 5.3.0' /></head>\n <body>\n";
    String pagesText = onePage
        ? "  <div class='ocr_page' id='page_1' title='bbox 0 0 " + width + " " + top + "'>" + body
            + "\n  </div>\n"
        : body.toString();
    return (head + pagesText + " </body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The content of a page moved down by {@code dy} pixels. */
  private static String shift(String content, int dy) {
    Matcher m = BBOX.matcher(content);
    StringBuilder out = new StringBuilder(content.length() + content.length() / 20);
    while (m.find()) {
      m.appendReplacement(out, "bbox " + m.group(1) + " " + (Integer.parseInt(m.group(2)) + dy)
          + " " + m.group(3) + " " + (Integer.parseInt(m.group(4)) + dy));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String[] samplePages(Path root) {
    Path dir = root.resolve("testdata/engine/samples/hocr");
    try (var files = Files.list(dir)) {
      return files.sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toArray(String[]::new);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample hOCR in " + dir, e);
    }
  }
}
