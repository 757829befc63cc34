package io.github.baozhi.internal.grammar;

/** Reads the small numbers used in dates, written in digits of either width or in Chinese. */
public final class NumberWords {

  private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

  /**
   * Tesseract's reading of a serif 1 beside 月 or 日 ({@code 新华社北京]月26日电}, {@code 2026年]月27日}):
   * read as 1 in a date's number, never changed in the text.
   */
  private static final char MISREAD_ONE = ']';

  /** A day or month number in digits of either width, or with {@link #MISREAD_ONE} for a 1. */
  public static final String DIGITS = "[0-9０-９\\]]{1,2}";

  private NumberWords() {}

  /** The value of a day or month number such as {@code 27}, {@code ２７} or {@code 二十七}; -1 if unreadable. */
  public static int parse(String text) {
    if (text == null || text.isEmpty()) {
      return -1;
    }
    int digits = 0;
    boolean allDigits = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int d = c == MISREAD_ONE ? 1 : Character.digit(c, 10);
      if (d < 0) {
        allDigits = false;
        break;
      }
      digits = digits * 10 + d;
    }
    if (allDigits) {
      return digits;
    }
    return parseChinese(text.replace('零', '〇').replace('两', '二'));
  }

  private static int parseChinese(String text) {
    int ten = text.indexOf('十');
    if (ten < 0) {
      int value = 0;
      for (int i = 0; i < text.length(); i++) {
        int d = CHINESE_DIGITS.indexOf(text.charAt(i));
        if (d < 0) {
          return -1;
        }
        value = value * 10 + d;
      }
      return value;
    }
    int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(text.charAt(0));
    if (ten > 1 || tens < 0) {
      return -1;
    }
    int units = 0;
    if (ten + 1 < text.length()) {
      if (ten + 2 != text.length()) {
        return -1;
      }
      units = CHINESE_DIGITS.indexOf(text.charAt(ten + 1));
      if (units < 0) {
        return -1;
      }
    }
    return tens * 10 + units;
  }
}
