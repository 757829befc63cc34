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
 * that has enough words (a Theil–Sen estimate, so that a word boxed too high or too low does not
 * count), the median over the page. Engines that place whole lines only give no slope and are left
 * as they are. Each token keeps its size and is moved to where its centre stands on the page
 * turned level round the page's origin; the boxes the output reports stay as the engine gave them.
 */
final class Deskew {

  /** Words a line needs for its slope to count. */
  private static final int MIN_WORDS = 8;

  /** Lines with a slope a page needs before its skew is believed. */
  private static final int MIN_LINES = 3;

  /** Skews smaller than this, in radians (0.05°), are not worth turning. */
  private static final double MIN_SKEW = Math.toRadians(0.05);

  /** Skews larger than this, in radians (5°), are not scanning skew but a page set at an angle. */
  private static final double MAX_SKEW = Math.toRadians(5);

  List<Token> level(List<Token> tokens) {
    double skew = skew(tokens);
    if (Double.isNaN(skew) || Math.abs(skew) < MIN_SKEW || Math.abs(skew) > MAX_SKEW) {
      return tokens;
    }
    double cos = Math.cos(skew);
    double sin = Math.sin(skew);
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      Box b = t.box();
      double cx = (b.left() + b.right()) / 2.0;
      double cy = (b.top() + b.bottom()) / 2.0;
      // Turning by -skew: a point right of the origin that the skew lowered rises back.
      int x = (int) Math.round(cx * cos + cy * sin);
      int y = (int) Math.round(cy * cos - cx * sin);
      int halfWidth = b.width() / 2;
      int halfHeight = b.height() / 2;
      out.add(t.levelled(new Box(x - halfWidth, y - halfHeight, x - halfWidth + b.width(),
          y - halfHeight + b.height())));
    }
    return List.copyOf(out);
  }

  /** The page's skew in radians (positive when lines fall to the right), or NaN. */
  static double skew(List<Token> tokens) {
    List<Double> slopes = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= tokens.size(); i++) {
      if (i == tokens.size() || tokens.get(i).line() != tokens.get(start).line()) {
        double slope = slope(tokens.subList(start, i));
        if (!Double.isNaN(slope)) {
          slopes.add(slope);
        }
        start = i;
      }
    }
    if (slopes.size() < MIN_LINES) {
      return Double.NaN;
    }
    return Math.atan(Metrics.median(slopes.stream().mapToDouble(Double::doubleValue).toArray()));
  }

  /**
   * The slope of one line's word centres: the median of the slopes between each word of its left
   * half and the word half a line to the right of it, or NaN for a line of estimated boxes or too
   * few words.
   */
  private static double slope(List<Token> line) {
    if (line.size() < MIN_WORDS || line.get(0).estimated()) {
      return Double.NaN;
    }
    List<Token> sorted = new ArrayList<>(line);
    sorted.sort((a, b) -> Integer.compare(a.centreX(), b.centreX()));
    int half = sorted.size() / 2;
    double[] slopes = new double[half];
    int n = 0;
    for (int i = 0; i < half; i++) {
      Token a = sorted.get(i);
      Token b = sorted.get(i + half);
      int dx = b.centreX() - a.centreX();
      if (dx > 0) {
        slopes[n++] = (double) (b.centreY() - a.centreY()) / dx;
      }
    }
    return n == 0 ? Double.NaN : Metrics.median(java.util.Arrays.copyOf(slopes, n));
  }
}
