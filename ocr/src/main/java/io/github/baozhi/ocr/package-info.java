/** Readers that turn OCR engine output with coordinates into {@link io.github.baozhi.OcrPage}s. */
package io.github.baozhi.ocr;
