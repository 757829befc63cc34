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
 *     headline included; for engine output, lines of the page's reading-order text
 * @param boxes for engine output, where the article stands on the page: one box per column piece
 *     (and per headline), in page coordinates, in reading order; empty for text input
 * @param confidence for engine output that scores its words, the engine's confidence over the
 *     article's words; otherwise {@code null}
 */
public record Article(Headline headline, Dateline dateline, List<String> body, Byline byline,
    LineSpan lines, List<Box> boxes, Confidence confidence) {

  /** Copies the lists and checks that the line span is present. */
  public Article {
    body = List.copyOf(body);
    Objects.requireNonNull(lines, "lines");
    boxes = List.copyOf(boxes);
  }

  /** An article of text input: no boxes, no confidence. */
  public Article(Headline headline, Dateline dateline, List<String> body, Byline byline,
      LineSpan lines) {
    this(headline, dateline, body, byline, lines, List.of(), null);
  }
}
