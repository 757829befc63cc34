package io.github.baozhi.internal.lines;

import static io.github.baozhi.internal.evidence.Evidence.DISPLAY_SCALE;
import static io.github.baozhi.internal.evidence.Evidence.PARAGRAPH_PER_LINE_WIDTH;

import io.github.baozhi.internal.grammar.DatelineGrammar;
import io.github.baozhi.internal.text.Chars;

/**
 * A non-blank line with the measurements the later stages decide on. Text input measures them
 * from character counts; engine output with coordinates measures them from the boxes, and carries
 * its {@link Placement} on the page as well.
 *
 * @param number the 1-based line number: the source line for text input, the line's place in the
 *     rebuilt reading order for engine output
 * @param text the line without leading and trailing spaces
 * @param width the display width of {@code text} in half cells
 * @param columnWidth the estimated width of the column the line sits in, in half cells
 * @param blanksBefore how many blank lines separate this line from the previous non-blank one; for
 *     engine output, 1 where a column or region begins or a vertical gap parts two lines
 * @param indented whether the line starts with whitespace, which OCR keeps for some indents, or
 *     for engine output, whether it starts clearly right of its column's left edge
 * @param placement where the line stands on the page and how it is set, or null for text input
 * @param opening what the line opens with, the next line read on where a dateline runs into it
 *     ({@link DatelineGrammar#openingOfLine}), as the column measure asked it of every line of
 *     text input, so that the block builder need not ask again; null where no one asked (engine
 *     output, lines made by hand), and the block builder asks then
 * @param sentenceMarks the sentence punctuation of {@code text} ({@link Chars#sentenceMarks}),
 *     which the column measure reads of every line and the block builder asks several times
 * @param dateline the dateline the column measure found on {@code text} alone, which the boundary
 *     stage takes over for the block the line opens ({@link DatelineGrammar#match(String,
 *     DatelineGrammar.FoundOnLine)}); null where there is none or no one asked
 */
public record Line(int number, String text, int width, int columnWidth, int blanksBefore,
    boolean indented, Placement placement, DatelineGrammar.Opening opening, int sentenceMarks,
    DatelineGrammar.FoundOnLine dateline) {

  /** A line with no dateline found on it. */
  public Line(int number, String text, int width, int columnWidth, int blanksBefore,
      boolean indented, Placement placement, DatelineGrammar.Opening opening, int sentenceMarks) {
    this(number, text, width, columnWidth, blanksBefore, indented, placement, opening,
        sentenceMarks, null);
  }

  /** A line whose sentence punctuation is read here. */
  public Line(int number, String text, int width, int columnWidth, int blanksBefore,
      boolean indented, Placement placement, DatelineGrammar.Opening opening) {
    this(number, text, width, columnWidth, blanksBefore, indented, placement, opening,
        Chars.sentenceMarks(text));
  }

  /** A line of text input, with no placement. */
  public Line(int number, String text, int width, int columnWidth, int blanksBefore,
      boolean indented) {
    this(number, text, width, columnWidth, blanksBefore, indented, null);
  }

  /** A line whose opening no one has asked yet. */
  public Line(int number, String text, int width, int columnWidth, int blanksBefore,
      boolean indented, Placement placement) {
    this(number, text, width, columnWidth, blanksBefore, indented, placement, null);
  }

  /** {@link Chars#hasSentencePunctuation} of the text. */
  public boolean hasSentencePunctuation() {
    return (sentenceMarks & Chars.RUNNING_MARK) != 0;
  }

  /** {@link Chars#sentenceOpenAfter(String, boolean)} of the text. */
  public boolean sentenceOpenAfter(boolean before) {
    return Chars.sentenceOpenAfter(sentenceMarks, before);
  }

  /** True when the page region sets one paragraph per line instead of wrapping to a column. */
  public boolean inParagraphPerLineRegion() {
    return columnWidth > PARAGRAPH_PER_LINE_WIDTH;
  }

  /** This line with {@code blanks} blank lines before it, the line itself if it has as many. */
  public Line withBlanksBefore(int blanks) {
    return blanks == blanksBefore ? this
        : new Line(number, text, width, columnWidth, blanks, indented, placement, opening,
            sentenceMarks, dateline);
  }

  /** Whether the line is engine output set in display type. */
  public boolean isDisplay() {
    return placement != null && placement.typeScale() >= DISPLAY_SCALE;
  }

  /**
   * The type size the line shows on its own, relative to the page's body text; NaN for text
   * input and for a line with no glyph boxes to measure it by (lines placed whole, lines tangled
   * with a neighbour, lines whose every box is loose).
   */
  public double ownScale() {
    return placement == null ? Double.NaN : placement.ownScale();
  }

  /** The type size relative to the page's body text; 1 for text input, which does not show it. */
  public double typeScale() {
    return placement == null ? 1 : placement.typeScale();
  }
}
