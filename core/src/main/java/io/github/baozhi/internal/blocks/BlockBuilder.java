package io.github.baozhi.internal.blocks;

import static io.github.baozhi.internal.evidence.Evidence.BLOCK_TYPE_RATIO;
import static io.github.baozhi.internal.evidence.Evidence.BODY_TYPE_TOLERANCE;
import static io.github.baozhi.internal.evidence.Evidence.ITEM_HEAD_SCALE;
import static io.github.baozhi.internal.evidence.Evidence.MIN_HEAD_LETTERS;
import static io.github.baozhi.internal.evidence.Evidence.HEADLINE_SHORT_OF_COLUMN;
import static io.github.baozhi.internal.evidence.Evidence.INDENT;
import static io.github.baozhi.internal.evidence.Evidence.INDENT_EVIDENCE;
import static io.github.baozhi.internal.evidence.Evidence.MAX_HEADLINE_BLOCK_LINES;
import static io.github.baozhi.internal.evidence.Evidence.SQUEEZE;
import static io.github.baozhi.internal.evidence.Evidence.WIDER_MEASURE;

import io.github.baozhi.internal.grammar.BylineGrammar;
import io.github.baozhi.internal.grammar.ColumnLabels;
import io.github.baozhi.internal.grammar.DatelineGrammar;
import io.github.baozhi.internal.grammar.Enumerators;
import io.github.baozhi.internal.grammar.NoteGrammar;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups measured lines into blocks: unwraps paragraphs and repairs column breaks.
 *
 * <p>Every pair of neighbouring lines is either joined or broken apart. The evidence is how full
 * the upper line is, whether it ends with punctuation that can close a paragraph, whether blank
 * lines separate the two, and whether the lower line looks like the first line of a paragraph.
 * OCR drops the paragraph indent, so a first line shows up about two cells short of its column.
 *
 * <ul>
 *   <li>Adjacent lines: a line that does not end in closing punctuation always continues. One that
 *       does closes its paragraph when it is short, or when the next line starts a paragraph.
 *   <li>Lines with blank lines between: blank lines mark both paragraph ends and column breaks. A
 *       full upper line without closing punctuation was cut by the column edge, so the paragraph
 *       carries on; a short one, or a group of lines without any sentence punctuation, is a unit
 *       of its own (a headline, a label). A full line ending in closing punctuation continues only
 *       when the next line does not start a paragraph.
 *   <li>Pages that set one paragraph per line (lines far wider than any column) join a line to the
 *       next only when it stops mid-sentence.
 *   <li>A dateline always opens a block, and a parenthesised byline or a production note (editor
 *       note, photo credit) always closes one; but a photo credit that stands where a column break
 *       cut a paragraph is read after the page's other lines, and the paragraph runs on past it.
 * </ul>
 */
public final class BlockBuilder {

  private final DatelineGrammar datelines = new DatelineGrammar();
  private final BylineGrammar bylines = new BylineGrammar();
  private final NoteGrammar notes = new NoteGrammar();

  /**
   * What the grammars say of one line, asked once per line: each line is looked at as the line
   * that may continue a block, as the block's last line, and as the line after that.
   */
  private record Facts(boolean opensWithDateline, boolean endsWithByline, boolean isByline,
      boolean isNote, boolean endsWithNote, boolean isCreditLine) {}

  private Facts factsOf(Line line, Line next) {
    String text = line.text();
    int byline = bylines.start(text);
    var note = notes.trailing(text);
    // A cut dateline opens a block all the same, or the text before it would run on into it.
    var opening = line.opening() != null ? line.opening()
        : datelines.openingOfLine(text, next == null ? null : next.text());
    return new Facts(opening != DatelineGrammar.Opening.NONE, byline >= 0, byline == 0,
        note.isPresent() && Chars.isBlankBefore(text, note.getAsInt()), note.isPresent(),
        opening == DatelineGrammar.Opening.CREDIT_LINE);
  }

  public List<Block> build(List<Line> pageLines) {
    List<Line> lines = creditsSetAside(pageLines);
    Facts[] facts = new Facts[lines.size()];
    for (int i = 0; i < facts.length; i++) {
      facts[i] = factsOf(lines.get(i), i + 1 < facts.length ? lines.get(i + 1) : null);
    }
    List<Block> blocks = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    boolean prose = false;
    boolean openClause = false;
    boolean dated = false;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      boolean hasAfter = i + 1 < lines.size() && lines.get(i + 1).blanksBefore() == 0;
      Line after = hasAfter ? lines.get(i + 1) : null;
      Facts afterFacts = hasAfter ? facts[i + 1] : null;
      if (!current.isEmpty() && !continues(current, prose, openClause, dated, facts[i - 1], line,
          facts[i], after, afterFacts)) {
        blocks.add(toBlock(current));
        current = new ArrayList<>();
        prose = false;
        openClause = false;
      }
      if (current.isEmpty()) {
        dated = facts[i].opensWithDateline();
      }
      current.add(line);
      prose |= line.hasSentencePunctuation();
      openClause = line.sentenceOpenAfter(openClause);
    }
    if (!current.isEmpty()) {
      blocks.add(toBlock(current));
    }
    return List.copyOf(blocks);
  }

  /**
   * The lines with each photo credit that stands between a paragraph's lines set aside, at the
   * page's end. Under a picture over the heads of columns, the credit stands at the top of the
   * column after the picture's, and in reading order it falls where a column break cut a
   * paragraph ({@code …山区最低气} / {@code 本报记者 檀晓峰 摄} / {@code 温可能降到零下五摄氏度。}):
   * read in place, it closes the paragraph there, and the lines after it open another, or an
   * article. So where the line before the credit ends no paragraph and the line after it opens
   * none (no indent, no dateline, no note), the two meet as at any column break, and the credit,
   * which belongs to no article, is read last.
   */
  private List<Line> creditsSetAside(List<Line> lines) {
    List<Line> out = null;
    List<Line> aside = null;
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 && i + 1 < lines.size() && standsInAParagraph(lines.get(i - 1), lines.get(i),
          lines.get(i + 1))) {
        if (out == null) {
          out = new ArrayList<>(lines.subList(0, i));
          aside = new ArrayList<>();
        }
        Line credit = lines.get(i);
        Line after = lines.get(i + 1);
        aside.add(credit.withBlanksBefore(Math.max(1, credit.blanksBefore())));
        out.add(after.withBlanksBefore(
            Math.max(1, Math.max(credit.blanksBefore(), after.blanksBefore()))));
        i++;
      } else if (out != null) {
        out.add(lines.get(i));
      }
    }
    if (out == null) {
      return lines;
    }
    out.addAll(aside);
    return out;
  }

  /** Whether {@code credit} is a photo credit between two lines of one paragraph: see {@link #creditsSetAside}. */
  private boolean standsInAParagraph(Line before, Line credit, Line after) {
    // The credit first: most lines end in no 摄 or source, which it settles by one character.
    return (credit.blanksBefore() > 0 || after.blanksBefore() > 0)
        && notes.isPhotoCredit(credit.text()) && !before.isDisplay() && !after.indented()
        && !Chars.closesParagraph(before.text()) && !notes.isNote(before.text())
        && !notes.isNote(after.text())
        && datelines.openingOfLine(after.text(), null) == DatelineGrammar.Opening.NONE;
  }

  /**
   * Whether {@code next} continues the block {@code current}.
   *
   * @param prose whether any line of the block so far has sentence punctuation
   * @param dated whether the block opens with a dateline, which no headline does
   * @param openClause whether the block ends inside a sentence that already has a comma or the like
   */
  private boolean continues(List<Line> current, boolean prose, boolean openClause, boolean dated,
      Facts lastFacts, Line next,
      Facts nextFacts, Line afterNext, Facts afterFacts) {
    Line last = current.get(current.size() - 1);
    if (!sameType(last, next)) {
      return false;
    }
    if (nextFacts.opensWithDateline() || lastFacts.endsWithByline() || nextFacts.isByline()
        || nextFacts.isNote() && !runsOnAsText(prose, last, next)
        || lastFacts.endsWithNote()
            && !(current.size() >= 2 && runsOnAsText(prose, current.get(current.size() - 2), last))
        || lastFacts.isCreditLine() || nextFacts.isCreditLine()) {
      return false;
    }
    if (current.size() == 1 && ColumnLabels.isLabel(last.text())) {
      return false; // a column's name (国际观察) stands alone over the headline it heads
    }
    boolean closes = Chars.closesParagraph(last.text(), openClause);
    if (last.inParagraphPerLineRegion() || next.inParagraphPerLineRegion()) {
      return !closes && prose;
    }
    int column = last.columnWidth();
    boolean firstOfParagraph = current.size() == 1;
    boolean full = last.width() >= column - SQUEEZE - (firstOfParagraph ? INDENT : 0);
    if (closes) {
      // Over a closed sentence, past a blank line, a line without sentence punctuation that
      // stands alone, or is set wider than the column (a headline spanning more than the
      // column), is a headline, not the text going on.
      if (next.blanksBefore() > 0 && looksLikeHeadline(List.of(next))
          && (afterNext == null || next.width() > column + INDENT)) {
        return false;
      }
      if (next.placement() != null && next.placement().gapAbove()) {
        return false; // white space under a closed sentence within a column parts paragraphs
      }
      if (indentShown(next)) {
        // The page's geometry shows every paragraph's indent: a line set flush continues the
        // paragraph when it reads as running text (full, or with sentence punctuation), not as
        // a subhead or label on a line of its own.
        // (Full in a column of the width of this one: a label or headline in a frame of its own
        // fills that frame.)
        // A list's item sets its mark flush (②退出：…): it opens a paragraph of its own.
        boolean fullInThisColumn = next.width() >= next.columnWidth() - SQUEEZE
            && Math.abs(next.columnWidth() - column) <= INDENT;
        return !next.indented() && !Enumerators.opensItem(next.text())
            && (fullInThisColumn && !isSubheadBetweenParagraphs(next, afterNext)
                || next.hasSentencePunctuation());
      }
      return full && (isClosingTail(next, afterNext, afterFacts) || !startsParagraph(next, afterNext));
    }
    if (next.blanksBefore() == 0) {
      if (indentShown(next) && next.indented()
          && (last.width() < column - SQUEEZE || current.size() == 1 && looksLikeHeadline(current))) {
        // A short line over an indented one ends its paragraph, whatever the engine made of the
        // punctuation at its end (a dropped 。 after ” is common); so does a line of its own with
        // no sentence punctuation, however wide: a title set at about the body's size over its
        // text, in a box as narrow as itself. (A paragraph's later line without punctuation is
        // more often one whose marks the engine lost.)
        return false;
      }
      return dated || !isHeadlineOverText(current, last, next, column);
    }
    // A paragraph's opening lines before a column break have no punctuation often enough, above
    // all a dateline with its credit (本报讯（记者 王明） 市教育局 // 今天…); a headline never
    // opens with a dateline.
    if (!dated && looksLikeHeadline(current)
        && !isFirstLineAtColumnEnd(current, next, afterNext, afterFacts)
        && !opensIndentedToColumnEnd(current)) {
      return false;
    }
    if (next.placement() != null && next.width() >= WIDER_MEASURE * column) {
      // A paragraph runs on from column to column of one width; a line wider than the column
      // after a column break, set across a wider measure (a caption under a picture over several
      // columns), is not where it goes on.
      return false;
    }
    return last.width() >= column - SQUEEZE - INDENT && last.width() <= column + INDENT;
  }

  /**
   * Whether engine output shows {@code line}, after a paragraph's end, as a line of its own
   * between two paragraphs on a page whose paragraphs open indented: set flush, with no sentence
   * punctuation, over a paragraph's indented first line. Running text that went on from the
   * paragraph above would have to end its own paragraph on that line, with a full stop; an
   * in-body subhead, set flush in the body's size, often fills a narrow column as a line of text
   * does.
   */
  private static boolean isSubheadBetweenParagraphs(Line line, Line afterLine) {
    return indentShown(line) && !line.indented() && !line.hasSentencePunctuation()
        && afterLine != null && afterLine.indented() && afterLine.blanksBefore() == 0;
  }

  /**
   * Whether {@code line}, which reads as a production note on its own ({@code 外社区服务中心提供},
   * a photo credit's shape), is the text going on: it fills its column, and is about as wide as
   * the line over it, a full line of running text (its block has sentence punctuation) that stops
   * mid-sentence. A note stands alone, short of the column or after a closed sentence; a
   * line the column's edge cut can end in any word.
   */
  private static boolean runsOnAsText(boolean prose, Line upper, Line line) {
    return prose && line.blanksBefore() == 0 && !Chars.closesParagraph(upper.text())
        && upper.width() >= upper.columnWidth() - SQUEEZE - INDENT
        && line.width() >= line.columnWidth() - SQUEEZE
        && line.width() >= upper.width() - SQUEEZE - INDENT;
  }

  /**
   * A headline set directly above its text, with no blank line between: lines without any
   * sentence punctuation, clearly shorter than the column (more than an indent short) or wider
   * than it, or one line that engine output shows set a size over the body ({@link
   * #setAHeadSizeOver}), over a line of prose.
   */
  private static boolean isHeadlineOverText(List<Line> current, Line last, Line next, int column) {
    boolean offColumn = last.width() < column - HEADLINE_SHORT_OF_COLUMN || last.width() > column + INDENT
        || current.size() == 1 && setAHeadSizeOver(last, next);
    return offColumn && looksLikeHeadline(current) && next.hasSentencePunctuation()
        && Math.abs(next.width() - column) <= INDENT + SQUEEZE;
  }

  /**
   * Whether engine output shows {@code head} set a size over {@code text}, the text in body type:
   * the line's type size ({@link Line#typeScale}, mostly its region's) at least {@link
   * io.github.baozhi.internal.evidence.Evidence#ITEM_HEAD_SCALE} times the body's or the text's,
   * whichever is larger (a stray box the engine measured small makes no head of the line over it).
   * A box's or brief's title over its first item, which may fill the box's narrow measure as nearly
   * as a paragraph's first line does ({@code 湯圓 怎樣煮才好} over {@code （一）水要大滾…}).
   */
  private static boolean setAHeadSizeOver(Line head, Line text) {
    return head.placement() != null && text.placement() != null
        && Math.abs(text.typeScale() - 1) <= BODY_TYPE_TOLERANCE
        && head.typeScale() >= ITEM_HEAD_SCALE * Math.max(1, text.typeScale());
  }

  /**
   * A single short line that ends a sentence, after a full line: the last line of the same
   * paragraph. A paragraph of one short line is rare in news copy; a sentence that happens to end
   * at the column edge followed by one more short sentence is not.
   */
  private static boolean isClosingTail(Line line, Line afterLine, Facts afterFacts) {
    if (line.indented() || !Chars.endsSentence(line.text())) {
      return false;
    }
    return afterLine == null || afterFacts.isByline() || afterFacts.isNote();
  }

  /**
   * Whether {@code line} shows the dropped indent of a paragraph's first line: it falls an indent
   * short of the column, or of the full line after it where that is wider (the column's estimate
   * runs a little narrow where lines are squeezed); never of a line narrower than the column,
   * which a character that would not fit left short itself.
   */
  private static boolean startsParagraph(Line line, Line afterLine) {
    if (line.indented() || indentShown(line)) {
      return line.indented();
    }
    int reference = line.columnWidth();
    if (afterLine != null && afterLine.width() >= reference - SQUEEZE - INDENT) {
      reference = Math.max(reference, afterLine.width());
    }
    return widthBeforeHangingMark(line) <= reference - INDENT_EVIDENCE;
  }

  /**
   * The line's width without a closing mark at its end: typesetters hang such a mark past the
   * column's edge rather than start a line with it (禁则), so a first line, an indent short of the
   * column, can end a cell wider than that (队长老宋今年73岁，).
   */
  private static int widthBeforeHangingMark(Line line) {
    int last = Chars.lastCodePoint(line.text());
    return Chars.neverStartsALine(last) ? line.width() - Chars.halfCells(last) : line.width();
  }

  /** Whether the line comes from engine output on a page whose paragraphs open indented. */
  private static boolean indentShown(Line line) {
    return line.placement() != null && line.placement().indentStyle();
  }

  /**
   * Whether line {@code b} may continue the block that {@code a} ends, as far as type goes: sizes
   * within {@link io.github.baozhi.internal.evidence.Evidence#BLOCK_TYPE_RATIO}, and {@code b} no
   * head set a size up ({@link #isHead}) under a line that is not (by size alone, so that a
   * head's first line with a comma in it, 油價連三漲，, still holds its second). Only that way: a
   * head's own second line continues it, and the text under a head may measure anything (its
   * first line is the paragraph's, which the indent or the head's missing punctuation already
   * parts from it); parting both ways cut paragraphs wherever a line measured large.
   */
  private static boolean sameType(Line a, Line b) {
    double ratio = a.typeScale() / b.typeScale();
    return ratio <= BLOCK_TYPE_RATIO && ratio >= 1 / BLOCK_TYPE_RATIO
        && !(isHead(b) && !(a.ownScale() >= ITEM_HEAD_SCALE));
  }

  /**
   * Whether a line without sentence punctuation shows glyphs a size over the body's on its own
   * ({@link Line#ownScale}, engine output whose glyphs were boxed): the head of a brief or box set
   * right under the text before it (a last line whose full stop the engine lost), in a region
   * measured as one type size; {@link io.github.baozhi.internal.evidence.Evidence#MIN_HEAD_LETTERS}
   * letters at least.
   */
  private static boolean isHead(Line line) {
    return line.ownScale() >= ITEM_HEAD_SCALE && !line.hasSentencePunctuation()
        && Chars.contentLength(line.text()) >= MIN_HEAD_LETTERS;
  }

  /**
   * A paragraph's first line that happens to fill its column carries no punctuation more often
   * than one would think; it is as wide as a column less the dropped indent, and the next column
   * carries on without starting a paragraph of its own.
   */
  private static boolean isFirstLineAtColumnEnd(List<Line> current, Line next, Line afterNext,
      Facts afterFacts) {
    if (current.size() != 1) {
      return false;
    }
    Line line = current.get(0);
    if (line.isDisplay() || setAHeadSizeOver(line, next) || ColumnLabels.isLabel(line.text())) {
      // A headline, or a title a size over its text, or a column's name (环保小贴士) set over its
      // text: not body copy.
      return false;
    }
    int expected = line.columnWidth() - INDENT;
    return Math.abs(line.width() - expected) <= SQUEEZE
        && (isClosingTail(next, afterNext, afterFacts) || !startsParagraph(next, afterNext));
  }

  /**
   * Whether engine output shows the block as a paragraph's opening lines that a column break cut
   * before its first punctuation: on a page whose paragraphs open indented, its first line
   * stands an indent in and runs to the column's edge, every later line fills the column, and
   * all are in body type. A head set in its column stands flush or centred, short of the edge,
   * or is set a size up (a box's title centred over the box). A single line is {@link
   * #isFirstLineAtColumnEnd}'s to judge.
   */
  private static boolean opensIndentedToColumnEnd(List<Line> current) {
    Line first = current.get(0);
    if (current.size() < 2 || !indentShown(first) || !first.indented()
        || first.width() < first.columnWidth() - INDENT - SQUEEZE) {
      return false;
    }
    for (Line line : current) {
      boolean full = line == first || line.width() >= line.columnWidth() - SQUEEZE;
      if (!full || Math.abs(line.typeScale() - 1) > BODY_TYPE_TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  /**
   * A few lines with no sentence punctuation at all, once an opening enumerator ({@code 一、}) is
   * set aside, read as a headline, subhead or label, not prose.
   */
  private static boolean looksLikeHeadline(List<Line> lines) {
    if (lines.size() > MAX_HEADLINE_BLOCK_LINES) {
      return false;
    }
    // The later lines first: their punctuation is known, and the first line's enumerator is
    // looked for (a regular expression) only where theirs leave the question open.
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).hasSentencePunctuation()) {
        return false;
      }
    }
    Line first = lines.get(0);
    // The enumerator is a prefix, so a line with no punctuation keeps none once it is set aside.
    return !first.hasSentencePunctuation()
        || !Chars.hasSentencePunctuation(Enumerators.strip(first.text()));
  }

  private static Block toBlock(List<Line> lines) {
    List<String> texts = new ArrayList<>(lines.size());
    for (Line line : lines) {
      texts.add(line.text());
    }
    Unwrapper.Unwrapped joined = Unwrapper.join(texts);
    return new Block(lines, joined.text(), joined.lineStarts());
  }
}
