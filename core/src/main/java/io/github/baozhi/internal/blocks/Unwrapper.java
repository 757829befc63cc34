package io.github.baozhi.internal.blocks;

import io.github.baozhi.internal.text.Chars;
import java.util.List;

/**
 * Joins wrapped lines into one string the way a reader would.
 *
 * <ul>
 *   <li>Nothing goes between CJK characters or CJK punctuation: the line end is not a space.
 *   <li>One space goes between two Latin words, but none inside a number cut at the line end
 *       ({@code 1} / {@code 2.6} is 12.6).
 *   <li>A Latin word split with {@code -} at the line end is re-joined and the hyphen dropped, but
 *       a hyphen after a digit ({@code 2020-2021}) and dashes such as {@code —} stay.
 * </ul>
 */
public final class Unwrapper {

  private Unwrapper() {}

  /** The result of unwrapping: the joined text and where each line starts in it. */
  public record Unwrapped(String text, int[] lineStarts, int hyphensRemoved) {}

  public static Unwrapped join(List<String> lines) {
    if (lines.size() == 1) {
      return new Unwrapped(lines.get(0), new int[] {0}, 0);
    }
    int capacity = lines.size();
    for (String line : lines) {
      capacity += line.length();
    }
    StringBuilder out = new StringBuilder(capacity);
    int[] starts = new int[lines.size()];
    int hyphens = 0;
    for (int i = 0; i < lines.size(); i++) {
      String next = lines.get(i);
      if (i > 0 && out.length() > 0 && !next.isEmpty()) {
        int before = out.codePointBefore(out.length());
        int after = next.codePointAt(0);
        if (isSplitWord(out, after)) {
          out.setLength(out.length() - 1);
          hyphens++;
        } else if (needsSpace(before, after)) {
          out.append(' ');
        }
      }
      starts[i] = out.length();
      out.append(next);
    }
    return new Unwrapped(out.toString(), starts, hyphens);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSplitWord(StringBuilder text, int nextCodePoint) {
    int n = text.length();
    if (n < 2 || text.charAt(n - 1) != '-') {
      return false;
    }
    int beforeHyphen = text.codePointBefore(n - 1);
    return Character.isLetter(beforeHyphen) && !Chars.isWide(beforeHyphen)
        && Character.isLowerCase(nextCodePoint);
  }

  private static boolean needsSpace(int before, int after) {
    if (Chars.isWide(before) || Chars.isWide(after)) {
      return false;
    }
    // A number cut at the column edge (约1 / 2.6公里) is one number: CJK typesetting breaks lines
    // inside numbers, never between two of them without punctuation.
    if (isDigit(before) && (isDigit(after) || after == '.') || before == '.' && isDigit(after)) {
      return false;
    }
    if (before == '-' || before == '/' || Chars.isSpace(before)) {
      return false;
    }
    return Character.isLetterOrDigit(before) || ",.;:!?)%".indexOf(before) >= 0;
  }
}
