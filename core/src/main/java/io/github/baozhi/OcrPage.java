package io.github.baozhi;

import java.util.List;
import java.util.Objects;

/**
 * One page of OCR engine output with coordinates: what the readers of hOCR, ALTO, PAGE XML and
 * PaddleOCR output in {@code baozhi-ocr} make of a file, and what {@link PageParser#parse(OcrPage,
 * String)} takes. It can also be built by hand from any other engine's result.
 *
 * @param width the page width in the engine's units; 0 when the file does not say
 * @param height the page height in the engine's units; 0 when the file does not say
 * @param unit the unit of every coordinate, as the file names it: {@code pixel} for hOCR, PAGE XML
 *     and PaddleOCR; ALTO's {@code MeasurementUnit} ({@code pixel}, {@code mm10}, {@code inch1200})
 * @param lines the text lines in the order the engine wrote them (which is not reading order)
 * @param regions the engine's regions, in its reading order where the file gives one; lines refer
 *     to them by index
 * @param engine the engine that wrote the file, such as {@code tesseract 5.3.0}, or an empty
 *     string
 * @param image the page image the engine read, as the file names it, or an empty string
 * @param rules the rules the engine found on the page (hOCR {@code ocr_separator}, ALTO {@code
 *     GraphicalElement}, PAGE XML {@code SeparatorRegion}), each as its box; the layout reads the
 *     long thin ones as the lines printed between columns and between modules
 * @param figures the photos and graphics the engine found (hOCR {@code ocr_photo} and {@code
 *     ocr_image}, ALTO {@code Illustration}, PAGE XML {@code ImageRegion} and {@code
 *     GraphicRegion}), each as its box: a found rule along a figure's edge is its frame
 */
public record OcrPage(int width, int height, String unit, List<OcrLine> lines,
    List<OcrRegion> regions, String engine, String image, List<Box> rules, List<Box> figures) {

  /** Copies the lists and checks the sizes and that every line's region exists. */
  public OcrPage {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(image, "image");
    if (width < 0 || height < 0) {
      throw new IllegalArgumentException("page size must not be negative: " + width + " x " + height);
    }
    lines = List.copyOf(lines);
    regions = List.copyOf(regions);
    rules = List.copyOf(rules);
    figures = List.copyOf(figures);
    for (OcrLine line : lines) {
      if (line.region() >= regions.size()) {
        throw new IllegalArgumentException("line refers to region " + line.region() + " of "
            + regions.size());
      }
    }
  }

  /** A page with no rules or figures found. */
  public OcrPage(int width, int height, String unit, List<OcrLine> lines,
      List<OcrRegion> regions, String engine, String image) {
    this(width, height, unit, lines, regions, engine, image, List.of(), List.of());
  }

  /** A page in pixels with lines only, no regions, engine or image named. */
  public static OcrPage of(int width, int height, List<OcrLine> lines) {
    return new OcrPage(width, height, "pixel", lines, List.of(), "", "");
  }
}
