package io.github.baozhi.internal.lines;

import static io.github.baozhi.internal.evidence.Evidence.COLUMN_EDGE_BAND;
import static io.github.baozhi.internal.evidence.Evidence.COLUMN_WINDOW_LINES;
import static io.github.baozhi.internal.evidence.Evidence.LONG_LINE_DENOMINATOR;
import static io.github.baozhi.internal.evidence.Evidence.LONG_LINE_NUMERATOR;
import static io.github.baozhi.internal.evidence.Evidence.MIN_ARTICLE_LINES;

import io.github.baozhi.internal.evidence.Evidence;
import io.github.baozhi.internal.grammar.DatelineGrammar;
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
 * the short first and last lines of paragraphs do not pull it down. The nearby lines are those of
 * the line's own article where it shows enough of them (an article opens at a dateline, or under a
 * headline set off from the closed paragraph above it), and headline lines, which are not set to
 * the column's measure, take no part.
 */
public final class LineMeasurer {

  private final DatelineGrammar datelines = new DatelineGrammar();

  public List<Line> measure(List<SourceLine> source) {
    // Sized for every line at once, so that neither list grows and copies itself on a long page.
    List<SourceLine> nonBlank = new ArrayList<>(source.size());
    List<String> strippedTexts = new ArrayList<>(source.size());
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
      widths[i] = Chars.typesetWidth(stripped[i]);
    }
    Reach reach = reach(stripped, widths, blanks);
    List<Line> lines = new ArrayList<>(nonBlank.size());
    SortedWindow window = new SortedWindow(2 * COLUMN_WINDOW_LINES + 1);
    int from = 0; // the window holds the lines from .. to - 1
    int to = 0;
    int column = 0;
    for (int i = 0; i < widths.length; i++) {
      // Keep the window at the lines around i within its article, sliding one line at a time.
      // Where the line leaving it is as wide as the line entering it, as down a column of full
      // lines, the window holds the same widths and the column width stays.
      int low = reach.first()[i];
      int high = reach.last()[i] + 1;
      if (low < from || high < to) {
        window.clear();
        from = low;
        to = low;
      }
      int removedWidth = -1;
      int addedWidth = -1;
      int changes = 0;
      // Headline lines are not set to the column's measure and take no part in it.
      for (; from < low; from++) {
        if (reach.text()[from]) {
          removedWidth = widths[from];
          window.remove(removedWidth);
          changes++;
        }
      }
      for (; to < high; to++) {
        if (reach.text()[to]) {
          addedWidth = widths[to];
          window.add(addedWidth);
          changes++;
        }
      }
      boolean same = i > 0 && window.size() > 0
          && (changes == 0 || changes == 2 && removedWidth == addedWidth);
      if (!same) {
        // Headlines with no text near them (a page of labels) are each their own measure.
        column = window.size() == 0 ? widths[i] : columnWidth(window.values(), window.size());
      }
      SourceLine line = nonBlank.get(i);
      boolean indented = !line.text().isEmpty() && Chars.isSpace(line.text().codePointAt(0));
      DatelineGrammar.LineLook look = reach.looks()[i];
      lines.add(new Line(line.number(), stripped[i], widths[i], column, blanks[i], indented, null,
          look.opening(), reach.sentenceMarks()[i], look.found()));
    }
    return List.copyOf(lines);
  }

  /**
   * For each line, the first and the last line whose widths inform its column width, whether
   * each line is an article's text rather than a headline's, and what it opens with ({@link
   * DatelineGrammar#lookAtLine}) and its sentence punctuation ({@link Chars#sentenceMarks}),
   * which the block builder asks as well, and the boundary stage of the dateline found.
   */
  private record Reach(int[] first, int[] last, boolean[] text, DatelineGrammar.LineLook[] looks,
      int[] sentenceMarks) {}

  /**
   * For each line, the first and last line whose widths inform its column width: {@value
   * Evidence#COLUMN_WINDOW_LINES} lines on each side, but none across a line that opens with a
   * dateline or may head an article ({@link #headsAnArticle}). Such a line opens an article, and
   * the article before may be set to another measure: a 14-cell article after a 17-cell one would
   * otherwise take the wider measure for its first lines, whose full lines would then look short
   * and close their paragraphs. An article with fewer than {@value Evidence#MIN_ARTICLE_LINES}
   * long lines (a brief, or a short article over the next one's headline) shows too few full lines
   * to measure alone and is measured with its neighbours.
   */
  private Reach reach(String[] lines, int[] widths, int[] blanks) {
    int n = lines.length;
    int[] low = new int[n];
    int[] high = new int[n];
    // Lines of an article's text, as opposed to the headline lines that may open it: a run of
    // lines without sentence punctuation under a closed paragraph. A dateline, whole or cut by the
    // line's end (本报广州7月14日电（记者 / 赵磊）), is text, and so is a full line without
    // punctuation inside a paragraph.
    boolean[] text = new boolean[n];
    boolean[] dated = new boolean[n];
    boolean[] punctuated = new boolean[n];
    DatelineGrammar.LineLook[] looks = new DatelineGrammar.LineLook[n];
    int[] marks = new int[n];
    for (int i = 0; i < n; i++) {
      marks[i] = Chars.sentenceMarks(lines[i]);
      punctuated[i] = (marks[i] & Chars.RUNNING_MARK) != 0;
    }
    boolean[] heads = new boolean[n];
    for (int i = 1; i < n; i++) {
      heads[i] = headsAnArticle(lines, blanks, punctuated, i);
    }
    for (int i = 0; i < n; i++) {
      looks[i] = datelines.lookAtLine(lines[i], i + 1 < n ? lines[i + 1] : null);
      DatelineGrammar.Opening opening = looks[i].opening();
      // A dateline cut by the line's end counts here on a line without sentence punctuation only
      // (本报广州7月14日电（记者 / 赵磊）); the block builder, reading the same opening, counts it on any.
      dated[i] = opening == DatelineGrammar.Opening.DATELINE
          || opening == DatelineGrammar.Opening.CREDIT_LINE
          || opening == DatelineGrammar.Opening.CUT_DATELINE && !punctuated[i];
      boolean headline = !punctuated[i] && !dated[i]
          && (i == 0 || !text[i - 1] || heads[i]);
      text[i] = !headline;
    }
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i < n && !dated[i] && !heads[i]) {
        continue;
      }
      boolean own = longLines(text, widths, start, i) >= MIN_ARTICLE_LINES;
      for (int j = start; j < i; j++) {
        low[j] = Math.max(j - COLUMN_WINDOW_LINES, own ? start : 0);
        high[j] = Math.min(j + COLUMN_WINDOW_LINES, own ? i - 1 : n - 1);
      }
      start = i;
    }
    // Ranges must not shrink going down the page for the window to slide; where a short article
    // after an own one would make them, the window is rebuilt (measure), which is rare.
    return new Reach(low, high, text, looks, marks);
  }

  /**
   * Whether line {@code i} may be the head of an article without a dateline: a line with no
   * sentence punctuation, set off by white space from a paragraph that closed above it. An
   * article's measure is its own whether it opens at a dateline or under a headline; where the
   * line is instead a subhead, or the first line of a paragraph that a column break cut, the text
   * on both sides is one article's and measures the same on either side.
   */
  private static boolean headsAnArticle(String[] lines, int[] blanks, boolean[] punctuated, int i) {
    return blanks[i] > 0 && !punctuated[i] && Chars.closesParagraph(lines[i - 1]);
  }

  /**
   * Lines of text among {@code from .. to - 1} at least {@value Evidence#LONG_LINE_NUMERATOR} in
   * {@value Evidence#LONG_LINE_DENOMINATOR} as wide as the widest of them: full lines and first
   * lines, not paragraph ends, and not headlines, which a stack of them at the page's end would
   * otherwise make into an article measured on its own.
   */
  private static int longLines(boolean[] text, int[] widths, int from, int to) {
    int widest = 0;
    for (int i = from; i < to; i++) {
      if (text[i]) {
        widest = Math.max(widest, widths[i]);
      }
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text[i] && widths[i] * LONG_LINE_DENOMINATOR >= widest * LONG_LINE_NUMERATOR) {
        n++;
      }
    }
    return n;
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

    void clear() {
      size = 0;
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
    // With the window sorted, the lines within the band of each candidate form a contiguous run,
    // found with two pointers; a later candidate wins ties, so the estimate leans to the column's edge.
    int bestCount = -1;
    int bestLow = 0;
    int bestHigh = n;
    int start = n / 2;
    int low = lowerBound(window, n, median - COLUMN_EDGE_BAND);
    int high = start;
    for (int i = start; i < n; i++) {
      int candidate = window[i];
      if (i > start && candidate == window[i - 1]) {
        continue; // same candidate, same count
      }
      while (window[low] < candidate - COLUMN_EDGE_BAND) {
        low++;
      }
      while (high < n && window[high] <= candidate + COLUMN_EDGE_BAND) {
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
