package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrWord;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks engine lines into tokens. Words keep the boxes the engine gave them. A line without words
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
        boolean first = true;
        for (OcrWord word : line.words()) {
          String text = Chars.strip(word.text());
          if (text.isEmpty()) {
            continue;
          }
          out.add(new Token(text, word.box(), word.confidence(), i, !first, false));
          first = false;
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The tokens with boxes of their line's height: each keeps its place across, stands on its
   * line's centre down, and takes the height of its line's glyphs. Engines box glyphs loosely down the page: Tesseract
   * draws many boxes to the full height of the line and more (a box next to a rule reaches into
   * the next line), and 一 or a comma have boxes a fraction of their cell high. Box by box, such
   * heights would close the white space between lines and between blocks; the line's lower
   * quartile of heights (its median on a line of a few glyphs), punctuation aside, is the height
   * of its ordinary glyphs.
   */
  List<Token> toLineHeight(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    int start = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.get(i).line() != tokens.get(start).line()) {
        List<Token> line = tokens.subList(start, i);
        if (line.get(0).estimated()) {
          out.addAll(line); // boxes cut from the line's own box already have its height
        } else {
          int height = glyphHeight(line);
          int centre = medianCentre(line);
          for (Token t : line) {
            Box b = t.box();
            // A glyph level with its line stands on the line's centre; one boxed well above or
            // below it (a line the engine ran across two rows, a speck) keeps its own centre and
            // no more than its own height.
            int own = (b.top() + b.bottom()) / 2;
            if (Math.abs(own - centre) <= height / 2) {
              int top = centre - height / 2;
              out.add(t.levelled(new Box(b.left(), top, b.right(), top + height)));
            } else {
              int h = Math.min(height, b.height());
              int top = own - h / 2;
              out.add(t.levelled(new Box(b.left(), top, b.right(), top + h)));
            }
          }
        }
        start = i;
      }
    }
    return List.copyOf(out);
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

  /** Characters of a line without words, their boxes estimated from the line's box. */
  private static void estimate(OcrLine line, int index, List<Token> out) {
    String text = line.text();
    int total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      total += Math.max(1, Chars.halfCells(cp));
    }
    if (total == 0) {
      return;
    }
    Box box = line.box();
    double perHalfCell = (double) box.width() / total;
    int offset = 0;
    boolean spaceBefore = false;
    int start = -1;
    int startOffset = 0;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : -1;
      int next = cp < 0 ? i + 1 : i + Character.charCount(cp);
      boolean space = cp >= 0 && Chars.isSpace(cp);
      boolean joinsPrevious = cp >= 0 && !space && start >= 0 && Chars.halfCells(cp) == 0;
      if (start >= 0 && !joinsPrevious) {
        // A combining mark or other zero-width character stays with the character before it.
        out.add(token(line, index, text.substring(start, i), box, perHalfCell, startOffset, offset,
            spaceBefore));
        spaceBefore = false;
        start = -1;
      }
      if (cp < 0) {
        break;
      }
      if (space) {
        spaceBefore = true;
      } else if (!joinsPrevious) {
        start = i;
        startOffset = offset;
      }
      offset += Math.max(1, Chars.halfCells(cp));
      i = next;
    }
  }

  private static Token token(OcrLine line, int index, String text, Box box, double perHalfCell,
      int from, int to, boolean spaceBefore) {
    int left = box.left() + (int) Math.round(from * perHalfCell);
    int right = Math.max(left, box.left() + (int) Math.round(to * perHalfCell));
    return new Token(text, new Box(left, box.top(), right, box.bottom()), line.confidence(), index,
        spaceBefore, true);
  }
}
