package io.github.baozhi.ocr;

import java.util.Arrays;

/**
 * The properties of an hOCR {@code title} attribute: {@code bbox 0 0 1950 2443; image "a.png";
 * ppageno 0}. Properties are separated by {@code ;}; a value may quote strings in double (or
 * single) quotes, with backslash escapes, and a {@code ;} inside quotes does not end it. The title
 * is scanned once and values are read from it on demand, since every word has one.
 */
final class HocrTitle {

  private static final HocrTitle EMPTY = new HocrTitle("", new int[0], 0);

  /** Four offsets per property: name start, name end, value start, value end. */
  private static final int SLOTS = 4;

  /** Room for the properties of a Tesseract line title (bbox, baseline, x_size and two more). */
  private static final int INITIAL_PROPERTIES = 6;

  private final String title;
  private final int[] spans;
  private final int count;

  private HocrTitle(String title, int[] spans, int count) {
    this.title = title;
    this.spans = spans;
    this.count = count;
  }

  static HocrTitle parse(String title) {
    if (title == null || title.isEmpty()) {
      return EMPTY;
    }
    int[] spans = new int[INITIAL_PROPERTIES * SLOTS];
    int count = 0;
    int n = title.length();
    int i = 0;
    while (i < n) {
      while (i < n && (isSpace(title.charAt(i)) || title.charAt(i) == ';')) {
        i++;
      }
      if (i == n) {
        break;
      }
      int nameStart = i;
      while (i < n && !isSpace(title.charAt(i)) && title.charAt(i) != ';') {
        i++;
      }
      int nameEnd = i;
      char quote = 0;
      while (i < n) {
        char c = title.charAt(i);
        if (quote != 0) {
          if (c == '\\') {
            i++;
          } else if (c == quote) {
            quote = 0;
          }
        } else if (c == '"' || c == '\'') {
          quote = c;
        } else if (c == ';') {
          break;
        }
        i++;
      }
      int valueEnd = Math.min(i, n);
      if (count * SLOTS == spans.length) {
        spans = Arrays.copyOf(spans, spans.length * 2);
      }
      spans[count * SLOTS] = nameStart;
      spans[count * SLOTS + 1] = nameEnd;
      spans[count * SLOTS + 2] = nameEnd;
      spans[count * SLOTS + 3] = valueEnd;
      count++;
    }
    return new HocrTitle(title, spans, count);
  }

  /** HTML's whitespace: what separates the parts of a title. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** The index of the first property named {@code name}, or -1. */
  private int find(String name) {
    for (int p = 0; p < count; p++) {
      int start = spans[p * SLOTS];
      int end = spans[p * SLOTS + 1];
      if (end - start == name.length() && title.regionMatches(start, name, 0, name.length())) {
        return p;
      }
    }
    return -1;
  }

  boolean has(String name) {
    return find(name) >= 0;
  }

  /**
   * The value of {@code name} as a string: a quoted value unquoted and unescaped, an unquoted one
   * trimmed; null when the property is absent.
   */
  String string(String name) {
    int p = find(name);
    if (p < 0) {
      return null;
    }
    String value = title.substring(spans[p * SLOTS + 2], spans[p * SLOTS + 3]).strip();
    if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
        && value.charAt(value.length() - 1) == value.charAt(0)) {
      StringBuilder sb = new StringBuilder(value.length());
      for (int i = 1; i < value.length() - 1; i++) {
        char c = value.charAt(i);
        if (c == '\\' && i + 1 < value.length() - 1) {
          c = value.charAt(++i);
        }
        sb.append(c);
      }
      return sb.toString();
    }
    return value;
  }

  /**
   * The whitespace-separated numbers of {@code name}'s value, with NaN for any token that is not a
   * number; null when the property is absent.
   */
  double[] numbers(String name) {
    int p = find(name);
    if (p < 0) {
      return null;
    }
    int i = spans[p * SLOTS + 2];
    int end = spans[p * SLOTS + 3];
    double[] out = new double[SLOTS];
    int n = 0;
    while (true) {
      while (i < end && isSpace(title.charAt(i))) {
        i++;
      }
      if (i == end) {
        break;
      }
      int start = i;
      while (i < end && !isSpace(title.charAt(i))) {
        i++;
      }
      if (n == out.length) {
        out = Arrays.copyOf(out, n * 2);
      }
      out[n++] = Numbers.parse(title, start, i);
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  /** The raw value of {@code name}, for messages; null when absent. */
  String raw(String name) {
    int p = find(name);
    return p < 0 ? null : title.substring(spans[p * SLOTS + 2], spans[p * SLOTS + 3]).strip();
  }
}
