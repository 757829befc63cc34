package io.github.baozhi;

/**
 * An inclusive range of 1-based source line numbers.
 *
 * @param first the first source line, 1-based
 * @param last the last source line, never before {@code first}
 */
public record LineSpan(int first, int last) {

  /** Checks that the span starts at line 1 or later and does not end before it starts. */
  public LineSpan {
    if (first < 1 || last < first) {
      throw new IllegalArgumentException("bad line span [" + first + ", " + last + "]");
    }
  }
}
