package io.github.baozhi.internal.assemble;

import io.github.baozhi.internal.text.Chars;
import java.util.Arrays;
import java.util.List;

/**
 * How much of each headline block's character bigrams occur in each article. Chinese has no
 * spaces between words, so overlapping character pairs are the usual unit for matching a headline
 * to its article.
 *
 * <p>The few headline blocks of a page give a small table of bigrams that stays in the processor
 * cache; each article's opening is scanned once against it, so the cost is linear in the text.
 * The counts go in one array over the (block, article) pairs, which the caller keeps linear in the
 * page's size: the whole page has a bounded number of pairs, else each run of blocks is matched
 * only against the articles near it.
 */
final class Bigrams {

  private final int[] blockSizes;
  /** Per (block, article) pair: the low half counts the article's whole opening, the high its lead. */
  private final int[] counts;
  private final int articles;
  private final int firstArticle;

  private Bigrams(List<String> blocks, List<List<String>> openings, int firstArticle, int leadChars) {
    this.articles = openings.size();
    this.firstArticle = firstArticle;
    blockSizes = new int[blocks.size()];
    counts = new int[Math.multiplyExact(blocks.size(), articles)];
    Grams grams = new Grams();
    long[][] keysOf = new long[blocks.size()][];
    int postings = 0;
    for (int b = 0; b < blocks.size(); b++) {
      keysOf[b] = distinctKeys(blocks.get(b), grams);
      blockSizes[b] = keysOf[b].length;
      postings += keysOf[b].length;
    }
    // Sized for the blocks' keys at once, so that it never grows while they are added.
    KeyTable table = new KeyTable(postings);
    // A one-bit-per-key filter over the headline bigrams: most bigrams of an article are in no
    // headline, and a filter bit that is not set spares them the table (and a mispredicted branch
    // into it; a filter on the first character alone lets half of them through).
    long[] filter = new long[FILTER_BITS / 64];
    for (int b = 0; b < blocks.size(); b++) {
      for (long key : keysOf[b]) {
        table.addPosting(key, b);
        int bit = filterBit(key);
        filter[bit >>> 6] |= 1L << bit;
      }
    }
    // Each article's bigrams are counted as they are read, not stored first: an opening has
    // hundreds of them and only a few get past the filter.
    Scan scan = new Scan(filter, table, counts, articles, leadChars);
    for (int a = 0; a < openings.size(); a++) {
      scan.article = a;
      grams.read(openings.get(a), scan);
    }
  }

  /** Counts an article's bigrams against the headline blocks' as {@link Grams#read} meets them. */
  private static final class Scan {
    private final long[] filter;
    private final KeyTable table;
    private final int[] counts;
    private final int articles;
    private final int leadChars;
    int article;

    Scan(long[] filter, KeyTable table, int[] counts, int articles, int leadChars) {
      this.filter = filter;
      this.table = table;
      this.counts = counts;
      this.articles = articles;
      this.leadChars = leadChars;
    }

    /**
     * The bigram {@code key} starting at {@code start}, one that got past the filter, which
     * {@link Grams#read} tests itself: most bigrams stop there, and under C1 a call per bigram
     * cost more than the test.
     */
    void countPastTheFilter(long key, int start) {
      int slot = table.find(key);
      if (slot >= 0 && table.lastArticle[slot] != article) {
        table.lastArticle[slot] = article;
        int lead = start < leadChars ? 1 : 0;
        for (int p = table.heads[slot]; p >= 0; p = table.next[p]) {
          counts[table.block[p] * articles + article] += 1 | lead << 16;
        }
      }
    }
  }

  /**
   * The bigrams of a text's content units (ideographs, letters, Latin words, numbers): each one's
   * key, made of its two units, and where it starts, kept or handed to a {@link Scan}. Reused from
   * text to text.
   */
  private static final class Grams {
    long[] keys = new long[256];
    int[] starts = new int[256];
    int size;
    /**
     * The text being read, copied once: an array is read a char at a time without the checks of
     * {@code String.charAt}, which C1 leaves in every call.
     */
    private char[] chars = new char[OPENING_CAPACITY];

    /** Reads the bigrams of {@code text} into {@link #keys} and {@link #starts}. */
    void read(String text) {
      read(text, null);
    }

    /** Reads the bigrams of {@code text}: into {@code scan} if there is one, else kept here. */
    void read(String text, Scan scan) {
      if (scan == null && keys.length < text.length()) {
        // Grow ahead: the openings of one page come in all lengths up to the cap.
        int capacity = Math.max(text.length(), keys.length * 2);
        keys = new long[capacity];
        starts = new int[capacity];
      }
      int n = text.length();
      ensureChars(n);
      text.getChars(0, n, chars, 0);
      readChars(n, scan);
    }

    /**
     * Reads the bigrams of the text that {@code parts} make, joined with nothing between them, into
     * {@code scan}: an article's opening is copied from its paragraphs straight into the buffer,
     * with no joined {@code String} made first. Bigrams run across the parts' joins as they run
     * across the joined text's.
     */
    void read(List<String> parts, Scan scan) {
      int n = 0;
      for (String part : parts) {
        n += part.length();
      }
      ensureChars(n);
      int at = 0;
      for (String part : parts) {
        part.getChars(0, part.length(), chars, at);
        at += part.length();
      }
      readChars(n, scan);
    }

    private void ensureChars(int n) {
      if (chars.length < n) {
        chars = new char[Math.max(n, chars.length * 2)];
      }
    }

    /** Reads the bigrams of {@code chars[0, n)}, as {@link #read(String, Scan)} describes. */
    private void readChars(int n, Scan scan) {
      size = 0;
      char[] cs = chars;
      long[] filter = scan == null ? null : scan.filter;
      int previous = -1;
      int previousAt = 0;
      for (int i = 0; i < n; ) {
        int at = i;
        int unit;
        char c = cs[i];
        if (c < 0x80) {
          // ASCII: a Latin word or number is one unit; anything else is space or punctuation.
          if (!isLatin(c)) {
            i++;
            continue;
          }
          int end = latinEnd(cs, i, n);
          unit = wordToken(cs, i, end);
          i = end;
        } else {
          // The char read once: it is its own code point unless it is a surrogate.
          unit = Character.isSurrogate(c) ? Character.codePointAt(cs, i, n) : c;
          i += Character.charCount(unit);
          if (!Chars.isContent(unit)) {
            continue;
          }
        }
        if (previous >= 0) {
          long key = key(previous, unit);
          if (scan != null) {
            // Most bigrams stop at the filter, in few steps.
            int bit = filterBit(key);
            if ((filter[bit >>> 6] & 1L << bit) != 0) {
              scan.countPastTheFilter(key, previousAt);
            }
          } else {
            keys[size] = key;
            starts[size++] = previousAt;
          }
        }
        previous = unit;
        previousAt = at;
      }
    }
  }

  /**
   * Scores headline blocks against articles.
   *
   * @param blocks the headline blocks' texts
   * @param openings the opening of each article's text, as the parts that joined make it
   *     ({@link Draft#opening}), for articles {@code firstArticle} on
   * @param firstArticle the page index of the first article in {@code openings}
   * @param leadChars how much of an opening counts as the lead
   */
  static Bigrams match(List<String> blocks, List<List<String>> openings, int firstArticle, int leadChars) {
    return new Bigrams(blocks, openings, firstArticle, leadChars);
  }

  /** Share of block {@code b}'s bigrams found in article {@code a}, averaged over lead and whole. */
  double coverage(int b, int article) {
    int n = blockSizes[b];
    int a = article - firstArticle;
    if (n == 0 || a < 0 || a >= articles) {
      return 0;
    }
    int packed = counts[b * articles + a];
    return ((packed & 0xFFFF) + (packed >>> 16)) / (2.0 * n);
  }

  /**
   * How many of block {@code b}'s bigrams article {@code a} shares, averaged over lead and whole:
   * the evidence behind {@link #coverage}, which a two-character label earns in full with one pair.
   */
  double shared(int b, int article) {
    return coverage(b, article) * blockSizes[b];
  }

  /** Share of block {@code b}'s bigrams found anywhere in article {@code a}. */
  double wholeCoverage(int b, int article) {
    int n = blockSizes[b];
    int a = article - firstArticle;
    if (n == 0 || a < 0 || a >= articles) {
      return 0;
    }
    return (counts[b * articles + a] & 0xFFFF) / (double) n;
  }

  /**
   * Latin words and numbers count as one unit each, as a Chinese character does: otherwise a
   * single shared word such as {@code Co-operative} gives ten matching pairs and outweighs the
   * whole headline.
   */
  private static final int WORD_TOKENS = 0x110000;

  private static boolean isLatin(int cp) {
    return cp < 0x80 && Character.isLetterOrDigit(cp);
  }

  private static int latinEnd(char[] text, int start, int length) {
    int end = start;
    while (end < length && isLatin(text[end])) {
      end++;
    }
    return end;
  }

  /** A code point above Unicode's range standing for the word {@code text[start, end)}. */
  private static int wordToken(char[] text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = hash * 31 + Character.toLowerCase(text[i]);
    }
    return WORD_TOKENS + (hash & 0xFFFFF);
  }

  /** The distinct bigram keys of a short text, sorted; {@code grams} is scratch space. */
  private static long[] distinctKeys(String text, Grams grams) {
    grams.read(text);
    return sortedDistinct(grams.keys, grams.size);
  }

  private static long[] sortedDistinct(long[] grams, int count) {
    Arrays.sort(grams, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || grams[distinct - 1] != grams[i]) {
        grams[distinct++] = grams[i];
      }
    }
    return Arrays.copyOf(grams, distinct);
  }

  /** Never 0, which marks an empty slot: both code points are letters or digits here. */
  private static long key(int first, int second) {
    return ((long) first << 32) | second;
  }

  /**
   * Chars of the text buffer to begin with, as for the bigram buffers: a headline's fit, and it
   * grows to the longest article opening read (twice its size at least, so it grows seldom).
   */
  private static final int OPENING_CAPACITY = 256;

  /** Bits of the article-scan filter: a page's thousand or so headline bigrams set one in a hundred. */
  private static final int FILTER_LOG2 = 17;
  private static final int FILTER_BITS = 1 << FILTER_LOG2;

  /** Multiplicative (Fibonacci) hashing: cheap, and the top bits depend on every key bit. */
  private static int filterBit(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - FILTER_LOG2));
  }

  /** MurmurHash3's 64-bit finaliser: every key bit reaches the low bits used for the slot. */
  private static int hash(long key) {
    long h = key;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }

  /** The headline blocks' bigrams, each with the blocks it occurs in. */
  private static final class KeyTable {
    /** Slots of the smallest table: kept at most half full. */
    private static final int MIN_SLOTS = 64;

    long[] keys;
    int[] heads;
    int[] lastArticle;
    int size;
    int[] block;
    int[] next;
    int postings;

    /** A table that holds {@code expectedPostings} postings, and as many keys, without growing. */
    KeyTable(int expectedPostings) {
      int slots = Math.max(MIN_SLOTS, Integer.highestOneBit(Math.max(1, 2 * expectedPostings - 1)) << 1);
      keys = new long[slots];
      heads = new int[slots];
      lastArticle = new int[slots];
      block = new int[Math.max(1, expectedPostings)];
      next = new int[block.length];
    }

    void addPosting(long key, int b) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int slot = slotOf(key);
      if (keys[slot] == 0) {
        keys[slot] = key;
        heads[slot] = -1;
        lastArticle[slot] = -1;
        size++;
      }
      if (postings == block.length) {
        block = Arrays.copyOf(block, postings * 2);
        next = Arrays.copyOf(next, postings * 2);
      }
      block[postings] = b;
      next[postings] = heads[slot];
      heads[slot] = postings++;
    }

    int find(long key) {
      int mask = keys.length - 1;
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
      int mask = keys.length - 1;
      int slot = hash(key) & mask;
      while (keys[slot] != 0 && keys[slot] != key) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldHeads = heads;
      keys = new long[oldKeys.length * 2];
      heads = new int[oldKeys.length * 2];
      lastArticle = new int[oldKeys.length * 2];
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != 0) {
          int slot = slotOf(oldKeys[i]);
          keys[slot] = oldKeys[i];
          heads[slot] = oldHeads[i];
          lastArticle[slot] = -1;
        }
      }
    }
  }
}
