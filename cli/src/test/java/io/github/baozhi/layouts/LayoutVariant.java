package io.github.baozhi.layouts;

import java.util.ArrayList;
import java.util.List;

/**
 * One layout a page is set in. {@link #ORDINARY} is a page like the seeds (columns of 14 to 20
 * cells, paragraphs not separated, headlines above their articles, column breaks anywhere); each
 * variant in {@link #ALL} changes one thing of it, so that its score says what that one thing
 * costs.
 *
 * @param name the variant's name in the table and in file names
 * @param minWidth the narrowest column, in cells (one Han character)
 * @param maxWidth the widest column, in cells; each article is set at one width in between
 * @param paragraphGaps whether a blank line stands between paragraphs (otherwise only column
 *     breaks and module boundaries are blank)
 * @param headlines where the headlines stand
 * @param quotes how wide the curly quotes are set
 * @param breaks where column breaks are made besides the column foot
 * @param paragraphPerLine whether each paragraph is one unwrapped line (text extracted from PDF)
 * @param script the script the page is printed in
 * @param columnLabels whether column names ({@code 经济观察}) stand above some headlines
 */
public record LayoutVariant(String name, int minWidth, int maxWidth, boolean paragraphGaps,
    Headlines headlines, Quotes quotes, Breaks breaks, boolean paragraphPerLine, Script script,
    boolean columnLabels) {

  /** Where an article's headline block stands. */
  public enum Headlines {
    /** Above the article, as most papers set it. */
    BEFORE,
    /** Under the article (headlines set in the next column's head, read after the text). */
    AFTER,
    /** All headlines after the last article (display type read last by the OCR). */
    PAGE_END,
    /** Each article's headline before or after it at random. */
    MIXED,
    /** No headlines (a page of briefs); every article opens with a dateline. */
    NONE
  }

  /** The set width of the curly quotes {@code “”‘’}. */
  public enum Quotes {
    /** Half a cell, as the seed pages' fonts set them. */
    HALF,
    /** One cell, as fonts with full-width quotes set them. */
    FULL
  }

  /** Where column breaks fall. */
  public enum Breaks {
    /** At the column foot only, wherever that falls (mid-sentence, mid-paragraph). */
    ANYWHERE,
    /** Besides the foot, after the first line of some paragraphs (a paragraph's head line). */
    AFTER_FIRST_LINE,
    /** Besides the foot, after each article's first line, the one holding the dateline. */
    AFTER_DATELINE_LINE
  }

  /** The script of the page. */
  public enum Script {
    SIMPLIFIED,
    /** Converted with ICU's Hans-Hant, with Traditional datelines (本報訊, 中央社). */
    TRADITIONAL
  }

  /** The ordinary page: the seeds' column widths, paragraphs not separated, headlines above. */
  public static final LayoutVariant ORDINARY = new LayoutVariant("ordinary", 14, 20, false,
      Headlines.BEFORE, Quotes.HALF, Breaks.ANYWHERE, false, Script.SIMPLIFIED, false);

  /** Every variant measured, {@link #ORDINARY} first. */
  public static final List<LayoutVariant> ALL = all();

  private static List<LayoutVariant> all() {
    LayoutVariant o = ORDINARY;
    List<LayoutVariant> out = new ArrayList<>();
    out.add(o);
    for (int width = 10; width <= 26; width += 2) {
      out.add(o.width("width-" + width, width, width));
    }
    out.add(o.width("width-mixed", 10, 26));
    out.add(new LayoutVariant("paragraph-gaps", o.minWidth, o.maxWidth, true, o.headlines,
        o.quotes, o.breaks, false, o.script, false));
    for (Headlines h : List.of(Headlines.AFTER, Headlines.PAGE_END, Headlines.MIXED,
        Headlines.NONE)) {
      out.add(new LayoutVariant("headlines-" + h.name().toLowerCase().replace('_', '-'),
          o.minWidth, o.maxWidth, false, h, o.quotes, o.breaks, false, o.script, false));
    }
    out.add(new LayoutVariant("quotes-full", o.minWidth, o.maxWidth, false, o.headlines,
        Quotes.FULL, o.breaks, false, o.script, false));
    out.add(new LayoutVariant("break-after-first-line", o.minWidth, o.maxWidth, false,
        o.headlines, o.quotes, Breaks.AFTER_FIRST_LINE, false, o.script, false));
    out.add(new LayoutVariant("break-after-dateline", o.minWidth, o.maxWidth, false,
        o.headlines, o.quotes, Breaks.AFTER_DATELINE_LINE, false, o.script, false));
    out.add(new LayoutVariant("paragraph-per-line", o.minWidth, o.maxWidth, false, o.headlines,
        o.quotes, o.breaks, true, o.script, false));
    out.add(new LayoutVariant("traditional", o.minWidth, o.maxWidth, false, o.headlines,
        o.quotes, o.breaks, false, Script.TRADITIONAL, false));
    out.add(new LayoutVariant("column-labels", o.minWidth, o.maxWidth, false, o.headlines,
        o.quotes, o.breaks, false, o.script, true));
    return List.copyOf(out);
  }

  private LayoutVariant width(String newName, int min, int max) {
    return new LayoutVariant(newName, min, max, paragraphGaps, headlines, quotes, breaks,
        paragraphPerLine, script, columnLabels);
  }

  /** The variant of that name. */
  public static LayoutVariant named(String name) {
    return ALL.stream().filter(v -> v.name.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no layout variant " + name));
  }
}
