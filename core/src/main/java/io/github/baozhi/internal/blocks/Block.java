package io.github.baozhi.internal.blocks;

import io.github.baozhi.internal.lines.Line;
import java.util.Arrays;
import java.util.List;

/**
 * A run of lines that reads as one unit: a paragraph unwrapped across line and column breaks, or a
 * group of headline lines.
 *
 * @param lines the source lines, in order
 * @param text the lines unwrapped into one string
 * @param lineStarts the offset in {@code text} where each line starts
 */
public record Block(List<Line> lines, String text, int[] lineStarts) {

  /**
   * The line starts of every block of one line, shared: most blocks of a page of bylines or
   * labels are one line, and each page keeps all its blocks until it is assembled. Never written.
   */
  private static final int[] ONE_LINE = {0};

  public Block {
    lines = List.copyOf(lines);
    lineStarts = lineStarts.length == 1 && lineStarts[0] == 0 ? ONE_LINE : lineStarts.clone();
  }

  /** The 1-based number of the first source line. */
  public int firstLine() {
    return lines.get(0).number();
  }

  /** The 1-based number of the last source line. */
  public int lastLine() {
    return lines.get(lines.size() - 1).number();
  }

  /** The source line number holding the character at {@code offset} of {@link #text()}. */
  public int lineAt(int offset) {
    int index = Arrays.binarySearch(lineStarts, offset);
    if (index < 0) {
      index = -index - 2;
    }
    // Equal starts (an empty line) resolve to the last of them; clamp into range.
    index = Math.max(0, Math.min(index, lines.size() - 1));
    return lines.get(index).number();
  }

  /** The lines' texts joined with one space, as headline parts are printed. */
  public String spacedText() {
    StringBuilder out = new StringBuilder();
    for (Line line : lines) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(line.text());
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Block b && lines.equals(b.lines) && text.equals(b.text)
        && Arrays.equals(lineStarts, b.lineStarts);
  }

  @Override
  public int hashCode() {
    return lines.hashCode() * 31 + Arrays.hashCode(lineStarts);
  }

  @Override
  public String toString() {
    return "Block[" + firstLine() + "-" + lastLine() + ": " + text + "]";
  }
}
