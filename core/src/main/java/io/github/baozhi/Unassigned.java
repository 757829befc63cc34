package io.github.baozhi;

import java.util.Objects;

/**
 * A non-blank piece of the page that belongs to no article, such as a column label.
 *
 * @param text the text as printed, its lines joined
 * @param lines the source lines it came from
 */
public record Unassigned(String text, LineSpan lines) {

  /** Checks that text and lines are present. */
  public Unassigned {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lines, "lines");
  }
}
