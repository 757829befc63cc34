package io.github.baozhi.internal.assemble;

import static io.github.baozhi.internal.evidence.Evidence.DAYS_AHEAD;

import io.github.baozhi.internal.grammar.NumberWords;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the month and day of a dateline, or of a date that opens the lead, into ISO form: {@code
 * --MM-DD} without an issue date, {@code YYYY-MM-DD} with one. A dateline is never later than the
 * issue it is printed in, so a date more than a week after the issue date belongs to the year
 * before (an issue of 2 January carries datelines of 31 December).
 */
final class DateResolver {

  private static final String NUMBER = "([0-9０-９]{1,2}|[〇一二三四五六七八九十两]{1,3})";
  private static final Pattern LEAD_DATE =
      Pattern.compile("^(?:" + NUMBER + "月)?" + NUMBER + "日(?!电|電|讯|訊)");

  /** Leads that date the story relative to the issue: 昨天 is the day before the issue date. */
  private static final Pattern RELATIVE_DAY =
      Pattern.compile("^(?<word>昨天|昨日|今天|今日|前天|前日)");

  private final LocalDate issueDate;

  DateResolver(LocalDate issueDate) {
    this.issueDate = issueDate;
  }

  /** The ISO date for a month and day (month 0: take the issue's month), or null. */
  String resolve(int month, int day) {
    if (day <= 0) {
      return null;
    }
    if (month <= 0) {
      if (issueDate == null) {
        return null;
      }
      month = issueDate.getMonthValue();
      if (day > issueDate.getDayOfMonth() + DAYS_AHEAD) {
        LocalDate previous = issueDate.minusMonths(1);
        return resolveYear(previous.getYear(), previous.getMonthValue(), day);
      }
    }
    if (issueDate == null) {
      if (month > 12 || day > 31) {
        return null;
      }
      return "--" + twoDigits(month) + "-" + twoDigits(day);
    }
    return resolveYear(issueDate.getYear(), month, day);
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private String resolveYear(int year, int month, int day) {
    try {
      LocalDate date = LocalDate.of(year, month, day);
      if (date.isAfter(issueDate.plusDays(7))) {
        date = LocalDate.of(year - 1, month, day);
      }
      return date.toString();
    } catch (DateTimeException e) {
      // An impossible date such as 2月30日 is an OCR error; report no date rather than a wrong one.
      return null;
    }
  }

  /**
   * The ISO date that opens {@code lead}, as in {@code 10月10日，…} or {@code 27日，…} (the month
   * from the issue date), or null. Vague leads (近日, 日前) have none.
   */
  String fromLead(String lead) {
    Matcher m = LEAD_DATE.matcher(lead);
    if (!m.lookingAt()) {
      return null;
    }
    int month = m.group(1) == null ? 0 : NumberWords.parse(m.group(1));
    return resolve(month, NumberWords.parse(m.group(2)));
  }

  /**
   * For a lead that dates the story relative to the issue ({@code 昨天}), the word and the date it
   * would mean given the issue date; null when the lead has no such word or no issue date is known.
   * The date is reported, not used: 昨天 in a reprinted story does not mean the day before the issue.
   */
  String[] relativeLeadDate(String lead) {
    Matcher m = RELATIVE_DAY.matcher(lead);
    if (issueDate == null || !m.lookingAt()) {
      return null;
    }
    String word = m.group("word");
    int daysBack = word.startsWith("昨") ? 1 : word.startsWith("前") ? 2 : 0;
    return new String[] {word, issueDate.minusDays(daysBack).toString()};
  }
}
