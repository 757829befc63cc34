package io.github.baozhi.internal.grammar;

import io.github.baozhi.internal.text.Chars;
import java.util.List;

/**
 * Recognises the name of a column or box (栏目名) standing over a headline: {@code 经济观察}, {@code
 * 社会纵横}, {@code 记者手记}, {@code 健康快讯}, {@code 环保小贴士}, {@code 文化周刊}, {@code 名词解释},
 * {@code 出行提示}, {@code 新书架}, {@code 生活小百科}, {@code 城事快递}, {@code 桃園筆記},
 * {@code 新春走基层}, {@code 街坊話你知}, {@code 消费快报}. Papers name their
 * columns with a few stock words, and set the name in a box or reversed over the headline it
 * heads; it belongs to no article. A short block with no punctuation that ends in one of those
 * words is such a name; a kicker (引题) speaks of its article and seldom ends so.
 */
public final class ColumnLabels {

  /** The most characters a column name has. */
  public static final int MAX_LENGTH = 6;

  /** What column and box names end in, in both scripts. */
  private static final List<String> ENDINGS = List.of(
      "观察", "觀察", "纵横", "縱橫", "快讯", "快訊", "快报", "快報", "简讯", "簡訊", "简报", "簡報", "速览", "速覽", "速递", "速遞", "短评", "短評",
      "时评", "時評", "手记", "手記", "周刊", "週刊", "专刊", "專刊", "提醒", "贴士", "貼士", "链接",
      "鏈接", "追踪", "追蹤", "聚焦", "特写", "特寫", "视点", "視點", "热点", "熱點", "一线", "一線",
      "资讯", "資訊", "看点", "看點", "随笔", "隨筆", "走笔", "走筆", "漫谈", "漫談", "新闻眼", "新聞眼",
      "书架", "書架", "百科", "解释", "解釋", "提示", "辞典", "辭典", "信箱", "点滴", "點滴", "知识", "知識",
      "快递", "快遞", "笔记", "筆記", "札记", "札記", "走基层", "走基層",
      "话你知", "話你知", "直通车", "直通車", "面对面", "面對面", "茶座", "杂谈", "雜談", "广角", "廣角");

  private ColumnLabels() {}

  /** Whether {@code text} is the name of a column or box. */
  public static boolean isLabel(String text) {
    String t = Chars.strip(text);
    if (t.isEmpty() || t.codePointCount(0, t.length()) > MAX_LENGTH
        || Chars.hasSentencePunctuation(t)) {
      return false;
    }
    for (String ending : ENDINGS) {
      if (t.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }
}
