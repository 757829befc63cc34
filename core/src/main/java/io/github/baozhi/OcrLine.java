package io.github.baozhi;

import java.util.List;
import java.util.Objects;

/**
 * A text line as an OCR engine wrote it. An engine line may run across several columns (Tesseract
 * reads some layouts row by row across the page); baozhi splits it at the gutters using the word
 * boxes, so the words are kept wherever the engine gives them.
 *
 * @param text the line's text as the engine wrote it; for engines that place words, the words in
 *     order, separated by single spaces
 * @param box where the line stands on the page; engines draw line boxes loosely (Tesseract's are
 *     far taller than the glyphs), so baozhi measures type from the word boxes when there are any
 * @param words the words or characters with their boxes, in the engine's order; empty when the
 *     engine places whole lines only
 * @param confidence the engine's confidence for the line from 0 to 1, or {@link Double#NaN}; for
 *     engines that score words only, the mean of the words' confidences
 * @param role what the engine says the line is, {@link OcrRole#TEXT} when it does not say
 * @param region the index of the engine's region (block) holding the line in {@link
 *     OcrPage#regions()}, or -1 when the engine gives none
 */
public record OcrLine(
    String text, Box box, List<OcrWord> words, double confidence, OcrRole role, int region) {

  /** Copies the words and checks that text, box and role are present. */
  public OcrLine {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(box, "box");
    Objects.requireNonNull(role, "role");
    words = List.copyOf(words);
    checkConfidence(confidence);
    if (region < -1) {
      throw new IllegalArgumentException("region must be -1 or an index: " + region);
    }
  }

  /** A running-text line with no words and no region, as engines that place lines only give. */
  public static OcrLine of(String text, Box box, double confidence) {
    return new OcrLine(text, box, List.of(), confidence, OcrRole.TEXT, -1);
  }

  static void checkConfidence(double confidence) {
    if (!Double.isNaN(confidence) && (confidence < 0 || confidence > 1)) {
      throw new IllegalArgumentException("confidence must be within 0 and 1, or NaN: " + confidence);
    }
  }
}
