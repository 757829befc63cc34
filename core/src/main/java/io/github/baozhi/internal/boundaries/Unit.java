package io.github.baozhi.internal.boundaries;

import io.github.baozhi.internal.blocks.Block;
import io.github.baozhi.internal.grammar.BylineMatch;
import io.github.baozhi.internal.grammar.DatelineMatch;
import io.github.baozhi.internal.text.Chars;

/**
 * A stretch of a block with the dateline that opens it and the byline that closes it split off.
 * Most units cover a whole block; a block that ends in an editor note or photo credit gives two
 * units, the second one a {@link #note()}.
 *
 * @param block the block
 * @param start where the unit starts in the block's text
 * @param end where it ends
 * @param dateline the dateline at the start of the unit, or null
 * @param bylineStart where the credit at the end of the unit starts in the block's text, or
 *     {@link #NO_BYLINE}; the {@link #byline()} itself is made from the text when asked for, as a
 *     page of bylines alone keeps hundreds of thousands of units until it is assembled
 * @param bodyStart where the text between dateline and byline starts in the block's text
 * @param bodyEnd where that text ends
 * @param note whether the unit is a production note (editor note, photo credit, end mark)
 */
public record Unit(Block block, int start, int end, DatelineMatch dateline, int bylineStart,
    int bodyStart, int bodyEnd, boolean note) {

  /** The {@code bylineStart} of a unit without a byline. */
  public static final int NO_BYLINE = -1;

  /** Whether a credit closes the unit. */
  public boolean hasByline() {
    return bylineStart != NO_BYLINE;
  }

  /** The credit at the end of the unit, or null. */
  public BylineMatch byline() {
    if (!hasByline()) {
      return null;
    }
    String text = block.text();
    int creditEnd = end;
    while (creditEnd > bylineStart && Chars.isSpace(text.charAt(creditEnd - 1))) {
      creditEnd--;
    }
    return new BylineMatch(bylineStart, text.substring(bylineStart, creditEnd));
  }

  /** The unit's own text, without surrounding spaces. */
  public String text() {
    return block.text().substring(start, end).strip();
  }

  /** The text between dateline and byline, without surrounding spaces. */
  public String body() {
    return block.text().substring(bodyStart, bodyEnd).strip();
  }

  /** True when nothing but a dateline and/or byline is in the unit: {@link #body()} is empty. */
  public boolean hasNoBody() {
    return Chars.isBlankBetween(block.text(), bodyStart, bodyEnd);
  }

  /** True when the unit covers its whole block. */
  public boolean wholeBlock() {
    return start == 0 && end == block.text().length();
  }

  /** The 1-based source line where the unit starts. */
  public int firstLine() {
    return block.lineAt(start);
  }

  /** The 1-based source line where the unit ends. */
  public int lastLine() {
    return block.lineAt(Math.max(start, end - 1));
  }
}
