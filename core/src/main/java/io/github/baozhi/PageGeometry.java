package io.github.baozhi;

import java.util.Objects;

/**
 * What engine output says of the page as a whole; absent for text input.
 *
 * @param width the page width in {@code unit}s, 0 when the file does not say
 * @param height the page height, 0 when the file does not say
 * @param unit the unit of every box on the page: {@code pixel}, or ALTO's {@code mm10} or {@code
 *     inch1200}
 * @param image the page image the engine read, as the file names it, or an empty string
 * @param engine the engine that wrote the file, or an empty string
 */
public record PageGeometry(int width, int height, String unit, String image, String engine) {

  /** Checks that the names are present. */
  public PageGeometry {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(engine, "engine");
  }
}
