package io.github.baozhi.cli;

import java.util.List;

/** {@code --format json}: one page document per page, the JSON of {@code docs/contract.md}. */
final class JsonFormat implements OutputFormat {

  private final boolean indent;

  JsonFormat(Settings settings) {
    this.indent = settings.indent();
  }

  @Override
  public String extension() {
    return ".json";
  }

  /** Each page's document, streamed as it is made: a page's JSON need never be in memory whole. */
  @Override
  public List<Content> render(ReadInput input, boolean perPage) {
    return input.pages().stream()
        .<Content>map(page -> out -> PageJson.page(page, input.metadata(), indent, out))
        .toList();
  }

}
