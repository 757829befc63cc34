package io.github.baozhi.support;

import io.github.baozhi.Box;
import io.github.baozhi.OcrRole;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.Placement;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines as the geometry front end hands them to the shared stages, built by hand for specs of a
 * rule that only engine output can show: one region, a 16-cell column, each line at the type size
 * given and one pitch under the last.
 */
public final class PlacedLines {

  private PlacedLines() {}

  /** The column's width, in half cells: 16 cells. */
  public static final int COLUMN = 2 * 16;

  /**
   * The lines, line {@code i} set at {@code typeScales[i]} times the body's size, with a column
   * break (a blank line) before line {@code breakBefore} (0-based; -1 for none).
   */
  public static List<Line> of(double[] typeScales, int breakBefore, String... texts) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      Placement placement = new Placement(new Box(0, 30 * i, 20 * texts[i].length(), 30 * i + 20),
          0, typeScales[i], 0, 0, Double.NaN, OcrRole.TEXT, false, false);
      lines.add(new Line(i + 1, texts[i], Chars.halfCells(texts[i]), COLUMN,
          i == breakBefore ? 1 : 0, false, placement));
    }
    return lines;
  }

  /** Every line in body type. */
  public static double[] bodyType(int lines) {
    double[] scales = new double[lines];
    java.util.Arrays.fill(scales, 1.0);
    return scales;
  }
}
