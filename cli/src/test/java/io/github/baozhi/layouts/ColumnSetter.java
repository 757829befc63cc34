package io.github.baozhi.layouts;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets one paragraph into lines of a column, as a typesetter sets Chinese text (GB/T 15834 and
 * the usual 避头尾 rules): widths in half cells, a Han character or full-width mark taking two and
 * ASCII one; the paragraph's first line two cells short (the indent, which OCR drops: it is not
 * written); a closing mark that would start a line either hung into the line before (推入) or
 * carried to the next line with the character before it (推出), as the house style has it; an
 * opening mark that would end a line moved to the next; in a house style that squeezes
 * punctuation (标点挤压), the pause marks {@code ，、} inside a line set half a cell wide where that
 * lets one more character in; a Latin word cut at the column edge with a hyphen (or moved whole
 * to the next line when a piece would be too short); digits cut anywhere, as the seed pages cut
 * numbers. Hanging and squeezing make the lines of a column vary by a cell either way, as on the
 * seed pages.
 */
final class ColumnSetter {

  /** The paragraph indent, in cells: two characters, the convention of Chinese text. */
  static final int INDENT_CELLS = 2;

  /** Marks that may not start a line: they hang into the line before. */
  static final String CLOSING = "，。、；：？！）」』”’》〉】〕…,.;:?!)%";

  /** Marks that may not end a line: they move to the next. */
  static final String OPENING = "（「『“‘《〈【〔(";

  /** The curly quotes, whose width depends on the font ({@link LayoutVariant.Quotes}). */
  static final String CURLY_QUOTES = "“”‘’";

  /**
   * At most this many closing marks hang past the edge (a full stop and a closing quote, {@code
   * 。”}); typesetters squeeze rather than hang more.
   */
  static final int MAX_HANGING = 2;

  /**
   * A Latin word is split leaving at least this many letters before the hyphen and {@link
   * #MIN_AFTER_HYPHEN} after it (TeX's English defaults, {@code \lefthyphenmin} 2 and {@code
   * \righthyphenmin} 3); a shorter piece would not be split off, the word moves to the next line.
   */
  static final int MIN_BEFORE_HYPHEN = 2;

  static final int MIN_AFTER_HYPHEN = 3;

  /** The pause marks a squeezing house style sets half a cell wide inside a line. */
  static final String SQUEEZABLE = "，、";

  /** What a typesetter does with a closing mark that would start a line. */
  enum Kinsoku {
    /** Hang it into the line before, which gets one mark longer (推入). */
    HANG,
    /** Carry the line's last character down with it, so the line gets one cell shorter (推出). */
    PUSH_OUT
  }

  private final int width;
  private final LayoutVariant.Quotes quotes;
  private final Kinsoku kinsoku;
  private final boolean squeeze;

  /** A column {@code cells} wide with quotes set as {@code quotes}, hanging, not squeezing. */
  ColumnSetter(int cells, LayoutVariant.Quotes quotes) {
    this(cells, quotes, Kinsoku.HANG, false);
  }

  /** A column in a house style: how it keeps closers off a line's start, whether it squeezes. */
  ColumnSetter(int cells, LayoutVariant.Quotes quotes, Kinsoku kinsoku, boolean squeeze) {
    this.width = 2 * cells;
    this.quotes = quotes;
    this.kinsoku = kinsoku;
    this.squeeze = squeeze;
  }

  /** The width of one character in half cells. */
  int halfCells(int cp) {
    if (CURLY_QUOTES.indexOf(cp) >= 0) {
      return quotes == LayoutVariant.Quotes.FULL ? 2 : 1;
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
        || eaw == UCharacter.EastAsianWidth.AMBIGUOUS ? 2 : 1;
  }

  /** The paragraph's lines, the first indented (the indent not written). */
  List<String> set(String paragraph) {
    int[] cp = paragraph.strip().codePoints().toArray();
    List<String> lines = new ArrayList<>();
    int i = 0;
    while (i < cp.length) {
      int limit = lines.isEmpty() ? width - 2 * INDENT_CELLS : width;
      int used = 0;
      int squeezed = 0; // half cells a squeezing style can take back from the line's pause marks
      int j = i;
      while (j < cp.length) {
        int gain = squeeze && is(SQUEEZABLE, cp[j]) ? 1 : 0;
        if (used + halfCells(cp[j]) - squeezed - gain > limit) {
          break;
        }
        used += halfCells(cp[j]);
        squeezed += gain;
        j++;
      }
      used -= squeezed; // as squeezed as the line needs, and no more
      if (j == i) {
        j++; // a character wider than the column still takes a line of its own
      }
      if (kinsoku == Kinsoku.PUSH_OUT) {
        while (j < cp.length && j - 1 > i && is(CLOSING, cp[j])) {
          j--;
        }
      }
      for (int hung = 0; j < cp.length && hung < MAX_HANGING && is(CLOSING, cp[j]); hung++) {
        j++;
      }
      while (j < cp.length && j - 1 > i && is(OPENING, cp[j - 1])) {
        j--;
      }
      boolean hyphen = false;
      if (j < cp.length && latin(cp[j - 1]) && latin(cp[j])) {
        int start = j;
        while (start > i && latin(cp[start - 1])) {
          start--;
        }
        int end = j;
        while (end < cp.length && latin(cp[end])) {
          end++;
        }
        boolean room = used + 1 <= limit;
        if (!room && j - start > MIN_BEFORE_HYPHEN) {
          j--; // room for the hyphen
          room = true;
        }
        if (room && j - start >= MIN_BEFORE_HYPHEN && end - j >= MIN_AFTER_HYPHEN
            || start == i) {
          hyphen = true; // a word longer than the line is split where it must be
        } else {
          j = start; // a piece too short to split off: the word goes to the next line
        }
      }
      String line = new String(cp, i, j - i).strip();
      lines.add(hyphen ? line + "-" : line);
      i = j;
      while (i < cp.length && cp[i] == ' ') {
        i++;
      }
    }
    lines.removeIf(String::isEmpty);
    return lines;
  }

  private static boolean is(String set, int cp) {
    return set.indexOf(cp) >= 0;
  }

  private static boolean latin(int cp) {
    return cp < 0x80 && Character.isLetter(cp);
  }
}
