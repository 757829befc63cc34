package io.github.baozhi.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code --issue-date-from-path REGEX}: a Java regular expression whose named groups read a page's
 * issue date, and perhaps its paper, from its path relative to its input root (with {@code /}
 * between folders on every system). The date is the group {@value #DATE} ({@code YYYY-MM-DD} or
 * {@code YYYYMMDD}) or the three groups {@value #YEAR}, {@value #MONTH} and {@value #DAY}; the
 * group {@value #PAPER} names the paper. The expression is searched for in the path ({@link
 * Matcher#find()}), so {@code ^…$} anchors it to the whole path.
 */
final class PathPattern {

  static final String DATE = "date";
  static final String YEAR = "year";
  static final String MONTH = "month";
  static final String DAY = "day";
  static final String PAPER = "paper";

  /** A pattern that cannot be used, with the reason. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  /**
   * What the pattern read from one path: the metadata, or why it gives no date.
   *
   * @param metadata what the path says (the paper perhaps even when it gives no date)
   * @param problem why the path gives no issue date, or null when it gives one
   */
  record Reading(PageMetadata metadata, String problem) {}

  private final Pattern pattern;
  private final boolean wholeDate;
  private final boolean dateParts;
  private final boolean paper;

  private PathPattern(Pattern pattern, boolean wholeDate, boolean dateParts, boolean paper) {
    this.pattern = pattern;
    this.wholeDate = wholeDate;
    this.dateParts = dateParts;
    this.paper = paper;
  }

  /** The pattern of {@code regex}, refused when it is no regular expression or names no date. */
  static PathPattern compile(String regex) throws Invalid {
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new Invalid("bad --issue-date-from-path pattern '" + regex + "': "
          + e.getDescription() + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
    }
    boolean wholeDate = hasGroup(regex, DATE);
    List<String> parts = List.of(YEAR, MONTH, DAY);
    List<String> missing = parts.stream().filter(g -> !hasGroup(regex, g)).toList();
    if (!wholeDate && !missing.isEmpty()) {
      throw new Invalid("--issue-date-from-path '" + regex + "' has no group (?<" + DATE
          + ">…) and no group" + (missing.size() == 1 ? " " : "s ")
          + missing.stream().map(g -> "(?<" + g + ">…)").reduce((a, b) -> a + ", " + b).orElse("")
          + "; it needs " + DATE + ", or " + YEAR + ", " + MONTH + " and " + DAY);
    }
    return new PathPattern(pattern, wholeDate, missing.isEmpty(), hasGroup(regex, PAPER));
  }

  /**
   * Whether the expression has a group of that name. Java 17 does not list the names, so this
   * asks a matcher: the expression or nothing always matches the empty string, and a group name
   * the expression lacks is refused (the line feed ends a comment of {@code (?x)}).
   */
  private static boolean hasGroup(String regex, String group) {
    try {
      Matcher m = Pattern.compile("(?:" + regex + "\n)|").matcher("");
      if (!m.lookingAt()) {
        return false;
      }
      m.group(group);
      return true;
    } catch (IllegalArgumentException e) { // a PatternSyntaxException too (a \Q never closed)
      return false;
    }
  }

  /** What {@code path} ({@code /} between folders) says of its page. */
  Reading read(String path) {
    Matcher m = pattern.matcher(path);
    if (!m.find()) {
      return new Reading(PageMetadata.NONE, "the path does not match --issue-date-from-path");
    }
    String name = paper ? m.group(PAPER) : null;
    String date = wholeDate ? m.group(DATE) : null;
    if (date == null && !dateParts) {
      return new Reading(new PageMetadata(name, null),
          "the path matches --issue-date-from-path but its group " + DATE + " is empty");
    }
    String shown = date != null ? date
        : String.join("-", orEmpty(m, YEAR), orEmpty(m, MONTH), orEmpty(m, DAY));
    try {
      LocalDate issue = date != null ? IssueDates.parse(date)
          : IssueDates.of(m.group(YEAR), m.group(MONTH), m.group(DAY));
      return new Reading(new PageMetadata(name, issue), null);
    } catch (DateTimeException e) {
      return new Reading(new PageMetadata(name, null),
          "the path's date '" + shown + "' " + IssueDates.NOT_A_DATE);
    }
  }

  private static String orEmpty(Matcher m, String group) {
    String value = m.group(group);
    return value == null ? "" : value;
  }
}
