package io.github.baozhi;

/** How the output sets punctuation widths. */
public enum Punctuation {
  /** As printed: the page's own mix of full-width and half-width marks. */
  KEEP,
  /**
   * Half-width {@code ,:;()!?} that sit between CJK characters become full-width {@code ，：；（）！？};
   * digits and Latin text stay as they are.
   */
  FULLWIDTH
}
