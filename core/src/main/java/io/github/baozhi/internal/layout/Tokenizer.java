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

  /** How far a word may stand above or below its line's median box, as a share of its height. */
  private static final double CLAMP_SHARE = 0.2;

  /** Lines of fewer words have no median worth trimming to. */
  private static final int MIN_WORDS_TO_CLAMP = 3;

  List<Token> tokens(OcrPage page) {
    List<Token> out = new ArrayList<>();
    List<OcrLine> lines = page.lines();
    for (int i = 0; i < lines.size(); i++) {
      OcrLine line = lines.get(i);
      if (line.words().isEmpty()) {
        estimate(line, i, out);
      } else {
        int start = out.size();
        boolean first = true;
        for (OcrWord word : line.words()) {
          String text = Chars.strip(word.text());
          if (text.isEmpty()) {
            continue;
          }
          out.add(new Token(text, word.box(), word.confidence(), i, !first, false));
          first = false;
        }
        clampToLine(out, start);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Trims the word boxes of one line, {@code tokens[start..]}, to the line's own height: the
   * median top and bottom of its words, give or take {@value #CLAMP_SHARE} of that height. Engines
   * now and then draw a word box that reaches into the line above or below (Tesseract's boxes
   * for a word next to a rule do), and such a box would close the white space between two blocks.
   */
  private static void clampToLine(List<Token> tokens, int start) {
    int n = tokens.size() - start;
    if (n < MIN_WORDS_TO_CLAMP) {
      return;
    }
    int[] tops = new int[n];
    int[] bottoms = new int[n];
    for (int i = 0; i < n; i++) {
      tops[i] = tokens.get(start + i).box().top();
      bottoms[i] = tokens.get(start + i).box().bottom();
    }
    java.util.Arrays.sort(tops);
    java.util.Arrays.sort(bottoms);
    int top = tops[n / 2];
    int bottom = bottoms[n / 2];
    int slack = (int) Math.ceil(CLAMP_SHARE * Math.max(1, bottom - top));
    for (int i = start; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Box b = t.box();
      int clampedTop = Math.min(Math.max(b.top(), top - slack), b.bottom());
      int clampedBottom = Math.max(Math.min(b.bottom(), bottom + slack), clampedTop);
      if (clampedTop != b.top() || clampedBottom != b.bottom()) {
        tokens.set(i, new Token(t.text(), new Box(b.left(), clampedTop, b.right(), clampedBottom),
            t.confidence(), t.line(), t.spaceBefore(), t.estimated()));
      }
    }
  }

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
