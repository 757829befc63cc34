package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import io.github.baozhi.PageGeometry;
import io.github.baozhi.internal.evidence.Evidence;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.Measured;
import io.github.baozhi.internal.lines.Placement;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
 *   <li>A line that starts a cell and a half or more right of its column's left edge is indented:
 *       the paragraph indent that plain OCR text loses.
 *   <li>A blank line stands before each region but the first, and before a line that stands
 *       lower under the one above than the region's leading by half a cell or more.
 *   <li>Type size is the median glyph height against the body's.
 *   <li>Lines the engine calls page furniture are set aside, and lines it calls captions where
 *       they stand as captions do: by a figure, within its width, set smaller than display type.
 * </ul>
 *
 * Lines are numbered as in the page's reading-order text, in which a blank line stands wherever
 * {@code blanksBefore} is set and the set-aside lines follow at the end.
 */
final class RegionLines {

  /**
   * A line starting this many cells right of its column's edge is indented. Chinese papers indent
   * a paragraph two cells; a line whose first character the engine missed starts one cell in.
   */
  private static final double INDENT_CELLS = 1.5;

  /** Extra white space above a line, in cells, that counts as a blank line. */
  private static final double PARAGRAPH_GAP_CELLS = 0.5;

  /** How far under a column's last line, in cells, the next region still continues that column. */
  private static final double GAP_ABOVE_REACH_CELLS = 2.5;

  /** Lines this many cells wide or more are measured for their own type size. */
  private static final double MIN_MEASURED_CELLS = 4;

  /**
   * A line set this share larger or smaller than its region keeps its own type size: well past
   * what a dropped character, a space the engine did not write (本报讯 4月15 read as one word) or
   * digits set narrower than a cell make a line of body type seem.
   */
  private static final double OWN_TYPE_SHARE = 0.6;

  /** Type within this share of the body size counts as body type. */
  private static final double BODY_TOLERANCE = 0.25;

  /**
   * A line placed whole whose pitch and box height are both this share larger than its region's
   * type keeps its own size: past body type's tolerance on both measures, which a misread does
   * not move together.
   */
  private static final double CONFIRMED_TYPE_SHARE = BODY_TOLERANCE;

  /** An indent or a short end, in half cells: one cell at least. */
  private static final int MIN_INDENT_HALF_CELLS = 2;

  /** Indented lines a page needs before its paragraphs count as opening with an indent. */
  private static final int MIN_INDENTED_LINES = 2;

  /**
   * Paragraph ends short of the column, with no line indented, that show a region of such a page
   * sets its paragraphs flush: one could be a paragraph whose indent the engine read short.
   */
  private static final int MIN_FLUSH_PARAGRAPH_ENDS = 2;

  /** Regions with fewer lines take their column's width from the column they stand in. */
  private static final int MIN_LINES_FOR_OWN_COLUMN = 3;

  /**
   * Where a column's right edge is read from its lines' right edges, as a share of them in order:
   * most lines of a column are full, so this is one of them, and the few that hang a mark past
   * the edge fall above it.
   */
  private static final double COLUMN_EDGE_SHARE = 0.75;

  /** Boxes side by side on a row overlap by less than 1 / this of the narrower one's width. */
  private static final int ROW_OVERLAP_LIMIT = 3;

  /** Engine roles whose lines never join an article. */
  private static final Set<OcrRole> SET_ASIDE =
      EnumSet.of(OcrRole.HEADER, OcrRole.FOOTER, OcrRole.PAGE_NUMBER);

  /**
   * How far from a figure's top or bottom edge, in cells, over or inside it, a caption line
   * stands, and how far from the caption line over or under it the next one: a caption is set
   * close under (or over) its photo, line on line, and a credit close under the caption. Tesseract
   * tags as captions, too, headlines and body lines that stand near a photo or in none's reach.
   */
  private static final double CAPTION_REACH_CELLS = 1.5;

  /**
   * How far past a figure's left or right edge, in cells, a caption line may run: a caption is
   * set within its photo's width; a line that runs on past it is text beside the photo.
   */
  private static final double CAPTION_OVERHANG_CELLS = 1;

  /**
   * One text line of a region, before it is numbered.
   *
   * @param left where the line's first character cell starts, which for a glyph set at the right
   *     of its cell (an opening quote) is left of its box
   * @param right where its last character cell ends, right of the box for a glyph set at the left
   *     of its cell ({@code 。}, {@code ，}) or drawn narrow by the engine
   */
  private record Draft(List<Token> tokens, Box box, String text, double size, double sizeByHeight,
      OcrRole role, int left, int right) {

    /** Where the line stands on the page as the engine placed it. */
    Box pageBox() {
      List<Box> boxes = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        boxes.add(t.page());
      }
      return Box.union(boxes);
    }
  }

  /** A region's lines and the frame of the column they stand in. */
  private record Column(List<Draft> lines, double cell, int left, int right, double scale) {}

  Measured lines(OcrPage page, RegionFinder.Regions regions, Metrics m) {
    List<Column> columns = new ArrayList<>();
    for (List<Token> region : regions.regions()) {
      columns.add(column(page, region, m));
    }
    List<Line> placed = new ArrayList<>();
    int number = 0;
    for (int r = 0; r < columns.size(); r++) {
      Column c = columns.get(r);
      int[] frame = frame(columns, r, m);
      double leading = leading(c.lines(), m);
      Draft previous = null;
      for (int i = 0; i < c.lines().size(); i++) {
        Draft d = c.lines().get(i);
        int blanks = 0;
        boolean gapAbove = false;
        if (previous == null) {
          blanks = number > 0 ? 1 : 0;
          gapAbove = r > 0 && standsUnder(d, columns.get(r - 1), c.cell());
        } else if (d.box().top() - previous.box().bottom() - leading >= PARAGRAPH_GAP_CELLS * c.cell()) {
          blanks = 1;
          gapAbove = true;
        }
        number += blanks + 1;
        int width = halfCells(d.right() - d.left(), c.cell());
        int columnWidth = Math.max(width, halfCells(frame[1] - frame[0], c.cell()));
        boolean indented = d.left() - frame[0] >= INDENT_CELLS * c.cell();
        boolean tangled = tangled(c.lines(), i);
        Line line = new Line(number, d.text(), width, columnWidth, blanks, indented,
            placement(d, r, gapAbove, tangled ? c.scale() : typeScale(d, c, m),
                tangled ? Double.NaN : ownScale(page, d, m)));
        placed.add(line);
        previous = d;
      }
    }
    Set<Integer> captions = captionsOfFigures(placed, page.figures(), m);
    List<Line> lines = new ArrayList<>();
    List<Line> asides = new ArrayList<>();
    for (Line line : placed) {
      boolean aside = SET_ASIDE.contains(line.placement().role()) || captions.contains(line.number());
      (aside ? asides : lines).add(line);
    }
    List<Token> strays = new ArrayList<>(regions.strays());
    // Down the page, then across: where the engine placed them, not the order it wrote them in
    // (nor where levelling put them, which rounds differently as the engine's lines are ordered).
    strays.sort(Comparator.comparingInt((Token t) -> t.page().top()).thenComparingInt(t -> t.page().left())
        .thenComparing(Token::text));
    for (Token stray : strays) {
      number += 2;
      asides.add(new Line(number, stray.text(), 2, 2, 1, false, new Placement(stray.page(),
          -1, stray.box().height() / m.bodySize(), Double.NaN, nanToZero(stray.confidence()),
          Double.isNaN(stray.confidence()) ? 0 : 1, stray.confidence(), OcrRole.TEXT, false, false)));
    }
    Map<Integer, int[]> marks = paragraphMarks(lines);
    if (usesIndents(marks)) {
      Set<Integer> flush = regionsSetFlush(marks);
      lines.replaceAll(l -> flush.contains(l.placement().region()) ? l
          : new Line(l.number(), l.text(), l.width(), l.columnWidth(), l.blanksBefore(),
              l.indented(), l.placement().withIndentStyle(true)));
    }
    return new Measured(lines, asides, new PageGeometry(page.width(),
        page.height(), page.unit(), page.image(), page.engine()));
  }

  /**
   * The numbers of the lines the engine calls captions that stand as captions do: set smaller
   * than display type, within a figure's width, right over or under it or under another such line of it.
   * Tesseract calls a caption, too, a headline or a body line beside a photo, and lines far from
   * any. On a page with no figure found there is nothing to weigh the engine's word against (a
   * PAGE XML file whose images were left out), and every line it calls a caption is one.
   */
  private static Set<Integer> captionsOfFigures(List<Line> lines, List<Box> figures, Metrics m) {
    List<Line> candidates = new ArrayList<>();
    Set<Integer> captions = new HashSet<>();
    for (Line line : lines) {
      if (line.placement().role() == OcrRole.CAPTION) {
        if (figures.isEmpty()) {
          captions.add(line.number());
        } else if (line.placement().typeScale() < Evidence.DISPLAY_SCALE) {
          candidates.add(line);
        }
      }
    }
    double reach = CAPTION_REACH_CELLS * m.cell();
    double overhang = CAPTION_OVERHANG_CELLS * m.cell();
    for (Box figure : figures) {
      List<Box> stack = new ArrayList<>(List.of(figure));
      for (int from = 0; from < stack.size(); from++) {
        Box anchor = stack.get(from);
        for (Line line : candidates) {
          Box box = line.placement().box();
          boolean within = box.left() >= figure.left() - overhang
              && box.right() <= figure.right() + overhang;
          if (within && !captions.contains(line.number()) && standsBy(box, anchor, reach)) {
            captions.add(line.number());
            stack.add(box);
          }
        }
      }
    }
    return captions;
  }

  /** Whether a box stands right over or under an anchor, no further than {@code reach} from its edge. */
  private static boolean standsBy(Box box, Box anchor, double reach) {
    return Math.abs(box.top() - anchor.bottom()) <= reach || Math.abs(anchor.top() - box.bottom()) <= reach;
  }

  private static double nanToZero(double value) {
    return Double.isNaN(value) ? 0 : value;
  }

  /**
   * Whether a region's first line {@code d} stands right under the last line of the region read
   * before it, in the same column: the two are parted by white space within a column, not by a
   * column break.
   */
  private static boolean standsUnder(Draft d, Column above, double cell) {
    Draft last = above.lines().get(above.lines().size() - 1);
    int overlap = Math.min(last.box().right(), d.box().right()) - Math.max(last.box().left(), d.box().left());
    int gap = d.box().top() - last.box().bottom();
    return gap >= 0 && gap <= GAP_ABOVE_REACH_CELLS * cell
        && overlap * 2 >= Math.min(last.box().width(), d.box().width());
  }

  /**
   * A line's type size against the body's: the region's, unless the line is long enough to be
   * measured on its own and set clearly apart from the rest of its region (a headline the cut did
   * not part from its text), or stands in a region of display type, whose lines (kicker, title,
   * subtitle) each have a size of their own. A short line's extent says little: two characters
   * and a bracket. A line placed whole whose box is as much taller than the region's type as its
   * pitch is wider keeps its own size at a smaller share ({@value #CONFIRMED_TYPE_SHARE}): a
   * dropped character widens the pitch but leaves the height alone, so two measures that agree
   * show type set a size up (a module's title in the column of its text, {@code 门球场上的} boxed
   * 28 px high on a 22 px body).
   */
  private static double typeScale(Draft d, Column c, Metrics m) {
    double own = d.size() / m.cell();
    boolean measurable = d.right() - d.left() >= MIN_MEASURED_CELLS * c.cell();
    if (measurable && c.scale() >= Evidence.DISPLAY_SCALE) {
      return own; // a headline's lines: kicker, title and subtitle are set in sizes of their own
    }
    if (measurable && Math.abs(own / c.scale() - 1) > OWN_TYPE_SHARE) {
      return own;
    }
    // Words boxed one by one have no line height to confirm the pitch (sizeByHeight is unbounded).
    boolean placedWhole = d.sizeByHeight() != Double.MAX_VALUE;
    double byHeight = d.sizeByHeight() / m.cell();
    boolean confirmed = placedWhole && own / c.scale() - 1 > CONFIRMED_TYPE_SHARE
        && byHeight / c.scale() - 1 > CONFIRMED_TYPE_SHARE;
    return measurable && confirmed ? Math.min(own, byHeight) : c.scale();
  }

  /**
   * Whether line {@code i} of a region stands across another one, one over the other for half the
   * lower's height or more. No two lines of type do; an engine that reads two rows of a column
   * as one line does, and boxes that line twice as tall as the rows (Tesseract, where text runs
   * close to a photo or across an unruled gutter), and its characters then look like display
   * type. The lines are sorted by their tops, so only near neighbours can overlap.
   */
  private static boolean tangled(List<Draft> lines, int i) {
    Box box = lines.get(i).box();
    for (int j = Math.max(0, i - TANGLE_REACH); j <= Math.min(lines.size() - 1, i + TANGLE_REACH); j++) {
      Box other = lines.get(j).box();
      int overlap = Math.min(box.bottom(), other.bottom()) - Math.max(box.top(), other.top());
      if (j != i && overlap * 2 >= Math.min(box.height(), other.height())) {
        return true;
      }
    }
    return false;
  }

  /** Lines on either side of a line, in order of their tops, that may stand across it. */
  private static final int TANGLE_REACH = 2;

  /**
   * The type size a line shows on its own against the body's: the height of the least tall word
   * of wide characters the engine boxed (Tesseract boxes one to a few glyphs each), as it boxed
   * it, or NaN for a line with no such word (PaddleOCR places lines whole). Not a line's extent
   * over its cells, which grows by a cell for each mark or character the engine missed or word
   * space it dropped, and a short head has few cells to spare. The least tall, because Tesseract
   * boxes words loosely down the page, some to the height of the rows round them, and a loose box
   * only ever looks taller; a word boxed under {@value #MIN_GLYPH_HEIGHT_SHARE} of the body's
   * height (一, 加 boxed round its ink) or taller than the engine's own line shows nothing. The raw
   * box is measured against the body's levelled height: on a page scanned askew a word of several
   * characters stands a little taller, which taking the least tall word keeps small.
   */
  private static double ownScale(OcrPage page, Draft d, Metrics m) {
    double least = Double.NaN;
    for (Token t : d.tokens()) {
      int height = t.page().height();
      if (!t.estimated() && isWideLetters(t.text())
          && height >= MIN_GLYPH_HEIGHT_SHARE * m.bodySize()
          && height <= page.lines().get(t.line()).box().height()
          && (Double.isNaN(least) || height < least)) {
        least = height;
      }
    }
    return least / m.bodySize();
  }

  /**
   * A word boxed under this share of the body's glyph height is a glyph that fills little of its
   * cell (一, 二, 口 boxed round their ink), not the type's full height.
   */
  private static final double MIN_GLYPH_HEIGHT_SHARE = 0.75;

  /** Whether the text is wide characters only, none a mark: glyphs of the type's full height. */
  private static boolean isWideLetters(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Chars.isWide(cp) || Chars.isWidePunctuation(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  private static Placement placement(Draft d, int region, boolean gapAbove, double typeScale,
      double ownScale) {
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
    return new Placement(d.pageBox(), region, typeScale, ownScale, sum, count, min, d.role(), gapAbove,
        false);
  }

  /**
   * Whether the page opens its paragraphs with an indent: as many body lines start indented as
   * lines end a paragraph short of the column, give or take half. On a page that parts
   * paragraphs by white space, lines that end short are as common and hardly any starts indented.
   */
  private static boolean usesIndents(Map<Integer, int[]> marks) {
    int indented = 0;
    int shortEnds = 0;
    for (int[] m : marks.values()) {
      indented += m[INDENTED];
      shortEnds += m[SHORT_ENDS];
    }
    return indented >= MIN_INDENTED_LINES && 2 * indented >= shortEnds;
  }

  /**
   * The regions that set their paragraphs flush on a page that indents them: no line of body type
   * starts indented, while {@value #MIN_FLUSH_PARAGRAPH_ENDS} or more end a paragraph short of the
   * column (a box or service column set tight, each paragraph flush under the last one's short
   * line).
   */
  private static Set<Integer> regionsSetFlush(Map<Integer, int[]> marks) {
    Set<Integer> flush = new HashSet<>();
    marks.forEach((region, m) -> {
      if (m[INDENTED] == 0 && m[SHORT_ENDS] >= MIN_FLUSH_PARAGRAPH_ENDS) {
        flush.add(region);
      }
    });
    return flush;
  }

  /** Index into {@link #paragraphMarks}' counts: lines of body type that start indented. */
  private static final int INDENTED = 0;

  /** Index into {@link #paragraphMarks}' counts: lines that end a paragraph short of the column. */
  private static final int SHORT_ENDS = 1;

  /**
   * Per region, the lines of body type that show a paragraph's start by an indent and its end by
   * stopping short of the column, each one cell at least ({@value #MIN_INDENT_HALF_CELLS} half
   * cells).
   */
  private static Map<Integer, int[]> paragraphMarks(List<Line> lines) {
    Map<Integer, int[]> marks = new HashMap<>();
    for (Line l : lines) {
      if (Math.abs(l.typeScale() - 1) > BODY_TOLERANCE) {
        continue;
      }
      int[] m = marks.computeIfAbsent(l.placement().region(), k -> new int[2]);
      boolean shortOfColumn = l.width() <= l.columnWidth() - 2 * MIN_INDENT_HALF_CELLS;
      if (l.indented() && shortOfColumn) {
        m[INDENTED]++;
      }
      if (shortOfColumn && Chars.closesParagraph(l.text())) {
        m[SHORT_ENDS]++;
      }
    }
    return marks;
  }

  private static int halfCells(int extent, double cell) {
    return (int) Math.round(2 * extent / cell);
  }

  /**
   * The type size, in page units, that the height of a line placed whole (PaddleOCR, PAGE XML
   * without words) shows against the body's lines; no limit for a line of words, whose boxes the
   * engine drew one by one.
   */
  private static double sizeByHeight(List<Token> line, Metrics m) {
    if (!RegionFinder.placedWhole(line)) {
      return Double.MAX_VALUE;
    }
    return (double) line.get(0).box().height() / m.bodySize() * m.cell();
  }

  /** The region's lines, top to bottom, with the pitch and extent they show. */
  private static Column column(OcrPage page, List<Token> region, Metrics m) {
    List<Draft> drafts = new ArrayList<>();
    List<Double> sizesOf = new ArrayList<>();
    for (List<Token> row : rows(region)) {
      List<Token> tokens = new ArrayList<>(row);
      tokens.sort(Comparator.comparingInt((Token t) -> t.box().left()));
      double size = m.typeSize(tokens);
      double byHeight = sizeByHeight(tokens, m);
      if (size >= Evidence.DISPLAY_SCALE * m.cell() && byHeight <= (1 + BODY_TOLERANCE) * m.cell()) {
        // A line placed whole that is as wide per character as display type but as high as the
        // body's lines is body type whose characters the engine dropped (，我點握。 in a box of
        // nine cells): display type is taller as well as wider.
        size = byHeight;
      }
      sizesOf.add(size);
      List<Box> boxes = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        boxes.add(t.box());
      }
      drafts.add(new Draft(List.copyOf(tokens), Box.union(boxes),
          text(tokens), size, byHeight,
          page.lines().get(row.get(0).line()).role(), 0, 0));
    }
    drafts.sort(Comparator.comparingInt((Draft d) -> d.box().top()).thenComparingInt(d -> d.box().left()));
    // The region's pitch is its lines' median type size: a cell of its own type.
    double cell = Metrics.median(sizesOf.stream().mapToDouble(Double::doubleValue).toArray());
    double scale = cell / m.cell();
    List<Draft> measured = new ArrayList<>(drafts.size());
    int[] lefts = new int[drafts.size()];
    int[] rights = new int[drafts.size()];
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      List<Token> tokens = d.tokens();
      Token first = tokens.get(0);
      Token last = tokens.get(tokens.size() - 1);
      // Punctuation sits in one part of its cell: an opening quote at the right, a full stop or
      // comma at the left. The line's cells reach past those glyphs' boxes.
      int cellLeft = Chars.isWidePunctuation(first.text().codePointAt(0))
          ? Math.min(d.box().left(), first.box().right() - cells(first, cell)) : d.box().left();
      int cellRight = Chars.isWidePunctuation(Chars.lastCodePoint(last.text()))
          ? Math.max(d.box().right(), last.box().left() + cells(last, cell)) : d.box().right();
      measured.add(new Draft(tokens, d.box(), d.text(), d.size(), d.sizeByHeight(), d.role(), cellLeft,
          cellRight));
      lefts[i] = cellLeft;
      rights[i] = cellRight;
    }
    Arrays.sort(lefts);
    Arrays.sort(rights);
    // Most lines of a column run from edge to edge; a line that hangs a mark past an edge, starts
    // indented or ends short, or a misplaced glyph box, should not move the edges.
    boolean own = rights.length >= MIN_LINES_FOR_OWN_COLUMN;
    int left = own ? lefts[(int) Math.floor((1 - COLUMN_EDGE_SHARE) * (lefts.length - 1))] : lefts[0];
    int right = own ? rights[(int) Math.floor(COLUMN_EDGE_SHARE * (rights.length - 1))]
        : rights[rights.length - 1];
    return new Column(List.copyOf(measured), cell, left, right, scale);
  }

  /**
   * The region's tokens grouped into rows: by engine line, and engine lines that stand on one
   * row side by side joined (an engine that boxes a line's last mark apart from the line).
   */
  private static List<List<Token>> rows(List<Token> region) {
    Map<Integer, List<Token>> byLine = new LinkedHashMap<>();
    for (Token t : region) {
      byLine.computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t);
    }
    List<List<Token>> groups = new ArrayList<>(byLine.values());
    List<Box> boxes = new ArrayList<>(groups.size());
    for (List<Token> g : groups) {
      boxes.add(bounds(g));
    }
    Integer[] order = new Integer[groups.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // By where the lines stand, never by the order the engine listed them in: rows are grown by
    // union, so the order of lines level with each other decides which of them join.
    Arrays.sort(order, Comparator.comparingInt((Integer i) -> boxes.get(i).top())
        .thenComparingInt(i -> boxes.get(i).left()).thenComparingInt(i -> boxes.get(i).bottom())
        .thenComparingInt(i -> boxes.get(i).right()).thenComparing(i -> groups.get(i).get(0).text()));
    List<List<Token>> rows = new ArrayList<>();
    Box rowBox = null;
    for (int i : order) {
      Box b = boxes.get(i);
      if (rowBox != null && sameRow(rowBox, b)) {
        rows.get(rows.size() - 1).addAll(groups.get(i));
        rowBox = rowBox.union(b);
      } else {
        rows.add(new ArrayList<>(groups.get(i)));
        rowBox = b;
      }
    }
    return rows;
  }

  /** Two boxes on one row: level for most of the lower one's height, and not one over the other. */
  private static boolean sameRow(Box a, Box b) {
    int overlapDown = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
    int overlapAcross = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
    // Detectors draw neighbouring boxes a few pixels into each other; one over the other shares
    // most of the narrower one's width.
    return overlapDown * 2 >= Math.min(a.height(), b.height())
        && overlapAcross * ROW_OVERLAP_LIMIT <= Math.min(a.width(), b.width());
  }

  private static Box bounds(List<Token> tokens) {
    List<Box> boxes = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      boxes.add(t.box());
    }
    return Box.union(boxes);
  }

  /** How wide a token's text is set, in page units: its display width in cells of {@code cell}. */
  private static int cells(Token t, double cell) {
    return (int) Math.round(Chars.halfCells(t.text()) * cell / 2);
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

  /**
   * The line's text: tokens left to right, with spaces only where the page shows one; an
   * ideographic space the engine wrote stays one, any other break is a space.
   */
  private static String text(List<Token> tokens) {
    StringBuilder out = new StringBuilder();
    Token previous = null;
    for (Token t : tokens) {
      if (previous != null && spaced(previous, t)) {
        out.append(t.space() == Token.IDEOGRAPHIC_SPACE ? Token.IDEOGRAPHIC_SPACE : ' ');
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
