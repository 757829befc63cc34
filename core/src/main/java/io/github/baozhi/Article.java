package io.github.baozhi;

import java.util.List;
import java.util.Objects;

/**
 * One article found on a page.
 *
 * @param headline the article's headline, or {@code null} when the page has none for it
 * @param dateline the dateline that opens the article, or {@code null}
 * @param body the paragraphs, with dateline and byline removed; in-body subheads are paragraphs
 *     of their own
 * @param byline the closing credit, or {@code null}
 * @param lines the first and last source lines of everything that went into the article,
 *     headline included
 */
public record Article(
    Headline headline, Dateline dateline, List<String> body, Byline byline, LineSpan lines) {

  /** Copies the body and checks that the line span is present. */
  public Article {
    body = List.copyOf(body);
    Objects.requireNonNull(lines, "lines");
  }
}
