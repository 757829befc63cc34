package io.github.baozhi;

import java.util.List;
import java.util.Objects;

/**
 * A non-blank piece of the page that belongs to no article, such as a column label.
 *
 * @param text the text as printed, its lines joined
 * @param lines the source lines it came from
 * @param boxes for engine output, where it stands on the page; empty for text input
 * @param confidence for engine output that scores its words, the engine's confidence; otherwise
 *     {@code null}
 */
public record Unassigned(String text, LineSpan lines, List<Box> boxes, Confidence confidence) {

  /** Checks that text and lines are present and copies the boxes. */
  public Unassigned {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(lines, "lines");
    boxes = List.copyOf(boxes);
  }

  /** A piece of text input: no boxes, no confidence. */
  public Unassigned(String text, LineSpan lines) {
    this(text, lines, List.of(), null);
  }
}
