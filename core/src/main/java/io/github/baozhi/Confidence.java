package io.github.baozhi;

/**
 * The engine's confidence in the text of an article or piece, over its words (or lines, for
 * engines that score whole lines), from 0 to 1.
 *
 * @param mean the mean over the words
 * @param min the lowest
 */
public record Confidence(double mean, double min) {

  /** Checks that both lie within 0 and 1 and the minimum is not above the mean. */
  public Confidence {
    if (!(mean >= 0 && mean <= 1 && min >= 0 && min <= mean + 1e-9)) {
      throw new IllegalArgumentException("bad confidence: mean " + mean + ", min " + min);
    }
  }
}
