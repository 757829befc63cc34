package io.github.baozhi.internal.assemble;

import io.github.baozhi.internal.text.Chars;
import java.util.Arrays;
import java.util.List;

/**
 * Character bigrams of letters, digits and ideographs, indexed over the articles of a page.
 * Chinese has no spaces between words, so overlapping character pairs are the usual unit for
 * matching a headline to its article.
 *
 * <p>The index maps each bigram to the articles it occurs in and where it first occurs there, so
 * that scoring a headline block against every article costs one look-up per bigram of the block,
 * not one per bigram and article.
 */
final class Bigrams {

  private final long[] keys;
  private final int[] heads;
  private final int mask;
  private final int[] postingArticle;
  private final int[] postingOffset;
  private final int[] postingNext;
  private final int articles;

  // Scratch counters, reset after each call to cover(); a Bigrams serves one parse on one thread.
  private final int[] foundAnywhere;
  private final int[] foundInLead;
  private final int[] touched;
  private int touchedCount;

  private Bigrams(List<String> texts) {
    int total = 0;
    for (String text : texts) {
      total += text.length();
    }
    int capacity = Integer.highestOneBit(Math.max(4, total * 2) - 1) << 1;
    keys = new long[capacity];
    heads = new int[capacity];
    mask = capacity - 1;
    int[] article = new int[Math.max(1, total)];
    int[] offset = new int[Math.max(1, total)];
    int[] next = new int[Math.max(1, total)];
    int postings = 0;
    for (int a = 0; a < texts.size(); a++) {
      String text = texts.get(a);
      int previous = -1;
      for (int i = 0; i < text.length(); ) {
        int at = i;
        int cp = Character.codePointAt(text, i);
        i += Character.charCount(cp);
        if (!Chars.isContent(cp)) {
          continue;
        }
        int folded = fold(cp);
        if (previous >= 0) {
          int slot = slotOf(key(previous, folded));
          if (keys[slot] == 0) {
            keys[slot] = key(previous, folded);
            heads[slot] = -1;
          }
          // Postings are prepended, so the head belongs to the latest article: one per article.
          if (heads[slot] < 0 || article[heads[slot]] != a) {
            article[postings] = a;
            offset[postings] = at;
            next[postings] = heads[slot];
            heads[slot] = postings++;
          }
        }
        previous = folded;
      }
    }
    postingArticle = article;
    postingOffset = offset;
    postingNext = next;
    articles = texts.size();
    foundAnywhere = new int[articles];
    foundInLead = new int[articles];
    touched = new int[articles];
  }

  /** Indexes the texts of the page's articles; article {@code i} is {@code texts.get(i)}. */
  static Bigrams index(List<String> texts) {
    return new Bigrams(texts);
  }

  /** How a text's bigrams spread over the articles. */
  interface Coverage {
    /** Share of the text's bigrams found in article {@code a}, averaged over lead and whole. */
    double of(int article);
  }

  /**
   * Scores {@code text} against every article at once.
   *
   * @param leadChars how much of an article counts as its lead
   */
  Coverage cover(String text, int leadChars) {
    for (int i = 0; i < touchedCount; i++) {
      foundAnywhere[touched[i]] = 0;
      foundInLead[touched[i]] = 0;
    }
    touchedCount = 0;
    long[] grams = distinctKeys(text);
    for (long gram : grams) {
      int slot = find(gram);
      if (slot < 0) {
        continue;
      }
      for (int p = heads[slot]; p >= 0; p = postingNext[p]) {
        int a = postingArticle[p];
        if (foundAnywhere[a]++ == 0) {
          touched[touchedCount++] = a;
        }
        if (postingOffset[p] < leadChars) {
          foundInLead[a]++;
        }
      }
    }
    int n = grams.length;
    return article -> n == 0 ? 0 : (foundAnywhere[article] + foundInLead[article]) / (2.0 * n);
  }

  private int find(long key) {
    int slot = hash(key) & mask;
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private int slotOf(long key) {
    int slot = hash(key) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** The distinct bigram keys of a short text, sorted. */
  static long[] distinctKeys(String text) {
    long[] grams = new long[text.length()];
    int count = 0;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!Chars.isContent(cp)) {
        continue;
      }
      int folded = fold(cp);
      if (previous >= 0) {
        grams[count++] = key(previous, folded);
      }
      previous = folded;
    }
    Arrays.sort(grams, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || grams[distinct - 1] != grams[i]) {
        grams[distinct++] = grams[i];
      }
    }
    return Arrays.copyOf(grams, distinct);
  }

  private static int fold(int cp) {
    return cp < 0x80 ? Character.toLowerCase(cp) : cp;
  }

  /** Never 0, which marks an empty slot: code points are at least 0x30 here. */
  private static long key(int first, int second) {
    return ((long) first << 32) | second;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** Number of content characters (letters, digits, ideographs) in {@code text}. */
  static int contentLength(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Chars.isContent(cp)) {
        count++;
      }
    }
    return count;
  }

  /** The number of articles indexed. */
  int articles() {
    return articles;
  }
}
