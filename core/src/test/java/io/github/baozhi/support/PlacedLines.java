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
      lines.add(placed(i + 1, texts[i], new Box(0, 30 * i, 20 * texts[i].length(), 30 * i + 20),
          0, typeScales[i], i == breakBefore ? 1 : 0));
    }
    return lines;
  }

  /**
   * One line of engine output, line {@code number} of the page, standing at {@code box} in region
   * {@code region}, set at {@code typeScale} times the body's size, with {@code blanks} blank
   * lines before it (1 where a region begins or white space parts it from the line before).
   */
  public static Line placed(int number, String text, Box box, int region, double typeScale,
      int blanks) {
    Placement placement = new Placement(box, region, typeScale, Double.NaN, 0, 0, Double.NaN, OcrRole.TEXT,
        false, false);
    return new Line(number, text, Chars.halfCells(text), COLUMN, blanks, false, placement);
  }

  /** Every line in body type. */
  public static double[] bodyType(int lines) {
    double[] scales = new double[lines];
    java.util.Arrays.fill(scales, 1.0);
    return scales;
  }
}
