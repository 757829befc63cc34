package io.github.baozhi.cli;

/**
 * What the command line tells the output formats.
 *
 * @param indent whether JSON is indented ({@code --pretty})
 * @param maxImageBytes the largest page image a review embeds ({@code --max-input-size})
 * @param csvByteOrderMark whether CSV opens with a UTF-8 byte-order mark ({@code --csv-bom})
 */
record Settings(boolean indent, long maxImageBytes, boolean csvByteOrderMark) {}
