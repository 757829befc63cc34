package io.github.baozhi.internal.lines;

import io.github.baozhi.internal.normalise.SourceLine;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures each non-blank line and estimates the width of the column around it.
 *
 * <p>A column's width is not known in advance and differs between articles on one page, so it is
 * estimated for every line from its neighbours: most lines of wrapped text run to the column's
 * edge, give or take one cell where typesetting squeezes punctuation. The estimate is the centre
 * of the densest one-cell band of widths among the nearby lines, taken from the upper half so that
 * the short first and last lines of paragraphs do not pull it down.
 */
public final class LineMeasurer {

  /** Non-blank lines on each side that inform a line's column width. */
  private static final int WINDOW = 12;

  /** Half-width of the band of widths that count as the same column edge, in half cells. */
  private static final int BAND = 2;

  public List<Line> measure(List<SourceLine> source) {
    List<SourceLine> nonBlank = new ArrayList<>();
    List<String> strippedTexts = new ArrayList<>();
    int[] blanks = new int[source.size()];
    int pendingBlanks = 0;
    for (SourceLine line : source) {
      String stripped = Chars.strip(line.text());
      if (stripped.isEmpty()) {
        pendingBlanks++;
      } else {
        blanks[nonBlank.size()] = pendingBlanks;
        nonBlank.add(line);
        strippedTexts.add(stripped);
        pendingBlanks = 0;
      }
    }
    int[] widths = new int[nonBlank.size()];
    String[] stripped = strippedTexts.toArray(String[]::new);
    for (int i = 0; i < widths.length; i++) {
      widths[i] = typesetWidth(stripped[i]);
    }
    List<Line> lines = new ArrayList<>(nonBlank.size());
    SortedWindow window = new SortedWindow(2 * WINDOW + 1);
    int added = 0;
    int removed = 0;
    int column = 0;
    for (int i = 0; i < widths.length; i++) {
      // Keep the window at the lines i - WINDOW .. i + WINDOW, sliding one line at a time. Where
      // the line leaving it is as wide as the line entering it, as down a column of full lines,
      // the window holds the same widths and the column width stays.
      int removedWidth = -1;
      int addedWidth = -1;
      int changes = 0;
      while (removed < i - WINDOW) {
        removedWidth = widths[removed++];
        window.remove(removedWidth);
        changes++;
      }
      while (added < widths.length && added <= i + WINDOW) {
        addedWidth = widths[added++];
        window.add(addedWidth);
        changes++;
      }
      boolean same = i > 0 && (changes == 0 || changes == 2 && removedWidth == addedWidth);
      if (!same) {
        column = columnWidth(window.values(), window.size());
      }
      SourceLine line = nonBlank.get(i);
      boolean indented = !line.text().isEmpty() && Chars.isSpace(line.text().codePointAt(0));
      lines.add(new Line(line.number(), stripped[i], widths[i], column, blanks[i], indented));
    }
    return List.copyOf(lines);
  }

  /**
   * Width as typeset: where two full-width punctuation marks meet (。” or ），) one of them is set
   * in half a cell, so such a pair takes three half cells, not four.
   */
  static int typesetWidth(String text) {
    int width = 0;
    boolean previousWasPunctuation = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Chars.codePointAt(text, i);
      i += Character.charCount(cp);
      int cells = Chars.halfCells(cp);
      boolean punctuation = cells == 2 && !(cp >= 0x4E00 && cp <= 0x9FFF) && Chars.isWidePunctuation(cp);
      if (punctuation && previousWasPunctuation) {
        cells--;
        previousWasPunctuation = false;
      } else {
        previousWasPunctuation = punctuation;
      }
      width += cells;
    }
    return width;
  }

  /** The widths of the lines around one line, kept sorted as the window slides. */
  private static final class SortedWindow {
    private final int[] values;
    private int size;

    SortedWindow(int capacity) {
      values = new int[capacity];
    }

    void add(int value) {
      int at = Arrays.binarySearch(values, 0, size, value);
      at = at < 0 ? -at - 1 : at;
      System.arraycopy(values, at, values, at + 1, size - at);
      values[at] = value;
      size++;
    }

    void remove(int value) {
      int at = Arrays.binarySearch(values, 0, size, value);
      System.arraycopy(values, at + 1, values, at, size - at - 1);
      size--;
    }

    int[] values() {
      return values;
    }

    int size() {
      return size;
    }
  }

  /** The first index of the sorted {@code window[0..n)} holding a value of at least {@code value}. */
  private static int lowerBound(int[] window, int n, int value) {
    int low = 0;
    int high = n;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (window[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The column width from the sorted widths {@code window[0..n)} of the nearby lines. */
  private static int columnWidth(int[] window, int n) {
    int median = window[n / 2];
    // With the window sorted, the lines within BAND of each candidate form a contiguous run, found
    // with two pointers; a later candidate wins ties, so the estimate leans to the column's edge.
    int bestCount = -1;
    int bestLow = 0;
    int bestHigh = n;
    int start = n / 2;
    int low = lowerBound(window, n, median - BAND);
    int high = start;
    for (int i = start; i < n; i++) {
      int candidate = window[i];
      if (i > start && candidate == window[i - 1]) {
        continue; // same candidate, same count
      }
      while (window[low] < candidate - BAND) {
        low++;
      }
      while (high < n && window[high] <= candidate + BAND) {
        high++;
      }
      if (high - low >= bestCount) {
        bestCount = high - low;
        bestLow = low;
        bestHigh = high;
      }
    }
    int bandLow = bestLow;
    int bandHigh = bestHigh;
    return window[bandLow + (bandHigh - bandLow) / 2];
  }
}
