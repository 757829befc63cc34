package io.github.baozhi.internal.normalise;

/**
 * One line of the input as it was printed, line ending removed.
 *
 * @param number the 1-based line number in the input
 * @param text the line's text, exactly as in the input
 */
public record SourceLine(int number, String text) {}
