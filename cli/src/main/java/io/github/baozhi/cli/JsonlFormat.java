package io.github.baozhi.cli;

import java.util.List;

/**
 * {@code --format jsonl}: one JSON record per line, every input's lines in one stream; a page
 * gives a page record, then its articles, unassigned pieces and diagnostics ({@link
 * PageJson#jsonLines}).
 */
final class JsonlFormat implements OutputFormat {

  JsonlFormat(Settings settings) {}

  @Override
  public String extension() {
    return ".jsonl";
  }

  @Override
  public boolean oneStream() {
    return true;
  }

  @Override
  public List<Content> render(ReadInput input, boolean perPage) {
    return input.pages().stream()
        .<Content>map(page -> out -> out.write(PageJson.jsonLines(page, input.metadata())))
        .toList();
  }
}
