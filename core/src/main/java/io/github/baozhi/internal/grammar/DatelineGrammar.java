package io.github.baozhi.internal.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline (电头) that opens a news article.
 *
 * <p>The grammar, in order:
 *
 * <pre>
 *   dateline := [据] source [place] [date] [kind] ("讯" | "电") [credit]
 *   source   := 本报 | 新华社 | 中新社 | 中央社 | Han{1,6} ("报" | "网" | "社")     (both scripts)
 *   date     := [number "月"] number "日"                      (digits of either width, or Chinese)
 *   kind     := 专 | 体育专 | 快                                (a 专电 and the like)
 *   credit   := "（" text "）"                                   (either width of parentheses)
 * </pre>
 *
 * A place needs a date after it, and "电" needs a date: {@code 新华社北京2月27日电}. Simplified and
 * Traditional forms are both listed, so the text is never converted.
 */
public final class DatelineGrammar {

  private static final String NUMBER = "(?:[0-9０-９]{1,2}|[〇一二三四五六七八九十两]{1,3})";

  private static final Pattern DATELINE = Pattern.compile(
      "^(?<via>[据據])?"
          + "(?<source>本报|本報|新华社|新華社|中新社|中央社|\\p{IsHan}{1,6}?(?:报|報|网|網|社))"
          + "(?:(?<place>\\p{IsHan}{2,8}?)?(?:(?<month>" + NUMBER + ")月)?(?<day>" + NUMBER + ")日)?"
          + "(?:专|專|体育专|體育專|快)?"
          + "(?<kind>讯|訊|电|電)"
          + "(?<credit>[ \\u3000]?[（(](?<creditText>[^（）()]{1,40})[）)])?");

  private static final Pattern REPORTER_ROLES = Pattern.compile(
      "本报记者|本報記者|特约记者|特約記者|全媒体记者|全媒體記者|融媒体记者|融媒體記者|实习生|實習生|"
          + "通讯员|通訊員|见习记者|見習記者|记者|記者");

  private static final Pattern NAME_SEPARATORS = Pattern.compile("[、，,；;\\s\\u3000]+");

  /** The dateline at the start of {@code paragraph}, if there is one. */
  public Optional<DatelineMatch> match(String paragraph) {
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    boolean wire = m.group("kind").equals("电") || m.group("kind").equals("電");
    if (wire && m.group("day") == null) {
      return Optional.empty();
    }
    if (m.group("place") != null && m.group("day") == null) {
      return Optional.empty();
    }
    int month = m.group("month") == null ? 0 : NumberWords.parse(m.group("month"));
    int day = m.group("day") == null ? 0 : NumberWords.parse(m.group("day"));
    if (month > 12 || day > 31 || month < 0 || day < 0) {
      return Optional.empty();
    }
    List<String> reporters = m.group("creditText") == null
        ? List.of() : reporters(m.group("creditText"));
    return Optional.of(new DatelineMatch(
        m.end(), m.group(), m.group("source"), m.group("place"), month, day, reporters));
  }

  /** Names in a credit such as {@code 记者 李海秀 通讯员 王五}: role words are dropped. */
  static List<String> reporters(String credit) {
    List<String> names = new ArrayList<>();
    String withoutRoles = REPORTER_ROLES.matcher(credit).replaceAll(" ");
    for (String part : NAME_SEPARATORS.split(withoutRoles)) {
      if (!part.isBlank()) {
        names.add(part.strip());
      }
    }
    return names;
  }
}
