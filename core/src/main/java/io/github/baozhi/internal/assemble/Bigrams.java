package io.github.baozhi.internal.assemble;

import io.github.baozhi.internal.text.Chars;
import java.util.HashSet;
import java.util.Set;

/**
 * Character bigrams of a text's letters, digits and ideographs. Chinese has no spaces between
 * words, so overlapping character pairs are the usual unit for matching a headline to its article.
 */
final class Bigrams {

  private Bigrams() {}

  static Set<Long> of(String text) {
    Set<Long> grams = new HashSet<>();
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!Chars.isContent(cp)) {
        continue;
      }
      int folded = Character.toLowerCase(cp);
      if (previous >= 0) {
        grams.add(((long) previous << 32) | folded);
      }
      previous = folded;
    }
    return grams;
  }

  /** The share of {@code part}'s bigrams found in {@code whole}; 0 when part has none. */
  static double coverage(Set<Long> part, Set<Long> whole) {
    if (part.isEmpty()) {
      return 0;
    }
    int found = 0;
    for (Long gram : part) {
      if (whole.contains(gram)) {
        found++;
      }
    }
    return (double) found / part.size();
  }

  /** Number of content characters (letters, digits, ideographs) in {@code text}. */
  static int contentLength(String text) {
    return (int) text.codePoints().filter(Chars::isContent).count();
  }
}
