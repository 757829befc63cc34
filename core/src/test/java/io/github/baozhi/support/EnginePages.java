package io.github.baozhi.support;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Sets articles on a newspaper page in coordinates, with no image, and writes what an OCR engine
 * would read from it: an {@link OcrPage} and the articles a parser should find on it.
 *
 * <p>The page is set as Chinese papers set it: each module (one article) is a headline over the
 * module's columns (kicker, title and subtitle in display type, centred or flush left) and the body
 * in columns of so many cells, balanced (the last column shorter), parted by gutters of one to three
 * cells with or without a rule. Paragraphs open with a two-cell indent, full lines are spread to the
 * column edge, no line starts with closing punctuation or ends with an opening one (the character
 * before is pulled down), the dateline starts the first paragraph (an ideographic space after
 * {@code …讯}) and the byline ends the last. Modules are stacked or set side by side.
 *
 * <p>Three engine styles: Tesseract {@code --psm 4} (one engine line per row across all columns,
 * one word per character and some of two, boxes jittered by a few pixels and some drawn to the full
 * line height and more, column rules read as {@code |} words), per-column lines with words, and
 * PaddleOCR (per-column lines without words, in PaddleOCR's row-by-row order). Optionally the page
 * is turned by a small angle and specks ({@code .} {@code 、}) are read in the margins.
 *
 * <p>Everything is deterministic given the seed.
 */
public final class EnginePages {

  /** How the engine reads the page. */
  public enum Engine {
    /** Tesseract {@code --psm 4}: one line per row across all columns, words of one or two characters. */
    TESSERACT_ROWS,
    /** One line per column line, with words. */
    COLUMN_WORDS,
    /** PaddleOCR: one line per column line, no words, row by row. */
    PADDLE_LINES
  }

  /** Where a headline stands over its module. */
  public enum Align { CENTRED, FLUSH_LEFT }

  /**
   * An article as written, and as the parser should give it back.
   *
   * @param kicker the kicker (引题) or null
   * @param title the title, its printed lines parted by {@code \n}; null for none
   * @param subtitle the subtitle or null
   * @param dateline the dateline that opens the first paragraph, or null
   * @param paragraphs the body paragraphs, without dateline and byline
   * @param byline the byline that closes the last paragraph, or null
   */
  public record Story(String kicker, String title, String subtitle, String dateline,
      List<String> paragraphs, String byline) {

    public Story {
      paragraphs = List.copyOf(paragraphs);
      if (paragraphs.isEmpty()) {
        throw new IllegalArgumentException("a story needs a paragraph");
      }
    }

    public static Story of(String title, String dateline, String byline, String... paragraphs) {
      return new Story(null, title, null, dateline, List.of(paragraphs), byline);
    }

    public Story withTitle(String title) {
      return new Story(kicker, title, subtitle, dateline, paragraphs, byline);
    }

    public Story withKicker(String kicker) {
      return new Story(kicker, title, subtitle, dateline, paragraphs, byline);
    }

    public Story withSubtitle(String subtitle) {
      return new Story(kicker, title, subtitle, dateline, paragraphs, byline);
    }

    /** The title as the parser joins its lines: with one space. */
    public String headlineTitle() {
      return title == null ? null : title.replace('\n', ' ');
    }
  }

  /** A part of the page layout: a module, or modules stacked or side by side. */
  public sealed interface Part permits ArticleModule, Stack, Row {}

  /**
   * One article set over {@code columns} columns of {@code columnCells} cells.
   *
   * @param gutterCells the white space between two columns, in cells
   * @param rules whether a rule runs down each gutter (read as {@code |} by word engines)
   * @param titleScale the title's type size over the body's
   * @param headGapCells the white space between the headline and the columns, in cells
   */
  public record ArticleModule(Story story, int columns, int columnCells, int gutterCells, boolean rules,
      Align align, double titleScale, double headGapCells) implements Part {

    public ArticleModule {
      Objects.requireNonNull(story, "story");
      Objects.requireNonNull(align, "align");
      if (columns < 1 || columnCells < 4 || gutterCells < 1) {
        throw new IllegalArgumentException("bad module " + columns + " x " + columnCells);
      }
    }

    /** Two-cell gutters without rules, a centred title at twice the body size. */
    public static ArticleModule of(Story story, int columns, int columnCells) {
      return new ArticleModule(story, columns, columnCells, 2, false, Align.CENTRED, 2.0, HEAD_GAP);
    }

    public ArticleModule gutter(int cells, boolean withRules) {
      return new ArticleModule(story, columns, columnCells, cells, withRules, align, titleScale,
          headGapCells);
    }

    public ArticleModule flushLeft() {
      return new ArticleModule(story, columns, columnCells, gutterCells, rules, Align.FLUSH_LEFT,
          titleScale, headGapCells);
    }

    public ArticleModule titleScale(double scale) {
      return new ArticleModule(story, columns, columnCells, gutterCells, rules, align, scale,
          headGapCells);
    }

    /**
     * The headline set {@code cells} over the columns: papers set it as close as the leading
     * between lines, or closer, where space is short.
     */
    public ArticleModule headGap(double cells) {
      return new ArticleModule(story, columns, columnCells, gutterCells, rules, align, titleScale,
          cells);
    }
  }

  /** Parts one under another, read top to bottom. */
  public record Stack(List<Part> parts) implements Part {
    public Stack {
      parts = List.copyOf(parts);
    }
  }

  /** Parts side by side, read left to right, each to its end. */
  public record Row(List<Part> parts) implements Part {
    public Row {
      parts = List.copyOf(parts);
    }
  }

  public static Stack stack(Part... parts) {
    return new Stack(List.of(parts));
  }

  public static Row row(Part... parts) {
    return new Row(List.of(parts));
  }

  /**
   * How the page is read.
   *
   * @param engine the engine style
   * @param cell the body type's cell in pixels
   * @param skewDegrees the angle the page is turned by, clockwise
   * @param specks how many specks the engine reads in the margins
   * @param jitter how far, in pixels, each edge of a word box strays from the glyphs
   * @param seed the seed of every random choice
   */
  public record Options(Engine engine, int cell, double skewDegrees, int specks, int jitter,
      long seed) {

    public static Options of(Engine engine) {
      return new Options(engine, 26, 0, 0, 2, 1);
    }

    public Options cell(int px) {
      return new Options(engine, px, skewDegrees, specks, jitter, seed);
    }

    public Options skew(double degrees) {
      return new Options(engine, cell, degrees, specks, jitter, seed);
    }

    public Options specks(int count) {
      return new Options(engine, cell, skewDegrees, count, jitter, seed);
    }

    public Options jitter(int px) {
      return new Options(engine, cell, skewDegrees, specks, px, seed);
    }

    public Options seed(long value) {
      return new Options(engine, cell, skewDegrees, specks, jitter, value);
    }
  }

  /** A word (or, for line engines, a line) the engine read, in page coordinates. */
  public record Ink(String text, Box box, double confidence) {}

  /**
   * A set page.
   *
   * @param page what the engine read
   * @param stories the articles in reading order, as the parser should give them
   * @param inks for each article, what the engine read of it: words, or lines for line engines
   * @param columns for each article, its column frames on the level page, left to right
   * @param headlines for each article, the box of its headline lines on the level page, or null
   * @param regions the printed lines as the layout stage should part them, in reading order: each
   *     headline line alone, then each column (spaces dropped)
   * @param marks what the engine read from column rules and specks, no article's
   */
  public record Typeset(OcrPage page, List<Story> stories, List<List<Ink>> inks,
      List<List<Box>> columns, List<Box> headlines, List<List<String>> regions, List<Ink> marks) {

    /** The printed lines in reading order (spaces dropped). */
    public List<String> readingOrder() {
      return regions.stream().flatMap(List::stream).toList();
    }
  }

  private static final String NO_START = "，。、；：？！）》」』】〕”’…—·%,.;:?!)";
  private static final String NO_END = "（《「『【〔“‘(";
  private static final double LINE_PITCH = 1.5;
  private static final double KICKER_SCALE = 1.4;
  private static final double HEADLINE_LEADING = 0.3;
  /** The white between a headline and its columns, in cells, unless a module says otherwise. */
  static final double HEAD_GAP = 1.0;
  private static final double MODULE_GAP = 2.5;
  private static final int MARGIN_CELLS = 4;

  private EnginePages() {}

  /** Sets {@code layout} and reads it with {@code options}. */
  public static Typeset set(Part layout, Options options) {
    return new Setter(options).run(layout);
  }

  // ------------------------------------------------------------------------------------------
  // Typesetting

  private enum Kind { KICKER, TITLE, SUBTITLE, BODY }

  /** One glyph on the level page: its text, its em cell's left edge and its advance, in px. */
  private record Glyph(String text, double x, double advance) {}

  /** A printed line on the level page. */
  private record Printed(int article, Kind kind, int column, List<Glyph> glyphs, double top,
      double size) {

    String text() {
      StringBuilder sb = new StringBuilder();
      for (Glyph g : glyphs) {
        sb.append(g.text());
      }
      return sb.toString();
    }

    double centre() {
      return top + size / 2;
    }
  }

  private static final class Setter {
    private final Options o;
    private final double c;
    private final Random random;
    private final List<Printed> printed = new ArrayList<>();
    private final List<Story> stories = new ArrayList<>();
    private final List<List<Box>> columns = new ArrayList<>();
    private final List<Box> headlines = new ArrayList<>();
    private final List<double[]> gutterRules = new ArrayList<>(); // {x, top, bottom, article}

    Setter(Options options) {
      this.o = options;
      this.c = options.cell();
      this.random = new Random(options.seed());
    }

    Typeset run(Part layout) {
      double margin = MARGIN_CELLS * c;
      double[] size = place(layout, margin, margin);
      int width = (int) Math.ceil(size[0] + 2 * margin);
      int height = (int) Math.ceil(size[1] + 2 * margin);
      return new Reader(o, random, width, height, printed, stories, columns, headlines,
          gutterRules).read();
    }

    /** Places a part with its top left at (x, y); returns its width and height. */
    private double[] place(Part part, double x, double y) {
      if (part instanceof ArticleModule m) {
        return module(m, x, y);
      }
      boolean across = part instanceof Row;
      List<Part> parts = across ? ((Row) part).parts() : ((Stack) part).parts();
      double w = 0;
      double h = 0;
      for (int i = 0; i < parts.size(); i++) {
        double gap = i == 0 ? 0 : MODULE_GAP * c;
        double[] s = across ? place(parts.get(i), x + w + gap, y) : place(parts.get(i), x, y + h + gap);
        if (across) {
          w += gap + s[0];
          h = Math.max(h, s[1]);
        } else {
          h += gap + s[1];
          w = Math.max(w, s[0]);
        }
      }
      return new double[] {w, h};
    }

    private double[] module(ArticleModule m, double x, double y) {
      int article = stories.size();
      Story s = m.story();
      stories.add(s);
      double width = m.columns() * m.columnCells() * c + (m.columns() - 1) * m.gutterCells() * c;
      double top = y;
      List<Printed> head = new ArrayList<>();
      if (s.kicker() != null) {
        top = headLine(head, article, Kind.KICKER, s.kicker(), KICKER_SCALE, m, x, width, top);
      }
      if (s.title() != null) {
        for (String line : s.title().split("\n")) {
          top = headLine(head, article, Kind.TITLE, line, m.titleScale(), m, x, width, top);
        }
      }
      if (s.subtitle() != null) {
        top = headLine(head, article, Kind.SUBTITLE, s.subtitle(), KICKER_SCALE, m, x, width, top);
      }
      if (head.isEmpty()) {
        headlines.add(null);
      } else {
        printed.addAll(head);
        double left = Double.MAX_VALUE;
        double right = 0;
        for (Printed p : head) {
          left = Math.min(left, p.glyphs().get(0).x());
          Glyph last = p.glyphs().get(p.glyphs().size() - 1);
          right = Math.max(right, last.x() + last.advance());
        }
        double bottom = top - HEADLINE_LEADING * head.get(head.size() - 1).size();
        headlines.add(box(left, y, right, bottom));
        top = bottom + m.headGapCells() * c;
      }
      List<List<Glyph>> lines = body(s, m);
      int rows = (lines.size() + m.columns() - 1) / m.columns();
      List<Box> frames = new ArrayList<>();
      for (int col = 0; col < m.columns(); col++) {
        double left = x + col * (m.columnCells() + m.gutterCells()) * c;
        frames.add(box(left, top, left + m.columnCells() * c, top + (rows - 1) * LINE_PITCH * c + c));
        for (int r = 0; r < rows; r++) {
          int i = col * rows + r;
          if (i >= lines.size()) {
            break;
          }
          List<Glyph> placed = new ArrayList<>();
          for (Glyph g : lines.get(i)) {
            placed.add(new Glyph(g.text(), left + g.x(), g.advance()));
          }
          printed.add(new Printed(article, Kind.BODY, col, placed, top + r * LINE_PITCH * c, c));
        }
        if (m.rules() && col > 0) {
          double rx = left - m.gutterCells() * c / 2;
          gutterRules.add(new double[] {rx, top, top + (rows - 1) * LINE_PITCH * c + c, article});
        }
      }
      columns.add(List.copyOf(frames));
      double height = top - y + (rows - 1) * LINE_PITCH * c + c;
      return new double[] {width, height};
    }

    private double headLine(List<Printed> out, int article, Kind kind, String text, double scale,
        ArticleModule m, double x, double width, double top) {
      double size = scale * c;
      double advance = 0;
      List<Glyph> glyphs = new ArrayList<>();
      for (String ch : codePoints(text)) {
        // A space in a headline takes a cell of its size, as headlines are set.
        double a = ch.equals(" ") ? size : Chars.halfCells(ch) * size / 2;
        if (!ch.isBlank()) {
          glyphs.add(new Glyph(ch, advance, a));
        }
        advance += a;
      }
      if (advance > width + 0.5) {
        throw new IllegalArgumentException("headline wider than its module: " + text);
      }
      double left = m.align() == Align.CENTRED ? x + (width - advance) / 2 : x;
      List<Glyph> placed = new ArrayList<>();
      for (Glyph g : glyphs) {
        placed.add(new Glyph(g.text(), left + g.x(), g.advance()));
      }
      out.add(new Printed(article, kind, -1, placed, top, size));
      return top + size * (1 + HEADLINE_LEADING);
    }

    /** The body's lines, each its glyphs with x from the column's left edge. */
    private List<List<Glyph>> body(Story s, ArticleModule m) {
      List<List<Glyph>> lines = new ArrayList<>();
      List<String> paragraphs = new ArrayList<>(s.paragraphs());
      if (s.dateline() != null) {
        String d = s.dateline();
        boolean spaced = d.endsWith("讯") || d.endsWith("訊");
        paragraphs.set(0, d + (spaced ? "\u3000" : "") + paragraphs.get(0));
      }
      if (s.byline() != null) {
        int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + s.byline());
      }
      for (String p : paragraphs) {
        lines.addAll(paragraph(codePoints(p), 2 * m.columnCells()));
      }
      return lines;
    }

    /** A paragraph broken into lines of {@code capacity} half cells, the first indented two cells. */
    private List<List<Glyph>> paragraph(List<String> chars, int capacity) {
      // Where two full-width marks meet (。” ），), the first is set in half a cell.
      int[] widths = new int[chars.size()];
      for (int k = 0; k < widths.length; k++) {
        widths[k] = width(chars.get(k));
        if (k + 1 < widths.length && "，。、；：？！）》」』】〕”’".contains(chars.get(k))
            && Chars.isWidePunctuation(chars.get(k + 1).codePointAt(0))
            && !"—…".contains(chars.get(k + 1))) {
          widths[k] = 1;
        }
      }
      List<List<Glyph>> out = new ArrayList<>();
      int i = 0;
      boolean first = true;
      while (i < chars.size()) {
        int indent = first ? 4 : 0;
        int room = capacity - indent;
        int j = i;
        int w = 0;
        while (j < chars.size() && w + widths[j] <= room) {
          w += widths[j];
          j++;
        }
        boolean full = j < chars.size();
        if (full) {
          // 禁则: pull characters down so that no line starts with a closing mark or ends with an
          // opening one.
          int k = j;
          for (int pulls = 0; pulls < 4 && k > i + 1
              && (NO_START.contains(chars.get(k)) || NO_END.contains(chars.get(k - 1))); pulls++) {
            k--;
          }
          j = k;
        }
        int used = 0;
        for (int k = i; k < j; k++) {
          used += widths[k];
        }
        double spread = full && j - i > 1 ? (double) (room - used) / (j - i - 1) : 0;
        List<Glyph> glyphs = new ArrayList<>();
        double half = c / 2;
        double at = indent;
        for (int k = i; k < j; k++) {
          String ch = chars.get(k);
          if (!ch.isBlank()) {
            glyphs.add(new Glyph(ch, at * half, widths[k] * half));
          }
          at += widths[k] + spread;
        }
        if (!glyphs.isEmpty()) {
          out.add(glyphs);
        }
        i = j;
        first = false;
      }
      return out;
    }

    private static int width(String ch) {
      return Math.max(1, Chars.halfCells(ch));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Reading

  private static final class Reader {
    private final Options o;
    private final Random random;
    private final double c;
    private final int width;
    private final int height;
    private final List<Printed> printed;
    private final List<Story> stories;
    private final List<List<Box>> columns;
    private final List<Box> headlines;
    private final List<double[]> rules;
    private final List<List<Ink>> inks = new ArrayList<>();
    private final List<Ink> marks = new ArrayList<>();

    Reader(Options o, Random random, int width, int height, List<Printed> printed,
        List<Story> stories, List<List<Box>> columns, List<Box> headlines, List<double[]> rules) {
      this.o = o;
      this.random = random;
      this.c = o.cell();
      this.width = width;
      this.height = height;
      this.printed = printed;
      this.stories = stories;
      this.columns = columns;
      this.headlines = headlines;
      this.rules = rules;
      for (int i = 0; i < stories.size(); i++) {
        inks.add(new ArrayList<>());
      }
    }

    /** An engine line being built: its words (or text and box for line engines) and its row. */
    private final class Draft {
      final List<OcrWord> words = new ArrayList<>();
      final List<Integer> owners = new ArrayList<>();
      double top;
      double bottom;
      String text;
      Box box;
      double confidence;

      Draft(double top, double bottom) {
        this.top = top;
        this.bottom = bottom;
      }
    }

    Typeset read() {
      List<Draft> drafts = switch (o.engine()) {
        case TESSERACT_ROWS -> rows();
        case COLUMN_WORDS -> columnLines();
        case PADDLE_LINES -> paddleLines();
      };
      if (o.engine() != Engine.PADDLE_LINES) {
        ruleMarks(drafts);
      }
      specks(drafts);
      List<OcrLine> lines = new ArrayList<>();
      for (Draft d : drafts) {
        lines.add(toLine(d));
      }
      if (o.engine() == Engine.PADDLE_LINES) {
        paddleOrder(lines);
      }
      List<List<String>> order = new ArrayList<>();
      for (int a = 0; a < stories.size(); a++) {
        for (Printed p : printed) {
          if (p.article() == a && p.kind() != Kind.BODY) {
            order.add(List.of(p.text()));
          }
        }
        for (int col = 0; col < columns.get(a).size(); col++) {
          List<String> column = new ArrayList<>();
          for (Printed p : printed) {
            if (p.article() == a && p.kind() == Kind.BODY && p.column() == col) {
              column.add(p.text());
            }
          }
          if (!column.isEmpty()) {
            order.add(List.copyOf(column));
          }
        }
      }
      List<List<Ink>> frozen = new ArrayList<>();
      for (List<Ink> i : inks) {
        frozen.add(List.copyOf(i));
      }
      OcrPage page = new OcrPage(width, height, "pixel", lines, List.of(), engineName(), "");
      return new Typeset(page, List.copyOf(stories), List.copyOf(frozen), List.copyOf(columns),
          Collections.unmodifiableList(new ArrayList<>(headlines)), List.copyOf(order),
          List.copyOf(marks));
    }

    private String engineName() {
      return switch (o.engine()) {
        case TESSERACT_ROWS -> "tesseract 5.3.0";
        case COLUMN_WORDS -> "words";
        case PADDLE_LINES -> "PaddleOCR";
      };
    }

    /**
     * Tesseract psm 4: printed lines that stand on one row make one line, whatever their type
     * (two headlines side by side, or a headline level with the body lines of the module beside
     * it): each joins the row whose first line its centre stands level with.
     */
    private List<Draft> rows() {
      List<Printed> sorted = new ArrayList<>(printed);
      sorted.sort(Comparator.comparingDouble(Printed::centre));
      List<List<Printed>> groups = new ArrayList<>();
      for (Printed p : sorted) {
        List<Printed> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
        if (last != null && p.centre() > last.get(0).top() && p.centre() < last.get(0).top() + last.get(0).size()
            && last.stream().noneMatch(q -> overlapsAcross(q, p))) {
          last.add(p);
        } else {
          List<Printed> g = new ArrayList<>();
          g.add(p);
          groups.add(g);
        }
      }
      List<Draft> out = new ArrayList<>();
      for (List<Printed> g : groups) {
        g.sort(Comparator.comparingDouble(p -> p.glyphs().get(0).x()));
        Draft d = new Draft(g.get(0).top(), g.get(0).top() + g.get(0).size());
        for (Printed p : g) {
          words(p, d);
        }
        out.add(d);
      }
      return out;
    }

    private static boolean overlapsAcross(Printed a, Printed b) {
      double aLeft = a.glyphs().get(0).x();
      double bLeft = b.glyphs().get(0).x();
      Glyph aLast = a.glyphs().get(a.glyphs().size() - 1);
      Glyph bLast = b.glyphs().get(b.glyphs().size() - 1);
      return aLeft < bLast.x() + bLast.advance() && bLeft < aLast.x() + aLast.advance();
    }

    /** One engine line per printed line, in reading order, with words. */
    private List<Draft> columnLines() {
      List<Draft> out = new ArrayList<>();
      for (Printed p : printed) {
        Draft d = new Draft(p.top(), p.top() + p.size());
        words(p, d);
        out.add(d);
      }
      return out;
    }

    /** One engine line per printed line, no words, the detector's box round the glyphs. */
    private List<Draft> paddleLines() {
      List<Draft> out = new ArrayList<>();
      for (Printed p : printed) {
        Draft d = new Draft(p.top(), p.top() + p.size());
        Glyph first = p.glyphs().get(0);
        Glyph last = p.glyphs().get(p.glyphs().size() - 1);
        double pad = 0.1 * p.size();
        double[] corners = {first.x() - pad, p.top() - pad, last.x() + last.advance() + pad,
            p.top() + p.size() + pad};
        d.box = turnedBounds(corners);
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : p.glyphs()) {
          // White space between two glyphs is read as a space: an ideographic one for a cell or
          // more (after 本报讯), else an ASCII one.
          double white = previous == null ? 0 : g.x() - previous.x() - previous.advance();
          if (white > 0.8 * p.size()) {
            text.append('\u3000');
          } else if (white > 0.4 * p.size()) {
            text.append(' ');
          }
          text.append(g.text());
          previous = g;
        }
        d.text = text.toString();
        d.confidence = round(0.9 + 0.099 * random.nextDouble(), 10000);
        inks.get(p.article()).add(new Ink(d.text, d.box, d.confidence));
        out.add(d);
      }
      return out;
    }

    /** The words of a printed line: one per glyph, some CJK pairs, Latin and digit runs whole. */
    private void words(Printed p, Draft d) {
      List<Glyph> glyphs = p.glyphs();
      for (int i = 0; i < glyphs.size(); ) {
        int j = i + 1;
        if (isAsciiWord(glyphs.get(i).text())) {
          while (j < glyphs.size() && isAsciiWord(glyphs.get(j).text())
              && glyphs.get(j).x() - glyphs.get(j - 1).x() - glyphs.get(j - 1).advance() < 0.3 * p.size()) {
            j++;
          }
        } else if (j < glyphs.size() && isIdeograph(glyphs.get(i).text())
            && isIdeograph(glyphs.get(j).text()) && random.nextInt(7) == 0) {
          j++;
        }
        StringBuilder text = new StringBuilder();
        double[] ink = null;
        for (int k = i; k < j; k++) {
          text.append(glyphs.get(k).text());
          double[] g = ink(glyphs.get(k), p);
          ink = ink == null ? g : new double[] {Math.min(ink[0], g[0]), Math.min(ink[1], g[1]),
              Math.max(ink[2], g[2]), Math.max(ink[3], g[3])};
        }
        jitter(ink, p);
        OcrWord w = new OcrWord(text.toString(), turned(ink), confidence());
        d.words.add(w);
        d.owners.add(p.article());
        inks.get(p.article()).add(new Ink(w.text(), w.box(), w.confidence()));
        i = j;
      }
    }

    private void jitter(double[] ink, Printed p) {
      int j = o.jitter();
      if (j > 0) {
        for (int k = 0; k < 4; k++) {
          ink[k] += random.nextInt(2 * j + 1) - j;
        }
      }
      if (random.nextInt(12) == 0) {
        // Tesseract draws some boxes to the full height of the line and past it.
        ink[1] = Math.min(ink[1], p.top() - 0.15 * p.size());
        ink[3] = Math.max(ink[3], p.top() + 1.35 * p.size());
      }
      if (ink[2] <= ink[0]) {
        ink[2] = ink[0] + 1;
      }
      if (ink[3] <= ink[1]) {
        ink[3] = ink[1] + 1;
      }
    }

    /** The ink of a glyph in its em cell, on the level page: {left, top, right, bottom}. */
    private static double[] ink(Glyph g, Printed p) {
      double s = p.size();
      double x = g.x();
      double y = p.top();
      int cp = g.text().codePointAt(0);
      double[] f; // fractions of the cell: left, top, right, bottom
      if ("，。、．,.".indexOf(cp) >= 0) {
        f = new double[] {0.1, 0.7, 0.35, 0.92};
      } else if ("；：！？;:!?".indexOf(cp) >= 0) {
        f = new double[] {0.15, 0.25, 0.35, 0.92};
      } else if ("“‘".indexOf(cp) >= 0) {
        f = new double[] {0.6, 0.1, 0.9, 0.4};
      } else if ("”’".indexOf(cp) >= 0) {
        f = new double[] {0.1, 0.1, 0.4, 0.4};
      } else if ("（《【「〔(".indexOf(cp) >= 0) {
        f = new double[] {0.55, 0.05, 0.9, 0.98};
      } else if ("）》】」〕)".indexOf(cp) >= 0) {
        f = new double[] {0.1, 0.05, 0.45, 0.98};
      } else if ("—…-".indexOf(cp) >= 0) {
        f = new double[] {0.02, 0.45, 0.98, 0.55};
      } else if (cp == '·') {
        f = new double[] {0.4, 0.42, 0.6, 0.58};
      } else if (cp == '一') {
        f = new double[] {0.05, 0.45, 0.95, 0.55};
      } else if (cp < 0x80) {
        f = new double[] {0.08, 0.2, 0.92, 0.9}; // of a half cell's advance across
        return new double[] {x + f[0] * g.advance(), y + f[1] * s, x + f[2] * g.advance(), y + f[3] * s};
      } else {
        f = new double[] {0.05, 0.06, 0.95, 0.94};
      }
      return new double[] {x + f[0] * s, y + f[1] * s, x + f[2] * s, y + f[3] * s};
    }

    /** Column rules read as {@code |}: now and then a bar on a row, standing in the gutter. */
    private void ruleMarks(List<Draft> drafts) {
      for (double[] rule : rules) {
        for (double y = rule[1]; y + c <= rule[2] + 1; y += LINE_PITCH * c) {
          if (random.nextInt(3) != 0) {
            continue;
          }
          double x = rule[0] + random.nextInt(3) - 1;
          double[] ink = {x - 1.5, y - 0.1 * c, x + 1.5, y + 1.1 * c};
          OcrWord bar = new OcrWord("|", turned(ink), round(0.3 + 0.5 * random.nextDouble(), 100));
          marks.add(new Ink(bar.text(), bar.box(), bar.confidence()));
          add(drafts, bar, y, y + c);
        }
      }
    }

    /** Specks read in the left and right margins. */
    private void specks(List<Draft> drafts) {
      double margin = MARGIN_CELLS * c;
      for (int i = 0; i < o.specks(); i++) {
        boolean left = random.nextBoolean();
        double x = left ? margin * (0.2 + 0.4 * random.nextDouble())
            : width - margin * (0.2 + 0.4 * random.nextDouble());
        double y = margin + random.nextDouble() * (height - 2 * margin - c);
        String text = random.nextBoolean() ? "." : "、";
        double[] ink = {x, y, x + 0.15 * c, y + 0.15 * c};
        double confidence = round(0.2 + 0.5 * random.nextDouble(), 100);
        if (o.engine() == Engine.PADDLE_LINES) {
          // PaddleOCR's detector boxes a speck now and then; its recogniser reads nothing there.
          Draft d = new Draft(y, y + 0.15 * c);
          d.text = "";
          d.box = turnedBounds(ink);
          d.confidence = confidence;
          drafts.add(d);
        } else {
          OcrWord w = new OcrWord(text, turned(ink), confidence);
          marks.add(new Ink(text, w.box(), confidence));
          add(drafts, w, y, y + 0.15 * c);
        }
      }
    }

    /** A mark joins the Tesseract row it stands on, or stands on an engine line of its own. */
    private void add(List<Draft> drafts, OcrWord word, double top, double bottom) {
      if (o.engine() == Engine.TESSERACT_ROWS) {
        for (Draft d : drafts) {
          double middle = (top + bottom) / 2;
          if (middle >= d.top && middle <= d.bottom) {
            int at = 0;
            while (at < d.words.size() && d.words.get(at).box().left() < word.box().left()) {
              at++;
            }
            d.words.add(at, word);
            d.owners.add(at, -1);
            return;
          }
        }
      }
      Draft d = new Draft(top, bottom);
      d.words.add(word);
      d.owners.add(-1);
      drafts.add(d);
    }

    private OcrLine toLine(Draft d) {
      if (d.words.isEmpty()) {
        return new OcrLine(d.text, d.box, List.of(), d.confidence, OcrRole.TEXT, -1);
      }
      List<String> texts = new ArrayList<>();
      List<Box> boxes = new ArrayList<>();
      double sum = 0;
      for (OcrWord w : d.words) {
        texts.add(w.text());
        boxes.add(w.box());
        sum += w.confidence();
      }
      Box box = Box.union(boxes);
      // Tesseract's line boxes are taller than the glyphs.
      int extra = (int) Math.round(0.15 * c);
      box = new Box(box.left(), Math.max(0, box.top() - extra), box.right(), box.bottom() + extra);
      return new OcrLine(String.join(" ", texts), box, d.words, Math.min(1, sum / d.words.size()),
          OcrRole.TEXT, -1);
    }

    /** PaddleOCR 3.x's order: by top, then lines whose tops differ by under 10 px left to right. */
    private static void paddleOrder(List<OcrLine> lines) {
      lines.sort(Comparator.comparingInt((OcrLine l) -> l.box().top())
          .thenComparingInt(l -> l.box().left()));
      for (int i = 0; i < lines.size() - 1; i++) {
        for (int j = i; j >= 0; j--) {
          OcrLine a = lines.get(j);
          OcrLine b = lines.get(j + 1);
          if (Math.abs(b.box().top() - a.box().top()) < 10 && b.box().left() < a.box().left()) {
            lines.set(j, b);
            lines.set(j + 1, a);
          } else {
            break;
          }
        }
      }
    }

    private double confidence() {
      return round(0.75 + 0.24 * random.nextDouble(), 100);
    }

    /** A box of the level page turned with the page: its centre moves, its size stays. */
    private Box turned(double[] b) {
      double[] centre = turn((b[0] + b[2]) / 2, (b[1] + b[3]) / 2);
      double w = b[2] - b[0];
      double h = b[3] - b[1];
      int left = (int) Math.round(centre[0] - w / 2);
      int top = (int) Math.round(centre[1] - h / 2);
      return new Box(left, top, left + Math.max(1, (int) Math.round(w)),
          top + Math.max(1, (int) Math.round(h)));
    }

    /** The bounds of a rectangle of the level page turned with the page, as a detector draws them. */
    private Box turnedBounds(double[] b) {
      double minX = Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (double[] p : new double[][] {{b[0], b[1]}, {b[2], b[1]}, {b[2], b[3]}, {b[0], b[3]}}) {
        double[] t = turn(p[0], p[1]);
        minX = Math.min(minX, t[0]);
        minY = Math.min(minY, t[1]);
        maxX = Math.max(maxX, t[0]);
        maxY = Math.max(maxY, t[1]);
      }
      return new Box((int) Math.round(minX), (int) Math.round(minY), (int) Math.round(maxX),
          (int) Math.round(maxY));
    }

    /** A point of the level page on the page turned clockwise about its centre. */
    private double[] turn(double x, double y) {
      if (o.skewDegrees() == 0) {
        return new double[] {x, y};
      }
      double a = Math.toRadians(o.skewDegrees());
      double cx = width / 2.0;
      double cy = height / 2.0;
      double dx = x - cx;
      double dy = y - cy;
      return new double[] {cx + dx * Math.cos(a) - dy * Math.sin(a),
          cy + dx * Math.sin(a) + dy * Math.cos(a)};
    }
  }

  private static Box box(double left, double top, double right, double bottom) {
    return new Box((int) Math.round(left), (int) Math.round(top), (int) Math.round(right),
        (int) Math.round(bottom));
  }

  private static boolean isAsciiWord(String ch) {
    int cp = ch.codePointAt(0);
    return cp < 0x80 && Character.isLetterOrDigit(cp) || cp == '.' || cp == '%';
  }

  private static boolean isIdeograph(String ch) {
    return Chars.isHan(ch.codePointAt(0));
  }

  private static double round(double value, int scale) {
    return Math.round(value * scale) / (double) scale;
  }

  static List<String> codePoints(String text) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      out.add(new String(Character.toChars(cp)));
      i += Character.charCount(cp);
    }
    return out;
  }
}
