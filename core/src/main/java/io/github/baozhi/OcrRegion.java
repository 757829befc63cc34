package io.github.baozhi;

import java.util.Objects;

/**
 * A region (block) of the page as the engine or a layout tool drew it: Tesseract's {@code
 * ocr_carea}, ALTO's {@code TextBlock}, PAGE XML's {@code TextRegion}. baozhi rebuilds columns and
 * reading order from the line and word boxes itself; regions add what they say the text is.
 *
 * @param id the engine's identifier for the region, or an empty string
 * @param box where the region stands on the page
 * @param role what the engine says the region is
 */
public record OcrRegion(String id, Box box, OcrRole role) {

  /** Checks that id, box and role are present. */
  public OcrRegion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(role, "role");
  }
}
