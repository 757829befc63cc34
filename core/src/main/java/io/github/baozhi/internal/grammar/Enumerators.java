package io.github.baozhi.internal.grammar;

import io.github.baozhi.internal.text.Chars;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The enumerators and bullets that open in-body subheads and list items: {@code 一是}, {@code
 * 二、}, {@code （三）}, {@code 第四，}, {@code 5.}, {@code ■}, and a short heading set whole in
 * lenticular brackets, {@code 【换乘更方便】}. An ordinal counts only with the mark, 是 or space
 * that makes it a list's step ({@code 第一　加强组织领导}): before a measure word it is part of a noun ({@code 第二批免证明事项公布},
 * {@code 第三届运动会开幕}), often a brief's head.
 */
public final class Enumerators {

  /** Bullets that open a list's item or a subhead. */
  private static final String BULLETS = "[■□●○◆◇▲△★☆▶►]";

  private static final Pattern LEADING = Pattern.compile(
      "^(?:[一二三四五六七八九十]+[是要来则][，、：]?|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十0-9０-９]+[）)]"
          + "|第[一二三四五六七八九十]+(?:[，、是：:]|[ \\u3000]+)|[0-9０-９]{1,2}[、．.](?![0-9０-９])|" + BULLETS
          + "|【(?=[^】]{1,20}】$))");

  /**
   * The chars every form of {@link #LEADING} opens with: a numeral, a parenthesis, 第, a digit, a
   * bullet or 【. The block builder and the classifier ask for an enumerator of nearly every
   * paragraph, most of which open with running text, and a lookup spares them the expression and
   * its matcher (1 to 2 % of a page's CPU). Exact: a text opening with any other char, or with a
   * surrogate, fails the expression at its first char.
   */
  private static final Chars.Table LEADING_FIRSTS = Chars.table("一二三四五六七八九十（(第"
      + "0123456789０１２３４５６７８９" + BULLETS.substring(1, BULLETS.length() - 1) + "【");

  /**
   * The marks that number or bullet the items of a list set one to a paragraph: circled and
   * parenthesised numbers ({@code ①}, {@code ⑴}) and bullets, which a list sets flush, each item
   * hanging on its mark.
   */
  private static final Pattern ITEM = Pattern.compile("^(?:[\u2460-\u2487]|" + BULLETS + ")");

  private Enumerators() {}

  /** Whether the text opens with one of {@link #LEADING_FIRSTS}, as any match of {@link #LEADING} does. */
  private static boolean mayOpen(String text) {
    return !text.isEmpty() && LEADING_FIRSTS.contains(text.charAt(0));
  }

  /** True when the text opens with the mark of a list's item ({@code ②退出：}). */
  public static boolean opensItem(String text) {
    return ITEM.matcher(text).lookingAt();
  }

  /** True when the text opens with an enumerator or bullet. */
  public static boolean opens(String text) {
    return mayOpen(text) && LEADING.matcher(text).lookingAt();
  }

  /** The text without its opening enumerator, if it has one. */
  public static String strip(String text) {
    if (!mayOpen(text)) {
      return text;
    }
    Matcher m = LEADING.matcher(text);
    return m.lookingAt() ? text.substring(m.end()) : text;
  }
}
