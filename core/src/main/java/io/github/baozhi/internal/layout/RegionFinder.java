package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;
import io.github.baozhi.internal.evidence.Evidence;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts the page into regions, each a piece of one column, in reading order: a recursive XY-cut
 * over the tokens' boxes.
 *
 * <p>A region of the page is cut along white space that runs right through it: across it, a band
 * wider than the leading between lines, or any white with a rule the engine found lying in it
 * across all the region's text (a horizontal cut), or down it, a gutter (a vertical cut).
 * A gutter counts when it parts lines of body type on both sides, three or more on each (a gutter
 * is a white stripe down many lines; the space between two words of a headline is white on one
 * line only; a line reaches into it once however many of its boxes overlap there, and marks of
 * punctuation, which hang into gutters and which engines box loosely, not at all), or when it is
 * wide enough to part headlines side by side, or when it is clear, about
 * as wide as the region's other gutters and one column on from the gutter before it (the short
 * last column of an article, a line or two long). A line set larger than the body but under
 * display type (a kicker, a subtitle) that stands across a gutter with no text level with it
 * heads the columns the gutter parts: it is parted from them by the white under it first, and the
 * gutter cuts only what stands under it, so that the line is read whole before them (beside other
 * modules' headlines, once the gutters between the modules have parted it from them). Where both
 * cuts are
 * possible the horizontal one wins, so that modules stacked on the page are read one after the
 * other, unless the text over the widest horizontal cut is display type: a row of headlines,
 * each over the columns it heads, is cut down first so that each headline opens the region under
 * it; and where nothing leaves a band under a headline (a column of briefs beside its module),
 * the gutters of the columns it is centred over are cut only after the band under it has parted
 * it from them, and a headline centred over the whole region, narrower than its columns and set
 * closer over them than the leading, is parted from them first by the white under it, subtitle
 * and all, though it crosses none of the gutters beside it. Cuts in one direction are made
 * together wherever the gap is nearly as wide as the widest, top to bottom or left to right; each
 * part is cut again until nothing can be.
 *
 * <p>Narrow marks that engines read from column rules ({@code |}, {@code 。}, {@code 、} in a
 * gutter) would close the gutters they stand in, so they take no part in the cutting. Afterwards
 * each one joins the line of text it touches, and one that touches none is left over, for the
 * page's unassigned text.
 */
final class RegionFinder {

  /** White space beyond the leading, in cells, that parts two bands of text across a region. */
  private static final double BAND_GAP_CELLS = 0.5;

  /**
   * White space, in cells, that parts a headline from the text under it, or from a label over it:
   * any clear white space, no more than the leading, because a headline is set close over the
   * columns it heads.
   */
  private static final double HEADLINE_GAP_CELLS = 0.1;

  /** The narrowest gutter between two columns, in cells. */
  private static final double GUTTER_CELLS = 0.6;

  /**
   * The narrowest gutter, in cells, where no glyph of {@value #CLEAR_GUTTER_LINES} lines or more
   * reaches into the white at all. Tesseract boxes glyphs loosely, a third of a cell past the ink
   * on either side of an unruled gutter an em wide, so that a third of a cell is all the white
   * its boxes leave there; within a column, CJK set solid leaves no white that wide down so many
   * lines, as every line's glyphs stand on the same grid and their boxes meet.
   */
  private static final double CLEAR_GUTTER_CELLS = 0.3;

  /** Lines a region needs for {@link #CLEAR_GUTTER_CELLS}: enough that chance white is no gutter. */
  private static final int CLEAR_GUTTER_LINES = 8;

  /**
   * The narrowest column, in cells: papers set columns of ten cells or more, and a column's lines
   * fill it but for an indent or a paragraph's short last line.
   */
  private static final double MIN_COLUMN_CELLS = 8;

  /** Lines of body type a gutter must run past on each side. */
  private static final int GUTTER_LINES = 3;

  /** A gap this wide, in cells, parts text however few its lines (headlines side by side). */
  private static final double WIDE_GAP_CELLS = 2.0;

  /** White space within a headline, in its own cells, that no gutter runs through. */
  private static final double BRIDGE_CELLS = 1.5;

  /**
   * A stretch that lines reach into is a gutter only this many cells wide at most: wider, it is
   * the white beside a short column or a column's short lines, and only its clear part parts.
   */
  private static final double MAX_BLOCKED_GUTTER_CELLS = 3;

  /** Lines of body type that may reach into a gutter, as a share of the region's lines. */
  private static final double BLOCKING_SHARE = 0.1;

  /**
   * A clear stripe at least this share of the narrowest gutter of its region parts a short column
   * from the one before it, however few its lines: the columns of one module are parted by
   * gutters of one width, and the last column of an article may hold a line or two.
   */
  private static final double SHORT_COLUMN_GUTTER_SHARE = 0.75;

  /** Columns of one module are this many cells as wide as each other at most apart. */
  private static final double COLUMN_MATCH_CELLS = 1.0;

  /** Cuts nearly as wide as the widest, as a share of it, are made at the same level. */
  private static final double CUT_SHARE = 0.75;

  /**
   * A headline set closer over its text than the leading is parted from it only when it holds
   * this many letters at least: a paragraph's short last line of two or three characters, which
   * a detector boxes with padding, measures as large as display type.
   */
  private static final int TIGHT_HEADLINE_LETTERS =
      io.github.baozhi.internal.evidence.Evidence.MIN_HEAD_LETTERS;

  /** Display type is set at least this much larger than the body (headlines, kickers). */
  static final double DISPLAY_SCALE = io.github.baozhi.internal.evidence.Evidence.DISPLAY_SCALE;

  /**
   * Glyphs of display type stand at least this much taller than the body's: a cheap sign, looked
   * at before a band's type size is measured, and lower than {@link #DISPLAY_SCALE} because
   * glyph boxes are looser than a line's pitch.
   */
  static final double DISPLAY_HEIGHT_SCALE = 1.15;

  /** Body type is within this share of the body size either way. */
  private static final double BODY_TOLERANCE = 0.25;

  /**
   * Type set larger than the body by more than {@link #BODY_TOLERANCE}, as a ratio of the body's
   * cell, is no body type, though it may be under {@link #DISPLAY_SCALE}: a kicker or subtitle,
   * set a size or two over the body (1.2 to 1.3 times). Engines run a line of body type across a
   * gutter now and then; a line set larger stands across columns because it heads them, and the
   * gutter between them parts only what stands under it ({@link #headlineAcross}).
   */
  static final double HEADLINE_SCALE = 1 + BODY_TOLERANCE;

  /**
   * Marks read from rules or specks are at most this wide, in cells: a dot or stroke, which
   * engines box with some white round it (Tesseract boxes a speck it reads as {@code 。} up to
   * 0.6 cell wide), but narrower than any ideograph, which fills most of its cell.
   */
  private static final double MARK_WIDTH_CELLS = 0.6;

  /**
   * A vertical rule read as a bar is at most this wide, in cells: engines box the rule with some
   * white space round it.
   */
  private static final double BAR_WIDTH_CELLS = 0.8;

  /** A mark joins the text it stands this close to, in cells. */
  private static final double MARK_REACH_CELLS = 0.35;

  /** A mark an engine read as a line of its own is at most this wide, in cells, box padding and all. */
  private static final double LINE_MARK_WIDTH_CELLS = 1.0;

  /** Single characters engines read from column rules and gutters. */
  private static final String RULE_MARKS = "|｜丨│┃lI!！1'‘’\":：;；.。，,、·-_—~丶";

  /** Characters an engine reads, one after another, from a horizontal rule. */
  private static final String HORIZONTAL_RULE_MARKS = "一-_＿－─━";

  /** Marks of {@link #HORIZONTAL_RULE_MARKS} in a row that make a rule, not text. */
  private static final int RULE_RUN = 3;

  /**
   * Those of {@link #RULE_MARKS} that print never sets two of in a row: stops, commas, colons and
   * bars, but no letter, digit or dash (print doubles the dash: ——). An engine word made of two or
   * more of them ({@code 。。}, {@code ，|}, {@code .|}) is specks or a rule read beside at most
   * one real mark, not text.
   */
  private static final String PILED_MARKS = "|｜丨│┃!！'‘’\":：;；.。，,、·丶";

  /** Those of {@link #RULE_MARKS} that an engine reads from a vertical rule as a whole. */
  private static final String BARS = "|｜丨│┃lI!！1";

  private static final boolean DEBUG = Boolean.getBoolean("baozhi.debug.layout");

  /** The regions in reading order, and the marks that joined no text. */
  record Regions(List<List<Token>> regions, List<Token> strays) {}

  Regions find(List<Token> tokens, Metrics metrics) {
    return find(tokens, List.of(), List.of(), metrics);
  }

  /**
   * The regions of {@code tokens}, cut across none of the rules the engine found ({@code found},
   * in the tokens' frame; those along the edge of one of its {@code figures} are the figure's
   * frame) where another cut can be made.
   */
  Regions find(List<Token> tokens, List<Box> found, List<Box> figures, Metrics metrics) {
    List<Token> solid = new ArrayList<>(tokens.size());
    List<Token> marks = new ArrayList<>();
    Map<Integer, Integer> perLine = new HashMap<>();
    for (Token t : tokens) {
      perLine.merge(t.line(), 1, Integer::sum);
    }
    // A horizontal rule joins no text, nor does a piece the engine guessed: each is left over
    // whole, whatever it touches.
    Set<Token> setAside = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Token> leftOver = horizontalRules(tokens, setAside);
    leftOver.addAll(guessedPieces(tokens, setAside));
    for (Token t : tokens) {
      if (!setAside.contains(t)) {
        (isMark(t, perLine.get(t.line()) == 1, metrics) ? marks : solid).add(t);
      }
    }
    List<Rule> printed = found.isEmpty() ? List.of() : Rule.of(found, solid, figures, metrics);
    List<Token> bars = bars(marks);
    if (DEBUG) {
      printed.forEach(r -> System.err.println("rule " + r));
    }
    List<List<Token>> leaves = new ArrayList<>();
    Deque<List<Token>> pending = new ArrayDeque<>();
    if (!solid.isEmpty()) {
      pending.push(solid);
    }
    // Depth first, the parts of a cut in order: an explicit stack, so that no layout, however
    // deeply nested, can overflow the call stack.
    while (!pending.isEmpty()) {
      List<Token> node = pending.pop();
      List<List<Token>> parts = cutBesideRules(node, printed, bars, metrics);
      if (parts == null) {
        leaves.add(node);
      } else {
        for (int i = parts.size() - 1; i >= 0; i--) {
          pending.push(parts.get(i));
        }
      }
    }
    List<Token> strays = new ArrayList<>(attachMarks(leaves, marks, metrics));
    strays.addAll(leftOver);
    List<List<Token>> regions = new ArrayList<>(leaves.size());
    for (List<Token> leaf : leaves) {
      regions.add(List.copyOf(leaf));
    }
    return new Regions(List.copyOf(regions), List.copyOf(strays));
  }

  /**
   * The rules an engine read as text, each as one token, their marks put in {@code marks}: a rule
   * is {@value #RULE_RUN} or more characters of {@link #HORIZONTAL_RULE_MARKS} in a row on one line,
   * left to right ({@code 一一一一一}, {@code -----}), in words of their own or, for an engine that
   * boxes lines only, the whole of a line. No prose sets three 一 in a row (一一对应 has two), and
   * the em dash, which text doubles (——), is not among them.
   */
  private static List<Token> horizontalRules(List<Token> tokens, Set<Token> marks) {
    List<Token> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i < tokens.size() && tokens.get(i).line() == tokens.get(start).line()) {
        continue;
      }
      List<Token> line = tokens.subList(start, i);
      start = i;
      if (line.stream().noneMatch(RegionFinder::isHorizontalRuleMark)) {
        continue; // nearly every line: no sorting
      }
      // Left to right, whatever order the engine listed the line's words in.
      List<Token> byLeft = new ArrayList<>(line);
      byLeft.sort(Comparator.comparingInt((Token t) -> t.box().left()));
      int from = 0;
      while (from < byLeft.size()) {
        int end = from;
        int run = 0;
        while (end < byLeft.size() && isHorizontalRuleMark(byLeft.get(end))) {
          run += byLeft.get(end).text().length();
          end++;
        }
        boolean wholeLine = end - from == line.size();
        if (run >= RULE_RUN && (!byLeft.get(from).estimated() || wholeLine)) {
          out.add(oneMark(byLeft.subList(from, end)));
          marks.addAll(byLeft.subList(from, end));
        }
        from = Math.max(end, from + 1);
      }
    }
    return out;
  }

  /**
   * The pieces of lines that the engine guessed rather than read, each as one token, their
   * tokens put in {@code set}: runs of a line between white spaces ({@link Metrics#pieces}) whose
   * characters it read with less than {@value #GUESSED_PIECE_CONFIDENCE} confidence on average,
   * no bracket among them.
   * Tesseract reads a photo, a tint or a patch of specks as short runs of characters (了雕司日報,
   * 放生畫和) at 0 to 0.3, which look like headlines to the text stages, being short and without
   * punctuation; text that is printed it reads at 0.5 or more even on a degraded scan. Such a
   * piece joins no text and is left over whole.
   */
  private static List<Token> guessedPieces(List<Token> tokens, Set<Token> set) {
    List<Token> out = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i < tokens.size() && tokens.get(i).line() == tokens.get(start).line()) {
        continue;
      }
      List<Token> line = new ArrayList<>();
      for (Token t : tokens.subList(start, i)) {
        if (!set.contains(t)) {
          line.add(t);
        }
      }
      start = i;
      boolean doubted = false;
      for (Token t : line) {
        doubted |= t.confidence() < GUESSED_PIECE_CONFIDENCE;
      }
      if (!doubted) {
        continue; // nearly every line: no sorting
      }
      line.sort(Comparator.comparingInt((Token t) -> t.box().left()));
      for (List<Token> piece : Metrics.pieces(line)) {
        double sum = 0;
        int length = 0;
        for (Token t : piece) {
          sum += t.confidence() * t.text().length();
          length += t.text().length();
        }
        if (sum < GUESSED_PIECE_CONFIDENCE * length && !holdsBracket(piece)) {
          out.add(oneMark(piece));
          set.addAll(piece);
        }
      }
    }
    return out;
  }

  /**
   * Whether a character of the piece opens or closes a bracket: datelines and bylines are set in
   * brackets ({@code （记者 林虹）}, {@code 〔記者…／台北報導〕}), and a name, rare characters, the
   * engine reads with as little confidence as a guess; it misreads one of the two brackets now
   * and then ({@code 《ie者林虹通讯员…)}).
   */
  private static boolean holdsBracket(List<Token> piece) {
    for (Token t : piece) {
      String text = t.text();
      for (int i = 0; i < text.length(); i++) {
        int type = Character.getType(text.charAt(i));
        if (type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION) {
          return true;
        }
      }
    }
    return false;
  }

  /** Below this mean confidence (0 to 1) the engine guessed a piece of a line: see {@link #guessedPieces}. */
  private static final double GUESSED_PIECE_CONFIDENCE = 0.3;

  /** A rule's marks as one token, their text in order, so that it is left over as one piece. */
  private static Token oneMark(List<Token> marks) {
    StringBuilder text = new StringBuilder();
    List<Box> boxes = new ArrayList<>();
    List<Box> placed = new ArrayList<>();
    double confidence = 0;
    for (Token t : marks) {
      text.append(t.text());
      boxes.add(t.box());
      placed.add(t.page());
      confidence += t.confidence();
    }
    Token first = marks.get(0);
    return new Token(text.toString(), Box.union(boxes), confidence / marks.size(), first.line(),
        first.space(), first.estimated(), Box.union(placed));
  }

  /** Whether the token is made of rule marks only (engines box 一一一 as one word or three). */
  private static boolean isHorizontalRuleMark(Token t) {
    String text = t.text();
    for (int i = 0; i < text.length(); i++) {
      if (HORIZONTAL_RULE_MARKS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a token is a mark read from a rule or a speck: one of {@link #RULE_MARKS}, narrow, or
   * any character in a box of noise ({@link #isNoiseBox}). A character cut from a line of several
   * by estimate has no box of its own to tell; a line the engine read as that one character alone
   * does (PaddleOCR boxes specks so).
   */
  private static boolean isMark(Token t, boolean aloneOnItsLine, Metrics m) {
    String text = t.text();
    int cp = text.codePointAt(0);
    if (!t.estimated() && isGuessedLatin(t)) {
      return true;
    }
    if (t.estimated() && !aloneOnItsLine) {
      return false;
    }
    if (Character.charCount(cp) != text.length()) {
      return !t.estimated() && isPiledMarks(t, m);
    }
    if (isNoiseBox(t, m)) {
      return true;
    }
    if (RULE_MARKS.indexOf(cp) < 0) {
      return false;
    }
    double widest = t.estimated() ? LINE_MARK_WIDTH_CELLS
        : BARS.indexOf(cp) >= 0 ? BAR_WIDTH_CELLS : MARK_WIDTH_CELLS;
    return t.box().width() <= widest * m.cell();
  }

  /**
   * Whether an engine word is two or more {@link #PILED_MARKS} in a box no wider than one cell
   * each ({@value #LINE_MARK_WIDTH_CELLS}, padding and all): print sets no such pair, so the word is
   * marks read from specks or a rule, and like a single mark it joins the text it touches, or none.
   */
  private static boolean isPiledMarks(Token t, Metrics m) {
    String text = t.text();
    for (int i = 0; i < text.length(); i++) {
      if (PILED_MARKS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return t.box().width() <= text.length() * LINE_MARK_WIDTH_CELLS * m.cell();
  }

  /**
   * Whether the engine boxed one character, which it doubted, with a box no glyph fills: wider
   * than {@value #NOISE_BOX_CELLS} cells and not {@link Token#plausible() plausible} for its text,
   * read with less than {@value #NOISE_CONFIDENCE} confidence. Tesseract on a degraded scan reads
   * one {@code |} or {@code 人} out of a patch of specks 18 cells wide at 0 to 0.3; a character it
   * is sure of in a wide box is one set apart ({@code 本报记者  王  浩}) and keeps its place. Such a
   * box says nothing of where its character stands, and across a gutter it would close it: the
   * character takes no part in the cutting and joins the text it touches after, as a mark does.
   */
  private static boolean isNoiseBox(Token t, Metrics m) {
    return !t.estimated() && t.confidence() < NOISE_CONFIDENCE && !t.plausible()
        && t.box().width() > NOISE_BOX_CELLS * m.cell();
  }

  /**
   * Whether the engine guessed Latin letters (below {@value #NOISE_CONFIDENCE} confidence) in a
   * word of their own: Tesseract with a Chinese model reads specks and the grey of a degraded scan
   * as {@code We}, {@code ee}, {@code Re} at 0 to 0.3, in boxes laid over gutters and columns;
   * a Latin word printed in the text (GDP, mRNA) it reads with confidence.
   */
  private static boolean isGuessedLatin(Token t) {
    if (!(t.confidence() < NOISE_CONFIDENCE)) {
      return false;
    }
    String text = t.text();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  /** The marks that are one bar each ({@link #BARS}), in order across the page. */
  private static List<Token> bars(List<Token> marks) {
    List<Token> out = new ArrayList<>();
    for (Token t : marks) {
      String text = t.text();
      int cp = text.codePointAt(0);
      if (Character.charCount(cp) == text.length() && BARS.indexOf(cp) >= 0) {
        out.add(t);
      }
    }
    out.sort(Comparator.comparingInt(Token::centreX));
    return List.copyOf(out);
  }

  /**
   * Whether a column rule stands in the white from {@code from} to {@code to} across, as the
   * engine read it: bars centred there, no further out than {@value #MARK_REACH_CELLS} cells, on
   * {@value #RULE_BAR_LINES} engine lines or more between {@code top} and {@code bottom}. Tesseract
   * reads a rule in a gutter an em wide as a {@code |} on many of the lines beside it, and boxes
   * the glyphs next to the rule so loosely that the white its boxes leave is as narrow as a clear
   * gutter's, with a glyph glued to the rule ({@code 37|}) or a speck reaching in now and then;
   * print sets no bar at the same place down a column's lines.
   */
  private static boolean ruledBy(List<Token> bars, int from, int to, int top, int bottom,
      Metrics m) {
    double reach = MARK_REACH_CELLS * m.cell();
    Set<Integer> lines = new HashSet<>();
    // Bars are in order across: start at the first within reach, not at the page's edge.
    int low = 0;
    int high = bars.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (bars.get(mid).centreX() < from - reach) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (Token bar : bars.subList(low, bars.size())) {
      int x = bar.centreX();
      if (x > to + reach) {
        break;
      }
      int y = bar.centreY();
      if (x >= from - reach && y >= top && y <= bottom && lines.add(bar.line())
          && lines.size() >= RULE_BAR_LINES) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a glyph the engine read (not guessed: {@value #NOISE_CONFIDENCE} confidence or more)
   * has a box over the whole white from {@code from} to {@code to}. Glyphs boxed loosely beside
   * a rule reach into its gutter from one side; one box across all of it is a headline set
   * over the columns (Tesseract boxed the 自行 of one 11 cells wide there), whose letter spacing the
   * gutter's white, that narrow, may be.
   */
  private static boolean spannedByReadGlyph(Token[] tokens, int from, int to) {
    for (Token t : tokens) {
      if (t.box().left() <= from && t.box().right() >= to && !(t.confidence() < NOISE_CONFIDENCE)
          && !isPunctuation(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Engine lines on which a column rule must be read as a bar to be one: more than a bar or two
   * read from specks or a stroke, fewer than the lines of the shortest column it parts.
   */
  private static final int RULE_BAR_LINES = 3;

  /** Below this confidence (0 to 1) an engine has guessed a character rather than read it. */
  private static final double NOISE_CONFIDENCE = 0.5;

  /**
   * One character's box wider than this, in cells, holds more than its glyph: the widest glyph of
   * display type set at twice the body's size is two cells wide.
   */
  private static final double NOISE_BOX_CELLS = 3.0;

  /** An interval of the projection on one axis and the tokens (by sorted index) it holds. */
  private record Band(int from, int to, int start, int end) {}

  /**
   * A rule printed on the page, between columns (vertical) or between modules (horizontal), as the
   * engine found it: a box at least {@value #MIN_RULE_CELLS} cells long and at most {@value
   * #MAX_RULE_CELLS} thick.
   */
  private record Rule(Box box, boolean vertical) {

    static List<Rule> of(List<Box> boxes, List<Token> text, List<Box> figures, Metrics m) {
      List<Rule> out = new ArrayList<>();
      for (Box b : boxes) {
        int length = Math.max(b.width(), b.height());
        int thickness = Math.min(b.width(), b.height());
        if (length >= MIN_RULE_CELLS * m.cell() && thickness <= MAX_RULE_CELLS * m.cell()
            && crossesNoText(clearance(b, m), text) && !framesAFigure(b, figures, m)) {
          out.add(new Rule(b, b.height() > b.width()));
        }
      }
      return out;
    }

    /**
     * Whether the box lies on or within a figure, {@link #FRAME_REACH_CELLS} around it allowed:
     * engines report a photo's edges as separators too.
     */
    private static boolean framesAFigure(Box b, List<Box> figures, Metrics m) {
      int reach = (int) Math.round(FRAME_REACH_CELLS * m.cell());
      for (Box f : figures) {
        if (b.left() >= f.left() - reach && b.right() <= f.right() + reach
            && b.top() >= f.top() - reach && b.bottom() <= f.bottom() + reach) {
          return true;
        }
      }
      return false;
    }

    /** The box widened across its length by {@link #RULE_CLEARANCE_CELLS} on both sides. */
    private static Box clearance(Box b, Metrics m) {
      int c = (int) Math.round(RULE_CLEARANCE_CELLS * m.cell());
      return b.height() > b.width() ? new Box(b.left() - c, b.top(), b.right() + c, b.bottom())
          : new Box(b.left(), b.top() - c, b.right(), b.bottom() + c);
    }

    /**
     * Whether the box runs through at most {@value #MAX_RULE_CROSSINGS} boxes of text: a rule is
     * printed in the white between columns and modules; Tesseract also reports strokes of
     * display type, runs of underlined text and, with its page layout analysis (psm 3), the lines
     * between the cells of a column's character grid as separators, laid over or right beside the
     * letters.
     */
    private static boolean crossesNoText(Box b, List<Token> text) {
      int crossed = 0;
      for (Token t : text) {
        Box g = t.box();
        if (g.left() < b.right() && g.right() > b.left() && g.top() < b.bottom() && g.bottom() > b.top()
            && ++crossed > MAX_RULE_CROSSINGS) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * Rules are at least this long, in cells: a column rule runs a module's height, a rule between
   * modules its width, and either is longer than any dash or underline set in text.
   */
  private static final double MIN_RULE_CELLS = 4;

  /**
   * Rules are at most this thick, in cells, as engines box them: a hairline to a heavy rule of a
   * few points, never the height of a line of type; a photo or a box's tint is larger both ways.
   */
  private static final double MAX_RULE_CELLS = 1;

  /**
   * A rule runs through at most this many boxes of text: engines box a glyph or two at a column's
   * edge over the rule beside it, but no rule runs through a line.
   */
  private static final int MAX_RULE_CROSSINGS = 2;

  /**
   * White on each side of a rule, in cells: a rule is set in the middle of a gutter or of the
   * white between modules, half an em or more from the type on either side, less the few pixels
   * engines box glyphs beyond their ink. (Requiring 0.6 cell over and under a rule between
   * modules, to pass over Tesseract's separators in a column's leading, read worse.)
   */
  private static final double RULE_CLEARANCE_CELLS = 0.3;

  /**
   * A found rule within this many cells of a figure's box is the figure's frame: engines box a
   * photo a few pixels inside or outside its printed edge.
   */
  private static final double FRAME_REACH_CELLS = 0.5;

  /**
   * A rule runs through white only when it reaches this far past it on both sides, in cells: a
   * column rule ends at its module's foot, right at the white under the module, and parts
   * nothing below it.
   */
  private static final double RULE_REACH_CELLS = 1;

  /**
   * The parts of {@code node} after the best cut that crosses none of the rules within it, else
   * after the best cut: a rule the engine found where none was printed must not leave a region
   * uncut.
   */
  private static List<List<Token>> cutBesideRules(List<Token> node, List<Rule> rules,
      List<Token> bars, Metrics m) {
    List<Rule> within = rules.isEmpty() ? rules : within(node, rules, m);
    if (!within.isEmpty()) {
      List<List<Token>> parts = cut(node, within, bars, m);
      if (parts != null) {
        return parts;
      }
    }
    return cut(node, List.of(), bars, m);
  }

  /**
   * The rules with text of {@code node} on both sides across them: a vertical rule between its
   * left and right, a horizontal one between its top and bottom, overlapping it along the rule.
   */
  private static List<Rule> within(List<Token> node, List<Rule> rules, Metrics m) {
    int left = Integer.MAX_VALUE;
    int right = Integer.MIN_VALUE;
    int top = Integer.MAX_VALUE;
    int bottom = Integer.MIN_VALUE;
    for (Token t : node) {
      left = Math.min(left, t.box().left());
      right = Math.max(right, t.box().right());
      top = Math.min(top, t.box().top());
      bottom = Math.max(bottom, t.box().bottom());
    }
    List<Rule> out = new ArrayList<>();
    for (Rule r : rules) {
      Box b = r.box();
      boolean across = r.vertical() ? b.left() > left && b.right() < right
          : b.top() > top && b.bottom() < bottom;
      boolean along = r.vertical() ? b.top() < bottom && b.bottom() > top
          : b.left() < right && b.right() > left;
      if (across && along) {
        out.add(r);
      }
    }
    return out;
  }

  /** Whether a vertical rule stands within a gutter, a rule's reach either side allowed. */
  private static boolean inGutter(Rule r, List<Gutter> gutters, Metrics m) {
    double reach = RULE_REACH_CELLS * m.cell();
    for (Gutter g : gutters) {
      if (r.box().left() >= g.from() - reach && r.box().right() <= g.to() + reach) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of the column rules runs through the white band from {@code from} to {@code to} down. */
  private static boolean ruleThroughBand(List<Rule> columnRules, int from, int to, Metrics m) {
    double reach = RULE_REACH_CELLS * m.cell();
    for (Rule r : columnRules) {
      if (r.box().top() < from - reach && r.box().bottom() > to + reach) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a horizontal rule lies in the white from {@code top} to {@code bottom} down and runs
   * across the whole of the region's text, {@code span} its left and right, a rule's reach short
   * at either end allowed: a rule printed between two modules stacked one over the other parts
   * them however little white the engine's boxes leave beside it (Tesseract boxes a line a third
   * of a cell taller than its glyphs).
   */
  private static boolean ruleAcrossWhite(List<Rule> rules, int top, int bottom, int[] span,
      Metrics m) {
    double reach = RULE_REACH_CELLS * m.cell();
    for (Rule r : rules) {
      Box b = r.box();
      if (!r.vertical() && b.top() > top && b.bottom() < bottom && b.left() <= span[0] + reach
          && b.right() >= span[1] - reach) {
        return true;
      }
    }
    return false;
  }

  /** Whether a horizontal rule runs across the gutter from {@code from} to {@code to}. */
  private static boolean ruleAcrossGutter(List<Rule> rules, Gutter g, Metrics m) {
    double reach = RULE_REACH_CELLS * m.cell();
    for (Rule r : rules) {
      if (!r.vertical() && r.box().left() < g.from() - reach && r.box().right() > g.to() + reach) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts of {@code node} after the best cut that crosses none of {@code rules}, in reading
   * order, or null when none is left.
   */
  private static List<List<Token>> cut(List<Token> node, List<Rule> rules, List<Token> bars,
      Metrics m) {
    if (node.size() < 2) {
      return null;
    }
    Token[] byTop = sorted(node, true);
    List<Band> rows = bands(byTop, true);
    Token[] byCentre = sorted(node, false);
    List<SizedLine> large = largeLines(byCentre, m);
    List<Gutter> gutters = gutters(byCentre, large, bars, m);
    // Only a vertical rule in a gutter is a column rule: Tesseract's layout analysis also reports
    // the lines between the cells of a column's character grid, where no white is.
    List<Rule> columnRules = new ArrayList<>();
    for (Rule r : rules) {
      if (r.vertical() && inGutter(r, gutters, m)) {
        columnRules.add(r);
      }
    }

    double bestRowGap = 0;
    int bestRow = -1;
    boolean[] band = new boolean[rows.size()];
    int[] across = span(node);
    for (int i = 1; i < rows.size(); i++) {
      double gap = rows.get(i).from() - rows.get(i - 1).to();
      double excess = gap - m.leading();
      band[i] = (excess >= BAND_GAP_CELLS * m.cell() || gap >= HEADLINE_GAP_CELLS * m.cell()
          && (isDisplayOnly(byTop, rows.get(i - 1), m) || isDisplayOnly(byTop, rows.get(i), m)
              || isHeadingAlone(byTop, rows.get(i - 1), m))
          || ruleAcrossWhite(rules, rows.get(i - 1).to(), rows.get(i).from(), across, m))
          && (columnRules.isEmpty()
              || !ruleThroughBand(columnRules, rows.get(i - 1).to(), rows.get(i).from(), m));
      if (band[i] && excess > bestRowGap) {
        bestRowGap = excess;
        bestRow = i;
      }
    }
    if (!rules.isEmpty()) {
      gutters = gutters.stream().filter(g -> !ruleAcrossGutter(rules, g, m)).toList();
    }
    // A headline beside other headlines waits while other gutters part the modules they head.
    boolean plain = gutters.stream().anyMatch(g -> !g.crossed());
    for (Gutter g : gutters) {
      if (g.crossed() && g.width() > bestRowGap && !(g.besideHeadlines() && plain)) {
        // The widest white parts what stands beside a block set across it: part that block from
        // the rest first, and the gutter again in what is left.
        int at = cutBeside(byTop, rows, band, g, m);
        if (at > 0) {
          return split(byTop, rows, List.of(at));
        }
      }
    }
    gutters = gutters.stream().filter(g -> !g.crossed()).toList();
    if (bestRow >= 0) {
      // A short column is parted from the columns of its own module only, after the cuts across.
      gutters = gutters.stream().filter(g -> !g.shortColumn()).toList();
    }
    double bestColumnGap = 0;
    for (Gutter g : gutters) {
      bestColumnGap = Math.max(bestColumnGap, g.width());
    }
    if (DEBUG) {
      StringBuilder sb = new StringBuilder("node " + node.size() + " x " + byCentre[0].box().left()
          + ".." + byCentre[byCentre.length - 1].box().right() + " rows:");
      for (int i = 1; i < rows.size(); i++) {
        sb.append(' ').append(rows.get(i - 1).to()).append('-').append(rows.get(i).from());
      }
      sb.append(" gutters:");
      for (Gutter g : gutters) {
        sb.append(' ').append(g.from()).append('-').append(g.to());
      }
      System.err.println(sb + " bestRow=" + bestRow + " gap " + bestRowGap + " bestCol " + bestColumnGap + " metrics " + m);
    }
    if (bestRow < 0 && gutters.isEmpty()) {
      // Nothing else to cut: in a block of display type only, white no wider than the leading
      // still parts the lines of a headline (a kicker set close over its title).
      List<Integer> at = new ArrayList<>();
      for (int i = 1; i < rows.size(); i++) {
        if (band[i]) {
          at.add(i);
        }
      }
      boolean displayOnly = true;
      for (Band row : rows) {
        displayOnly &= isDisplay(byTop, row, m);
      }
      if (!displayOnly) {
        // And where no gutter and no wider band is left, the white under a headline parts it
        // from the text under it however narrow: set close over its columns, it may stand less
        // far above them than the leading. (With gutters left, the modules side by side are
        // parted first, and each headline from its columns after.)
        // Display type level with letters of body type in the same column is no headline but two
        // rows the engine read as one line of big characters (RegionLines tells it by that).
        at.removeIf(i -> !isDisplay(byTop, rows.get(i - 1), m)
            || letters(byTop, rows.get(i - 1)) < TIGHT_HEADLINE_LETTERS
            || holdsBodyType(byTop, rows.get(i - 1), m));
      }
      return at.isEmpty() ? null : split(byTop, rows, at);
    }
    List<Gutter> modules = List.of();
    if (bestRow >= 0 && !gutters.isEmpty()) {
      // The block over the widest cut: the rows from the band before it, a headline of a line
      // or several, kicker and subtitle included (white space under display type parts those
      // rows from each other, but not from the headline they make), and any display type over
      // those (a column's label, a kicker set well clear of its title).
      // Only display type right over the cut makes it a headline's.
      int top = bestRow - 1;
      List<Token> sorted = Arrays.asList(byTop);
      if (!pieces(sorted.subList(rows.get(top).start(), rows.get(top).end()), gutters, m).isEmpty()) {
        while (top > 0 && (rows.get(top).from() - rows.get(top - 1).to() - m.leading()
            < BAND_GAP_CELLS * m.cell() || isDisplay(byTop, rows.get(top - 1), m))) {
          top--;
        }
        List<Token> block = new ArrayList<>(sorted.subList(rows.get(top).start(),
            rows.get(bestRow - 1).end()));
        if (bestRowGap < BAND_GAP_CELLS * m.cell()) {
          block.addAll(titlesUnder(byTop, rows.get(bestRow), m));
        }
        modules = moduleGutters(byTop, block, gutters, m);
      }
    }
    if (!modules.isEmpty()) {
      return splitAcross(byCentre, modules);
    }
    if (bestRow >= 0) {
      List<Integer> at = new ArrayList<>();
      double least = CUT_SHARE * bestRowGap;
      for (int i = 1; i < rows.size(); i++) {
        double excess = rows.get(i).from() - rows.get(i - 1).to() - m.leading();
        if (band[i] && excess >= least) {
          at.add(i);
        }
      }
      return split(byTop, rows, at);
    }
    List<Gutter> at = new ArrayList<>();
    for (Gutter g : gutters) {
      if (g.width() >= CUT_SHARE * bestColumnGap || g.shortColumn()) {
        at.add(g);
      }
    }
    List<Gutter> around = moduleUnderBand(byCentre, at, m);
    if (around.isEmpty()) {
      int under = underCentredHeadline(byTop, rows, at, large, m);
      if (under > 0) {
        if (DEBUG) {
          System.err.println("  under centred headline: row " + under);
        }
        return split(byTop, rows, List.of(under));
      }
    }
    return splitAcross(byCentre, around.isEmpty() ? moduleBoundaries(byCentre, at, large, m) : around);
  }

  /**
   * The band boundary (an index into {@code rows}, or -1) under a headline centred over the whole
   * region, set closer over its columns than the leading and narrower than they are, so that it
   * stands between the first and the last of the gutters {@code at}, crossing none: cut at those
   * gutters, the headline would be read after the first column it heads ({@link
   * #moduleBoundaries} has no gutter left to spare).
   *
   * <p>The headline is a row of display type (one line, or its words boxed apart) centred over the
   * region ({@value #CENTRED_CELLS} cells), wider than a column, between outer gutters
   * {@value #INNER_COLUMNS} columns apart or more; with it go the lines under it between the same
   * gutters (a subtitle set a size over the body) and what stands over it (a kicker, the module's
   * label). The columns begin at the first row below it with text beside those gutters, and the
   * first column must begin there: a headline that heads it stands right over it, and a column
   * that begins lower, under another module's taller headline, runs on from that module. Over
   * the boundary every line stands within one column and no row holds two in different columns:
   * either would be columns begun beside the headline, not under it (or an engine's line run
   * across them).
   */
  private static int underCentredHeadline(Token[] byTop, List<Band> rows, List<Gutter> at,
      List<SizedLine> large, Metrics m) {
    if (at.size() < 2) {
      return -1;
    }
    int[] node = span(Arrays.asList(byTop));
    int left = node[0];
    int right = node[1];
    double middle = (left + right) / 2.0;
    int column = Math.max(at.get(0).from() - left, right - at.get(at.size() - 1).to());
    if (at.get(at.size() - 1).from() - at.get(0).to() < INNER_COLUMNS * column) {
      return -1;
    }
    Set<Token> display = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<Token> line : atLeast(large, DISPLAY_SCALE, m)) {
      display.addAll(line);
    }
    int headlineBottom = Integer.MIN_VALUE;
    for (Band row : rows) {
      // The display type level in a row, as one line: PaddleOCR boxes a title's words apart.
      List<Token> headline = new ArrayList<>();
      for (int i = row.start(); i < row.end(); i++) {
        if (display.contains(byTop[i])) {
          headline.add(byTop[i]);
        }
      }
      if (!headline.isEmpty() && isCentred(headline, middle, m)
          && columnOf(headline, at) == INNER && width(headline) > column) {
        headlineBottom = Math.max(headlineBottom, bottom(headline));
      }
    }
    if (headlineBottom == Integer.MIN_VALUE) {
      return -1;
    }
    for (int i = 0; i < rows.size(); i++) {
      Band row = rows.get(i);
      Collection<List<Token>> lines = linesOf(byTop, row, false);
      if (row.from() >= headlineBottom && !withinInner(lines, at)) {
        return i > 0 && rows.get(i - 1).to() >= headlineBottom && startsFirstColumn(lines, at)
            ? i : -1;
      }
      Set<Integer> columns = new HashSet<>();
      for (List<Token> line : lines) {
        columns.add(columnOf(line, at));
      }
      if (columns.size() > 1 || columns.contains(ACROSS)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The columns, at least, between the first and the last gutter that a headline centred over
   * the region stands over: two, or a column and the gutter after it. A headline over the one
   * column in the middle of three may as well head the columns from there, flush left over a
   * module set beside the last column of another (the gutters left and right of it are cut
   * first, and it stands near the middle of what is left).
   */
  private static final double INNER_COLUMNS = 1.5;

  /** Whether a line stands centred on {@code middle}, within {@value #CENTRED_CELLS} cells. */
  private static boolean isCentred(List<Token> line, double middle, Metrics m) {
    int[] span = span(line);
    return Math.abs((span[0] + span[1]) / 2.0 - middle) <= CENTRED_CELLS * m.cell();
  }

  private static int width(List<Token> line) {
    int[] span = span(line);
    return span[1] - span[0];
  }

  /** {left, right} of {@code tokens}' boxes. */
  private static int[] span(Collection<Token> tokens) {
    int left = Integer.MAX_VALUE;
    int right = Integer.MIN_VALUE;
    for (Token t : tokens) {
      left = Math.min(left, t.box().left());
      right = Math.max(right, t.box().right());
    }
    return new int[] {left, right};
  }

  private static int bottom(List<Token> line) {
    int bottom = Integer.MIN_VALUE;
    for (Token t : line) {
      bottom = Math.max(bottom, t.box().bottom());
    }
    return bottom;
  }

  /**
   * The column between the gutters {@code at} (0 left of the first, 1 after it up to the second,
   * and so on) that {@code line} stands within, or {@link #ACROSS} for a line across a gutter.
   * The columns between the first and the last gutter count as one: a headline centred over the
   * region may cross gutters inside, which were left uncut for it.
   */
  private static int columnOf(List<Token> line, List<Gutter> at) {
    int first = innerAsOne(columnOf(line.get(0).centreX(), at), at.size());
    for (Token t : line) {
      if (innerAsOne(columnOf(t.centreX(), at), at.size()) != first) {
        return ACROSS;
      }
    }
    return first;
  }

  private static int innerAsOne(int column, int gutters) {
    return column == 0 || column == gutters ? column : INNER;
  }

  private static final int ACROSS = -1;

  /** The columns between the first and the last gutter, as {@link #columnOf} counts them. */
  private static final int INNER = 1;

  /** Whether all of {@code lines} stand between the first and the last gutter of {@code at}. */
  private static boolean withinInner(Collection<List<Token>> lines, List<Gutter> at) {
    return !anyTokenIn(lines, at, column -> innerAsOne(column, at.size()) != INNER);
  }

  /**
   * Whether some of {@code lines} stand in the first column, left of every gutter {@code at} (a
   * token at least: Tesseract runs one line across the columns).
   */
  private static boolean startsFirstColumn(Collection<List<Token>> lines, List<Gutter> at) {
    return anyTokenIn(lines, at, column -> column == 0);
  }

  /** Whether a token of {@code lines} stands in a column, by {@link #columnOf}, that {@code test} takes. */
  private static boolean anyTokenIn(Collection<List<Token>> lines, List<Gutter> at,
      java.util.function.IntPredicate test) {
    for (List<Token> line : lines) {
      for (Token t : line) {
        if (test.test(columnOf(t.centreX(), at))) {
          return true;
        }
      }
    }
    return false;
  }

  private static int columnOf(int x, List<Gutter> at) {
    int column = 0;
    for (Gutter g : at) {
      if (x >= g.to()) {
        column++;
      }
    }
    return column;
  }

  /**
   * The gutters of {@code at} round the widest run of two columns or more, short of the whole
   * region, across which white space parts two modules: a band at least {@value #BAND_GAP_CELLS}
   * cells over the leading, with display type under it (the lower module's headline). Beside a
   * column that runs on past it (a column of briefs down the page's edge) the band is no band of
   * the region, and cut at every gutter the region would be read column by column, each of the
   * upper module's columns followed by the lower module's columns under it; cut round the run
   * first, the band parts the two modules. Empty when no such run is found. The headline is
   * asked for because white space across columns with body type under it is as often a picture
   * the engine reported nothing for, round which an article's columns run on.
   */
  private static List<Gutter> moduleUnderBand(Token[] byCentre, List<Gutter> at, Metrics m) {
    int n = at.size();
    if (n < 2 || n > MAX_MODULE_GUTTERS) {
      return List.of();
    }
    // The top of each column's text: column k stands between edge k and edge k + 1.
    int[] columnTops = new int[n + 1];
    for (int k = 0; k <= n; k++) {
      int start = k == 0 ? 0 : at.get(k - 1).boundary();
      int end = k == n ? byCentre.length : at.get(k).boundary();
      columnTops[k] = Integer.MAX_VALUE;
      for (int t = start; t < end; t++) {
        columnTops[k] = Math.min(columnTops[k], byCentre[t].box().top());
      }
    }
    int bestFrom = -1;
    int bestTo = -1;
    // Edges as in moduleBoundaries: edge i is the node's left for 0, else the right of gutter
    // i - 1; a run from edge i to edge j holds columns i to j - 1.
    for (int i = 0; i <= n; i++) {
      int start = i == 0 ? 0 : at.get(i - 1).boundary();
      int latestTop = Integer.MIN_VALUE;
      for (int j = i + 1; j <= n + 1; j++) {
        latestTop = Math.max(latestTop, columnTops[j - 1]);
        if (j - i < 2 || i == 0 && j == n + 1) {
          continue; // one column, or the whole region, whose own bands were looked for first
        }
        int end = j == n + 1 ? byCentre.length : at.get(j - 1).boundary();
        if ((bestFrom < 0 || j - i > bestTo - bestFrom)
            && hasModuleBand(Arrays.copyOfRange(byCentre, start, end), latestTop, m)) {
          bestFrom = i;
          bestTo = j;
        }
      }
    }
    if (bestFrom < 0) {
      return List.of();
    }
    List<Gutter> around = new ArrayList<>(2);
    if (bestFrom > 0) {
      around.add(at.get(bestFrom - 1));
    }
    if (bestTo <= n) {
      around.add(at.get(bestTo - 1));
    }
    return around;
  }

  /**
   * Whether white space of a band parts {@code tokens} into two modules: display type under it,
   * and over it the text of one module, its headline on top at most (a headline or a brief's
   * head further down means the white is within a column of briefs, not under a module), in
   * every column: the band lies under {@code latestTop}, where the last of the columns' text
   * begins. (A column with nothing over the band stands beside a picture, or under it as its
   * caption, and belongs to the module beside it.)
   */
  private static boolean hasModuleBand(Token[] tokens, int latestTop, Metrics m) {
    Token[] byTop = sorted(Arrays.asList(tokens), true);
    List<Band> rows = bands(byTop, true);
    for (int i = 1; i < rows.size(); i++) {
      double excess = rows.get(i).from() - rows.get(i - 1).to() - m.leading();
      if (excess >= BAND_GAP_CELLS * m.cell() && rows.get(i - 1).to() > latestTop
          && isDisplay(byTop, rows.get(i), m) && isOneModule(byTop, rows.subList(0, i), m)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code rows} hold {@value #MODULE_BODY_LINES} lines of body type or more, and display
   * type in the first row only.
   */
  private static boolean isOneModule(Token[] byTop, List<Band> rows, Metrics m) {
    int body = 0;
    for (int r = 0; r < rows.size(); r++) {
      for (List<Token> line : linesOf(byTop, rows.get(r), false)) {
        if (!Metrics.sizable(line)) {
          continue;
        }
        if (m.typeSize(line) < DISPLAY_SCALE * m.cell()) {
          body++;
        } else if (r > 0) {
          return false;
        }
      }
    }
    return body >= MODULE_BODY_LINES;
  }

  /**
   * Gutters side by side beyond which runs of columns are not looked for: a broadsheet sets eight
   * or nine columns, and every run of columns costs a sort of its tokens, so that a table or noise
   * of hundreds of gutters would cost their square.
   */
  private static final int MAX_MODULE_GUTTERS = 16;

  /**
   * Lines of body type a module's text shows at least: a column's label, or a line or two over
   * the white at the head of a column of briefs, is no module.
   */
  private static final int MODULE_BODY_LINES = 3;

  /**
   * The band boundary (an index into {@code rows}, or -1) that parts the block of text set across
   * gutter {@code g} from what stands beside the gutter: over the block, and over the headline
   * on top of it, which heads the block; or, for a block at the top of the region, under it. A
   * headline line set across the gutter is parted from the text under it by any clear white, as
   * a headline is set close over the columns it heads ({@value #HEADLINE_GAP_CELLS} cells).
   */
  private static int cutBeside(Token[] byTop, List<Band> rows, boolean[] bands, Gutter g,
      Metrics m) {
    boolean[] band = bands;
    if (g.headline()) {
      band = bands.clone();
      for (int i = 1; i < rows.size(); i++) {
        band[i] |= rows.get(i).from() - rows.get(i - 1).to() >= HEADLINE_GAP_CELLS * m.cell();
      }
    }
    // The white must stand right over the block (or under it), not a paragraph or more away: a
    // few full lines crossing white beside the short lines of one column do not make a block.
    double nextRow = NEXT_ROW_PITCHES * (m.bodySize() + m.leading());
    int above = -1;
    for (int i = 1; i < rows.size(); i++) {
      if (band[i] && rows.get(i).from() <= g.crossedTop()) {
        above = i;
      }
    }
    if (above > 0 && rows.get(above).from() >= g.crossedTop() - nextRow) {
      while (above > 1 && isDisplay(byTop, rows.get(above - 1), m)) {
        int higher = -1;
        for (int j = 1; j < above; j++) {
          if (band[j]) {
            higher = j;
          }
        }
        above = higher;
      }
      if (above > 0) {
        return above;
      }
    }
    for (int i = 1; i < rows.size(); i++) {
      if (band[i] && rows.get(i - 1).to() >= g.crossedBottom()) {
        return rows.get(i - 1).to() <= g.crossedBottom() + nextRow ? i : -1;
      }
    }
    return -1;
  }

  /**
   * The gutters of {@code at} that part modules, not columns of one module under its headline.
   * A headline centred over the columns it heads, in a region where something beside the module
   * (a column of briefs) leaves no white band under it, stands between gutters it does not cross;
   * cut there, it would be read after the first of its columns. The columns a headline is centred
   * over, from a gutter or edge to another, are one module: the gutters inside the widest such
   * span are left for later, when the band under the headline parts it from its columns. A
   * headline set flush left over a column ({@value #FLUSH_CELLS} cells) heads the columns from
   * there where another headline is centred over the column before it, though its middle may
   * stand over the middle of columns from further left. Headlines are measured piece by piece
   * between the gutters ({@link #displayBetween}), as engines run them into the text level with
   * them beside the module, and whole where an engine boxed them in pieces at a word space
   * ({@link #joinedAtWordSpaces}). All of {@code at} when no headline is so placed or nothing would be
   * left to cut.
   */
  private static List<Gutter> moduleBoundaries(Token[] byCentre, List<Gutter> at,
      List<SizedLine> large, Metrics m) {
    if (at.size() < 2) {
      return at;
    }
    List<List<Token>> display = displayPieces(atLeast(large, DISPLAY_SCALE, m), byCentre, m);
    if (display.isEmpty()) {
      return at;
    }
    int[] node = span(Arrays.asList(byCentre));
    int n = at.size();
    // Edge i is the node's left for 0, else the right of gutter i - 1; edge j is the node's right
    // for n + 1, else the left of gutter j - 1. The span from edge i to edge j holds the gutters
    // i to j - 2 and the columns i to j - 1.
    int[] lefts = new int[n + 1];
    int[] rights = new int[n + 2];
    for (int i = 0; i <= n; i++) {
      lefts[i] = i == 0 ? node[0] : at.get(i - 1).to();
    }
    for (int j = 1; j <= n + 1; j++) {
      rights[j] = j == n + 1 ? node[1] : at.get(j - 1).from();
    }
    List<HeadlineExtent> pieces = displayBetween(display, at, m);
    pieces.addAll(joinedAtWordSpaces(display, n + 1, m));
    int lines = pieces.size();
    HeadlineExtent[] headlines = new HeadlineExtent[lines];
    int[][] spans = new int[lines][];
    int[] flush = new int[lines];
    for (int l = 0; l < lines; l++) {
      HeadlineExtent headline = pieces.get(l);
      flush[l] = -1;
      for (int i = 1; i <= n; i++) {
        if (Math.abs(headline.left() - lefts[i]) <= FLUSH_CELLS * m.cell()) {
          flush[l] = i;
        }
      }
      if (headline.parted() && flush[l] > headline.firstEdge()) {
        // A piece parted from its line and set flush left in its column heads that column and
        // those after it, like the brief's head beside it.
        headline = new HeadlineExtent(headline.left(), headline.right(), flush[l],
            headline.lastEdge(), true);
      }
      headlines[l] = headline;
      spans[l] = centredSpan(headline, lefts, rights, 0, m);
    }
    // A headline set flush with a column's left edge, its centre over columns that begin left of
    // that edge by chance, heads the columns from that edge where another headline is centred
    // over the column before it: two modules side by side, a title centred over one and a title
    // set flush left over the other (an agency report's).
    for (int l = 0; l < lines; l++) {
      int e = flush[l];
      if (spans[l] == null || e < 0 || spans[l][0] >= e) {
        continue;
      }
      for (int o = 0; o < lines; o++) {
        if (o != l && spans[o] != null && spans[o][0] <= e - 1 && e - 1 < spans[o][1]
            && (flush[o] < 0 || flush[o] == spans[o][0])) {
          spans[l] = centredSpan(headlines[l], lefts, rights, e, m);
          break;
        }
      }
    }
    boolean[] inside = new boolean[n];
    for (int[] headed : spans) {
      if (headed != null) {
        for (int k = headed[0]; k <= headed[1] - 2; k++) {
          inside[k] = true;
        }
      }
    }
    List<Gutter> kept = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      if (!inside[k]) {
        kept.add(at.get(k));
      }
    }
    return kept.isEmpty() || kept.size() == n ? at : kept;
  }

  /**
   * A headline's extent across the page, {@code left} to {@code right}, and the edges (as in
   * {@link #moduleBoundaries}) the columns it heads may run between, {@code firstEdge} to {@code
   * lastEdge}; {@code parted} when it is a piece of an engine line that gutters parted from the
   * line's other text.
   */
  private record HeadlineExtent(int left, int right, int firstEdge, int lastEdge,
      boolean parted) {}

  /**
   * The display type of {@code display}'s lines, piece by piece between the gutters {@code at}.
   * An engine that reads a page row by row (Tesseract) runs a headline and the text level with it
   * beside its module (a column of briefs, its label, another brief's head) into one line, whose
   * whole extent stands centred over no columns. A piece that measures as body type is that other
   * text, and is left out; a piece parted from the rest of its line by gutters heads no column of
   * the line's other text, which stands level with it in another module (marks alone beyond it
   * are specks or a rule, and are no text: {@link #isPunctuation}).
   */
  private static List<HeadlineExtent> displayBetween(List<List<Token>> display, List<Gutter> at,
      Metrics m) {
    int lastEdge = at.size() + 1;
    List<HeadlineExtent> extents = new ArrayList<>(display.size());
    for (List<Token> line : display) {
      java.util.TreeMap<Integer, List<Token>> parts = new java.util.TreeMap<>();
      for (Token t : line) {
        if (!isPunctuation(t)) {
          parts.computeIfAbsent(columnOf(t.centreX(), at), k -> new ArrayList<>()).add(t);
        }
      }
      if (parts.size() <= 1) {
        int[] span = span(line);
        extents.add(new HeadlineExtent(span[0], span[1], 0, lastEdge, false));
        continue;
      }
      for (Map.Entry<Integer, List<Token>> part : parts.entrySet()) {
        List<Token> tokens = part.getValue();
        tokens.sort(Comparator.comparingInt(Token::centreX));
        if (Metrics.sizable(tokens) && m.typeSize(tokens) >= DISPLAY_SCALE * m.cell()) {
          int column = part.getKey();
          Integer before = parts.lowerKey(column);
          Integer after = parts.higherKey(column);
          int[] span = span(tokens);
          extents.add(new HeadlineExtent(span[0], span[1], before == null ? 0 : before + 1,
              after == null ? lastEdge : after, true));
        }
      }
    }
    return extents;
  }

  /**
   * The headlines that an engine boxed in pieces at their word spaces (PaddleOCR boxes
   * {@code 野生菌再鲜} and {@code 也别乱采乱吃} apart): display lines level with each other, no
   * more than {@value #BRIDGE_CELLS} of their own cells apart, joined. Neither piece alone stands
   * centred over the columns the headline heads; headlines side by side stand further apart, by a
   * gutter and the white that centres each over its columns.
   */
  private static List<HeadlineExtent> joinedAtWordSpaces(List<List<Token>> display, int lastEdge,
      Metrics m) {
    if (display.size() < 2) {
      return List.of();
    }
    List<HeadlineExtent> joined = new ArrayList<>();
    for (DisplayRow row : displayRows(display, m)) {
      List<Token> tokens = new ArrayList<>(row.tokens());
      tokens.sort(Comparator.comparingInt((Token t) -> t.box().left()));
      int left = tokens.get(0).box().left();
      int right = tokens.get(0).box().right();
      Set<Integer> lines = new HashSet<>();
      for (Token t : tokens) {
        if (t.box().left() - right >= BRIDGE_CELLS * row.typeSize()) {
          if (lines.size() > 1) {
            joined.add(new HeadlineExtent(left, right, 0, lastEdge, false));
          }
          left = t.box().left();
          lines.clear();
        }
        right = Math.max(right, t.box().right());
        lines.add(t.line());
      }
      if (lines.size() > 1) {
        joined.add(new HeadlineExtent(left, right, 0, lastEdge, false));
      }
    }
    return joined;
  }

  /**
   * The widest span {from edge, to edge} of columns, beginning at edge {@code first} or later,
   * within the edges the headline may head, that holds the headline and whose middle stands
   * within {@value #CENTRED_CELLS} cells of the headline's; null if there is none. Edges as in
   * {@link #moduleBoundaries}.
   */
  private static int[] centredSpan(HeadlineExtent headline, int[] lefts, int[] rights, int first,
      Metrics m) {
    double centre = (headline.left() + headline.right()) / 2.0;
    int widest = -1;
    int[] best = null;
    for (int i = Math.max(first, headline.firstEdge()); i < lefts.length; i++) {
      for (int j = i + 1; j < rights.length && j <= headline.lastEdge(); j++) {
        if (headline.left() >= lefts[i] && headline.right() <= rights[j]
            && rights[j] - lefts[i] > widest
            && Math.abs((lefts[i] + rights[j]) / 2.0 - centre) <= CENTRED_CELLS * m.cell()) {
          widest = rights[j] - lefts[i];
          best = new int[] {i, j};
        }
      }
    }
    return best;
  }


  /**
   * A headline whose left edge stands within this many cells of a column's is set flush left
   * over that column: type set flush starts on the column's edge, and engines box glyphs a few
   * pixels off their ink, a fifth of a cell at body sizes.
   */
  private static final double FLUSH_CELLS = 0.25;

  /** A centred headline stands within this many cells of the middle of the columns it heads. */
  private static final double CENTRED_CELLS = 1.0;

  /**
   * White space down a region between two of its parts: from {@code from} to {@code to} across,
   * with the tokens whose centres stand left of it before {@code boundary} in centre order. A
   * gutter that a block of text runs through, from {@code crossedTop} to {@code crossedBottom}
   * down the page, parts only what stands above or below that block; it is {@link #NOT_CROSSED}
   * elsewhere. The block is a headline line set across the columns when {@code headline}, with
   * other headlines level with it when {@code besideHeadlines} (or text, where a letter of the
   * headline stands over the gutter's middle: {@link #headlineAcross}).
   */
  private record Gutter(int from, int to, int boundary, boolean shortColumn, int crossedTop,
      int crossedBottom, boolean headline, boolean besideHeadlines) {
    Gutter(int from, int to, int boundary, boolean shortColumn) {
      this(from, to, boundary, shortColumn, NOT_CROSSED, NOT_CROSSED, false, false);
    }

    int width() {
      return to - from;
    }

    boolean crossed() {
      return crossedTop != NOT_CROSSED;
    }
  }

  private static final int NOT_CROSSED = Integer.MIN_VALUE;

  /**
   * The gutters down a region: stretches across it where no more than a few lines of body type
   * reach into the white space ({@value #BLOCKING_SHARE} of the region's lines, at least one
   * where the region has {@value #GUTTER_LINES} lines or more, none in a region of a line or two),
   * wide enough and with enough lines beside them. Engines box a glyph now and then far too wide
   * (Tesseract boxed one character 20 cells wide on a page tried), run a line across a narrow
   * gutter, or glue a rule to the glyph beside it; one such box must not close a gutter that
   * every other line shows. A line of display type never does so by chance, so none of its
   * letters may reach into a gutter (marks read into it may); nor may a headline's own letter or
   * word spacing count as one ({@link #bridged}), nor do the lines that reach into it count as
   * the columns it parts ({@link #partsColumns}). Where the engine read a column rule as bars
   * ({@link #ruledBy}), a stretch as narrow as a clear one is a gutter even with a line reaching
   * in.
   */
  private static List<Gutter> gutters(Token[] byCentre, List<SizedLine> large, List<Token> bars,
      Metrics m) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    int top = Integer.MAX_VALUE;
    int bottom = Integer.MIN_VALUE;
    for (Token t : byCentre) {
      min = Math.min(min, t.box().left());
      max = Math.max(max, t.box().right());
      top = Math.min(top, t.box().top());
      bottom = Math.max(bottom, t.box().bottom());
    }
    List<List<Token>> displayLines = atLeast(large, DISPLAY_SCALE, m);
    List<List<Token>> displayPieces = displayPieces(displayLines, byCentre, m);
    List<DisplayRow> displayRows = displayRows(displayPieces, m);
    Set<Integer> display = new HashSet<>();
    for (List<Token> line : displayLines) {
      display.add(line.get(0).line());
    }
    List<List<Token>> headlineLines = new ArrayList<>();
    for (List<Token> line : atLeast(large, HEADLINE_SCALE, m)) {
      if (!display.contains(line.get(0).line())) {
        headlineLines.add(line);
      }
    }
    List<HeadlinePart> headlines = headlineParts(headlineLines, m);
    Set<Token> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    displayPieces.forEach(shown::addAll);
    Set<Integer> headlineIds = new HashSet<>(display);
    headlineLines.forEach(l -> headlineIds.add(l.get(0).line()));
    Set<Integer> lines = new HashSet<>();
    int[] cover = new int[max - min + 2];
    // A line reaches into a stretch once however many of its boxes overlap there: Tesseract boxes
    // some words far wider than their glyphs, over their neighbours, and two boxes of one line
    // across a gutter are still one line running through it.
    Map<Long, List<Token>> byLineAndWeight = new HashMap<>();
    for (Token t : byCentre) {
      int weight = shown.contains(t) && !isPunctuation(t) && t.plausible()
          ? byCentre.length + 1 : 1;
      if (isPunctuation(t) && !t.estimated()) {
        // Marks of punctuation hang into the gutter at the ends of lines (kinsoku lets a 。 or
        // ， stand past the column's edge) and open lines with a quotation mark set in the right
        // half of its cell; Tesseract boxes them loosely, often over the white beside them. On
        // gutters of an em or less, a few such boxes would close the gutter: they take no part
        // in finding it, and stand on the side their centre does.
        lines.add(t.line());
        continue;
      }
      byLineAndWeight.computeIfAbsent(((long) t.line() << 32) | weight, k -> new ArrayList<>())
          .add(t);
      lines.add(t.line());
    }
    for (Map.Entry<Long, List<Token>> group : byLineAndWeight.entrySet()) {
      int weight = (int) (long) group.getKey();
      List<Token> tokens = group.getValue();
      tokens.sort(Comparator.comparingInt((Token t) -> t.box().left()));
      int from = tokens.get(0).box().left();
      int to = tokens.get(0).box().right();
      for (Token t : tokens) {
        if (t.box().left() > to) {
          cover[from - min] += weight;
          cover[to - min] -= weight;
          from = t.box().left();
        }
        to = Math.max(to, t.box().right());
      }
      cover[from - min] += weight;
      cover[to - min] -= weight;
    }
    // A region of a line or two has no lines to spare: its gutters must be clear.
    int blocking = lines.size() < GUTTER_LINES ? 0 : Math.max(1, (int) (BLOCKING_SHARE * lines.size()));
    // Stretches where few enough lines reach in, as {from, to} offsets from min; a wide one that
    // lines do reach into is white beside text, not a gutter, and only its clear parts count.
    int[] depths = new int[max - min + 1];
    int depth = 0;
    for (int x = 0; x <= max - min; x++) {
      depth += cover[x];
      depths[x] = depth;
    }
    List<int[]> runs = new ArrayList<>();
    List<Boolean> clearRuns = new ArrayList<>();
    for (int[] run : runs(depths, blocking)) {
      int deepest = 0;
      for (int x = run[0]; x < run[1]; x++) {
        deepest = Math.max(deepest, depths[x]);
      }
      if (deepest == 0 || run[1] - run[0] <= MAX_BLOCKED_GUTTER_CELLS * m.cell()) {
        runs.add(run);
        clearRuns.add(deepest == 0);
      } else {
        for (int[] clear : runs(Arrays.copyOfRange(depths, run[0], run[1]), 0)) {
          runs.add(new int[] {run[0] + clear[0], run[0] + clear[1]});
          clearRuns.add(true);
        }
      }
    }
    List<Gutter> out = new ArrayList<>();
    List<Gutter> shortColumns = new ArrayList<>();
    int next = 0;
    for (int r = 0; r < runs.size(); r++) {
      int[] run = runs.get(r);
      int from = min + run[0];
      int to = min + run[1];
      boolean wide = to - from >= GUTTER_CELLS * m.cell();
      boolean clearDownManyLines = clearRuns.get(r) && lines.size() >= CLEAR_GUTTER_LINES
          && to - from >= CLEAR_GUTTER_CELLS * m.cell();
      boolean ruled = !wide && !clearDownManyLines && to - from >= CLEAR_GUTTER_CELLS * m.cell()
          && ruledBy(bars, from, to, top, bottom, m) && !spannedByReadGlyph(byCentre, from, to);
      if (run[0] == 0 || run[1] >= depths.length || !wide && !clearDownManyLines && !ruled) {
        continue; // white at the region's edge parts nothing, nor does a narrow stretch
      }
      int mid = (from + to) / 2;
      while (next < byCentre.length && byCentre[next].centreX() < mid) {
        next++;
      }
      if (DEBUG) {
        System.err.println("  gap " + from + "-" + to + " bridged " + bridged(displayRows, from, to)
            + " parts " + partsColumns(byCentre, next, from, to, min, max, m));
      }
      if (next > 0 && next < byCentre.length && !bridged(displayRows, from, to)) {
        int[] through = clearRuns.get(r) ? null : textRunningThrough(byCentre, from, to, m);
        HeadlineCrossing headline = through != null || clearRuns.get(r) ? null
            : headlineAcross(headlines, byCentre, headlineIds, from, to, m);
        boolean wideGap = to - from >= WIDE_GAP_CELLS * m.cell()
            && (clearRuns.get(r) || !textAcrossMiddle(byCentre, from, to));
        if (wideGap || partsColumns(byCentre, next, from, to, min, max, m)) {
          if (headline == null && through == null && !clearRuns.get(r)) {
            headline = headSetAcross(byCentre, from, to, m);
          }
          out.add(through != null
              ? new Gutter(from, to, next, false, through[0], through[1], false, false)
              : headline != null
                  ? new Gutter(from, to, next, false, headline.top(), headline.bottom(), true,
                      headline.besideHeadlines())
                  : new Gutter(from, to, next, false));
        } else if (clearRuns.get(r) && partsShortColumn(byCentre, next, m)) {
          shortColumns.add(new Gutter(from, to, next, true));
        }
      }
    }
    if (!out.isEmpty() && !shortColumns.isEmpty()) {
      List<Gutter> standard = List.copyOf(out);
      int narrowest = standard.stream().mapToInt(Gutter::width).min().getAsInt();
      for (Gutter g : shortColumns) {
        if (g.width() >= SHORT_COLUMN_GUTTER_SHARE * narrowest
            && leftColumnMatches(g, standard, min, max, m)) {
          if (DEBUG) {
            System.err.println("  short column gutter " + g.from() + "-" + g.to());
          }
          out.add(g);
        }
      }
      out.sort(Comparator.comparingInt(Gutter::from));
    }
    return out;
  }

  /**
   * Whether the column left of a short column's gutter is as wide as a column the region's other
   * gutters part, within {@value #COLUMN_MATCH_CELLS} cells: the gutter stands on the module's
   * grid, one column on from the gutter or edge before it.
   */
  private static boolean leftColumnMatches(Gutter g, List<Gutter> standard, int min, int max,
      Metrics m) {
    int start = min;
    for (Gutter s : standard) {
      if (s.to() <= g.from()) {
        start = Math.max(start, s.to());
      }
    }
    int width = g.from() - start;
    int edge = min;
    for (int i = 0; i <= standard.size(); i++) {
      int end = i < standard.size() ? standard.get(i).from() : max;
      if (Math.abs(end - edge - width) <= COLUMN_MATCH_CELLS * m.cell()) {
        return true;
      }
      if (i < standard.size()) {
        edge = standard.get(i).to();
      }
    }
    return false;
  }

  /**
   * Whether a clear gap parts a short column from a full one: lines of body type on one side as
   * many as a gutter needs, and at least one on the other (the last column of an article, which
   * balancing leaves a line or two long).
   */
  private static boolean partsShortColumn(Token[] byCentre, int boundary, Metrics m) {
    Set<Integer> none = Set.of();
    int left = bodyLines(byCentre, 0, boundary, none, m);
    int right = bodyLines(byCentre, boundary, byCentre.length, none, m);
    return Math.max(left, right) >= GUTTER_LINES && Math.min(left, right) >= 1;
  }

  /** Bits of a sort key given to each coordinate and to the index of a token. */
  private static final int KEY_BITS = 21;

  private static final long KEY_MASK = (1L << KEY_BITS) - 1;

  /**
   * The tokens sorted down the page by their tops, or across it by their centres, ties broken by
   * the other axis: an order that does not depend on the order the engine wrote its lines in. The
   * keys are packed into longs and sorted as numbers, several times faster than sorting objects
   * with a comparator, which would be most of the layout stage's time on a large page.
   */
  private static Token[] sorted(List<Token> tokens, boolean down) {
    int n = tokens.size();
    long[] keys = new long[n];
    boolean packed = n <= KEY_MASK;
    for (int i = 0; i < n && packed; i++) {
      Token t = tokens.get(i);
      long first = down ? t.box().top() : t.centreX();
      long second = down ? t.centreX() : t.box().top();
      packed = first >= 0 && first <= KEY_MASK && second >= 0 && second <= KEY_MASK;
      keys[i] = first << (2 * KEY_BITS) | second << KEY_BITS | i;
    }
    Token[] out = new Token[n];
    if (!packed) {
      // Coordinates off the page or beyond two million: sort the slow way.
      tokens.toArray(out);
      Comparator<Token> across = Comparator.comparingInt(Token::centreX);
      Comparator<Token> along = Comparator.comparingInt((Token t) -> t.box().top());
      Arrays.sort(out, down ? along.thenComparing(across) : across.thenComparing(along));
      return out;
    }
    Arrays.sort(keys);
    for (int i = 0; i < n; i++) {
      out[i] = tokens.get((int) (keys[i] & KEY_MASK));
    }
    return out;
  }

  /** Merges the sorted tokens' extents on one axis into bands with white space between them. */
  private static List<Band> bands(Token[] sorted, boolean vertical) {
    List<Band> out = new ArrayList<>();
    int start = 0;
    int from = low(sorted[0], vertical);
    int to = high(sorted[0], vertical);
    for (int i = 1; i < sorted.length; i++) {
      int lo = low(sorted[i], vertical);
      if (lo > to) {
        out.add(new Band(from, to, start, i));
        start = i;
        from = lo;
      }
      to = Math.max(to, high(sorted[i], vertical));
    }
    out.add(new Band(from, to, start, sorted.length));
    return out;
  }

  private static int low(Token t, boolean vertical) {
    return vertical ? t.box().top() : t.box().left();
  }

  private static int high(Token t, boolean vertical) {
    return vertical ? t.box().bottom() : t.box().right();
  }

  /** Whether the token is punctuation or symbols only: engines read such marks from rules and specks. */
  private static boolean isPunctuation(Token t) {
    String text = t.text();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * The pieces of display type among the node's engine lines: the {@code displayLines}, and the
   * pieces set in display type of lines whose longest piece is not. An engine that reads a page
   * row by row (Tesseract) runs a headline and the column text beside it into one line, which by
   * its longest piece measures as text; its headline must still bridge the white between its own
   * characters and keep gutters from cutting through it.
   */
  private static List<List<Token>> displayPieces(List<List<Token>> displayLines, Token[] byCentre,
      Metrics m) {
    Set<Integer> whole = new HashSet<>();
    for (List<Token> line : displayLines) {
      whole.add(line.get(0).line());
    }
    Set<Integer> tall = new HashSet<>();
    for (Token t : byCentre) {
      if (!whole.contains(t.line()) && t.box().height() >= DISPLAY_HEIGHT_SCALE * m.bodySize()) {
        tall.add(t.line());
      }
    }
    if (tall.isEmpty()) {
      return displayLines;
    }
    Map<Integer, List<Token>> mixed = new HashMap<>();
    for (Token t : byCentre) {
      if (tall.contains(t.line())) {
        mixed.computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t);
      }
    }
    List<List<Token>> pieces = new ArrayList<>(displayLines);
    for (List<Token> line : mixed.values()) {
      line.sort(Comparator.comparingInt((Token t) -> t.box().left()));
      for (List<Token> piece : Metrics.pieces(line)) {
        if (Metrics.sizable(piece) && Metrics.pieceSize(piece) >= DISPLAY_SCALE * m.cell()) {
          pieces.add(piece);
        }
      }
    }
    return pieces;
  }

  /**
   * The least pitch, in body cells, of a line placed whole (PaddleOCR, PAGE XML without words)
   * that stands taller than the body ({@link #MIN_HEADING_HEIGHT}) and heads the columns under
   * it: between the body's own (two columns' lines run into one step at most a twentieth wider,
   * the gutter spread over the characters of both) and the smallest type that heads columns, a
   * briefs head, kicker or subtitle a size over the body (1.1 to 1.15 times, which boxes measure a
   * little under, and a dropped word space a little over). Its box's height alone would not do:
   * an engine that reads two rows as one boxes them twice as tall, at the body's pitch.
   */
  static final double MIN_HEADING_PITCH = 1.1;

  /**
   * The least height, in body sizes, of the box of a line placed whole that {@link
   * #MIN_HEADING_PITCH} reads as a head: a detector boxes a line of text to the same height down a
   * page, so that a title set a size over the body (小四 over 五号, 1.14) stands a few per cent
   * taller than every line of text, where a box's height alone, without the wider pitch, would
   * not tell it from text.
   */
  static final double MIN_HEADING_HEIGHT = 1.05;

  /**
   * Whether a line the engine placed whole, of type size {@code size} in page units, is set as a
   * head a size over the body is: pitch {@link #MIN_HEADING_PITCH} or more, a box {@link
   * #MIN_HEADING_HEIGHT} times the body's height or more, and no sentence punctuation.
   */
  private static boolean isPlacedWholeHead(List<Token> line, double size, Metrics m) {
    return size >= MIN_HEADING_PITCH * m.cell() && placedWhole(line)
        && line.get(0).box().height() >= MIN_HEADING_HEIGHT * m.bodySize()
        && !hasSentencePunctuation(line);
  }

  /** Whether any of a line's tokens holds sentence punctuation: no joined copy of the line made. */
  private static boolean hasSentencePunctuation(List<Token> line) {
    for (Token t : line) {
      if (Chars.hasSentencePunctuation(t.text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the engine placed the line whole, its tokens' boxes spread over the line's box. */
  static boolean placedWhole(List<Token> line) {
    for (Token t : line) {
      if (!t.estimated()) {
        return false;
      }
    }
    return true;
  }

  /** An engine line of the node, its tokens left to right, with its type size in page units. */
  private record SizedLine(List<Token> tokens, double size) {}

  /**
   * The node's engine lines set in type of at least {@link #HEADLINE_SCALE} times the body's cell
   * (and whose glyphs stand tall), measured once for every question the cut asks of them.
   */
  private static List<SizedLine> largeLines(Token[] byLeft, Metrics m) {
    // Display type is set taller too: only lines with a tall glyph need measuring (a line placed
    // whole, whose box is its height, from the least height of a head a size over the body).
    Set<Integer> tall = new HashSet<>();
    for (Token t : byLeft) {
      if (t.box().height() >= (t.estimated() ? MIN_HEADING_HEIGHT : DISPLAY_HEIGHT_SCALE)
          * m.bodySize()) {
        tall.add(t.line());
      }
    }
    if (tall.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<Token>> lines = new HashMap<>();
    for (Token t : byLeft) {
      if (tall.contains(t.line())) {
        lines.computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t);
      }
    }
    List<SizedLine> large = new ArrayList<>();
    for (List<Token> line : lines.values()) {
      if (Metrics.sizable(line)) {
        double size = m.typeSize(line);
        if (size < HEADLINE_SCALE * m.cell() && isPlacedWholeHead(line, size, m)) {
          // Boxed taller than body type's tolerance and set wider, both, with no sentence
          // punctuation: a kicker or subtitle a size over the body, which heads the columns under
          // it, as GutterSplitter leaves it whole across them. A line of text the detector boxed
          // as tall (its glyphs uneven on a scan, two columns' lines run into one) mostly has
          // commas or stops.
          // Its measured size stays what it was in RegionLines: only the cut reads it as a head.
          size = HEADLINE_SCALE * m.cell();
        }
        if (size >= HEADLINE_SCALE * m.cell()) {
          large.add(new SizedLine(line, size));
        }
      }
    }
    return large;
  }

  /** The lines of {@code large} set in type of at least {@code scale} times the body's cell. */
  private static List<List<Token>> atLeast(List<SizedLine> large, double scale, Metrics m) {
    List<List<Token>> out = new ArrayList<>();
    for (SizedLine line : large) {
      if (line.size() >= scale * m.cell()) {
        out.add(line.tokens());
      }
    }
    return out;
  }

  /** The maximal stretches {from, to} of {@code depths} no deeper than {@code limit}. */
  private static List<int[]> runs(int[] depths, int limit) {
    List<int[]> out = new ArrayList<>();
    int start = -1;
    for (int x = 0; x <= depths.length; x++) {
      boolean open = x < depths.length && depths[x] <= limit;
      if (open && start < 0) {
        start = x;
      } else if (!open && start >= 0) {
        out.add(new int[] {start, x});
        start = -1;
      }
    }
    return out;
  }

  /**
   * Whether a line of display type spans the gap from {@code from} to {@code to} with no more
   * white space there than {@value #BRIDGE_CELLS} of its own characters: the space between two
   * words of a headline, or between two of its letters, or a quotation mark among them, which a
   * gutter of the columns under it may happen to continue. Headlines side by side stand further
   * apart: a gutter and the white space that centres each over its columns. A line is read with
   * the display type beside it on its row: engines break a headline into pieces at such white
   * space (PaddleOCR boxed 菜场里开出 and “共享厨房” apart at the quotation mark, whose glyph fills
   * only the right half of its cell), and the pieces still make one line of type.
   */
  private static boolean bridged(List<DisplayRow> rows, int from, int to) {
    for (DisplayRow row : rows) {
      int before = Integer.MIN_VALUE;
      int after = Integer.MAX_VALUE;
      List<Token> within = new ArrayList<>();
      for (Token t : row.tokens()) {
        if (t.box().right() <= from) {
          before = Math.max(before, t.box().right());
        } else if (t.box().left() >= to) {
          after = Math.min(after, t.box().left());
        } else if (isQuoteOrBracket(t)) {
          within.add(t);
        }
      }
      if (before != Integer.MIN_VALUE && after != Integer.MAX_VALUE
          && widestWhite(before, within, after) < BRIDGE_CELLS * row.typeSize()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the token is one quotation mark or bracket, which headlines set round a word
   * (“亮”起来了, 《民法典》); a stop or comma a headline seldom sets, and two marks in one box are
   * specks.
   */
  private static boolean isQuoteOrBracket(Token t) {
    int cp = t.text().codePointAt(0);
    if (Character.charCount(cp) != t.text().length()) {
      return false;
    }
    int type = Character.getType(cp);
    return type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION;
  }

  /**
   * The widest white space from {@code before} to {@code after} that none of the boxes {@code
   * within} covers: a quotation mark or bracket of the headline standing in the gap (Tesseract
   * boxes one on its own, and marks take no part in finding the gap) parts its white in two.
   */
  private static int widestWhite(int before, List<Token> within, int after) {
    within.sort(Comparator.comparingInt((Token t) -> t.box().left()));
    int widest = 0;
    int reached = before;
    for (Token t : within) {
      widest = Math.max(widest, t.box().left() - reached);
      reached = Math.max(reached, t.box().right());
    }
    return Math.max(widest, after - reached);
  }

  /**
   * The display type on one row: the tokens of engine lines level with each other, and the
   * largest type size among them.
   */
  private record DisplayRow(List<Token> tokens, double typeSize) {}

  /**
   * The display lines grouped by row: a line joins the row whose first line's vertical centre
   * lies within its height. Sorted down the page, so that each line is looked at once.
   */
  private static List<DisplayRow> displayRows(List<List<Token>> displayLines, Metrics m) {
    record Placed(List<Token> line, int top, int bottom, int centre) {}
    List<Placed> placed = new ArrayList<>(displayLines.size());
    for (List<Token> line : displayLines) {
      int top = Integer.MAX_VALUE;
      int bottom = Integer.MIN_VALUE;
      for (Token t : line) {
        top = Math.min(top, t.box().top());
        bottom = Math.max(bottom, t.box().bottom());
      }
      placed.add(new Placed(line, top, bottom, (top + bottom) / 2));
    }
    placed.sort(Comparator.comparingInt(Placed::centre));
    List<DisplayRow> rows = new ArrayList<>();
    int i = 0;
    while (i < placed.size()) {
      Placed first = placed.get(i);
      List<Token> tokens = new ArrayList<>(first.line());
      double size = m.typeSize(first.line());
      int j = i + 1;
      while (j < placed.size() && placed.get(j).top() <= first.centre()
          && first.centre() <= placed.get(j).bottom()) {
        tokens.addAll(placed.get(j).line());
        size = Math.max(size, m.typeSize(placed.get(j).line()));
        j++;
      }
      rows.add(new DisplayRow(tokens, size));
      i = j;
    }
    return rows;
  }

  /**
   * The block of text that runs down through the white from {@code from} to {@code to}, as its
   * top and bottom, or null: lines of {@value #GUTTER_LINES} rows in a row, each with a character
   * across the white's middle. Lines that reach into a gutter do so here and there (a glyph boxed
   * too wide, a line run across it); lines of one block that cross it row after row are a block
   * set across the gutter (an article running on under the modules beside it), which the gutter
   * must not cut apart.
   */
  private static int[] textRunningThrough(Token[] tokens, int from, int to, Metrics m) {
    int middle = (from + to) / 2;
    Map<Integer, int[]> crossing = new HashMap<>();
    for (Token t : tokens) {
      // A mark in a line of words may be a speck the engine read; a character cut by estimate
      // from a line of several is text where it stands.
      if (standsOver(t, middle) && (t.estimated() || !isPunctuation(t))) {
        crossing.putIfAbsent(t.line(), new int[] {t.box().top(), t.box().bottom()});
      }
    }
    if (crossing.size() < GUTTER_LINES) {
      return null;
    }
    List<int[]> rows = new ArrayList<>(crossing.values());
    rows.sort(Comparator.comparingInt(r -> r[0]));
    double nextRow = NEXT_ROW_PITCHES * (m.bodySize() + m.leading());
    int first = 0;
    int[] block = null;
    for (int i = 1; i <= rows.size(); i++) {
      if (i == rows.size() || rows.get(i)[0] - rows.get(i - 1)[0] > nextRow) {
        if (i - first >= GUTTER_LINES) {
          int top = block == null ? rows.get(first)[0] : block[0];
          block = new int[] {top, rows.get(i - 1)[1]};
        }
        first = i;
      }
    }
    return block;
  }

  /** A headline part: letters of one line with no white between them wider than a headline's. */
  private record HeadlinePart(int line, int left, int top, int right, int bottom) {}

  /**
   * The parts of {@code lines}, each a run of a line's tokens with no white between two of them
   * wider than {@value #BRIDGE_CELLS} of the line's own characters: the space between two words
   * of one headline, or a quotation mark's half-empty cell, and no more. An engine that reads a
   * page row by row runs the headlines of two modules side by side into one line, with the white
   * that centres each over its own columns between them; they are two parts.
   */
  private static List<HeadlinePart> headlineParts(List<List<Token>> lines, Metrics m) {
    List<HeadlinePart> parts = new ArrayList<>();
    for (List<Token> line : lines) {
      List<Token> byLeft = new ArrayList<>(line);
      byLeft.sort(Comparator.comparingInt((Token t) -> t.box().left()));
      double widest = BRIDGE_CELLS * m.typeSize(line);
      int start = 0;
      for (int i = 1; i <= byLeft.size(); i++) {
        if (i == byLeft.size()
            || byLeft.get(i).box().left() - byLeft.get(i - 1).box().right() > widest) {
          int top = Integer.MAX_VALUE;
          int right = Integer.MIN_VALUE;
          int bottom = Integer.MIN_VALUE;
          for (Token t : byLeft.subList(start, i)) {
            top = Math.min(top, t.box().top());
            right = Math.max(right, t.box().right());
            bottom = Math.max(bottom, t.box().bottom());
          }
          parts.add(new HeadlinePart(line.get(0).line(), byLeft.get(start).box().left(), top,
              right, bottom));
          start = i;
        }
      }
    }
    return parts;
  }

  /**
   * The stretch down the page of the headline parts that run across a gutter, and whether other
   * headlines (and nothing else) stand level with them.
   */
  private record HeadlineCrossing(int top, int bottom, boolean besideHeadlines) {}

  /**
   * The headline parts (type larger than the body's, under display type) that a gutter from
   * {@code from} to {@code to} runs through, as their top and bottom and whether other headlines
   * stand level with them, or null: the topmost such part and those right under it (a
   * subtitle of two lines). A part runs across when it reaches past the gutter's middle on both
   * sides and no text but headlines stands level with it: it heads the columns the gutter parts
   * and is set across them, so that, like a block of text set across a gutter, it is parted from
   * them first, and the gutter parts what stands under it; beside the headlines of other modules
   * (a row of headlines), once the gutters between the modules have parted it from them. A part
   * with text level with it (a column of another module, or another headline the engine ran into
   * the same line) is left to the gutters as before, unless a letter of its own, not a mark,
   * stands over the gutter's middle, where text set in columns never puts one: it is then read
   * as beside other headlines, and waits while the other gutters part the region (where the
   * level text stands is not asked).
   */
  private static HeadlineCrossing headlineAcross(List<HeadlinePart> parts, Token[] byCentre,
      Set<Integer> headlineIds, int from, int to, Metrics m) {
    int middle = (from + to) / 2;
    List<HeadlinePart> across = new ArrayList<>();
    int beside = 0;
    for (HeadlinePart p : parts) {
      if (p.left() < middle && p.right() > middle) {
        int level = levelWith(p, byCentre, headlineIds);
        if (level == TEXT_LEVEL && letterOver(p, byCentre, middle)) {
          // Text in columns never sets a letter over a gutter's middle: the part heads the
          // columns either side, whatever stands level with it (a briefs column's label beside
          // them), and waits while the other gutters part the region.
          level = HEADLINES_LEVEL;
        }
        if (level != TEXT_LEVEL) {
          across.add(p);
          beside |= level;
        }
      }
    }
    if (across.isEmpty()) {
      return null;
    }
    across.sort(Comparator.comparingInt(HeadlinePart::top));
    int bottom = across.get(0).bottom();
    double nextRow = NEXT_ROW_PITCHES * (m.bodySize() + m.leading());
    for (int i = 1; i < across.size() && across.get(i).top() - bottom <= nextRow; i++) {
      bottom = Math.max(bottom, across.get(i).bottom());
    }
    return new HeadlineCrossing(across.get(0).top(), bottom, beside != NOTHING_LEVEL);
  }

  /**
   * Letters of a head reach into a gutter from both sides this far, as a share of the gutter's
   * white: text set in columns keeps to its column's measure, so that what two columns' lines
   * leave white between them is the gutter itself, give or take an engine's padding of a few
   * pixels; a head centred over two columns, its word space on the gutter, leaves only that space.
   */
  private static final double HEAD_ACROSS_WHITE_SHARE = 0.6;

  /**
   * The widest white, in body cells, between two letters of a head set across a gutter by its
   * word space: a word space of a head a size or two over the body, as {@link #BRIDGE_CELLS} is of
   * display type in its own cells; a gutter and the white that centres heads side by side over
   * their own columns are wider.
   */
  private static final double HEAD_ACROSS_MAX_WHITE_CELLS = 1.5;

  /**
   * The least white, in body cells, between two letters of a line placed whole that a head's word
   * space leaves (three tenths of a cell, under the narrowest word space set): the engine spreads
   * a line's letters over its box with no white between them, and leaves white only where it read
   * a space or boxed the words apart.
   */
  private static final double MIN_WORD_SPACE_CELLS = 0.3;

  /**
   * How far, in body cells, each of a head's letters reaches into the gutter's white at least: past
   * the few pixels of padding a detector puts round a column's lines.
   */
  private static final double MIN_REACH_CELLS = 0.3;

  /**
   * A head set across the gutter from {@code from} to {@code to} that its size does not show (a
   * title set a size over the body, or bold in the body's size, centred over two columns with its
   * word space on the gutter, where the boxes of a line placed whole stand no taller than the
   * text's): two ideographs of lines placed whole (PaddleOCR, PAGE XML without glyphs) level with
   * each other, of lines without sentence punctuation, a word space apart (one line's letters
   * with a space the engine wrote between them, or two lines each set wider than the body, the
   * pieces of a head that the engine boxed apart at its word space), the one reaching at
   * least {@link #MIN_REACH_CELLS} into the gutter from the left and the other as far from the
   * right, with less white between them than {@value #HEAD_ACROSS_MAX_WHITE_CELLS} of the body's
   * cells and than {@link #HEAD_ACROSS_WHITE_SHARE} of the gutter. Null where none does.
   */
  private static HeadlineCrossing headSetAcross(Token[] byCentre, int from, int to, Metrics m) {
    int middle = (from + to) / 2;
    double widest = Math.min(HEAD_ACROSS_MAX_WHITE_CELLS * m.cell(),
        HEAD_ACROSS_WHITE_SHARE * (to - from));
    double reach = MIN_REACH_CELLS * m.cell();
    List<Token> fromLeft = new ArrayList<>();
    List<Token> fromRight = new ArrayList<>();
    for (Token t : byCentre) {
      if (!t.estimated() || t.text().isEmpty() || !Chars.isHan(t.text().codePointAt(0))) {
        continue;
      }
      if (t.box().left() < from && t.box().right() >= from + reach && t.box().right() < middle) {
        fromLeft.add(t);
      } else if (t.box().right() > to && t.box().left() <= to - reach && t.box().left() > middle) {
        fromRight.add(t);
      }
    }
    if (fromLeft.isEmpty() || fromRight.isEmpty()) {
      return null;
    }
    Map<Integer, List<Token>> lines = new HashMap<>();
    for (Token a : fromLeft) {
      for (Token b : fromRight) {
        int white = b.box().left() - a.box().right();
        int overlap = Math.min(a.box().bottom(), b.box().bottom())
            - Math.max(a.box().top(), b.box().top());
        if (white < MIN_WORD_SPACE_CELLS * m.cell() || white >= widest
            || 2 * overlap < Math.min(a.box().height(), b.box().height())) {
          continue;
        }
        List<Token> left = lines.computeIfAbsent(a.line(), l -> tokensOfLine(byCentre, l));
        List<Token> right = lines.computeIfAbsent(b.line(), l -> tokensOfLine(byCentre, l));
        if (!hasSentencePunctuation(left) && !hasSentencePunctuation(right)
            && (a.line() == b.line() ? b.spaceBefore() : setWide(left, m) && setWide(right, m))) {
          if (DEBUG) {
            System.err.println("  head across " + from + "-" + to + ": " + a.text() + a.box()
                + " | " + b.text() + b.box());
          }
          return new HeadlineCrossing(Math.min(a.box().top(), b.box().top()),
              Math.max(a.box().bottom(), b.box().bottom()), false);
        }
      }
    }
    return null;
  }

  /** The tokens of the engine line {@code line} among {@code tokens}. */
  private static List<Token> tokensOfLine(Token[] tokens, int line) {
    List<Token> own = new ArrayList<>();
    for (Token t : tokens) {
      if (t.line() == line) {
        own.add(t);
      }
    }
    return own;
  }

  /**
   * Whether an engine line is set at least {@link #MIN_HEADING_PITCH} body cells to the
   * character: a head's piece that the engine boxed apart from the rest of its head at a word
   * space, where two lines of text level with each other are set at the body's pitch.
   */
  private static boolean setWide(List<Token> line, Metrics m) {
    return Metrics.sizable(line) && m.typeSize(line) >= MIN_HEADING_PITCH * m.cell();
  }

  /** Whether a letter of the part's own line, not a mark, stands over {@code x}. */
  private static boolean letterOver(HeadlinePart p, Token[] tokens, int x) {
    for (Token t : tokens) {
      if (isOwn(p, t) && standsOver(t, x) && !isPunctuation(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token is one of the part's own: of its line, within its extent. */
  private static boolean isOwn(HeadlinePart p, Token t) {
    return t.line() == p.line() && t.box().left() >= p.left() && t.box().right() <= p.right();
  }

  /** What stands level with a headline part: nothing, other headlines only, or text. */
  private static final int NOTHING_LEVEL = 0;

  private static final int HEADLINES_LEVEL = 1;

  private static final int TEXT_LEVEL = 2;

  /**
   * What of the region but the part's own letters stands level with it: {@link #NOTHING_LEVEL},
   * {@link #HEADLINES_LEVEL} (other lines of {@code headlineIds}) or {@link #TEXT_LEVEL}.
   */
  private static int levelWith(HeadlinePart p, Token[] tokens, Set<Integer> headlineIds) {
    int level = NOTHING_LEVEL;
    for (Token t : tokens) {
      boolean own = isOwn(p, t);
      if (!own && t.box().top() < p.bottom() && t.box().bottom() > p.top()) {
        if (t.line() == p.line() || !headlineIds.contains(t.line())) {
          return TEXT_LEVEL;
        }
        level = HEADLINES_LEVEL;
      }
    }
    return level;
  }

  /** The next row of a column stands at most this many line pitches lower. */
  static final double NEXT_ROW_PITCHES = 1.5;

  /** Whether the token's box reaches past {@code x} on both sides. */
  private static boolean standsOver(Token t, int x) {
    return t.box().left() < x && t.box().right() > x;
  }

  /**
   * Whether a character of text stands over the middle of the white from {@code from} to {@code
   * to}. A wide gap parts text however few its lines only where none does: a line that runs right
   * across it (a byline over a footer's items) shows it to be white beside short lines, not a
   * gutter, unless the lines beside it say otherwise ({@link #partsColumns}).
   */
  private static boolean textAcrossMiddle(Token[] byCentre, int from, int to) {
    int middle = (from + to) / 2;
    for (Token t : byCentre) {
      if (standsOver(t, middle) && !isPunctuation(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the tokens left of {@code boundary} (in centre order) and those right of it each come
   * from enough engine lines of body type, none of them running across the gap from {@code from}
   * to {@code to}, for the gap to be a gutter.
   */
  private static boolean partsColumns(Token[] byCentre, int boundary, int from, int to, int left,
      int right, Metrics m) {
    // The lines that run across the gap are what the gap is in spite of: a few short lines of
    // one column with a full one running past them leave white that only the full line spans.
    // (Lines that only touch its edges, as on a page scanned askew, still stand beside it.)
    // Between pieces a column wide, a mark of punctuation the engine boxed over the gap runs no
    // line across it, as it closes no gutter: Tesseract reads the white of an unruled gutter as
    // a ” or 。 on line after line. Inside a column, white beside a comma is no gutter.
    boolean betweenColumns = Math.min(from - left, right - to) >= MIN_COLUMN_CELLS * m.cell();
    int middle = (from + to) / 2;
    Set<Integer> reaching = new HashSet<>();
    for (Token t : byCentre) {
      boolean mark = betweenColumns && isPunctuation(t) && !t.estimated();
      if (standsOver(t, middle) && !mark) {
        reaching.add(t.line());
      }
    }
    return bodyLines(byCentre, 0, boundary, reaching, m) >= GUTTER_LINES
        && bodyLines(byCentre, boundary, byCentre.length, reaching, m) >= GUTTER_LINES;
  }

  private static int bodyLines(Token[] tokens, int from, int to, Set<Integer> except, Metrics m) {
    Set<Integer> lines = new HashSet<>();
    for (int i = from; i < to && lines.size() < GUTTER_LINES; i++) {
      if (!except.contains(tokens[i].line())
          && Math.abs(tokens[i].box().height() - m.bodySize()) <= BODY_TOLERANCE * m.bodySize()) {
        lines.add(tokens[i].line());
      }
    }
    return lines.size();
  }

  /** Whether the lines of a band are set in display type, by their median type size. */
  private static boolean isDisplay(Token[] byTop, Band band, Metrics m) {
    // Display type is set taller too: a band of body-high glyphs need not be measured.
    int tallest = 0;
    for (int i = band.start(); i < band.end(); i++) {
      tallest = Math.max(tallest, byTop[i].box().height());
    }
    if (tallest < DISPLAY_HEIGHT_SCALE * m.bodySize()) {
      return false;
    }
    Collection<List<Token>> lines = linesOf(byTop, band, false);
    double[] sizes = new double[lines.size()];
    int n = 0;
    for (List<Token> line : lines) {
      if (Metrics.sizable(line)) {
        sizes[n++] = m.typeSize(line);
      }
    }
    return n > 0 && Metrics.median(Arrays.copyOf(sizes, n)) >= DISPLAY_SCALE * m.cell();
  }

  /**
   * Whether {@code band} is display type with no line of body type level with it, longer than a
   * column's label ({@link Evidence#MAX_LABEL} letters), that the engine placed whole
   * (PaddleOCR): white as narrow as the leading under or over a headline parts it
   * from its columns, but level with the lines of a column beside the headline it is only that
   * column's leading. (Lines an engine boxed glyph by glyph run across columns, a headline and
   * the line beside it in one, and are not asked.)
   */
  private static boolean isDisplayOnly(Token[] byTop, Band band, Metrics m) {
    if (!isDisplay(byTop, band, m)) {
      return false;
    }
    for (List<Token> line : linesOf(byTop, band, true)) {
      if (Metrics.letters(line) > Evidence.MAX_LABEL && Metrics.sizable(line)
          && m.typeSize(line) < HEADLINE_SCALE * m.cell()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code band} is one line the engine placed whole and nothing else, set a size over the
   * body as a head is ({@link #MIN_HEADING_PITCH} or more, boxed at least {@link
   * #MIN_HEADING_HEIGHT} times the body's height, no sentence punctuation, {@link
   * #TIGHT_HEADLINE_LETTERS} letters or more): a title that the region's display rules do not
   * take for display type, centred over its module within one column's width, crossing no gutter,
   * whose white under it is no wider than the leading, was read after the first column of the
   * text under it or joined to that text.
   * Like display type, it is parted from the columns under it by any clear white. A pitch of
   * display type counts too: a title a size or two over the body whose word spaces widen its box
   * reaches it over its letters, while its box stands under display type's height.
   */
  private static boolean isHeadingAlone(Token[] byTop, Band band, Metrics m) {
    // One engine line only, boxed that tall: most rows are settled without grouping their tokens.
    int line = byTop[band.start()].line();
    for (int i = band.start(); i < band.end(); i++) {
      if (byTop[i].line() != line) {
        return false;
      }
    }
    if (byTop[band.start()].box().height() < MIN_HEADING_HEIGHT * m.bodySize()) {
      return false;
    }
    List<Token> tokens = linesOf(byTop, band, false).iterator().next();
    if (!Metrics.sizable(tokens) || Metrics.letters(tokens) < TIGHT_HEADLINE_LETTERS) {
      return false;
    }
    return isPlacedWholeHead(tokens, m.typeSize(tokens), m);
  }

  /**
   * The tokens of {@code band} by the engine line they come from, each left to right; only those
   * the engine placed whole when {@code placedWhole}.
   */
  private static Collection<List<Token>> linesOf(Token[] byTop, Band band, boolean placedWhole) {
    Map<Integer, List<Token>> lines = new HashMap<>();
    for (int i = band.start(); i < band.end(); i++) {
      if (!placedWhole || byTop[i].estimated()) {
        lines.computeIfAbsent(byTop[i].line(), k -> new ArrayList<>()).add(byTop[i]);
      }
    }
    for (List<Token> line : lines.values()) {
      line.sort(Comparator.comparingInt((Token t) -> t.box().left()));
    }
    return lines.values();
  }

  /** Whether a letter of {@code band} stands no taller than body type. */
  private static boolean holdsBodyType(Token[] byTop, Band band, Metrics m) {
    for (int i = band.start(); i < band.end(); i++) {
      Token t = byTop[i];
      if (t.box().height() <= (1 + BODY_TOLERANCE) * m.bodySize()
          && Character.isLetterOrDigit(t.text().codePointAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** Letters and digits among the tokens of {@code band}. */
  private static int letters(Token[] byTop, Band band) {
    return Metrics.letters(Arrays.asList(byTop).subList(band.start(), band.end()));
  }

  /**
   * The display type at the top of {@code row}, the row under a cut no wider than a band's white.
   * Such a cut is only the white under a headline line, which may part one module's kicker from
   * its title while beside it another module's title stands over its text: headlines side by side
   * set at different heights. The titles under the cut then stand in the block over it, so that
   * the display type of both modules tells them apart. Only lines whose glyphs stand tall count:
   * a line of body type that an engine boxed loosely or spaced out measures large by its pitch.
   */
  private static List<Token> titlesUnder(Token[] byTop, Band row, Metrics m) {
    double nextRow = row.from() + NEXT_ROW_PITCHES * (m.bodySize() + m.leading());
    Map<Integer, List<Token>> lines = new java.util.LinkedHashMap<>();
    for (int i = row.start(); i < row.end() && byTop[i].box().top() < nextRow; i++) {
      lines.computeIfAbsent(byTop[i].line(), k -> new ArrayList<>()).add(byTop[i]);
    }
    List<Token> titles = new ArrayList<>();
    for (List<Token> line : lines.values()) {
      int tallest = 0;
      for (Token t : line) {
        tallest = Math.max(tallest, t.box().height());
      }
      if (tallest >= DISPLAY_HEIGHT_SCALE * m.bodySize()) {
        titles.addAll(line);
      }
    }
    return titles;
  }

  /**
   * Where a row of headlines side by side is parted into modules: when the block of text over the
   * widest horizontal cut ({@code block}) holds display type in two or more of the pieces
   * that gutters part it into, the gutter between each two neighbouring headlines that heads each
   * over its own columns; empty when the block is no such row. A single headline centred over several columns stands between two gutters, not across
   * one, and is cut off across instead.
   *
   * <p>Of the gutters between two headlines, the module boundary is the one that leaves each
   * headline best placed over its side, centred or flush left as headlines are set: the other
   * gutters part columns of one module.
   */
  private static List<Gutter> moduleGutters(Token[] byTop, List<Token> block, List<Gutter> gutters,
      Metrics m) {
    int[] node = span(Arrays.asList(byTop));
    int nodeLeft = node[0];
    int nodeRight = node[1];
    java.util.TreeMap<Integer, int[]> pieces = pieces(block, gutters, m);
    if (pieces.size() < 2) {
      return List.of();
    }
    List<int[]> extents = new ArrayList<>(pieces.values());
    List<Gutter> cuts = new ArrayList<>();
    for (int p = 1; p < extents.size(); p++) {
      int[] before = extents.get(p - 1);
      int[] after = extents.get(p);
      Gutter best = null;
      double bestCost = Double.MAX_VALUE;
      for (Gutter g : gutters) {
        if (g.from() < before[1] || g.to() > after[0]) {
          continue;
        }
        double cost = misplacement(before, nodeLeft, g.from()) + misplacement(after, g.to(), nodeRight);
        if (cost < bestCost) {
          bestCost = cost;
          best = g;
        }
      }
      if (DEBUG) {
        System.err.println("  modules: pieces " + java.util.Arrays.toString(before) + " "
            + java.util.Arrays.toString(after) + " node " + nodeLeft + "-" + nodeRight + " chose " + best);
      }
      if (best != null) {
        cuts.add(best);
      }
    }
    return cuts;
  }

  /**
   * The display type among {@code block}, by the piece between gutters it stands in:
   * for each piece with some, {left, right} of it. Lines are measured piece by piece, as an
   * engine may run one line across two headlines side by side, or a subtitle and a headline.
   */
  private static java.util.TreeMap<Integer, int[]> pieces(List<Token> block, List<Gutter> gutters,
      Metrics m) {
    java.util.TreeMap<Integer, Map<Integer, List<Token>>> parts = new java.util.TreeMap<>();
    for (Token t : block) {
      int part = 0;
      for (int g = 0; g < gutters.size(); g++) {
        if (t.centreX() >= gutters.get(g).to()) {
          part = g + 1;
        }
      }
      parts.computeIfAbsent(part, k -> new HashMap<>())
          .computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t);
    }
    java.util.TreeMap<Integer, int[]> pieces = new java.util.TreeMap<>();
    for (Map.Entry<Integer, Map<Integer, List<Token>>> part : parts.entrySet()) {
      for (List<Token> line : part.getValue().values()) {
        line.sort(Comparator.comparingInt(Token::centreX));
        if (Metrics.sizable(line) && m.typeSize(line) >= DISPLAY_SCALE * m.cell()) {
          int[] extent = pieces.computeIfAbsent(part.getKey(),
              k -> new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE});
          extent[0] = Math.min(extent[0], line.get(0).box().left());
          extent[1] = Math.max(extent[1], line.get(line.size() - 1).box().right());
        }
      }
    }
    return pieces;
  }

  /** How far a headline stands from where it would over the columns from {@code x0} to {@code x1}. */
  private static double misplacement(int[] headline, int x0, int x1) {
    double centred = Math.abs((headline[0] + headline[1]) / 2.0 - (x0 + x1) / 2.0);
    double flushLeft = Math.abs(headline[0] - x0);
    return Math.min(centred, flushLeft);
  }

  /**
   * The parts of {@code byCentre} between the gutters {@code at}, each token on the side its
   * centre stands, but for a mark of punctuation whose centre stands in a gutter while the rest of
   * its engine line stands on one side only: it goes with its line. A headline's last glyph may
   * reach past its column's edge into the gutter (a closing 」 of a line a cell too long for its
   * column, placed as a whole cell from the line's box), and cut off it would be read after the
   * next column.
   */
  private static List<List<Token>> splitAcross(Token[] byCentre, List<Gutter> at) {
    List<List<Token>> parts = new ArrayList<>(at.size() + 1);
    int start = 0;
    for (Gutter g : at) {
      parts.add(new ArrayList<>(Arrays.asList(Arrays.copyOfRange(byCentre, start, g.boundary()))));
      start = g.boundary();
    }
    parts.add(new ArrayList<>(Arrays.asList(Arrays.copyOfRange(byCentre, start, byCentre.length))));
    for (int k = 0; k < at.size(); k++) {
      Gutter g = at.get(k);
      if (!holdsMovableMark(byCentre, g)) {
        continue; // most gutters: nothing stands in them that could move, and no set is built
      }
      List<Token> left = parts.get(k);
      List<Token> right = parts.get(k + 1);
      Set<Integer> leftLines = linesOutside(left, g);
      Set<Integer> rightLines = linesOutside(right, g);
      List<Token> toLeft = inGutterWithLineOn(right, g, leftLines, rightLines);
      List<Token> toRight = inGutterWithLineOn(left, g, rightLines, leftLines);
      // By identity: two tokens may be equal (a mark the engine read twice in one place).
      Set<Token> moved = Collections.newSetFromMap(new IdentityHashMap<>());
      moved.addAll(toLeft);
      moved.addAll(toRight);
      left.removeIf(moved::contains);
      right.removeIf(moved::contains);
      left.addAll(toLeft);
      right.addAll(toRight);
    }
    return parts;
  }

  /**
   * Whether a mark that {@link #inGutterWithLineOn} may move stands in gutter {@code g}: the tokens
   * whose centres stand in it are those round its boundary in centre order.
   */
  private static boolean holdsMovableMark(Token[] byCentre, Gutter g) {
    for (int i = g.boundary() - 1; i >= 0 && byCentre[i].centreX() >= g.from(); i--) {
      if (movable(byCentre[i])) {
        return true;
      }
    }
    for (int i = g.boundary(); i < byCentre.length && byCentre[i].centreX() < g.to(); i++) {
      if (movable(byCentre[i])) {
        return true;
      }
    }
    return false;
  }

  /** A mark of punctuation placed by estimate from its line's box, see {@link #inGutterWithLineOn}. */
  private static boolean movable(Token t) {
    return t.estimated() && isPunctuation(t);
  }

  /** The engine lines of {@code tokens} with a token whose centre stands outside gutter {@code g}. */
  private static Set<Integer> linesOutside(List<Token> tokens, Gutter g) {
    Set<Integer> lines = new HashSet<>();
    for (Token t : tokens) {
      if (t.centreX() < g.from() || t.centreX() >= g.to()) {
        lines.add(t.line());
      }
    }
    return lines;
  }

  /**
   * The tokens of {@code tokens} whose centre stands in gutter {@code g} and whose engine line
   * stands elsewhere on the other side only: in {@code there}, not in {@code here}. Only marks of
   * punctuation placed by estimate from a line's box (PaddleOCR, PAGE XML without glyphs) are
   * asked: a mark hangs past its column's edge, and an estimate boxes it a whole cell wide. An
   * engine that boxes each glyph's ink (Tesseract) puts its centre on its own column's side, and
   * its words across a gutter belong to lines run across columns; a letter in an unruled gutter,
   * moved, closes the gutter for the cuts after.
   */
  private static List<Token> inGutterWithLineOn(List<Token> tokens, Gutter g, Set<Integer> there,
      Set<Integer> here) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (movable(t) && t.centreX() >= g.from() && t.centreX() < g.to()
          && there.contains(t.line()) && !here.contains(t.line())) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<List<Token>> split(Token[] sorted, List<Band> bands, List<Integer> at) {
    List<List<Token>> parts = new ArrayList<>(at.size() + 1);
    int start = 0;
    for (int boundary : at) {
      int end = bands.get(boundary).start();
      parts.add(Arrays.asList(Arrays.copyOfRange(sorted, start, end)));
      start = end;
    }
    parts.add(Arrays.asList(Arrays.copyOfRange(sorted, start, sorted.length)));
    return parts;
  }

  /**
   * Puts each mark with the text it touches, on its own engine line first, else on a line nearby
   * that it stands level with; returns those that touch none.
   */
  private static List<Token> attachMarks(List<List<Token>> leaves, List<Token> marks, Metrics m) {
    if (marks.isEmpty()) {
      return List.of();
    }
    Map<Integer, List<Extent>> byLine = new HashMap<>();
    int[][] frames = new int[leaves.size()][];
    for (int i = 0; i < leaves.size(); i++) {
      Map<Integer, int[]> lines = new HashMap<>();
      for (Token t : leaves.get(i)) {
        int[] e = lines.computeIfAbsent(t.line(),
            k -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE});
        e[0] = Math.min(e[0], t.box().left());
        e[1] = Math.min(e[1], t.box().top());
        e[2] = Math.max(e[2], t.box().right());
        e[3] = Math.max(e[3], t.box().bottom());
      }
      double[] lefts = new double[lines.size()];
      double[] rights = new double[lines.size()];
      int n = 0;
      for (Map.Entry<Integer, int[]> e : lines.entrySet()) {
        int[] b = e.getValue();
        byLine.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new Extent(i, b[0], b[1], b[2], b[3]));
        lefts[n] = b[0];
        rights[n++] = b[2];
      }
      frames[i] = new int[] {(int) Metrics.median(lefts), (int) Metrics.median(rights)};
    }
    double reach = MARK_REACH_CELLS * m.cell();
    List<Token> strays = new ArrayList<>();
    List<List<Token>> grown = new ArrayList<>(leaves.size());
    for (List<Token> leaf : leaves) {
      grown.add(new ArrayList<>(leaf));
    }
    // Every line piece, by its top, for the marks the engine wrote on lines of their own.
    List<Extent> all = new ArrayList<>();
    byLine.values().forEach(all::addAll);
    all.sort(Comparator.comparingInt(Extent::top));
    int tallest = 0;
    for (Extent e : all) {
      tallest = Math.max(tallest, e.bottom() - e.top());
    }
    for (Token mark : marks) {
      int leaf = -1;
      for (Extent e : byLine.getOrDefault(mark.line(), List.of())) {
        if (touches(mark, e.left(), e.right(), frames[e.leaf()], reach)) {
          leaf = e.leaf();
          break;
        }
      }
      if (leaf < 0) {
        // Any line the mark stands level with and touches, wherever the engine wrote it.
        int y = mark.centreY();
        int from = firstAtOrBelow(all, y - tallest);
        for (int i = from; i < all.size() && all.get(i).top() <= y; i++) {
          Extent e = all.get(i);
          if (y <= e.bottom() && touches(mark, e.left(), e.right(), frames[e.leaf()], reach)) {
            leaf = e.leaf();
            break;
          }
        }
      }
      if (leaf >= 0) {
        grown.get(leaf).add(mark);
      } else {
        strays.add(mark);
      }
    }
    leaves.clear();
    leaves.addAll(grown);
    return strays;
  }

  /** A piece of one engine line in one leaf: where it stands. */
  private record Extent(int leaf, int left, int top, int right, int bottom) {}

  private static int topOf(Object extent) {
    return ((Extent) extent).top();
  }

  /**
   * Whether a mark touches a line piece from {@code left} to {@code right} across: within reach of
   * it, and for a bar, inside the column's frame, never in the gutter beside it as a rule is
   * (other marks may hang past the column's edge, as punctuation is set).
   */
  private static boolean touches(Token mark, int left, int right, int[] frame, double reach) {
    boolean placed = BARS.indexOf(mark.text().codePointAt(0)) < 0
        || mark.centreX() > frame[0] && mark.centreX() < frame[1];
    return placed && mark.box().right() >= left - reach && mark.box().left() <= right + reach;
  }

  /** The first index of {@code sorted} (by top) whose top is at least {@code y}. */
  private static <E> int firstAtOrBelow(List<E> sorted, int y) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (topOf(sorted.get(mid)) < y) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
