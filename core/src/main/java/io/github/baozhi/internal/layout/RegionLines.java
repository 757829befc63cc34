package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import io.github.baozhi.PageGeometry;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.Measured;
import io.github.baozhi.internal.lines.Placement;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns regions into measured lines: the evidence the text pipeline reads from character counts,
 * read here from the boxes.
 *
 * <ul>
 *   <li>A region's tokens from one engine line make one text line, left to right; lines run top
 *       to bottom. Words are joined with nothing between CJK characters, with a space between Latin
 *       words and numbers, and with a space where the engine left a gap of most of a cell (the
 *       space after {@code 本报讯}).
 *   <li>Widths are counted in half cells of the region's own character pitch: a line's width is
 *       its extent, the column's width the extent of the region's lines (or of the column it
 *       continues, for a region of a line or two).
 *   <li>A line that starts a cell or more right of its column's left edge is indented: the
 *       paragraph indent that plain OCR text loses.
 *   <li>A blank line stands before each region but the first, and before a line that stands
 *       lower under the one above than the region's leading by half a cell or more.
 *   <li>Type size is the median glyph height against the body's.
 * </ul>
 *
 * Lines are numbered as in the page's reading-order text, in which a blank line stands wherever
 * {@code blanksBefore} is set and the set-aside lines follow at the end.
 */
final class RegionLines {

  /** A line starting this many cells right of its column's edge is indented. */
  private static final double INDENT_CELLS = 1.0;

  /** Extra white space above a line, in cells, that counts as a blank line. */
  private static final double PARAGRAPH_GAP_CELLS = 0.5;

  /** Regions with fewer lines take their column's width from the column they stand in. */
  private static final int MIN_LINES_FOR_OWN_COLUMN = 3;

  /** Neighbours farther apart than this many cells are not measured as a pitch. */
  private static final double MAX_PITCH_CELLS = 1.6;

  /** Engine roles whose lines never join an article. */
  private static final Set<OcrRole> SET_ASIDE =
      EnumSet.of(OcrRole.HEADER, OcrRole.FOOTER, OcrRole.PAGE_NUMBER, OcrRole.CAPTION);

  /** One text line of a region, before it is numbered. */
  private record Draft(List<Token> tokens, Box box, String text, double size, OcrRole role) {}

  /** A region's lines and the frame of the column they stand in. */
  private record Column(List<Draft> lines, double cell, int left, int right, double scale) {}

  Measured lines(OcrPage page, RegionFinder.Regions regions, Metrics m) {
    List<Column> columns = new ArrayList<>();
    for (List<Token> region : regions.regions()) {
      columns.add(column(page, region, m));
    }
    List<Line> lines = new ArrayList<>();
    List<Line> asides = new ArrayList<>();
    int number = 0;
    for (int r = 0; r < columns.size(); r++) {
      Column c = columns.get(r);
      int[] frame = frame(columns, r, m);
      double leading = leading(c.lines(), m);
      Draft previous = null;
      for (Draft d : c.lines()) {
        int blanks = 0;
        if (number > 0 && (previous == null
            || d.box().top() - previous.box().bottom() - leading >= PARAGRAPH_GAP_CELLS * c.cell())) {
          blanks = 1;
        }
        number += blanks + 1;
        int width = halfCells(d.box().width(), c.cell());
        int columnWidth = Math.max(width, halfCells(frame[1] - frame[0], c.cell()));
        boolean indented = d.box().left() - frame[0] >= INDENT_CELLS * c.cell();
        Line line = new Line(number, d.text(), width, columnWidth, blanks, indented,
            placement(d, r, m));
        (SET_ASIDE.contains(d.role()) ? asides : lines).add(line);
        previous = d;
      }
    }
    for (Token stray : regions.strays()) {
      number += 2;
      asides.add(new Line(number, stray.text(), 2, 2, 1, false, new Placement(stray.box(),
          -1, stray.box().height() / m.bodySize(), nanToZero(stray.confidence()),
          Double.isNaN(stray.confidence()) ? 0 : 1, stray.confidence(), OcrRole.TEXT)));
    }
    return new Measured(lines, asides, new PageGeometry(page.width(),
        page.height(), page.unit(), page.image(), page.engine()));
  }

  private static double nanToZero(double value) {
    return Double.isNaN(value) ? 0 : value;
  }

  private static Placement placement(Draft d, int region, Metrics m) {
    double sum = 0;
    int count = 0;
    double min = Double.NaN;
    for (Token t : d.tokens()) {
      if (!Double.isNaN(t.confidence())) {
        sum += t.confidence();
        count++;
        min = Double.isNaN(min) ? t.confidence() : Math.min(min, t.confidence());
      }
    }
    return new Placement(d.box(), region, d.size() / m.bodySize(), sum, count, min, d.role());
  }

  private static int halfCells(int extent, double cell) {
    return (int) Math.round(2 * extent / cell);
  }

  /** The region's lines, top to bottom, with the pitch and extent they show. */
  private static Column column(OcrPage page, List<Token> region, Metrics m) {
    Map<Integer, List<Token>> byLine = new LinkedHashMap<>();
    for (Token t : region) {
      byLine.computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t);
    }
    List<Draft> drafts = new ArrayList<>();
    List<Double> pitches = new ArrayList<>();
    for (Map.Entry<Integer, List<Token>> e : byLine.entrySet()) {
      List<Token> tokens = new ArrayList<>(e.getValue());
      tokens.sort(Comparator.comparingInt((Token t) -> t.box().left()));
      double pitch = pitch(tokens, m);
      if (!Double.isNaN(pitch)) {
        pitches.add(pitch);
      }
      List<Box> boxes = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        boxes.add(t.box());
      }
      drafts.add(new Draft(List.copyOf(tokens), Box.union(boxes),
          text(tokens), size(tokens),
          page.lines().get(e.getKey()).role()));
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.box().top()).thenComparingInt(d -> d.box().left()));
    double[] sizes = new double[drafts.size()];
    for (int i = 0; i < sizes.length; i++) {
      sizes[i] = drafts.get(i).size();
    }
    double scale = Metrics.median(sizes) / m.bodySize();
    double cell = pitches.isEmpty() ? m.cell() * Math.max(1, scale)
        : Metrics.median(pitches.stream().mapToDouble(Double::doubleValue).toArray());
    int left = Integer.MAX_VALUE;
    int right = Integer.MIN_VALUE;
    for (Draft d : drafts) {
      left = Math.min(left, d.box().left());
      right = Math.max(right, d.box().right());
    }
    return new Column(List.copyOf(drafts), cell, left, right, scale);
  }

  /**
   * The left and right edges of the column region {@code r} stands in: its own extent, or for a
   * region of a line or two, the extent of the nearest region of three lines or more in the same
   * type that it overlaps across at least half its width.
   */
  private static int[] frame(List<Column> columns, int r, Metrics m) {
    Column c = columns.get(r);
    if (c.lines().size() >= MIN_LINES_FOR_OWN_COLUMN) {
      return new int[] {c.left(), c.right()};
    }
    Column best = null;
    int bestDistance = Integer.MAX_VALUE;
    int top = c.lines().get(0).box().top();
    for (Column o : columns) {
      if (o == c || o.lines().size() < MIN_LINES_FOR_OWN_COLUMN
          || Math.abs(o.scale() - c.scale()) > 0.25 * c.scale()) {
        continue;
      }
      int overlap = Math.min(o.right(), c.right()) - Math.max(o.left(), c.left());
      if (overlap * 2 < c.right() - c.left() || o.left() > c.left() + 2 * c.cell()) {
        continue;
      }
      int distance = Math.abs(o.lines().get(0).box().top() - top);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = o;
      }
    }
    return best == null ? new int[] {c.left(), c.right()}
        : new int[] {Math.min(c.left(), best.left()), Math.max(c.right(), best.right())};
  }

  /** The median white space between the region's lines, or the page's for a short region. */
  private static double leading(List<Draft> lines, Metrics m) {
    if (lines.size() < MIN_LINES_FOR_OWN_COLUMN) {
      return m.leading();
    }
    double[] gaps = new double[lines.size() - 1];
    for (int i = 1; i < lines.size(); i++) {
      gaps[i - 1] = lines.get(i).box().top() - lines.get(i - 1).box().bottom();
    }
    return Metrics.median(gaps);
  }

  /** The median distance between the centres of neighbouring single CJK characters, or NaN. */
  private static double pitch(List<Token> tokens, Metrics m) {
    List<Double> pitches = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Token a = tokens.get(i - 1);
      Token b = tokens.get(i);
      if (Metrics.isSingleWide(a.text()) && Metrics.isSingleWide(b.text())) {
        double pitch = b.centreX() - a.centreX();
        double reach = MAX_PITCH_CELLS * Math.max(m.cell(), Math.max(a.box().height(), b.box().height()));
        if (pitch > 0 && pitch < reach) {
          pitches.add(pitch);
        }
      }
    }
    return pitches.isEmpty() ? Double.NaN
        : Metrics.median(pitches.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The median height of the line's single-character glyphs, or of all its tokens. */
  private static double size(List<Token> tokens) {
    List<Double> heights = new ArrayList<>();
    for (Token t : tokens) {
      if (Metrics.isSingleWide(t.text())) {
        heights.add((double) t.box().height());
      }
    }
    if (heights.isEmpty()) {
      for (Token t : tokens) {
        heights.add((double) t.box().height());
      }
    }
    return Metrics.median(heights.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The line's text: tokens left to right, with spaces only where the page shows one. */
  private static String text(List<Token> tokens) {
    StringBuilder out = new StringBuilder();
    Token previous = null;
    for (Token t : tokens) {
      if (previous != null && spaced(previous, t)) {
        out.append(' ');
      }
      out.append(t.text());
      previous = t;
    }
    return out.toString();
  }

  private static boolean spaced(Token a, Token b) {
    if (a.line() != b.line() || !b.spaceBefore()) {
      return false;
    }
    int last = Chars.lastCodePoint(a.text());
    int first = b.text().codePointAt(0);
    if (!Chars.isWide(last) && !Chars.isWide(first)) {
      return true;
    }
    // Between CJK characters, only a space the engine wrote into a line's text stands: engines
    // that place words put a word break between every two Han characters, and their boxes are too
    // loose (a character's box can be a quarter of its cell) to show a space by the gap.
    return b.estimated();
  }
}
