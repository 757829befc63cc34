package io.github.baozhi.support;

import io.github.baozhi.Article;
import io.github.baozhi.Page;
import io.github.baozhi.Unassigned;
import java.util.Map;
import java.util.TreeMap;

/** Counts the characters of a page's input and output, to check that nothing is lost. */
public final class Conservation {

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private Conservation() {}

  /**
   * Multiset of the non-whitespace UTF-16 units of {@code text}. Units rather than code points, so
   * that a string holding lone surrogates (which no decoder produces, but {@code parse(String)}
   * accepts) is still counted exactly when unwrapping puts two halves side by side.
   */
  public static Map<Integer, Integer> characters(String text) {
    Map<Integer, Integer> counts = new TreeMap<>();
    text.chars()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(cp -> counts.merge(cp, 1, Integer::sum));
    return counts;
  }

  /** Every text field of the page, concatenated. */
  public static String outputText(Page page) {
    StringBuilder out = new StringBuilder();
    for (Article a : page.articles()) {
      if (a.headline() != null) {
        append(out, a.headline().kicker());
        append(out, a.headline().title());
        append(out, a.headline().subtitle());
      }
      if (a.dateline() != null) {
        append(out, a.dateline().text());
      }
      a.body().forEach(p -> append(out, p));
      if (a.byline() != null) {
        append(out, a.byline().text());
      }
    }
    for (Unassigned u : page.unassigned()) {
      append(out, u.text());
    }
    return out.toString();
  }

  /**
   * What the input has that the output lacks, and what the output has that the input lacks; both
   * empty except for removed hyphens in the first when nothing was lost or invented.
   */
  public static Map<String, Map<Integer, Integer>> difference(String input, Page page) {
    // A leading U+FEFF is a byte-order mark, not text: the one character the parser drops (the
    // README names it among the exceptions to conservation). Anywhere else it is kept.
    Map<Integer, Integer> in = characters(input.startsWith(BYTE_ORDER_MARK) ? input.substring(1) : input);
    Map<Integer, Integer> out = characters(outputText(page));
    Map<Integer, Integer> lost = new TreeMap<>();
    Map<Integer, Integer> invented = new TreeMap<>();
    in.forEach((cp, n) -> {
      int d = n - out.getOrDefault(cp, 0);
      if (d > 0 && cp != '-') {
        lost.put(cp, d);
      }
    });
    out.forEach((cp, n) -> {
      int d = n - in.getOrDefault(cp, 0);
      if (d > 0) {
        invented.put(cp, d);
      }
    });
    return Map.of("lost", lost, "invented", invented);
  }

  private static void append(StringBuilder out, String text) {
    if (text != null) {
      out.append(text);
    }
  }
}
