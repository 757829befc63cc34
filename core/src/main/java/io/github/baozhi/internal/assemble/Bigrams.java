package io.github.baozhi.internal.assemble;

import io.github.baozhi.internal.text.Chars;

/**
 * Character bigrams of a text's letters, digits and ideographs, as a sorted array of distinct
 * keys. Chinese has no spaces between words, so overlapping character pairs are the usual unit for
 * matching a headline to its article. A primitive open-addressing set is compact and fast to
 * build and probe, where a set of boxed keys is neither.
 */
final class Bigrams {

  /** Open-addressing hash set of the keys; 0 marks an empty slot (no real key is 0). */
  private final long[] slots;
  /** For each slot, the offset in the text where its bigram first occurs. */
  private final int[] firstAt;
  private final int mask;
  private final int size;

  private Bigrams(long[] slots, int[] firstAt, int size) {
    this.slots = slots;
    this.firstAt = firstAt;
    this.mask = slots.length - 1;
    this.size = size;
  }

  static Bigrams of(String text) {
    int capacity = Integer.highestOneBit(Math.max(4, text.length() * 2) - 1) << 1;
    long[] slots = new long[capacity];
    int[] firstAt = new int[capacity];
    int mask = capacity - 1;
    int size = 0;
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int at = i;
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (!Chars.isContent(cp)) {
        continue;
      }
      int folded = cp < 0x80 ? Character.toLowerCase(cp) : cp;
      if (previous >= 0) {
        long key = ((long) previous << 32) | folded;
        int slot = hash(key) & mask;
        while (slots[slot] != 0 && slots[slot] != key) {
          slot = (slot + 1) & mask;
        }
        if (slots[slot] == 0) {
          slots[slot] = key;
          firstAt[slot] = at;
          size++;
        }
      }
      previous = folded;
    }
    return new Bigrams(slots, firstAt, size);
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /** Where {@code key} first occurs in the text, or -1 when it does not. */
  int firstOffset(long key) {
    int slot = hash(key) & mask;
    while (slots[slot] != 0) {
      if (slots[slot] == key) {
        return firstAt[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The share of this text's bigrams found anywhere in {@code whole}; 0 when this text has none. */
  double coverageIn(Bigrams whole) {
    return coverageIn(whole, Integer.MAX_VALUE);
  }

  /** The share of this text's bigrams found in the first {@code chars} characters of {@code whole}. */
  double coverageIn(Bigrams whole, int chars) {
    if (size == 0) {
      return 0;
    }
    int found = 0;
    for (long key : slots) {
      if (key != 0) {
        int at = whole.firstOffset(key);
        if (at >= 0 && at < chars) {
          found++;
        }
      }
    }
    return (double) found / size;
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
}
