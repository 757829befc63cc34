package io.github.baozhi.internal.grammar;

import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the names out of a credit such as {@code 记者 李海秀 通讯员 王五}, {@code 文/张三 图/李四} or
 * {@code 記者 張聰 北京報道}.
 *
 * <ul>
 *   <li>Role words (记者, 通讯员, 实习生, 本报记者, 文/, 图/, 编辑：, in both scripts) are dropped.
 *   <li>Names are split on {@code 、}, {@code ，}, spaces and {@code ;}.
 *   <li>Single characters in a row are one name spaced out by the typesetter: {@code 张 胜 男} is
 *       张胜男.
 *   <li>{@code 北京报道} names the place the report was filed from, not a person.
 * </ul>
 */
public final class Credits {

  /** The persons and the place a credit names. */
  public record Parsed(List<String> names, String place) {
    public Parsed {
      names = List.copyOf(names);
    }
  }

  /**
   * Either character of 编辑 standing for the word before a colon: an engine drops one of the two
   * now and then ({@code （辑：吴宗翰）}, {@code （编：黄美華）}, PaddleOCR), and neither alone opens a
   * parenthesis at a paragraph's end for any other reason.
   */
  static final String HALF_AN_EDITOR = "编編辑輯";

  /**
   * Role words. A reporter's or correspondent's role names the paper the way it names itself
   * (本报, an evening paper's 晚报, 本刊 in a magazine) and the kind of post (特派, 首席, 实习…);
   * another paper's or agency's name before 记者 (新华社记者, 南方日报记者: 日报 and 晚报 name the
   * paper only where no name runs into them) is no role but where the text came from.
   */
  private static final Pattern ROLES = Pattern.compile(
      "(?:本报|本報|本刊|(?<!\\p{IsHan})(?:晚报|晚報|日报|日報))?(?:"
          + "(?:特约|特約|全媒体|全媒體|融媒体|融媒體|见习|見習|驻站|駐站|特派|首席|实习|實習)?(?:记者|記者)"
          + "|通讯员|通訊員)"
          + "|实习生|實習生|摄影|攝影|撰文|文字|编译|編譯|编辑(?=[:：])|編輯(?=[:：])|[" + HALF_AN_EDITOR + "](?=[:：])"
          + "|(?:^|(?<=[\\s\\u3000、，,；;]))[文图圖](?=[/／:：\\s\\u3000])");

  /** What separates names: enumeration commas, slashes, colons, ASCII white space and U+3000. */
  private static final String SEPARATORS = "、，,；;/／:：\u3000 \t\n\u000B\f\r";

  /** The credit split at runs of separators (a plain scan: the credit is a few characters long). */
  private static List<String> tokens(String credit) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= credit.length(); i++) {
      if (i == credit.length() || isSeparator(credit.charAt(i))) {
        if (i > start) {
          tokens.add(credit.substring(start, i));
        }
        start = i + 1;
      }
    }
    return tokens;
  }

  private static boolean isSeparator(char c) {
    return SEPARATORS.indexOf(c) >= 0;
  }

  private static final Pattern FILED_FROM = Pattern.compile("^(\\p{IsHan}{2,4})(?:报道|報道|报导|報導)$");

  private Credits() {}

  /** A character of every role word: most credits are names alone and skip {@link #ROLES}. */
  private static final String ROLE_MARKS = "者员員生影文译譯图圖辑輯编編";

  public static Parsed parse(String credit) {
    String withoutRoles = Chars.containsAny(credit, ROLE_MARKS) ? ROLES.matcher(credit).replaceAll(" ") : credit;
    List<String> names = new ArrayList<>();
    String place = null;
    StringBuilder spacedName = new StringBuilder();
    for (String token : tokens(withoutRoles)) {
      if (token.isBlank()) {
        continue;
      }
      Matcher filed = mayBeFiledFrom(token) ? FILED_FROM.matcher(token) : null;
      if (filed != null && filed.matches()) {
        place = filed.group(1);
        continue;
      }
      if (token.codePointCount(0, token.length()) == 1 && Character.isIdeographic(token.codePointAt(0))) {
        spacedName.append(token);
        continue;
      }
      flush(spacedName, names);
      names.add(token);
    }
    flush(spacedName, names);
    return new Parsed(names, place);
  }

  /** 北京报道: every form ends in 道 or 導 (报道, 报导). */
  private static boolean mayBeFiledFrom(String token) {
    char last = token.charAt(token.length() - 1);
    return last == '道' || last == '导' || last == '導';
  }

  private static void flush(StringBuilder spacedName, List<String> names) {
    if (spacedName.length() > 0) {
      names.add(spacedName.toString());
      spacedName.setLength(0);
    }
  }
}
