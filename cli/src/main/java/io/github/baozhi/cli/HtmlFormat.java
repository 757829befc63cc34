package io.github.baozhi.cli;

import io.github.baozhi.Page;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code --format html}: a review page, the articles beside what they came from; one per page
 * into {@code -o DIR}, one holding every page of the input otherwise.
 */
final class HtmlFormat implements OutputFormat {

  private final long maxImageBytes;

  HtmlFormat(Settings settings) {
    this.maxImageBytes = settings.maxImageBytes();
  }

  @Override
  public String extension() {
    return ".html";
  }

  @Override
  public List<Content> render(ReadInput input, boolean perPage) {
    String text = input.decodedText();
    if (!perPage) {
      return List.of(review(input.pages(), text, input));
    }
    return input.pages().stream().map(page -> review(List.of(page), text, input)).toList();
  }

  private Content review(List<Page> pages, String text, ReadInput input) {
    byte[] html = HtmlReview.render(pages, text, input.folder(), maxImageBytes)
        .getBytes(StandardCharsets.UTF_8);
    return out -> out.write(html);
  }
}
