package io.github.baozhi;

/**
 * What an OCR engine or a layout tool says a line or region is, where it says so: hOCR's
 * {@code ocr_header} and {@code ocr_caption}, PAGE XML's region {@code type}. Engines that do not
 * classify give {@link #TEXT} throughout; baozhi treats the role as evidence, never as a verdict.
 */
public enum OcrRole {
  /** Running text, or no classification at all. */
  TEXT,
  /** A heading (headline, subhead). */
  HEADING,
  /** A caption under a picture or table. */
  CAPTION,
  /** The running head at the top of the page (paper name, date, page number, section). */
  HEADER,
  /** The running foot at the bottom of the page. */
  FOOTER,
  /** A page number standing alone. */
  PAGE_NUMBER,
  /** Text floating beside or inside something else: a marginal note, a text in a picture. */
  FLOATING
}
