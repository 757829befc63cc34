package io.github.baozhi.internal.layout;

import io.github.baozhi.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a page that was scanned askew level again. Columns and bands are found by the white space
 * that runs straight down and across the page; on a page turned by half a degree, the rows of a
 * wide page climb by a line's height from one side to the other, and the white space between
 * modules closes.
 *
 * <p>The skew is read from the engine's own lines: the slope of the word centres along each line
 * that has enough words (least squares over its glyph-high boxes of letters), pooled over the page's
 * lines but for those that stray far from the median, so that a line whose words the engine boxed
 * too high or too low does not count. Engines that place whole lines only give no slope and are left
 * as they are. Each token keeps its size and is moved to where its centre stands on the page
 * turned level round the page's origin; the boxes the output reports stay as the engine gave them.
 */
final class Deskew {

  /** Words a line needs for its slope to count. */
  private static final int MIN_WORDS = 8;

  /** Boxes taller than this share of a line's median box are drawn to the line, not the glyph. */
  private static final double TALL_BOX_SHARE = 1.25;

  /** Lines whose slope lies more than this many spreads (median deviations) off are left out. */
  private static final double OUTLIER_SPREADS = 3;

  /** The least spread of slopes reckoned with, so that a page of exact lines keeps them all. */
  private static final double MIN_SLOPE_SPREAD = 1e-4;

  /** Lines with a slope a page needs before its skew is believed. */
  private static final int MIN_LINES = 3;

  /** Skews smaller than this, in radians (0.05°), are not worth turning. */
  private static final double MIN_SKEW = Math.toRadians(0.05);

  /** Skews larger than this, in radians (5°), are not scanning skew but a page set at an angle. */
  private static final double MAX_SKEW = Math.toRadians(5);

  List<Token> level(List<Token> tokens) {
    return level(tokens, angle(tokens));
  }

  /** The skew to undo, in radians: the page's skew where it is scanning skew, else 0. */
  double angle(List<Token> tokens) {
    double skew = skew(tokens);
    return Double.isNaN(skew) || Math.abs(skew) < MIN_SKEW || Math.abs(skew) > MAX_SKEW ? 0 : skew;
  }

  /** The tokens turned level by {@code angle} ({@link #angle}); the same list for 0. */
  List<Token> level(List<Token> tokens, double angle) {
    if (angle == 0) {
      return tokens;
    }
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.levelled(turned(t.box(), cos, sin))); // no box list between: every token passes here
    }
    return List.copyOf(out);
  }

  /** Boxes (the page's rules) turned level by {@code angle}, as the tokens are. */
  List<Box> levelBoxes(List<Box> boxes, double angle) {
    if (angle == 0) {
      return boxes;
    }
    double cos = Math.cos(angle);
    double sin = Math.sin(angle);
    List<Box> out = new ArrayList<>(boxes.size());
    for (Box b : boxes) {
      out.add(turned(b, cos, sin));
    }
    return List.copyOf(out);
  }

  /** A box moved to where turning its centre by -skew puts it, its size kept. */
  private static Box turned(Box b, double cos, double sin) {
    double cx = (b.left() + b.right()) / 2.0;
    double cy = (b.top() + b.bottom()) / 2.0;
    // Turning by -skew: a point right of the origin that the skew lowered rises back.
    int x = (int) Math.round(cx * cos + cy * sin);
    int y = (int) Math.round(cy * cos - cx * sin);
    int halfWidth = b.width() / 2;
    int halfHeight = b.height() / 2;
    return new Box(x - halfWidth, y - halfHeight, x - halfWidth + b.width(),
        y - halfHeight + b.height());
  }

  /** The page's skew in radians (positive when lines fall to the right), or NaN. */
  static double skew(List<Token> tokens) {
    List<Fit> fits = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.get(i).line() != tokens.get(start).line()) {
        Fit fit = fit(tokens.subList(start, i));
        if (fit != null) {
          fits.add(fit);
        }
        start = i;
      }
    }
    if (fits.size() < MIN_LINES) {
      return Double.NaN;
    }
    // Lines whose own slope strays far from the page's are boxed badly (or are no straight line:
    // a row the engine ran across two lines); the others are pooled, each about its own centre,
    // so that many short lines together tell what no one of them can.
    double[] slopes = new double[fits.size()];
    for (int i = 0; i < slopes.length; i++) {
      slopes[i] = fits.get(i).slope();
    }
    double median = Metrics.median(slopes);
    double[] deviations = new double[slopes.length];
    for (int i = 0; i < slopes.length; i++) {
      deviations[i] = Math.abs(slopes[i] - median);
    }
    double spread = Math.max(Metrics.median(deviations), MIN_SLOPE_SPREAD);
    double sxx = 0;
    double sxy = 0;
    for (Fit f : fits) {
      if (Math.abs(f.slope() - median) <= OUTLIER_SPREADS * spread) {
        sxx += f.sxx();
        sxy += f.sxy();
      }
    }
    return Math.atan(sxx == 0 ? median : sxy / sxx);
  }

  /** One line's least-squares fit of its centres: sums of squares and products about its mean. */
  private record Fit(double sxx, double sxy) {
    double slope() {
      return sxy / sxx;
    }
  }

  /**
   * The least-squares fit of one line's word centres, or null for a line of estimated boxes or too
   * few words. Least squares, not the slope between two words: on a line
   * one column wide a whole skew comes to a pixel or two, and only many centres together tell a
   * fraction of a pixel.
   */
  private static Fit fit(List<Token> line) {
    if (line.size() < MIN_WORDS || line.get(0).estimated()) {
      return null;
    }
    // Boxes the engine drew to the whole line's height stand level whatever the skew: only the
    // glyph-high ones show it.
    double[] heights = new double[line.size()];
    for (int i = 0; i < heights.length; i++) {
      heights[i] = line.get(i).page().height();
    }
    double glyph = Metrics.median(heights);
    List<Token> glyphs = new ArrayList<>();
    for (Token t : line) {
      // Punctuation stands high or low in its cell (，。 at the foot, “” at the head): only
      // characters centred in their cells show where the line runs.
      if (t.page().height() <= TALL_BOX_SHARE * glyph && Character.isLetterOrDigit(t.text().codePointAt(0))) {
        glyphs.add(t);
      }
    }
    if (glyphs.size() < MIN_WORDS) {
      return null;
    }
    double n = glyphs.size();
    double sx = 0;
    double sy = 0;
    for (Token t : glyphs) {
      sx += (t.page().left() + t.page().right()) / 2.0;
      sy += (t.page().top() + t.page().bottom()) / 2.0;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxx = 0;
    double sxy = 0;
    for (Token t : glyphs) {
      double dx = (t.page().left() + t.page().right()) / 2.0 - mx;
      double dy = (t.page().top() + t.page().bottom()) / 2.0 - my;
      sxx += dx * dx;
      sxy += dx * dy;
    }
    return sxx == 0 ? null : new Fit(sxx, sxy);
  }
}
