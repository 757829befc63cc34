package io.github.baozhi.internal.grammar;

import java.util.List;

/**
 * A dateline found at the start of a paragraph.
 *
 * @param end the offset just past the dateline (and its credit) in the paragraph text
 * @param text the dateline as printed
 * @param source the issuing paper or agency
 * @param place the city, or null
 * @param month the month, or 0 when not given
 * @param day the day, or 0 when not given
 * @param reporters the names in the attached credit
 */
public record DatelineMatch(
    int end, String text, String source, String place, int month, int day, List<String> reporters) {

  public DatelineMatch {
    reporters = List.copyOf(reporters);
  }
}
