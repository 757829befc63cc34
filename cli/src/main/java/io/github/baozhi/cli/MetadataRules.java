package io.github.baozhi.cli;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which paper and issue date each input gets, field by field: the {@code --manifest} row that
 * lists it first, then what {@code --issue-date-from-path} reads from its path, then {@code
 * --issue-date} for the date. An input that a rule in force says nothing of (one the manifest does
 * not list, a path the pattern does not match) gets a warning that says so and what it got
 * instead: an archive run must not lose its dates in silence.
 */
final class MetadataRules {

  /** The metadata of one input, and the warning about it or null. */
  record Resolution(PageMetadata metadata, String warning) {}

  private final Manifest manifest;
  private final PathPattern pattern;
  private final LocalDate issueDate;

  /**
   * @param manifest the manifest, or null
   * @param pattern the path pattern, or null
   * @param issueDate the run's {@code --issue-date}, or null
   */
  MetadataRules(Manifest manifest, PathPattern pattern, LocalDate issueDate) {
    this.manifest = manifest;
    this.pattern = pattern;
    this.issueDate = issueDate;
  }

  Resolution resolve(Input input) {
    PageMetadata found = PageMetadata.NONE;
    List<String> notes = new ArrayList<>();
    String dateFrom = null;
    if (manifest != null) {
      Manifest.Row row = input.path() == null ? null : manifest.find(input.path());
      if (row == null) {
        notes.add("not in --manifest " + manifest.name());
      } else {
        found = row.metadata();
        dateFrom = found.issueDate() != null ? "from --manifest row " + row.number() : null;
      }
    }
    if (pattern != null && (found.issueDate() == null || found.paper() == null)) {
      PathPattern.Reading reading = input.path() == null
          ? new PathPattern.Reading(PageMetadata.NONE, "standard input has no path to read a date from")
          : pattern.read(input.rootRelative().toString().replace(File.separatorChar, '/'));
      if (found.issueDate() == null) {
        if (reading.problem() != null) {
          notes.add(reading.problem());
        } else {
          dateFrom = "from its path";
        }
      }
      found = found.orElse(reading.metadata());
    }
    if (found.issueDate() == null && issueDate != null) {
      found = found.orElse(new PageMetadata(null, issueDate));
      dateFrom = "from --issue-date";
    }
    if (notes.isEmpty()) {
      return new Resolution(found, null);
    }
    String outcome = found.issueDate() == null
        ? "no issue date, so partial dates stay --MM-DD"
        : "issue date " + found.issueDateText() + " " + dateFrom;
    return new Resolution(found, String.join("; ", notes) + "; " + outcome);
  }
}
