package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The page's body type, measured from its tokens, in page units. Every layout threshold is a
 * multiple of these, so that the same rules hold at any resolution and type size.
 *
 * @param cell the advance of one CJK character of body text: the median distance between the
 *     centres of neighbouring single-character tokens in a line (type size plus tracking)
 * @param bodySize the median height of body glyphs, for telling display type from body type
 * @param leading the median white space between a line and the next one below it
 */
record Metrics(double cell, double bodySize, double leading) {

  /** Used when a page has too little text to measure: nothing can be cut on it anyway. */
  private static final Metrics FALLBACK = new Metrics(10, 10, 2);

  /** Neighbouring characters further apart than this many cells stand across a gap, not a pitch. */
  private static final double MAX_PITCH_CELLS = 1.6;

  /**
   * White space between two tokens wider than this many glyph heights parts a line's pieces: a
   * gutter, or a word space such as the one after 本报讯, which has no cell in the text.
   */
  private static final double PIECE_GAP_SIZES = 0.8;

  /** How far below a line the next one is looked for, in body sizes. */
  private static final double LINE_BELOW_REACH = 3;

  static Metrics of(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return FALLBACK;
    }
    double bodySize = median(heights(tokens));
    if (bodySize <= 0) {
      return FALLBACK;
    }
    double cell = median(pitches(tokens, bodySize));
    if (Double.isNaN(cell) || cell <= 0) {
      cell = bodySize;
    }
    double leading = median(gapsBelow(tokens, bodySize));
    if (Double.isNaN(leading) || leading < 0) {
      leading = 0;
    }
    return new Metrics(cell, bodySize, leading);
  }

  /** Heights of the tokens that are one CJK character, the glyphs that show the type size. */
  private static double[] heights(List<Token> tokens) {
    double[] all = new double[tokens.size()];
    int n = 0;
    for (Token t : tokens) {
      if (isSingleWide(t.text())) {
        all[n++] = t.box().height();
      }
    }
    if (n == 0) {
      for (Token t : tokens) {
        all[n++] = t.box().height();
      }
    }
    return Arrays.copyOf(all, n);
  }

  private static double[] pitches(List<Token> tokens, double bodySize) {
    List<Double> pitches = new ArrayList<>();
    int start = 0;
    for (int end = 1; end <= tokens.size(); end++) {
      if (end < tokens.size() && tokens.get(end).line() == tokens.get(start).line()) {
        continue;
      }
      // Neighbours left to right, whatever order the engine wrote its words in.
      List<Token> line = new ArrayList<>(tokens.subList(start, end));
      line.sort(Comparator.comparingInt(Token::centreX));
      for (int i = 1; i < line.size(); i++) {
        Token previous = line.get(i - 1);
        Token t = line.get(i);
        if (isSingleWide(previous.text()) && isSingleWide(t.text())) {
          double pitch = t.centreX() - previous.centreX();
          // Only body-sized neighbours: a headline's pitch says nothing about the body's.
          if (pitch > 0 && pitch < MAX_PITCH_CELLS * bodySize
              && Math.abs(t.box().height() - bodySize) < bodySize / 4) {
            pitches.add(pitch);
          }
        }
      }
      start = end;
    }
    return pitches.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * The white space under each engine line to the nearest line below that it overlaps across:
   * the leading of the page's text. Lines are looked at from their tokens, sorted by top, and only
   * within a short reach below, so the cost stays linear in the page.
   */
  private static double[] gapsBelow(List<Token> tokens, double bodySize) {
    List<int[]> lines = lineBoxes(tokens);
    lines.sort(Comparator.comparingInt(b -> b[1]));
    double reach = LINE_BELOW_REACH * bodySize;
    List<Double> gaps = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      int[] a = lines.get(i);
      double best = Double.MAX_VALUE;
      for (int j = i + 1; j < lines.size() && lines.get(j)[1] < a[3] + reach; j++) {
        int[] b = lines.get(j);
        if (b[1] >= a[3] && b[0] < a[2] && b[2] > a[0]) {
          best = Math.min(best, b[1] - a[3]);
        }
      }
      if (best != Double.MAX_VALUE) {
        gaps.add(best);
      }
    }
    return gaps.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * {left, top, right, bottom} of each engine line's tokens: the extents the regions are cut
   * along, so that the leading is measured as the cuts see it (word boxes already trimmed to
   * their line's height by the {@link Tokenizer}).
   */
  private static List<int[]> lineBoxes(List<Token> tokens) {
    List<int[]> boxes = new ArrayList<>();
    int line = -1;
    int[] box = null;
    for (Token t : tokens) {
      if (t.line() != line) {
        box = new int[] {t.box().left(), t.box().top(), t.box().right(), t.box().bottom()};
        boxes.add(box);
        line = t.line();
      } else {
        box[0] = Math.min(box[0], t.box().left());
        box[1] = Math.min(box[1], t.box().top());
        box[2] = Math.max(box[2], t.box().right());
        box[3] = Math.max(box[3], t.box().bottom());
      }
    }
    return boxes;
  }

  /**
   * A line's type size in page units, from its tokens sorted left to right: its extent over the
   * cells of its text. Taken over the whole line, because engines place single glyphs too loosely
   * to measure them one by one (Tesseract boxes some glyphs to the full line height, draws others
   * a quarter of their cell wide, and 一 is a tenth of its cell high), while the line's two ends
   * are where they are. A character the engine missed makes a line of fifteen look a fifteenth
   * larger, no more. An engine line that runs across gutters is measured in its pieces between
   * them, the longest piece counting.
   */
  double typeSize(List<Token> line) {
    List<Token> longest = List.of();
    int mostCells = -1;
    for (List<Token> piece : pieces(line)) {
      int cells = 0;
      for (Token t : piece) {
        cells += Chars.halfCells(t.text());
      }
      if (cells > mostCells) {
        mostCells = cells;
        longest = piece;
      }
    }
    return pieceSize(longest);
  }

  /**
   * A line's pieces, from its tokens sorted left to right: the runs between white spaces wider
   * than {@value #PIECE_GAP_SIZES} glyph heights (gutters, and word spaces such as the one after
   * 本报讯), in order. White space is where no box of the line stands: Tesseract boxes some words
   * of display type far wider than their glyphs (a box for {@code ”点} over the next three
   * characters) and others a third of their width, so that in the order of their left edges or
   * centres a word can seem to stand a gap away from the one before it while a wider box spans
   * that gap.
   */
  static List<List<Token>> pieces(List<Token> line) {
    int n = line.size();
    int[] leftmostFrom = new int[n + 1];
    leftmostFrom[n] = Integer.MAX_VALUE;
    for (int i = n - 1; i >= 0; i--) {
      leftmostFrom[i] = Math.min(leftmostFrom[i + 1], line.get(i).box().left());
    }
    List<List<Token>> pieces = new ArrayList<>();
    int start = 0;
    int rightmost = Integer.MIN_VALUE;
    for (int i = 1; i <= n; i++) {
      Token before = line.get(i - 1);
      rightmost = Math.max(rightmost, before.box().right());
      if (i == n || leftmostFrom[i] - rightmost
          > PIECE_GAP_SIZES * Math.max(line.get(i).box().height(), before.box().height())) {
        pieces.add(line.subList(start, i));
        start = i;
      }
    }
    return pieces;
  }

  /**
   * The extent of a piece over the cells of its text, punctuation at its two ends left out (a
   * comma or full stop fills only part of its cell), and so are boxes no glyph has there ({@link
   * Token#plausible}). The two outer edges, because engines draw
   * the boxes in between loosely: Tesseract's box for one word can cover the next three.
   */
  static double pieceSize(List<Token> piece) {
    int from = 0;
    int to = piece.size();
    while (to - from > 1 && (isPunctuation(piece.get(from)) || !piece.get(from).plausible())) {
      from++;
    }
    while (to - from > 1 && (isPunctuation(piece.get(to - 1)) || !piece.get(to - 1).plausible())) {
      to--;
    }
    int halfCells = 0;
    for (int i = from; i < to; i++) {
      halfCells += Chars.halfCells(piece.get(i).text());
    }
    double cells = Math.max(0.5, halfCells / 2.0);
    // The outer edges whatever order the boxes came in: a box Tesseract drew over its neighbours
    // (a 我 four cells wide) still starts where its glyph does, so it may stand first by its left
    // edge though its centre stands later; its right edge says nothing.
    int left = Integer.MAX_VALUE;
    int right = Integer.MIN_VALUE;
    for (int i = from; i < to; i++) {
      Box b = piece.get(i).box();
      left = Math.min(left, b.left());
      if (piece.get(i).plausible()) {
        right = Math.max(right, b.right());
      }
    }
    if (right == Integer.MIN_VALUE) {
      right = piece.get(to - 1).box().right();
    }
    return Math.max(1, right - left) / cells;
  }

  private static boolean isPunctuation(Token t) {
    return Chars.isWidePunctuation(t.text().codePointAt(0))
        && Chars.isWidePunctuation(Chars.lastCodePoint(t.text()));
  }

  /**
   * Whether a line has characters enough for its type size to tell display type from body type:
   * {@value #MIN_SIZED_CHARACTERS} letters at least. Two characters and a quotation mark at a
   * paragraph's end measure anything (a box of two is all padding and rounding).
   */
  static boolean sizable(List<Token> line) {
    return letters(line) >= MIN_SIZED_CHARACTERS;
  }

  /** Letters and digits among the tokens' text. */
  static int letters(List<Token> tokens) {
    int letters = 0;
    for (Token t : tokens) {
      String text = t.text();
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        letters += Character.isLetterOrDigit(cp) ? 1 : 0;
        i += Character.charCount(cp);
      }
    }
    return letters;
  }

  /** Letters a line needs for {@link #sizable}. */
  private static final int MIN_SIZED_CHARACTERS = 3;

  static boolean isSingleWide(String text) {
    int cp = text.codePointAt(0);
    return Character.charCount(cp) == text.length() && Chars.isWide(cp)
        && !Chars.isWidePunctuation(cp);
  }

  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
