package io.github.baozhi.cli;

/**
 * What the command line tells the output formats.
 *
 * @param indent whether JSON is indented ({@code --pretty})
 * @param maxImageBytes the largest page image a review embeds ({@code --max-input-size})
 * @param csvByteOrderMark whether CSV opens with a UTF-8 byte-order mark ({@code --csv-bom})
 * @param metadataColumns whether CSV has the columns {@code paper} and {@code issue_date}: when
 *     the run gives pages metadata ({@code --manifest}, {@code --issue-date-from-path}, {@code
 *     --issue-date}), so that a table's columns are one run's decision, not each page's
 */
record Settings(boolean indent, long maxImageBytes, boolean csvByteOrderMark,
    boolean metadataColumns) {}
