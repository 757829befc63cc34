package io.github.baozhi.internal.blocks;

import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
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
    // The lines and the spaces between them are kept as parts and joined once at the end:
    // String.join makes the text in one copy of the exact length, where a StringBuilder of
    // Chinese text allocated a Latin-1 buffer, widened it to UTF-16, and tried to compress the
    // result to Latin-1 in toString before copying it.
    Parts out = new Parts(2 * lines.size());
    int[] starts = new int[lines.size()];
    int hyphens = 0;
    for (int i = 0; i < lines.size(); i++) {
      String next = lines.get(i);
      if (i > 0 && out.length > 0 && !next.isEmpty()) {
        int before = out.codePointBefore(out.length);
        int after = next.codePointAt(0);
        if (isSplitWord(out, after)) {
          out.dropLastChar();
          hyphens++;
        } else if (needsSpace(before, after)) {
          out.add(" ");
        }
      }
      starts[i] = out.length;
      out.add(next);
    }
    return new Unwrapped(out.join(), starts, hyphens);
  }

  /**
   * The text joined so far, as its parts: a line's end, where the joins are decided, is read
   * from the last parts, which the lines' lengths put close to the end.
   */
  private static final class Parts {
    private final List<String> parts;
    int length;

    Parts(int capacity) {
      parts = new ArrayList<>(capacity);
    }

    void add(String part) {
      if (!part.isEmpty()) {
        parts.add(part);
        length += part.length();
      }
    }

    char charAt(int index) {
      int end = length;
      for (int p = parts.size() - 1; ; p--) {
        String part = parts.get(p);
        int start = end - part.length();
        if (index >= start) {
          return part.charAt(index - start);
        }
        end = start;
      }
    }

    /** {@link StringBuilder#codePointBefore} of the joined text. */
    int codePointBefore(int index) {
      char low = charAt(index - 1);
      if (Character.isLowSurrogate(low) && index >= 2) {
        char high = charAt(index - 2);
        if (Character.isHighSurrogate(high)) {
          return Character.toCodePoint(high, low);
        }
      }
      return low;
    }

    void dropLastChar() {
      int last = parts.size() - 1;
      String part = parts.get(last);
      if (part.length() == 1) {
        parts.remove(last);
      } else {
        parts.set(last, part.substring(0, part.length() - 1));
      }
      length--;
    }

    String join() {
      return String.join("", parts);
    }
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSplitWord(Parts text, int nextCodePoint) {
    int n = text.length;
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
