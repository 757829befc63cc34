package io.github.baozhi;

import java.util.Collection;

/**
 * A rectangle on the page, in the engine's units (image pixels unless the file says otherwise),
 * with the origin at the top left. {@code right} and {@code bottom} are the far edges, so a box
 * that covers one pixel column has {@code right == left + 1}; engines that give inclusive corners
 * (hOCR's {@code bbox}) are read as they are, a pixel wider is of no consequence to layout.
 *
 * @param left the left edge
 * @param top the top edge
 * @param right the right edge, never left of {@code left}
 * @param bottom the bottom edge, never above {@code top}
 */
public record Box(int left, int top, int right, int bottom) {

  /** Checks that the box does not have a negative width or height. */
  public Box {
    if (right < left || bottom < top) {
      throw new IllegalArgumentException(
          "bad box [" + left + ", " + top + ", " + right + ", " + bottom + "]");
    }
  }

  /** The box from the two corners in any order, as engines write them. */
  public static Box of(int x0, int y0, int x1, int y1) {
    return new Box(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1));
  }

  /** The smallest box that holds every box of {@code boxes}, which must not be empty. */
  public static Box union(Collection<Box> boxes) {
    if (boxes.isEmpty()) {
      throw new IllegalArgumentException("no boxes to unite");
    }
    int left = Integer.MAX_VALUE;
    int top = Integer.MAX_VALUE;
    int right = Integer.MIN_VALUE;
    int bottom = Integer.MIN_VALUE;
    for (Box b : boxes) {
      left = Math.min(left, b.left);
      top = Math.min(top, b.top);
      right = Math.max(right, b.right);
      bottom = Math.max(bottom, b.bottom);
    }
    return new Box(left, top, right, bottom);
  }

  /** The smallest box that holds this one and {@code other}. */
  public Box union(Box other) {
    return new Box(Math.min(left, other.left), Math.min(top, other.top),
        Math.max(right, other.right), Math.max(bottom, other.bottom));
  }

  public int width() {
    return right - left;
  }

  public int height() {
    return bottom - top;
  }
}
