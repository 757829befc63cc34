package io.github.baozhi;

import java.util.List;
import java.util.Objects;

/**
 * The result of parsing one page.
 *
 * <p>Nothing is lost: apart from whitespace and the hyphens removed when a split Latin word is
 * re-joined, every character of the input appears exactly once in a headline, dateline, body
 * paragraph, byline or {@link #unassigned()} entry.
 *
 * @param source the name of the input, such as a file name, or {@code "-"}
 * @param articles the articles in page order
 * @param unassigned the pieces of text that belong to no article
 * @param diagnostics warnings about uncertain decisions, empty when there are none
 * @param geometry for engine output, the page's size, unit, image and engine; {@code null} for
 *     text input
 */
public record Page(String source, List<Article> articles, List<Unassigned> unassigned,
    List<Diagnostic> diagnostics, PageGeometry geometry) {

  /** Copies the lists and checks that the source is present. */
  public Page {
    Objects.requireNonNull(source, "source");
    articles = List.copyOf(articles);
    unassigned = List.copyOf(unassigned);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A page of text input, with no geometry. */
  public Page(String source, List<Article> articles, List<Unassigned> unassigned,
      List<Diagnostic> diagnostics) {
    this(source, articles, unassigned, diagnostics, null);
  }
}
