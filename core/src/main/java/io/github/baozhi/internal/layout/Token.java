package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;

/**
 * The smallest piece of engine text the layout stage moves: a word as the engine placed it, or,
 * for engines that place whole lines only, one character with a box estimated from the line's.
 *
 * @param text the text, never blank
 * @param box where it stands, on the page turned level when the page was scanned askew
 * @param confidence the engine's confidence, or NaN
 * @param line the index of the engine line it came from
 * @param space the whitespace the engine wrote before it in its line: {@link #NO_SPACE}, a word
 *     break or space ({@code ' '}), or the ideographic space ({@code '\u3000'}) that sets a
 *     run-in credit off from the text after it ({@code 本报记者 张三　今天上午}), which is kept
 * @param estimated whether the box was estimated from the line's box rather than given
 * @param page where it stands on the page as the engine placed it, for the output's boxes
 */
record Token(String text, Box box, double confidence, int line, char space,
    boolean estimated, Box page) {

  /** No whitespace before the token: it is the line's first or runs on from the one before. */
  static final char NO_SPACE = 0;

  /** The em-wide space that sets a run-in credit off from its text; kept as the engine wrote it. */
  static final char IDEOGRAPHIC_SPACE = '\u3000';

  /** A token as the engine placed it, not yet turned level. */
  Token(String text, Box box, double confidence, int line, char space, boolean estimated) {
    this(text, box, confidence, line, space, estimated, box);
  }

  /** Whether the engine wrote a word break or whitespace before it in its line. */
  boolean spaceBefore() {
    return space != NO_SPACE;
  }

  /** The same token standing at {@code level} on the page turned level. */
  Token levelled(Box level) {
    return new Token(text, level, confidence, line, space, estimated, page);
  }

  /**
   * Whether the engine's box could hold the text: no wider than {@value #MAX_ASPECT} times as wide
   * as high per cell of text. Engines read rules, specks and picture edges as characters in boxes
   * no glyph has (a 137 by 12 pixel 下 on a page tried); such a token says nothing of type size.
   */
  boolean plausible() {
    double cells = Math.max(1, io.github.baozhi.internal.text.Chars.halfCells(text) / 2.0);
    return page.width() <= MAX_ASPECT * cells * Math.max(1, page.height());
  }

  /** Widest a box may be per cell of its text, in box heights. */
  private static final double MAX_ASPECT = 3;

  int centreX() {
    return (box.left() + box.right()) / 2;
  }

  int centreY() {
    return (box.top() + box.bottom()) / 2;
  }
}
