package io.github.baozhi;

import java.util.Objects;

/**
 * A word, or a single character, as an OCR engine placed it. Tesseract writes roughly one word per
 * Han character; engines that place whole lines only have no words.
 *
 * @param text the text the engine read, never null
 * @param box where it stands on the page
 * @param confidence the engine's confidence from 0 to 1, or {@link Double#NaN} when it gives none
 */
public record OcrWord(String text, Box box, double confidence) {

  /** Checks that text and box are present and the confidence is within 0 to 1 or NaN. */
  public OcrWord {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(box, "box");
    OcrLine.checkConfidence(confidence);
  }
}
