package io.github.baozhi;

import java.util.List;
import java.util.Objects;

/**
 * The dateline (电头) that opens an article, such as {@code 本报北京5月27日电（记者 李海秀）}.
 *
 * @param text the dateline exactly as printed, including an attached credit in parentheses
 * @param source the issuing paper or agency, such as {@code 本报} or {@code 新华社}
 * @param place the city, or {@code null} when none is given
 * @param date an ISO date: {@code --MM-DD} when only month and day are known, {@code YYYY-MM-DD}
 *     when the issue date resolves the year, or {@code null}
 * @param reporters the names in the dateline's credit, possibly empty
 */
public record Dateline(String text, String source, String place, String date, List<String> reporters) {

  /** Copies the reporters and checks that text and source are present. */
  public Dateline {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    reporters = List.copyOf(reporters);
  }
}
