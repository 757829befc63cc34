package io.github.baozhi.layouts;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets one paragraph into lines of a column, as a typesetter sets Chinese text (GB/T 15834 and
 * the usual 避头尾 rules): widths in half cells, a Han character or full-width mark taking two and
 * ASCII one; the paragraph's first line two cells short (the indent, which OCR drops: it is not
 * written); a closing mark that would start a line hung into the line before; an opening mark
 * that would end a line moved to the next; a Latin word cut at the column edge with a hyphen
 * (or moved whole to the next line when a piece would be too short);
 * digits cut anywhere, as the seed pages cut numbers.
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

  private final int width;
  private final LayoutVariant.Quotes quotes;

  /** A column {@code cells} wide with quotes set as {@code quotes}. */
  ColumnSetter(int cells, LayoutVariant.Quotes quotes) {
    this.width = 2 * cells;
    this.quotes = quotes;
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
      int j = i;
      while (j < cp.length && used + halfCells(cp[j]) <= limit) {
        used += halfCells(cp[j]);
        j++;
      }
      if (j == i) {
        j++; // a character wider than the column still takes a line of its own
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
