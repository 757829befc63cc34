package io.github.baozhi.internal.normalise;

import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes the spaces some OCR engines (Tesseract among them) put between every two Han
 * characters and before punctuation: {@code 本 报 讯 10 月 10 日 ， 全 市} becomes {@code
 * 本报讯10月10日，全市}.
 *
 * <p>Only text that shows the pattern is touched, so the real spaces of ordinary pages stay. A
 * line shows it when most of its neighbouring CJK pairs are spaced apart; when most lines of a
 * page show it, every line of the page is repaired, short ones too. A space goes only where a CJK
 * character or CJK punctuation stands on at least one side; spaces between Latin words and numbers
 * stay, and so does a line's leading indent.
 */
public final class OcrSpacingRepair {

  /** Spaced pairs a line needs before it counts as spaced out. */
  private static final int MIN_SPACED_PAIRS = 2;

  public List<SourceLine> repair(List<SourceLine> lines) {
    // Only a line with spaces in it can be spaced out; most pages have few, and skip the count.
    boolean anySpaced = false;
    for (SourceLine line : lines) {
      String text = line.text();
      if (hasInnerSpace(text) || text.indexOf('\u3000') >= 0) {
        int[] pairs = countPairs(text);
        if (pairs[0] >= MIN_SPACED_PAIRS && pairs[0] > 2 * pairs[1]) {
          anySpaced = true;
          break;
        }
      }
    }
    if (!anySpaced) {
      return lines;
    }
    int candidates = 0;
    int spacedLines = 0;
    boolean[] spaced = new boolean[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      int[] pairs = countPairs(lines.get(i).text());
      if (pairs[0] + pairs[1] >= MIN_SPACED_PAIRS) {
        candidates++;
        spaced[i] = pairs[0] >= MIN_SPACED_PAIRS && pairs[0] > 2 * pairs[1];
        if (spaced[i]) {
          spacedLines++;
        }
      }
    }
    boolean wholePage = candidates > 0 && spacedLines * 2 >= candidates;
    if (spacedLines == 0) {
      return lines;
    }
    List<SourceLine> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      out.add(wholePage || spaced[i] ? new SourceLine(line.number(), despace(line.text())) : line);
    }
    return List.copyOf(out);
  }

  /** Whether a space stands between two other characters, not only at the line's ends. */
  private static boolean hasInnerSpace(String text) {
    // Most lines of Chinese text hold no ASCII space at all: one indexOf, a vector loop, settles
    // them before their ends are read a char at a time.
    if (text.indexOf(' ') < 0) {
      return false;
    }
    int first = 0;
    while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
      first++;
    }
    int last = text.length() - 1;
    while (last > first && Character.isWhitespace(text.charAt(last))) {
      last--;
    }
    int space = text.indexOf(' ', first);
    return space >= 0 && space < last;
  }

  /** {spaced, tight}: CJK pairs with spaces between them, and CJK pairs side by side. */
  private static int[] countPairs(String text) {
    int spaced = 0;
    int tight = 0;
    int previous = -1;
    boolean spaceSince = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == ' ' || cp == '\u3000') {
        spaceSince = previous >= 0;
        continue;
      }
      if (previous >= 0 && Chars.isWide(previous) && Chars.isWide(cp)) {
        if (spaceSince) {
          spaced++;
        } else {
          tight++;
        }
      }
      previous = cp;
      spaceSince = false;
    }
    return new int[] {spaced, tight};
  }

  static String despace(String text) {
    int start = 0;
    while (start < text.length() && Chars.isSpace(text.charAt(start))) {
      start++;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, start);
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\u3000') {
        int runEnd = i;
        while (runEnd < text.length() && (text.charAt(runEnd) == ' ' || text.charAt(runEnd) == '\u3000')) {
          runEnd++;
        }
        boolean atEnd = runEnd == text.length();
        int before = out.length() > start ? out.codePointBefore(out.length()) : -1;
        int after = atEnd ? -1 : text.codePointAt(runEnd);
        boolean cjkSide = before >= 0 && Chars.isWide(before) || after >= 0 && Chars.isWide(after);
        if (atEnd || !cjkSide) {
          out.append(text, i, runEnd);
        }
        i = runEnd;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
