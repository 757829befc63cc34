package io.github.baozhi.cli;

import java.time.LocalDate;

/**
 * What an archive says of a page beyond its text: the paper it was printed in and the date of its
 * issue, from {@code --manifest}, {@code --issue-date-from-path} or {@code --issue-date}. The
 * date resolves the page's partial dates ({@code 10月10日}); both are written to the output with
 * the page.
 *
 * @param paper the paper's name, or null when nothing names it
 * @param issueDate the issue date, or null when none is known
 */
record PageMetadata(String paper, LocalDate issueDate) {

  /** A page of which nothing is known: its output is exactly what it was before metadata. */
  static final PageMetadata NONE = new PageMetadata(null, null);

  PageMetadata {
    if (paper != null && paper.isBlank()) {
      paper = null;
    }
  }

  /** The issue date as ISO {@code YYYY-MM-DD}, or null. */
  String issueDateText() {
    return issueDate == null ? null : issueDate.toString();
  }

  /** This metadata, each field it lacks taken from {@code fallback}. */
  PageMetadata orElse(PageMetadata fallback) {
    return new PageMetadata(paper != null ? paper : fallback.paper(),
        issueDate != null ? issueDate : fallback.issueDate());
  }
}
