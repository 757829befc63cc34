package io.github.baozhi.internal.lines;

/**
 * A non-blank source line with the measurements the later stages decide on.
 *
 * @param number the 1-based source line number
 * @param text the line without leading and trailing spaces
 * @param width the display width of {@code text} in half cells
 * @param columnWidth the estimated width of the column the line sits in, in half cells
 * @param blanksBefore how many blank lines separate this line from the previous non-blank one
 * @param indented whether the line starts with whitespace, which OCR keeps for some indents
 */
public record Line(
    int number, String text, int width, int columnWidth, int blanksBefore, boolean indented) {

  /** Lines this much wider than a column are not wrapped column text but whole paragraphs. */
  private static final int PARAGRAPH_PER_LINE_HALF_CELLS = 80;

  /** True when the page region sets one paragraph per line instead of wrapping to a column. */
  public boolean inParagraphPerLineRegion() {
    return columnWidth > PARAGRAPH_PER_LINE_HALF_CELLS;
  }
}
