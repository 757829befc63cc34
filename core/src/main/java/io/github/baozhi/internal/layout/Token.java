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
 * @param spaceBefore whether the engine wrote a word break or whitespace before it in its line
 * @param estimated whether the box was estimated from the line's box rather than given
 * @param page where it stands on the page as the engine placed it, for the output's boxes
 */
record Token(String text, Box box, double confidence, int line, boolean spaceBefore,
    boolean estimated, Box page) {

  /** A token as the engine placed it, not yet turned level. */
  Token(String text, Box box, double confidence, int line, boolean spaceBefore, boolean estimated) {
    this(text, box, confidence, line, spaceBefore, estimated, box);
  }

  /** The same token standing at {@code level} on the page turned level. */
  Token levelled(Box level) {
    return new Token(text, level, confidence, line, spaceBefore, estimated, page);
  }

  int centreX() {
    return (box.left() + box.right()) / 2;
  }

  int centreY() {
    return (box.top() + box.bottom()) / 2;
  }
}
