package io.github.baozhi.internal.lines;

import io.github.baozhi.Box;
import io.github.baozhi.OcrRole;

/**
 * Where a line of engine output stands on the page and what the engine said of it.
 *
 * @param box the line's box in page coordinates, from its words where the engine gives them
 * @param region the index of the rebuilt region (column piece) the line belongs to, in reading
 *     order
 * @param typeScale the line's type size (glyph height) relative to the page's body text
 * @param ownScale the type size the line's own glyph boxes show, relative to the page's body
 *     text ({@code typeScale} is its region's, unless the line is set far apart from it); NaN for
 *     a line with no glyph boxes to tell by (placed whole, tangled with a neighbour, every box
 *     loose)
 * @param confidenceSum the sum of the engine's confidences over the line's words (or of the line
 *     itself), for means over several lines
 * @param confidenceCount how many confidences {@code confidenceSum} holds; 0 when the engine gives
 *     none
 * @param minConfidence the lowest of them, or NaN when there are none
 * @param role what the engine said the line is
 * @param gapAbove whether the line stands under the line before it in the same column with white
 *     space between them, as paragraphs are parted on pages without indents (a blank line before
 *     a line at the top of a column is a column break instead)
 * @param indentStyle whether the page opens its paragraphs with an indent, so that a line that
 *     starts flush with its column does not open one (on pages that part paragraphs by white
 *     space instead, only the gap tells)
 */
public record Placement(Box box, int region, double typeScale, double ownScale,
    double confidenceSum,
    int confidenceCount, double minConfidence, OcrRole role, boolean gapAbove,
    boolean indentStyle) {

  /** The same placement on a page with or without paragraph indents. */
  public Placement withIndentStyle(boolean indentStyle) {
    return new Placement(box, region, typeScale, ownScale, confidenceSum, confidenceCount, minConfidence,
        role, gapAbove, indentStyle);
  }
}
