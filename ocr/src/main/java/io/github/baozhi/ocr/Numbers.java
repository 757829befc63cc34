package io.github.baozhi.ocr;

/**
 * Strict number reading for coordinates and confidences. {@link Double#parseDouble} alone would
 * take {@code NaN}, {@code Infinity}, hexadecimal floats and a trailing {@code d} or {@code f},
 * none of which an engine means as a coordinate; and it throws, where the readers want to say which
 * attribute of which element was wrong.
 */
final class Numbers {

  /**
   * The largest coordinate or size accepted, in any unit: a hundred million is far beyond any page
   * image in pixels (a metre-long page is 10,000 mm10 or 47,000 inch1200), and keeps the sum of a
   * position and a size well inside an {@code int}.
   */
  static final double MAX_COORDINATE = 100_000_000;

  /** Integers of up to this many digits are read without {@link Double#parseDouble}: the common case. */
  private static final int FAST_DIGITS = 9;

  private Numbers() {}

  /**
   * The value of {@code s} if it is a plain decimal number, with optional surrounding whitespace,
   * sign, fraction and exponent ({@code 12}, {@code -3.5}, {@code .5}, {@code 1E3}); otherwise NaN.
   */
  static double parse(CharSequence s) {
    return s == null ? Double.NaN : parse(s, 0, s.length());
  }

  /** {@link #parse(CharSequence)} of {@code s} from {@code from} (inclusive) to {@code to}. */
  static double parse(CharSequence s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    if (from == to) {
      return Double.NaN;
    }
    int i = from;
    boolean negative = false;
    char c = s.charAt(i);
    if (c == '-' || c == '+') {
      negative = c == '-';
      i++;
    }
    int digitsStart = i;
    long value = 0;
    while (i < to && isDigit(s.charAt(i)) && i - digitsStart < FAST_DIGITS) {
      value = value * 10 + (s.charAt(i) - '0');
      i++;
    }
    if (i == to && i > digitsStart) {
      return negative ? -value : value;
    }
    return isDecimal(s, from, to) ? Double.parseDouble(s.subSequence(from, to).toString())
        : Double.NaN;
  }

  /** Whether {@code s[from, to)} is {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}. */
  private static boolean isDecimal(CharSequence s, int from, int to) {
    int i = from;
    if (s.charAt(i) == '-' || s.charAt(i) == '+') {
      i++;
    }
    int intDigits = 0;
    while (i < to && isDigit(s.charAt(i))) {
      i++;
      intDigits++;
    }
    int fractionDigits = 0;
    if (i < to && s.charAt(i) == '.') {
      i++;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
        fractionDigits++;
      }
    }
    if (intDigits + fractionDigits == 0) {
      return false;
    }
    if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < to && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
        i++;
      }
      int expDigits = 0;
      while (i < to && isDigit(s.charAt(i))) {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return false;
      }
    }
    return i == to;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code v} is a usable coordinate: a number within {@link #MAX_COORDINATE} either way. */
  static boolean isCoordinate(double v) {
    return v >= -MAX_COORDINATE && v <= MAX_COORDINATE;
  }

  /** Whether {@code v} is a usable size: a number from 0 to {@link #MAX_COORDINATE}. */
  static boolean isSize(double v) {
    return v >= 0 && v <= MAX_COORDINATE;
  }

  /** {@code v} rounded to the nearest integer, halves up; {@code v} must be a coordinate. */
  static int round(double v) {
    return (int) Math.round(v);
  }

  /**
   * A confidence on a scale from 0 to {@code scale} as 0 to 1; NaN when it is outside the scale.
   * Engines write -1 for "not scored", so an out-of-range value is no confidence rather than an
   * error; a value that is no number at all is the caller's error to report.
   */
  static double confidence(double v, double scale) {
    return v >= 0 && v <= scale ? v / scale : Double.NaN;
  }
}
