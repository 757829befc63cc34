package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Splits lines that an engine placing whole lines only (PaddleOCR) ran across an unruled gutter,
 * where the lines beside them show the gutter to be.
 *
 * <p>A text detector joins two columns' lines into one box when the white between them is about
 * an em or less and no rule parts them. The line's characters then get boxes spread evenly over
 * the whole box, gutter and all ({@link Tokenizer}), which covers the gutter: the region finder,
 * which cuts where no text stands, cannot part the columns. The lines that did stop at the gutter
 * still mark it: set justified, a column's full lines end flush at its right edge and its lines
 * start at its left edge. Where, within a few lines above or below, a line of text ends at {@code
 * r} and another starts at {@code l} a gutter's width further right, and a line runs across both,
 * that line is cut there: its characters are spread again over its pieces left and right of the
 * gutter at one pitch, as they were set.
 *
 * <p>A line with no line beside it on one side of that white, in the rows next over it and in
 * those next under it, is not cut: two columns' lines run into one have the columns' other lines
 * over or under them, but a column of briefs or a box set to a measure of its own, wider than the
 * grid's columns above or below it, has only heads, short lines and white beside its lines.
 *
 * <p>Engines that place words (Tesseract) give every word its own box; their lines fall apart at
 * gutters by themselves and are left as they are.
 */
final class GutterSplitter {

  /**
   * Narrowest and widest white, in cells, taken for a gutter: unruled gutters are set about an em
   * wide, and a detector runs across no white much wider than that.
   */
  private static final double MIN_GUTTER_CELLS = 0.5;
  private static final double MAX_GUTTER_CELLS = 2.5;

  /**
   * Edges this close to each other, in cells, are one column edge: a detector's boxes stand a few
   * pixels off the glyphs, more or less on each line.
   */
  private static final double EDGE_TOLERANCE_CELLS = 0.35;

  /**
   * A line that marks a column edge is at least this many cells long: the last line of a
   * paragraph, a character or two long, ends anywhere, and a full line ends at the column's edge.
   */
  private static final double MIN_EDGE_LINE_CELLS = 4;

  /**
   * Lines marking a gutter stand within this many line pitches above or below the line it cuts:
   * the gutter of the same module, not of another module set on another grid higher up the page.
   */
  private static final double REACH_LINES = 8;

  /**
   * Lines on each side of the gutter that show it: at least one ending at it and one starting at
   * it, and this many in all.
   */
  private static final int MIN_EDGE_LINES = 3;

  /**
   * A line cut at a gutter is set justified, as column text is: other lines near it end where it
   * ends (at least this many: the column's full lines) and start where it starts (at least one:
   * the column's left edge, or its paragraphs' indent). A kicker or subtitle set across the
   * columns it heads, centred or ragged, ends where no column does.
   */
  private static final int MIN_FLUSH_RIGHT_LINES = 2;
  private static final int MIN_FLUSH_LEFT_LINES = 1;

  /**
   * A paragraph's first line starts this many cells right of its column's left edge: Chinese
   * papers indent two cells. A line that opens a paragraph starts where no other line of a few
   * does, but its column's lines start one indent left of it.
   */
  private static final double PARAGRAPH_INDENT_CELLS = 2;

  /**
   * Lines whose centres stand less than this many line pitches apart are level, one row: neither
   * over nor under each other ({@link #columnsBeside}).
   */
  private static final double LEVEL_PITCHES = 0.5;

  /** A line runs across a gutter when it reaches at least this many cells past it on each side. */
  private static final double MIN_PIECE_CELLS = 2;

  /**
   * Lines set this much taller than the body, and at least {@link #MIN_DISPLAY_PITCH} cells apart,
   * are display type, whose lines span columns. Tall alone is not enough: a detector that runs two
   * columns' lines into one box where they stand a few pixels apart in height (a scan's skew)
   * boxes them a fifth taller than either, at the body's pitch.
   */
  private static final double MAX_BODY_HEIGHT = RegionFinder.DISPLAY_HEIGHT_SCALE;

  /** The least pitch, in body cells, of display type ({@link RegionFinder#MIN_HEADING_PITCH}). */
  private static final double MIN_DISPLAY_PITCH = RegionFinder.MIN_HEADING_PITCH;

  /** A run's pitch: its width over the cells of its text. */
  private static double pitch(List<Token> line, Run run) {
    int halfCells = 0;
    for (Token t : line) {
      halfCells += Chars.halfCells(t.text());
    }
    return (run.right() - run.left()) / Math.max(1.0, halfCells / 2.0);
  }

  private static final boolean DEBUG = Boolean.getBoolean("baozhi.debug.layout");

  /** One engine line of estimated tokens: where they lie in {@code tokens}, and its box. */
  private record Run(int from, int to, int left, int right, int centreY) {}

  /** A gutter found for one line: white from {@code left} to {@code right}, and its support. */
  private record Cut(int left, int right, int support) {}

  /**
   * The tokens, with the estimated boxes of every line that runs across a gutter spread again over
   * its pieces; the same list when no line does.
   */
  List<Token> split(List<Token> tokens, Metrics m) {
    List<Run> display = new ArrayList<>();
    List<Run> body = bodyRuns(tokens, m, display);
    if (body.size() <= MIN_EDGE_LINES) {
      return tokens;
    }
    Run[] byY = body.toArray(Run[]::new);
    Arrays.sort(byY, Comparator.comparingInt(Run::centreY));
    int[] centres = Arrays.stream(byY).mapToInt(Run::centreY).toArray();
    double reach = REACH_LINES * (m.bodySize() + m.leading());
    List<Token> out = null;
    for (Run run : body) {
      List<Cut> cuts = cuts(run, byY, centres, reach, display, m);
      if (cuts.isEmpty()) {
        continue;
      }
      if (DEBUG) {
        StringBuilder text = new StringBuilder();
        tokens.subList(run.from(), run.to()).forEach(t -> text.append(t.text()));
        System.err.println("gutter cut " + run + " at " + cuts + ": " + text);
      }
      if (out == null) {
        out = new ArrayList<>(tokens);
      }
      respread(tokens.subList(run.from(), run.to()), run, cuts, out, run.from());
    }
    return out == null ? tokens : List.copyOf(out);
  }

  /** The engine lines of estimated tokens set in body type, each as one run of tokens. */
  private static List<Run> bodyRuns(List<Token> tokens, Metrics m, List<Run> display) {
    List<Run> runs = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i < tokens.size() && tokens.get(i).line() == tokens.get(start).line()) {
        continue;
      }
      Token first = tokens.get(start);
      if (first.estimated()) {
        Token last = tokens.get(i - 1);
        int height = first.box().height();
        Run run = new Run(start, i, first.box().left(), last.box().right(), first.centreY());
        boolean tall = height > MAX_BODY_HEIGHT * m.bodySize();
        (tall && pitch(tokens.subList(start, i), run) >= MIN_DISPLAY_PITCH * m.cell() ? display
            : runs).add(run);
      }
      start = i;
    }
    return runs;
  }

  /**
   * The gutters {@code run} runs across, left to right: each a stretch where lines near it end and
   * start, far enough inside the run to leave text on both sides.
   */
  private static List<Cut> cuts(Run run, Run[] byY, int[] centres, double reach, List<Run> display,
      Metrics m) {
    double minPiece = MIN_PIECE_CELLS * m.cell();
    double minEdgeLine = MIN_EDGE_LINE_CELLS * m.cell();
    double tolerance = EDGE_TOLERANCE_CELLS * m.cell();
    double indent = PARAGRAPH_INDENT_CELLS * m.cell();
    List<Integer> rights = new ArrayList<>();
    List<Integer> lefts = new ArrayList<>();
    int flushLeft = 0;
    int flushRight = 0;
    int from = lowerBound(centres, (int) Math.floor(run.centreY() - reach));
    for (int i = from; i < byY.length && byY[i].centreY() <= run.centreY() + reach; i++) {
      Run other = byY[i];
      if (other == run || other.right() - other.left() < minEdgeLine
          || headlineBetween(run, other, display)) {
        continue;
      }
      if (other.right() >= run.left() + minPiece && other.right() <= run.right() - minPiece) {
        rights.add(other.right());
      }
      if (Math.abs(other.right() - run.right()) <= tolerance) {
        flushRight++;
      }
      if (Math.abs(other.left() - run.left()) <= tolerance
          || Math.abs(other.left() + indent - run.left()) <= tolerance) {
        flushLeft++;
      }
      if (other.left() >= run.left() + minPiece && other.left() <= run.right() - minPiece) {
        lefts.add(other.left());
      }
    }
    if (rights.isEmpty() || lefts.isEmpty() || flushRight < MIN_FLUSH_RIGHT_LINES
        || flushLeft < MIN_FLUSH_LEFT_LINES) {
      return List.of();
    }
    int[] r = sortedDistinct(rights);
    int[] l = sortedDistinct(lefts);
    int[] sortedRights = rights.stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] sortedLefts = lefts.stream().mapToInt(Integer::intValue).sorted().toArray();
    List<Cut> candidates = new ArrayList<>();
    for (int right : r) {
      // The lefts a gutter's width from this right, found in the sorted lefts, not by trying all.
      int first = lowerBound(l, (int) Math.ceil(right + MIN_GUTTER_CELLS * m.cell()));
      for (int j = first; j < l.length && l[j] - right <= MAX_GUTTER_CELLS * m.cell(); j++) {
        int support = near(sortedRights, right, tolerance) + near(sortedLefts, l[j], tolerance);
        if (support >= MIN_EDGE_LINES) {
          candidates.add(new Cut(right, l[j], support));
        }
      }
    }
    // The best supported first; a cut overlapping one already taken (the same gutter seen from
    // another pair of edges) is dropped.
    candidates.sort(Comparator.comparingInt(Cut::support).reversed()
        .thenComparingInt(Cut::left).thenComparingInt(Cut::right));
    List<Cut> taken = new ArrayList<>();
    for (Cut c : candidates) {
      boolean clear = true;
      for (Cut t : taken) {
        if (c.left() < t.right() + minPiece && t.left() < c.right() + minPiece) {
          clear = false;
          break;
        }
      }
      if (clear) {
        taken.add(c);
      }
    }
    // A line with no column beside it over and under it on one side of the white is set across
    // the gutter (a briefs column or a box of its own measure over the grid), not run across it.
    double pitch = m.bodySize() + m.leading();
    taken.removeIf(c -> !columnsBeside(run, c, byY, centres, pitch));
    taken.sort(Comparator.comparingInt(Cut::left));
    return taken;
  }

  /**
   * Whether the rows next over {@code run} or those next under it stand on both sides of the
   * white of {@code cut}, within the run's own width: the two columns a detector ran one line
   * across go on over or under it (both, but at a column's first or last line).
   */
  private static boolean columnsBeside(Run run, Cut cut, Run[] byY, int[] centres, double pitch) {
    double nextRow = RegionFinder.NEXT_ROW_PITCHES * pitch;
    double level = LEVEL_PITCHES * pitch;
    int over = 0; // sides of the white seen: bit 0 left, bit 1 right
    int under = 0;
    int from = lowerBound(centres, (int) Math.floor(run.centreY() - nextRow));
    for (int i = from; i < byY.length && byY[i].centreY() <= run.centreY() + nextRow; i++) {
      Run other = byY[i];
      int dy = other.centreY() - run.centreY();
      if (other == run || Math.abs(dy) < level || other.right() <= run.left()
          || other.left() >= run.right()) {
        continue;
      }
      int sides = (other.left() < cut.left() ? 1 : 0) | (other.right() > cut.right() ? 2 : 0);
      if (dy < 0) {
        over |= sides;
      } else {
        under |= sides;
      }
    }
    return over == 3 || under == 3;
  }

  /**
   * Whether a line of display type stands between the two lines, over {@code run}: a headline
   * opens a module of its own, whose columns need not stand where the columns above it do.
   */
  private static boolean headlineBetween(Run run, Run other, List<Run> display) {
    int top = Math.min(run.centreY(), other.centreY());
    int bottom = Math.max(run.centreY(), other.centreY());
    for (Run d : display) {
      if (d.centreY() > top && d.centreY() < bottom && d.left() < run.right() && d.right() > run.left()) {
        return true;
      }
    }
    return false;
  }

  /** How many of the sorted {@code edges} stand within {@code tolerance} of {@code at}. */
  private static int near(int[] edges, int at, double tolerance) {
    return lowerBound(edges, (int) Math.floor(at + tolerance) + 1)
        - lowerBound(edges, (int) Math.ceil(at - tolerance));
  }

  private static int[] sortedDistinct(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
  }

  /** The first index of sorted {@code values} holding at least {@code value}. */
  private static int lowerBound(int[] values, int value) {
    int at = Arrays.binarySearch(values, value);
    if (at < 0) {
      return -at - 1;
    }
    while (at > 0 && values[at - 1] == value) {
      at--;
    }
    return at;
  }

  /**
   * Spreads the line's characters over its pieces between the cuts at one pitch: each keeps its
   * place along the line's text (its share of the line's width), now measured along the pieces
   * only, gutters left out, and goes into the piece that place falls in. The boxes go into {@code
   * out} from {@code at}.
   */
  private static void respread(List<Token> line, Run run, List<Cut> cuts, List<Token> out, int at) {
    int[] starts = new int[cuts.size() + 1];
    int[] ends = new int[cuts.size() + 1];
    starts[0] = run.left();
    for (int i = 0; i < cuts.size(); i++) {
      ends[i] = cuts.get(i).left();
      starts[i + 1] = cuts.get(i).right();
    }
    ends[cuts.size()] = run.right();
    int set = 0;
    for (int i = 0; i < starts.length; i++) {
      set += ends[i] - starts[i];
    }
    double scale = (double) set / Math.max(1, run.right() - run.left());
    int piece = 0;
    int before = 0; // set width of the pieces left of this one
    for (Token t : line) {
      double from = (t.box().left() - run.left()) * scale;
      double to = (t.box().right() - run.left()) * scale;
      while (piece < cuts.size() && (from + to) / 2 > before + ends[piece] - starts[piece]) {
        before += ends[piece] - starts[piece];
        piece++;
      }
      int left = clamp(starts[piece] + (int) Math.round(from - before), starts[piece], ends[piece]);
      int right = clamp(starts[piece] + (int) Math.round(to - before), left, ends[piece]);
      Box box = new Box(left, t.box().top(), right, t.box().bottom());
      out.set(at++, new Token(t.text(), box, t.confidence(), t.line(), t.space(), true, box));
    }
  }

  private static int clamp(int value, int low, int high) {
    return Math.max(low, Math.min(value, high));
  }
}
