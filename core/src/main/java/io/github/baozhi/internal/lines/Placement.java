package io.github.baozhi.internal.lines;

import io.github.baozhi.Box;
import io.github.baozhi.OcrRole;

/**
 * Where a line of engine output stands on the page and what the engine said of it.
 *
 * @param box the line's box in page coordinates, from its words where the engine gives them
 * @param region the index of the rebuilt region (column piece) the line belongs to, in reading
 *     order
 * @param typeScale the line's type size (glyph height) relative to the page's body text
 * @param confidenceSum the sum of the engine's confidences over the line's words (or of the line
 *     itself), for means over several lines
 * @param confidenceCount how many confidences {@code confidenceSum} holds; 0 when the engine gives
 *     none
 * @param minConfidence the lowest of them, or NaN when there are none
 * @param role what the engine said the line is
 */
public record Placement(Box box, int region, double typeScale, double confidenceSum,
    int confidenceCount, double minConfidence, OcrRole role) {}
