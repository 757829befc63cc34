package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Engine lines set by hand for the layout tests, exactly, with no jitter: one word per character,
 * each character on a cell of the given size, its glyph inset a twentieth of the cell (a comma,
 * full stop or 、 at the lower left of its cell, a {@code |} a thin bar), Latin letters and digits
 * half a cell, spaces white.
 */
final class Sketch {

  private Sketch() {}

  /** An engine line of {@code text} whose first cell starts at {@code left}, {@code top}. */
  static OcrLine line(String text, double left, double top, double size) {
    return line(text, left, top, size, size);
  }

  /** An engine line with its characters {@code pitch} apart (letter-spaced where it is wider). */
  static OcrLine line(String text, double left, double top, double size, double pitch) {
    List<OcrWord> words = new ArrayList<>();
    double x = left;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      String ch = new String(Character.toChars(cp));
      double advance = Chars.halfCells(cp) < 2 ? pitch / 2 : pitch;
      if (!Chars.isSpace(cp)) {
        words.add(new OcrWord(ch, glyph(cp, x, top, size), 0.9));
      }
      x += advance;
    }
    return words(words);
  }

  /** An engine line of the given words, its box their union. */
  static OcrLine words(List<OcrWord> words) {
    List<Box> boxes = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (OcrWord w : words) {
      boxes.add(w.box());
      texts.add(w.text());
    }
    return new OcrLine(String.join(" ", texts), Box.union(boxes), words, 0.9, OcrRole.TEXT, -1);
  }

  /** The box a glyph's ink fills in its cell at {@code x}, {@code top}. */
  static Box glyph(int cp, double x, double top, double size) {
    double[] f;
    if ("，。、,.".indexOf(cp) >= 0) {
      f = new double[] {0.1, 0.7, 0.35, 0.92};
    } else if (cp == '|') {
      f = new double[] {0.45, -0.1, 0.55, 1.1};
    } else if (Chars.halfCells(cp) < 2) {
      f = new double[] {0.05, 0.2, 0.45, 0.9};
    } else {
      f = new double[] {0.05, 0.05, 0.95, 0.95};
    }
    return new Box((int) Math.round(x + f[0] * size), (int) Math.round(top + f[1] * size),
        (int) Math.round(x + f[2] * size), (int) Math.round(top + f[3] * size));
  }

  /** A column of lines {@code pitch} apart, the first at {@code top}; a leading "　" indents. */
  static List<OcrLine> column(double left, double top, double size, double pitch, String... lines) {
    List<OcrLine> out = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      out.add(line(lines[i], left, top + i * pitch, size));
    }
    return out;
  }

  static OcrPage page(List<OcrLine> lines) {
    return OcrPage.of(2000, 2000, lines);
  }

  /** A page with the rules an engine found on it. */
  static OcrPage page(List<OcrLine> lines, List<Box> rules) {
    return new OcrPage(2000, 2000, "pixel", lines, List.of(), "", "", rules, List.of());
  }

  /** The tokens the front end cuts: levelled and given their line's height. */
  static List<Token> tokens(OcrPage page) {
    Tokenizer tokenizer = new Tokenizer();
    return tokenizer.toLineHeight(new Deskew().level(tokenizer.tokens(page)));
  }

  /** The regions the page is cut into, with the page's own metrics. */
  static RegionFinder.Regions regions(OcrPage page) {
    List<Token> tokens = tokens(page);
    return new RegionFinder().find(tokens, page.rules(), page.figures(), Metrics.of(tokens));
  }

  /** Each region's lines, top to bottom, each its tokens' text left to right. */
  static List<List<String>> texts(RegionFinder.Regions regions) {
    List<List<String>> out = new ArrayList<>();
    for (List<Token> region : regions.regions()) {
      out.add(lines(region));
    }
    return out;
  }

  /** A region's text by engine line, the lines top to bottom. */
  static List<String> lines(List<Token> region) {
    Map<Integer, List<Token>> byLine = new LinkedHashMap<>();
    for (Token t : region) {
      byLine.computeIfAbsent(t.line(), k -> new ArrayList<>()).add(t);
    }
    List<List<Token>> rows = new ArrayList<>(byLine.values());
    rows.sort(Comparator.comparingInt(r -> r.stream().mapToInt(t -> t.box().top()).min().orElse(0)));
    List<String> out = new ArrayList<>();
    for (List<Token> row : rows) {
      StringBuilder sb = new StringBuilder();
      row.stream().sorted(Comparator.comparingInt((Token t) -> t.box().left()))
          .forEach(t -> sb.append(t.text()));
      out.add(sb.toString());
    }
    return out;
  }
}
