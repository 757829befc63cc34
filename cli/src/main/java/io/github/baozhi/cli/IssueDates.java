package io.github.baozhi.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** Issue dates as archives write them: ISO {@code YYYY-MM-DD}, or the compact {@code YYYYMMDD}. */
final class IssueDates {

  /** Says what a date should look like, after the text that is not one. */
  static final String NOT_A_DATE = "is not a date of the form YYYY-MM-DD (or YYYYMMDD)";

  private static final Pattern COMPACT = Pattern.compile("[0-9]{8}");

  private IssueDates() {}

  /** The date {@code text} names; a DateTimeException if it names none (2024-02-30 included). */
  static LocalDate parse(String text) {
    String date = text.strip();
    return COMPACT.matcher(date).matches()
        ? LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE)
        : LocalDate.parse(date);
  }

  /** The date of a year, month and day given as digits; a DateTimeException if there is none. */
  static LocalDate of(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (NumberFormatException e) {
      throw new DateTimeException(year + "-" + month + "-" + day + " is not a date");
    }
  }
}
