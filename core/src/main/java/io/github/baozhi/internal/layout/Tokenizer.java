package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrWord;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Breaks engine lines into tokens. Words keep the boxes the engine gave them, but for a word that
 * holds a mark of punctuation among text, which is cut into its characters. A line without words
 * is cut into characters whose boxes share the line's height and divide its width by display
 * width (a CJK character two half cells, a Latin letter or digit one), so that a line the engine
 * ran across a gutter can still be split where the other lines show the gutter to be.
 */
final class Tokenizer {


  List<Token> tokens(OcrPage page) {
    List<Token> out = new ArrayList<>();
    List<OcrLine> lines = page.lines();
    for (int i = 0; i < lines.size(); i++) {
      OcrLine line = lines.get(i);
      if (line.words().isEmpty()) {
        estimate(line, i, out);
      } else {
        // Every word but the line's leftmost follows a word break, whatever order the engine
        // listed the words in.
        OcrWord leftmost = null;
        for (OcrWord word : line.words()) {
          if (!Chars.strip(word.text()).isEmpty() && (leftmost == null
              || word.box().left() < leftmost.box().left()
              || word.box().left() == leftmost.box().left() && word.box().top() < leftmost.box().top())) {
            leftmost = word;
          }
        }
        for (OcrWord word : line.words()) {
          String text = Chars.strip(word.text());
          if (text.isEmpty()) {
            continue;
          }
          if (holdsMarkAmongText(text)) {
            spread(text, boxUpToNextWord(word, line), word.confidence(), i,
                word != leftmost ? WORD_BREAK : Token.NO_SPACE, false, out);
          } else {
            out.add(new Token(text, word.box(), word.confidence(), i,
                word != leftmost ? WORD_BREAK : Token.NO_SPACE, false));
          }
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The tokens with boxes of their line's height: each keeps its place across, stands on its
   * line's centre down, and takes the height of its line's glyphs. Engines box glyphs loosely
   * down the page: Tesseract draws many boxes to the full height of the line and more (a box next
   * to a rule reaches into the next line), and 一 or a comma have boxes a fraction of their cell
   * high. Box by box, such
   * heights would close the white space between lines and between blocks; the line's lower
   * quartile of heights (its median on a line of a few glyphs), punctuation aside, is the height
   * of its ordinary glyphs. A piece of a line set in display type beside text is levelled on its
   * own ({@link #displayPieces}), measured against the page's body type as the raw boxes show it.
   */
  List<Token> toLineHeight(List<Token> tokens) {
    Metrics raw = Metrics.of(tokens);
    List<Token> out = new ArrayList<>(tokens.size());
    int start = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.get(i).line() != tokens.get(start).line()) {
        List<Token> line = tokens.subList(start, i);
        if (line.get(0).estimated()) {
          out.addAll(line); // boxes cut from the line's own box already have its height
        } else {
          Map<Token, Box> levelled = new IdentityHashMap<>();
          List<List<Token>> display = displayPieces(line, raw);
          if (display.isEmpty()) {
            level(line, levelled);
          } else {
            Set<Token> shown = Collections.newSetFromMap(new IdentityHashMap<>());
            display.forEach(shown::addAll);
            level(line.stream().filter(t -> !shown.contains(t)).toList(), levelled);
            display.forEach(piece -> level(piece, levelled));
          }
          for (Token t : line) {
            out.add(t.levelled(levelled.get(t)));
          }
        }
        start = i;
      }
    }
    return List.copyOf(out);
  }

  /**
   * Gives each glyph of {@code glyphs}, one run of one type size, its run's height and centre:
   * see {@link #toLineHeight}.
   */
  private static void level(List<Token> glyphs, Map<Token, Box> levelled) {
    int height = glyphHeight(glyphs);
    int centre = medianCentre(glyphs);
    for (Token t : glyphs) {
      Box b = t.box();
      // A glyph level with its line stands on the line's centre; one boxed well above or
      // below it (a line the engine ran across two rows, a speck) keeps its own centre and
      // no more than its own height.
      int own = (b.top() + b.bottom()) / 2;
      if (Math.abs(own - centre) <= height / 2) {
        int top = centre - height / 2;
        levelled.put(t, new Box(b.left(), top, b.right(), top + height));
      } else {
        int h = Math.min(height, b.height());
        int top = own - h / 2;
        levelled.put(t, new Box(b.left(), top, b.right(), top + h));
      }
    }
  }

  /**
   * The pieces of a line that are set in display type beside text, none where nothing else on
   * the line is text: an engine that
   * reads a page row by row (Tesseract) runs a headline and the column line beside it into one
   * line. Such a piece (between gaps, as {@link Metrics#pieces} parts them) is measured both ways
   * a headline differs from text, against the page's body type as the engine's raw boxes show it:
   * by its pitch, at least {@link RegionFinder#DISPLAY_SCALE} times the body's cell, and by its
   * glyphs, at least {@link RegionFinder#DISPLAY_HEIGHT_SCALE} times the body's height. Given the
   * line's height, the headline would look like body type to every later stage; loose boxes
   * alone (a piece that Tesseract boxed to the full line height next to a rule) or a piece that
   * looks wide only because the engine missed characters fail one of the two.
   */
  private static List<List<Token>> displayPieces(List<Token> line, Metrics raw) {
    List<List<Token>> pieces = Metrics.pieces(sortedByLeft(line));
    if (pieces.size() < 2) {
      return List.of();
    }
    List<List<Token>> display = new ArrayList<>();
    boolean textBeside = false;
    for (List<Token> piece : pieces) {
      if (!Metrics.sizable(piece)) {
        continue;
      }
      double pitch = Metrics.pieceSize(piece);
      int height = glyphHeight(piece);
      if (pitch >= RegionFinder.DISPLAY_SCALE * raw.cell()
          && height >= RegionFinder.DISPLAY_HEIGHT_SCALE * raw.bodySize()
          && pitch >= MIN_DISPLAY_PITCH_HEIGHTS * height
          && pitch <= MAX_DISPLAY_PITCH_HEIGHTS * height) {
        display.add(piece);
      } else {
        textBeside = true;
      }
    }
    // Beside nothing but specks and marks (a dot the engine read next to a title), the line is
    // the headline's own, levelled as one.
    return textBeside ? display : List.of();
  }

  /**
   * A piece of display type steps on at least this many of its glyph heights: CJK glyphs are
   * square and fill most of their cell, so glyphs boxed much taller than their pitch are loose
   * boxes (Tesseract's beside a rule reach into the next line), not large type.
   */
  private static final double MIN_DISPLAY_PITCH_HEIGHTS = 0.75;

  /**
   * A piece of display type steps on at most this many of its glyph heights: a title tracked
   * out by up to a full em; wider, the engine missed characters of the piece or read specks.
   */
  private static final double MAX_DISPLAY_PITCH_HEIGHTS = 2.0;

  /** The tokens left to right: as they are where the engine wrote them so (most lines), no copy. */
  private static List<Token> sortedByLeft(List<Token> tokens) {
    boolean sortedAlready = true;
    for (int i = 1; i < tokens.size() && sortedAlready; i++) {
      sortedAlready = tokens.get(i - 1).box().left() <= tokens.get(i).box().left();
    }
    if (sortedAlready) {
      return tokens;
    }
    List<Token> sorted = new ArrayList<>(tokens);
    sorted.sort(java.util.Comparator.comparingInt(t -> t.box().left()));
    return sorted;
  }

  private static int medianCentre(List<Token> line) {
    int[] centres = new int[line.size()];
    for (int i = 0; i < centres.length; i++) {
      centres[i] = line.get(i).centreY();
    }
    java.util.Arrays.sort(centres);
    return centres[centres.length / 2];
  }

  /** The line's glyph height, punctuation aside: see {@link #toLineHeight}. */
  private static int glyphHeight(List<Token> line) {
    int[] heights = new int[line.size()];
    int n = 0;
    for (Token t : line) {
      if (!Chars.isWidePunctuation(t.text().codePointAt(0))) {
        heights[n++] = t.box().height();
      }
    }
    if (n == 0) {
      for (Token t : line) {
        heights[n++] = t.box().height();
      }
    }
    java.util.Arrays.sort(heights, 0, n);
    // A low quantile, as loose boxes only ever make glyphs look taller; on a short line, whose
    // few glyphs may include 一, the median.
    return Math.max(1, heights[n >= MIN_GLYPHS_FOR_QUARTILE ? (n - 1) / 4 : n / 2]);
  }

  /** Lines of this many glyphs or more take the lower quartile of their heights, else the median. */
  private static final int MIN_GLYPHS_FOR_QUARTILE = 8;

  /**
   * Whether a word holds a mark of punctuation beside other characters: such a word is cut into
   * its characters. Tesseract reads the white of an unruled gutter as a quotation mark and glues
   * it to the glyph beside it (a word {@code ”的} reaching a cell into the gutter), and glues a
   * line's comma or full stop to the glyphs before it; as one word, the mark's box closes the
   * gutter that the layout stage finds where no glyph but marks stands. Words of text alone
   * keep the engine's box: cut evenly, a loose box of three glyphs misplaces them, and splitting
   * them measured worse on headlines and datelines.
   */
  private static boolean holdsMarkAmongText(String text) {
    boolean mark = false;
    boolean other = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Chars.isWidePunctuation(cp)) {
        mark = true;
      } else {
        other = true;
      }
    }
    return mark && other;
  }

  /**
   * The word's box, reaching no further right than the next word of its line starts: Tesseract
   * boxes a word over its neighbours now and then, and its characters, spread over such a box,
   * would stand past the next word's and be read after them.
   */
  private static Box boxUpToNextWord(OcrWord word, OcrLine line) {
    Box box = word.box();
    int next = box.right();
    for (OcrWord other : line.words()) {
      int left = other.box().left();
      if (other != word && left > box.left() && left < next && !Chars.strip(other.text()).isEmpty()) {
        next = left;
      }
    }
    return next == box.right() ? box : new Box(box.left(), box.top(), next, box.bottom());
  }

  /** Characters of a line without words, their boxes estimated from the line's box. */
  private static void estimate(OcrLine line, int index, List<Token> out) {
    spread(line.text(), line.box(), line.confidence(), index, Token.NO_SPACE, true, out);
  }

  /**
   * The characters of {@code text} as tokens whose boxes divide {@code box}'s width by display
   * width (a CJK character two half cells, a Latin letter or digit one); a combining mark stays
   * with the character before it, and a space marks a word break before the next character (an
   * ideographic space among the run's spaces is the one kept, see {@link Token#space}).
   */
  private static void spread(String text, Box box, double confidence, int index,
      char spaceBeforeFirst, boolean estimated, List<Token> out) {
    int total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      total += Math.max(1, Chars.halfCells(cp));
    }
    if (total == 0) {
      return;
    }
    double perHalfCell = (double) box.width() / total;
    int offset = 0;
    char spaceBefore = spaceBeforeFirst;
    int start = -1;
    int startOffset = 0;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : -1;
      int next = cp < 0 ? i + 1 : i + Character.charCount(cp);
      boolean space = cp >= 0 && Chars.isSpace(cp);
      boolean joinsPrevious = cp >= 0 && !space && start >= 0 && Chars.halfCells(cp) == 0;
      if (start >= 0 && !joinsPrevious) {
        // A combining mark or other zero-width character stays with the character before it.
        out.add(token(text.substring(start, i), box, confidence, index, perHalfCell, startOffset,
            offset, spaceBefore, estimated));
        spaceBefore = Token.NO_SPACE;
        start = -1;
      }
      if (cp < 0) {
        break;
      }
      if (space) {
        spaceBefore = cp == Token.IDEOGRAPHIC_SPACE || spaceBefore == Token.IDEOGRAPHIC_SPACE
            ? Token.IDEOGRAPHIC_SPACE : WORD_BREAK;
      } else if (!joinsPrevious) {
        start = i;
        startOffset = offset;
      }
      offset += Math.max(1, Chars.halfCells(cp));
      i = next;
    }
  }

  /** The space a word break stands for in the line's text. */
  private static final char WORD_BREAK = ' ';

  private static Token token(String text, Box box, double confidence, int index,
      double perHalfCell, int from, int to, char spaceBefore, boolean estimated) {
    int left = box.left() + (int) Math.round(from * perHalfCell);
    int right = Math.max(left, box.left() + (int) Math.round(to * perHalfCell));
    return new Token(text, new Box(left, box.top(), right, box.bottom()), confidence, index,
        spaceBefore, estimated);
  }
}
