package io.github.baozhi.internal.grammar;

import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the dateline (电头) that opens a news article, in Simplified and Traditional script.
 *
 * <p>Three shapes are known; each may stand in brackets ({@code 【】 〔〕 （）}):
 *
 * <pre>
 *   wire     := [据] source [place] [[month "月"] day "日"] [专 | 体育专 | 快] ("讯" | "电" | "消息")
 *               [credit] [reported]
 *   agency   := "中央社" ["记者" names] place day "日" (["专"] "电" | ["综合外电"] "报导")
 *   reporter := [source] ("记者" | "特派员" | "编译") name "／" place [day "日"] "报导"
 *
 *   source   := 本报 | 新华社 | 中新社 | 中央社 | Han{1,6} "报" | Han{2,6} ("网" | "社" | "电视台")
 *             | Han{1,4} ("融媒体中心" | "融媒" | "新闻中心")
 *   credit   := "（" names and roles "）"                  e.g. （记者 张三、李四 通讯员 王五）
 *   reported := "记者" name "报道" "："                     e.g. 本报讯 记者张三报道：
 *   number   := digits of either width (Tesseract's ] for a 1) | Chinese numerals (十四)
 * </pre>
 *
 * <p>Where an engine lost the 讯 of 本报讯, {@code 本報（記者X）} and {@code 【本報】} still open the
 * article: nothing else is printed so. A place needs a date after it, and "电" needs a date: {@code 新华社北京2月27日电} but never
 * {@code 人民网电}. 消息 is the word of broadcasters' news sites ({@code 央视网消息}, {@code
 * 央广网北京12月2日消息}), a county's media centre reports as a paper does ({@code 县融媒体中心讯}),
 * the Central News Agency credits a report it compiled from the wires to no reporter ({@code
 * （中央社台北2日綜合外電報導）}), and a correspondent abroad files as 特派员 ({@code
 * 〔駐日特派員X／東京2日報導〕}). Every keyword is listed in both scripts ({@code 讯/訊, 电/電, 报/報, 记者/記者}),
 * so the page text is never converted.
 */
public final class DatelineGrammar {

  private static final String NUMBER = "(?:" + NumberWords.DIGITS + "|[〇一二三四五六七八九十两]{1,3})";
  private static final String HAN = "\\p{IsHan}";
  private static final String SOURCE =
      "本报|本報|新华社|新華社|中新社|中央社|" + HAN + "{1,6}?(?:报|報)|" + HAN + "{2,6}?(?:网|網|社|电视台|電視台)|"
          + HAN + "{1,4}?(?:融媒体中心|融媒體中心|融媒中心|融媒|新闻中心|新聞中心)";
  private static final String REPORTER = "(?:记者|記者)";
  /**
   * Who files a report from a place: a reporter, a correspondent posted abroad, or the desk's
   * translator, who compiles foreign news ({@code 〔編譯X／綜合報導〕}).
   */
  private static final String FILER = "(?:记者|記者|特派员|特派員|编译|編譯)";
  /**
   * The roles of a report's credit set after 讯 without parentheses ({@code 本报讯 记者 张三
   * 通讯员 李四 报道}): its reporters, stringers and interns.
   */
  private static final String ROLE = "(?:记者|記者|通讯员|通訊員|实习生|實習生)";

  /** 报道 in either script, or in both at once, as an engine with a Simplified model reads 報導 ({@code 报導}). */
  private static final String REPORTED = "[报報][道導导]";

  /**
   * The slash between a filed report's names and its place, in its forms and as engines misread
   * it: PaddleOCR reads a ／ next to a bracket as the bracket ({@code [記者X】基隆報導）}).
   */
  private static final String FILED_SLASH = "[／/╱∕】\\]]";

  /** {@link #REPORTED}, or its 導 alone where an engine dropped the 報 before it. */
  private static final String REPORTED_OR_LOST = "[报報]?[道導导]";

  /**
   * One stray space, which OCR engines put inside a dateline now and then ({@code 9月12 日电}): the
   * grammar allows one between its parts, never more.
   */
  private static final String SP = "[ \\u3000]?";

  /**
   * What may stand between 讯 or 电 and the credit's parenthesis: a space, or one mark an engine
   * read from the white or a speck there ({@code 晚报讯·（记者 阙晓楠）}, PaddleOCR), which no paper
   * sets.
   */
  private static final String CREDIT_GAP = "[ \\u3000·•・.]?";

  /**
   * What opens the reporter's credit after 讯 or 电: a parenthesis, or what Tesseract reads for one
   * ({@code 〈}, {@code 《}, or both, {@code 〈《}), closed by a parenthesis all the same; a title in
   * 《》 is closed by 》 and never matches.
   */
  static final String CREDIT_OPEN = "(?:[（(〈]|[〈《]{1,2})";

  /**
   * A place of one character right after 本报, before a date: no place is named so, but an engine
   * drops a character of a two-character one ({@code 本报水12月27日电} for 本报岫水…, PaddleOCR), and
   * 本报, a character and a date and 电 open nothing else.
   */
  private static final String LOST_PLACE = "(?<=本[报報])" + HAN;

  /** A wire dateline's place and date, {@code 北京7月14日}: every part optional but the day. */
  private static final String WIRE_DATE =
      "(?:(?<place>" + LOST_PLACE + "|" + HAN + "{2,8}?)?" + SP + "(?:(?<month>" + NUMBER + ")" + SP + "月" + SP + ")?"
          + "(?<day>" + NUMBER + ")" + SP + "日" + SP + ")?";

  static final Pattern WIRE = wire(WIRE_DATE);

  /**
   * {@link #WIRE} with a date that never matches, its groups kept (and null): for a text in which
   * {@link #mayHoldWireDate} finds that no date could match. The date's place and numbers are
   * tried at every length before 讯 is reached ({@code 本报讯 10月10日，}), which was half the
   * expression's time; with the date ruled out it fails at once, and the rest of the expression
   * reads the same chars in the same order, so the match, its groups and {@code hitEnd} are the
   * same.
   */
  private static final Pattern WIRE_UNDATED = wire("(?:(?<place>(?!))(?<month>)(?<day>))?");

  private static Pattern wire(String date) {
    return Pattern.compile(
      "^(?<open>[【〔\\[])?"
          + "(?<via>[据據])?"
          + "(?<source>" + SOURCE + ")" + SP
          + date
          + "(?:专|專|体育专|體育專|快)?"
          + "(?<kind>讯|訊|电|電|消息)"
          + "(?<credit>" + CREDIT_GAP + CREDIT_OPEN + "(?<creditText>[^（）()〈〉《]{1,40})[）)〉])?"
          + "(?<close>[】〕\\]])?"
          + "(?<roster>(?:[ \\u3000]?" + ROLE + "[ ]?" + HAN + "{2,4}(?:[ 、]" + HAN + "{2,4})*?){1,3}"
          + "(?:[ ]?" + REPORTED + "[：:]?|(?=\\u3000)))?"
          + "(?<reported>[ \\u3000]*" + REPORTER + "(?<reportedNames>" + HAN + "{2,4}(?:、" + HAN + "{2,4})*)"
          + REPORTED + "[：:])?");
  }

  /**
   * Chars that none of {@link #WIRE_DATE}'s parts, nor the 专 and the kind after it, can match:
   * ASCII but digits, {@code ]} and the space, and the punctuation that follows a date or ends a
   * clause. None is a Han char, a digit or a space ({@code DatelineGrammarTest} checks).
   */
  static final String NOT_IN_WIRE_DATE = "，。、；：！？“”‘’（）《》〈〉【】〔〕…—·";

  private static final Chars.Table NOT_IN_WIRE_DATE_TABLE = Chars.table(NOT_IN_WIRE_DATE);

  /** Kinds a wire date may be followed by, 消 for 消息, as {@link #WIRE} reads them. */
  private static final Chars.Table WIRE_KINDS = Chars.table("讯訊电電消");

  /**
   * Whether {@link #WIRE_DATE} may take part in {@link #WIRE}'s match of {@code text} or of any
   * text that {@code text} begins: false only where a char the date cannot hold ({@link
   * #NOT_IN_WIRE_DATE}) stands before the text's end and no 日 before it is followed, past one
   * space and 专 (体育专, 快), by a kind. Every part of the wire before the date (bracket, 据,
   * source, space) is Han or a space but the bracket at index 0, so the date starts before that
   * char and can read no further, and never reaches the text's end: {@link #WIRE_UNDATED} then
   * matches as {@link #WIRE} does, with the same {@code hitEnd}.
   */
  private static boolean mayHoldWireDate(String text) {
    int n = text.length();
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80 ? !(c >= '0' && c <= '9' || c == ']' || c == ' ') : NOT_IN_WIRE_DATE_TABLE.contains(c)) {
        return false; // the char no date holds, before the text's end
      }
      if (c == '日' && kindFollows(text, i + 1)) {
        return true;
      }
    }
    return true; // the date may run to the text's end
  }

  /** {@link #WIRE}'s matcher of {@code text}, or {@link #WIRE_UNDATED}'s where it matches the same. */
  static Matcher wireMatcher(String text) {
    return (mayHoldWireDate(text) ? WIRE : WIRE_UNDATED).matcher(text);
  }

  /** Whether, from {@code at}, one space, then 专 (專, 体育专, 體育專, 快), then a kind may follow. */
  private static boolean kindFollows(String text, int at) {
    int i = at;
    if (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u3000')) {
      i++;
    }
    if (text.startsWith("体育", i) || text.startsWith("體育", i)) {
      i += 2;
    }
    if (i < text.length() && "专專快".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i >= text.length() || WIRE_KINDS.contains(text.charAt(i));
  }

  /** The 报道 that closes a roster after 讯, left out of its names. */
  private static final Pattern ROSTER_REPORTED = Pattern.compile("[ ]?" + REPORTED + "[：:]?$");

  /**
   * The fewest characters of a reporter's name after the first in an agency's credit: one, which
   * no name has, but an engine that drops characters leaves ({@code （中央社記者宋雅筑、宏台北23日電）},
   * PaddleOCR, for 馮啟宏): the place and date after it still close the credit. The first name,
   * right after 記者, keeps two, lest a place be read as a name.
   */
  private static final int MIN_LATER_NAME = 1;

  private static final Pattern AGENCY = Pattern.compile(
      "^(?<open>[（(〈【〔\\[])?"
          + "(?<source>中央社|(?<=^[（(])" + HAN + "{1,3}?社)(?:" + REPORTER
          + "(?<names>" + HAN + "{2,3}(?:、" + HAN + "{" + MIN_LATER_NAME + ",3})*))?"
          + "(?<place>" + HAN + "{2,4}?)" + SP
          + "(?:(?<month>" + NUMBER + ")" + SP + "月" + SP + ")?(?<day>" + NUMBER + ")" + SP + "日" + SP
          + "(?:(?:专|專)?(?:电|電)|(?:综合外电|綜合外電|外电|外電)?(?:" + REPORTED + "))"
          + "(?<close>[）)〉】〕\\]])?");

  /**
   * A filed report, {@code 〔記者X／台北報導〕}, or a correspondent's, who dates it ({@code
   * 〔駐日特派員X／東京2日報導〕}). Its brackets may be missing or misread, one or both
   * ({@code 記者X／綜合報導}, {@code {記者X／高雄報導）}: engines drop 〔 or read it as a brace), since
   * 记者, a name, a slash, a place and 报导 at a paragraph's start open nothing else. For the same
   * reason its 報 may be lost ({@code [記者X／彰化導】}, PaddleOCR): 導 after the place still ends it.
   */
  private static final Pattern REPORTER_FILED = Pattern.compile(
      "^(?<open>[〔【\\[（({])?(?<source>" + HAN + "{2,6}?)?" + FILER
          + "(?<names>" + HAN + "{2,4}(?:、" + HAN + "{2,4})*)" + FILED_SLASH + "(?<place>" + HAN + "{2,4}?)"
          + "(?:(?<day>" + NUMBER + ")" + SP + "日)?(?:综合|綜合)?" + REPORTED_OR_LOST
          + "(?<close>[〕】\\]）)}])?");

  /**
   * 本报 with its 讯 lost, as PaddleOCR drops a character it doubts: {@code 本報（記者X）} or
   * {@code 【本報】}. The paper's own name followed at once by a reporter's credit, or standing
   * alone in brackets, opens nothing else.
   */
  private static final Pattern LOST_KIND = Pattern.compile(
      "^(?:(?<open>[【〔\\[])(?<bracketed>本报|本報)(?<close>[】〕\\]])"
          + "|(?<source>本报|本報)" + CREDIT_OPEN + "(?<creditText>" + REPORTER + "[^（）()〈〉《]{1,38})[）)〉])");

  /**
   * How far into a paragraph a filed report's 记者 (or 特派员) starts at the latest: after a bracket and six
   * characters of source ({@code 實習記者}, {@code 駐日特派記者}).
   */
  private static final int FILED_REPORTER_REACH = 7;

  /** No name: the 报道 that may close a credit line ({@code 記者 柯雅晴 報道}), or the 发自 of its place. */
  private static final String NOT_REPORTED = "(?!" + REPORTED + "[ \\u3000]*$|发自|發自)";

  /**
   * The marks a paper sets before a reporter's or an author's credit at an article's head ({@code
   * □本报记者 张三}, {@code ◎李四}).
   */
  private static final String CREDIT_MARKS = "■●◆▲★□◎";

  /** The mark some papers set before an author's name at an article's head: {@code ◎李四}. */
  private static final char AUTHOR_MARK = '◎';

  /**
   * Who a credit names before the reporter's names: a mark, the photographer's and writer's roles
   * ({@code 文/图}), the paper or agency ({@code 本报}, {@code 新华社}, {@code 大公報}, {@code
   * 沙田日報}), the reporter's post ({@code 特派}, {@code 首席}, {@code 驻雾溪}), then 记者.
   */
  private static final String CREDIT_HEAD = "(?<mark>[" + CREDIT_MARKS + "])?[ \\u3000]*"
      + "(?:[文图圖][/／][图圖][ \\u3000]*|[文图圖][/／])?"
      + "(?<source>本报|本報|" + HAN + "{1,6}?[报報社])?"
      + "(?:特派|特約|特约|首席|驻" + HAN + "{1,4}?|駐" + HAN + "{1,4}?)?" + REPORTER;

  /** Where a reporter filed from, after the names: {@code 发自哈尔滨}. */
  private static final String FILED_FROM = "(?<filedFrom>(?:发自|發自)(?<from>" + HAN + "{2,6}?))";

  /**
   * A credit line standing alone before the text, as some papers print it: {@code 本报记者 张三 李四},
   * or with a two-character name spaced out to the width of a three-character one ({@code 王  浩}).
   * It opens the article like a dateline.
   */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "^" + CREDIT_HEAD + "[ \\u3000]+"
          + "(?<names>" + HAN + "{1,4}(?:[ \\u3000、]+" + NOT_REPORTED + HAN + "{1,4})*)"
          + "(?:[ \\u3000]+" + FILED_FROM + ")?"
          + "(?:[ \\u3000]+(?:通讯员|通訊員|实习生|實習生)[ \\u3000]+" + HAN + "{1,4}(?:[ \\u3000、]+"
          + NOT_REPORTED + HAN + "{1,4})*)?(?<reported>[ \\u3000]+" + REPORTED + ")?[ \\u3000]*$");

  /**
   * What ends a run-in credit and begins the text on the same line: the ideographic space the
   * paper sets between them ({@code 本报记者 张三　今天上午}), or, in text that lost it to a plain
   * space (NFKC does so), spaces before what no name is: five Han characters in a row, or a word
   * closed by sentence punctuation ({@code 本报记者 张三 近日，}). Inside the credit, names are set
   * off by plain spaces or 、, never by the ideographic space.
   */
  private static final String RUN_IN_END = "(?=\\u3000+[^\\s\\u3000]|[ ]+(?:" + HAN + "{5}|" + HAN
      + "{1,4}[，。；！？]))";

  /**
   * A credit run in with the article's first line ({@code □本报记者 张三　今天上午…}, {@code
   * 本报特派记者 李四 发自哈尔滨　8日晚…}), or an author's ({@code 文／王五　小时候…}, {@code ◎赵六　家里…}).
   * The match is the credit alone; the text after the space is the body.
   */
  private static final Pattern RUN_IN = Pattern.compile(
      "^(?:" + CREDIT_HEAD + "(?<gap>[ ]?)"
          + "(?<names>" + HAN + "{2,4}(?:[ 、]" + NOT_REPORTED + HAN + "{2,4}){0,3})"
          + "(?:[ ]?" + FILED_FROM + ")?(?:[ ]?" + REPORTED + ")?"
          + "|(?:" + AUTHOR_MARK + "|[文图圖][/／])(?<author>" + HAN + "{2,4}))" + RUN_IN_END);

  /**
   * How far into a paragraph a run-in credit's space stands at the latest: a mark, 文/图, seven
   * characters of paper, five of post, 记者, four names of four and 发自 with six of place.
   */
  private static final int RUN_IN_REACH = 44;

  /**
   * The run-in credit at the paragraph's start, or null. A credit without a mark or a paper must
   * set its names off from 记者 by a space, as a paper's credit is set; 记者 run on into a word is
   * prose ({@code 记者走访　}).
   */
  private static Matcher runIn(String paragraph) {
    if (!spaceWithin(paragraph, RUN_IN_REACH)) {
      return null; // no space ends a credit where one could: most paragraphs, read no further
    }
    if (!opensWithAuthorMark(paragraph) && !reporterOpens(paragraph)) {
      return null; // a dateline (本报北京7月14日电（记者 张三）) or prose with a space in it
    }
    Matcher m = RUN_IN.matcher(paragraph);
    if (!m.lookingAt()) {
      return null;
    }
    boolean named = m.group("author") != null || m.group("mark") != null || m.group("source") != null
        || !m.group("gap").isEmpty();
    return named ? m : null;
  }

  /**
   * Whether 记者 (or 記者) stands in {@code text} before any char that {@link #CREDIT_HEAD} cannot
   * hold: its mark, spaces, 文/图 and the Han chars of the paper and the post. A reporter's run-in
   * credit, the first of {@link #RUN_IN}'s forms, must pass; an author's opens as {@link
   * #opensWithAuthorMark} tells. Most paragraphs that reach the expression are datelines or prose
   * with a space in it, and stop at their first digit, bracket or comma, sparing the expression,
   * which tries every length of paper and post before it fails (2 % of a page's CPU).
   */
  private static boolean reporterOpens(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '者' && i > 0 && (text.charAt(i - 1) == '记' || text.charAt(i - 1) == '記')) {
        return true;
      }
      if (!mayBeInCreditHead(c)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether {@code c} may stand in a credit's head before 记者: a mark, a space, a slash, or a char
   * that may be Han (or half of one). No Han char lies below U+2E80, among the CJK symbols and
   * brackets tested, or among the full-width forms; ／ is let through for 文／图.
   */
  private static boolean mayBeInCreditHead(char c) {
    if (c < '\u2E80') {
      return c == ' ' || c == '/' || CREDIT_MARKS.indexOf(c) >= 0;
    }
    return c != '、' && c != '。' && c != '〃' && (c < '〈' || c > '】') && (c < '〔' || c > '〟')
        && (c < '\uFF00' || c > '\uFFEF' || c == '／');
  }

  /** Whether a plain or ideographic space stands among the first {@code reach} chars of the text. */
  private static boolean spaceWithin(String text, int reach) {
    int end = Math.min(text.length(), reach + 1);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\u3000') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} opens with a mark or a writer's role that a run-in credit may start with. */
  private static boolean opensWithAuthorMark(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == AUTHOR_MARK || text.length() > 1 && (first == '文' || first == '图' || first == '圖')
        && (text.charAt(1) == '/' || text.charAt(1) == '／');
  }

  /**
   * A few characters of the Traditional script that Simplified text never holds, frequent in news
   * copy: a credit without a paper's name is the page's own, in the page's script.
   */
  private static final Chars.Table TRADITIONAL_ONLY =
      Chars.table("們這個來時會對為與國實點發經過還後開關學問動區報記員說讀書車門長東現見鐵語");

  /** 本报 in the script of {@code text}. */
  private static String ownPaper(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (TRADITIONAL_ONLY.contains(text.charAt(i))) {
        return "本報";
      }
    }
    return "本报";
  }

  /** True when {@code line} is a credit line standing alone, such as {@code 本报记者 张三}. */
  public boolean isCreditLine(String line) {
    return creditLine(line) != null;
  }

  /** The matched credit line, or null when {@code line} is none. */
  private static Matcher creditLine(String line) {
    if (line.length() > MAX_CREDIT_LINE || line.indexOf('者') < 0) {
      return null;
    }
    int last = Chars.lastCodePoint(line);
    if (last == '摄' || last == '攝') {
      return null; // a photo credit (本报记者 王五 摄), which heads no article
    }
    Matcher m = CREDIT_LINE.matcher(line);
    return m.matches() ? m : null;
  }

  /** Longest credit line looked for: a few names with their roles. */
  private static final int MAX_CREDIT_LINE = 48;

  /**
   * How far into a paragraph a wire dateline's keyword (讯, 电) can stand, as its expression reads
   * one: a bracket, 据, nine characters of source (six and 电视台), eight of place, two of month
   * with 月, three of day with 日 and 体育专, and the one stray space allowed after each of the six
   * parts, put the keyword at index 35 at the latest.
   */
  private static final int KEYWORD_REACH = 36;

  /**
   * How many characters into a paragraph, spaces aside, a dateline's source or reporter ends at
   * the latest: a bracket, 据, six characters of name and the last of 电视台, the eleventh (a
   * credit line's 记者 or a filed report's ends sooner).
   */
  private static final int OPENING_REACH = 11;

  /** The characters a source (本报, 新华社, 人民网, 中央电视台) or a reporter (记者) ends in. */
  private static final Chars.Table OPENING_ENDS = Chars.table("报報社网網台心媒者員员译譯");

  /** What the name of a paper, agency or site ends in, as against a reporter's post (實習, 駐日). */
  private static final Chars.Table PAPER_ENDS = Chars.table("报報社网網台");

  /** The kinds of dateline: 讯 (report), 电 (wire) and the first of 消息 (news). */
  private static final Chars.Table KINDS = Chars.table("讯訊电電消");

  /** What stands right before the kind: the source's end, the date's 日, or 专 or 快. */
  private static final Chars.Table BEFORE_KIND = Chars.table("报報社网網台心媒日专專快");

  /**
   * Every dateline form ends its source or reporter within its first few characters, bracket
   * included; most lines do not, and this look spares them four regular expressions.
   */
  private static boolean mightStart(String paragraph) {
    return anyWithin(paragraph, OPENING_REACH, OPENING_ENDS) || opensWithAuthorMark(paragraph);
  }

  /**
   * Whether 讯, 电 or 消息 stands near the start right after a source, a date or 专 ({@code 本报讯},
   * {@code 新华社北京2月27日电}, {@code 人民网专电}); in prose (电视, 通讯) it seldom does.
   */
  private static boolean hasKindNearStart(String paragraph) {
    int end = Math.min(paragraph.length(), KEYWORD_REACH);
    for (int i = 1; i < end; i++) {
      char c = paragraph.charAt(i);
      if (KINDS.contains(c) && (c != '消' || i + 1 < paragraph.length() && paragraph.charAt(i + 1) == '息')) {
        int before = i - 1;
        if (before > 0 && Chars.isSpace(paragraph.charAt(before))) {
          before--; // the one stray space the grammar allows
        }
        if (BEFORE_KIND.contains(paragraph.charAt(before))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether one of {@code chars} stands among the first {@code reach} characters of the text,
   * spaces not counted (a credit line may be set off by any number of them).
   */
  private static boolean anyWithin(String text, int reach, Chars.Table chars) {
    return countBefore(text, reach, chars) < 0;
  }

  /**
   * How many characters, spaces not counted, {@link #anyWithin} reads of {@code text} without
   * meeting one of {@code chars} (at most {@code reach}), or -1 where it meets one.
   */
  private static int countBefore(String text, int reach, Chars.Table chars) {
    int seen = 0;
    for (int i = 0; i < text.length() && seen < reach; i++) {
      char c = text.charAt(i);
      if (chars.contains(c)) {
        return -1;
      }
      if (c != ' ' && c != '\u3000') {
        seen++;
      }
    }
    return seen;
  }

  /**
   * {@link #mightStart} of {@code line + next}, without joining them: where the line alone holds
   * the characters the look reads and shows no source's end among them, as most lines of text do,
   * the next line is not read at all, and no joined copy is made.
   */
  private static boolean mightStartAcross(String line, String next) {
    int seen = countBefore(line, OPENING_REACH, OPENING_ENDS);
    return seen < 0 || opensWithAuthorMark(line)
        || seen < OPENING_REACH && anyWithin(next, OPENING_REACH - seen, OPENING_ENDS);
  }

  /**
   * Whether the text opens with a parenthesis and an agency's name ending in 社 within
   * {@value #AGENCY_NAME_REACH} characters: a foreign agency's wire as Taiwan's and Hong Kong's
   * papers credit it ({@code （路透社倫敦8日電）}, {@code （法新社巴黎8日電）}), set like 中央社's.
   */
  private static boolean opensWithBracketedAgency(String text) {
    if (text.isEmpty() || text.charAt(0) != '（' && text.charAt(0) != '(') {
      return false;
    }
    int she = text.indexOf('社', 1);
    return she > 1 && she <= AGENCY_NAME_REACH;
  }

  /** Where a bracketed agency's 社 stands at the latest: after the parenthesis and three characters. */
  private static final int AGENCY_NAME_REACH = 4;

  /** Whether the text, past an opening bracket, starts with {@code prefix}. */
  private static boolean opensWith(String text, String prefix) {
    int start = !text.isEmpty() && "（(〈【〔[".indexOf(text.charAt(0)) >= 0 ? 1 : 0;
    return text.startsWith(prefix, start);
  }

  /**
   * Whether 记者, 编译 or 特派员 starts within {@link #FILED_REPORTER_REACH} characters of the text's
   * start, as a filed report's does.
   */
  private static boolean filerNearStart(String text) {
    int end = Math.min(text.length(), FILED_REPORTER_REACH + 3);
    for (int i = 1; i < end; i++) {
      char c = text.charAt(i);
      char before = text.charAt(i - 1);
      if ((c == '者' && (before == '记' || before == '記') || (c == '译' || c == '譯') && (before == '编' || before == '編'))
          && i <= FILED_REPORTER_REACH + 1
          || (c == '员' || c == '員') && before == '派' && i >= 2 && text.charAt(i - 2) == '特') {
        return true;
      }
    }
    return false;
  }

  /** The dateline forms, as matched by {@link #find}. */
  private enum Form { RUN_IN, CREDIT_LINE, AGENCY, FILED, WIRE, LOST_KIND }

  /** A dateline found at the start of a paragraph: its form and the matcher that found it. */
  private record Found(Form form, Matcher matcher) {}

  /** The dateline at the start of {@code paragraph}, if there is one. */
  public Optional<DatelineMatch> match(String paragraph) {
    return match(paragraph, null);
  }

  /**
   * {@link #match(String)}, taking over what {@link #lookAtLine} found on the paragraph's first
   * line ({@code found}, or null) where that is provably the same answer: the paragraph is the
   * line itself (a block of one line), or it runs on past the line, which holds a wire dateline
   * whose expression stopped short of the line's end. The expression then reads the same chars
   * of the paragraph and matches the same, and only the quick looks before it, which may read
   * further, are asked again. The column measure finds each dateline so on its line, and the
   * boundary stage asks again of the block the line opens.
   */
  public Optional<DatelineMatch> match(String paragraph, FoundOnLine found) {
    int stray = strayMarks(paragraph);
    if (stray > 0) {
      String marks = paragraph.substring(0, stray);
      return match(paragraph.substring(stray), null).map(d -> new DatelineMatch(d.end() + stray,
          marks + d.text(), d.source(), d.place(), d.month(), d.day(), d.reporters()));
    }
    Found answer;
    if (found == null) {
      answer = find(paragraph);
    } else if (paragraph.equals(found.line)) {
      answer = found.found;
    } else if (found.wireWithinLine && paragraph.startsWith(found.line)) {
      answer = mightStart(paragraph) ? findPastTheLook(paragraph, found.found.matcher()) : null;
    } else {
      answer = find(paragraph);
    }
    return answer == null ? Optional.empty() : Optional.of(read(paragraph, answer));
  }

  /**
   * The dateline {@link #lookAtLine} found on a line alone, kept for {@link #match(String,
   * FoundOnLine)}. It is a fact of the line's text: two are equal when their lines are.
   */
  public static final class FoundOnLine {
    private final String line;
    private final Found found;
    /**
     * Whether the dateline is a wire one whose expression never reached the line's end (the
     * matcher's {@code hitEnd}), so that more text after the line could not change its match;
     * and the line does not end in a high surrogate, which a next line's low one would complete.
     */
    private final boolean wireWithinLine;

    private FoundOnLine(String line, Found found) {
      this.line = line;
      this.found = found;
      this.wireWithinLine = found.form() == Form.WIRE && !found.matcher().hitEnd()
          && !Character.isHighSurrogate(line.charAt(line.length() - 1));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof FoundOnLine f && line.equals(f.line);
    }

    @Override
    public int hashCode() {
      return line.hashCode();
    }
  }

  /**
   * {@link #openingOfLine} with the dateline found on the line alone, if any ({@link
   * FoundOnLine}), which the boundary stage takes over.
   *
   * @param opening what the line opens with
   * @param found the dateline found on the line alone, or null
   */
  public record LineLook(Opening opening, FoundOnLine found) {}

  private static final LineLook NO_OPENING = new LineLook(Opening.NONE, null);
  private static final LineLook CUT = new LineLook(Opening.CUT_DATELINE, null);

  /** What a paragraph opens with, as far as article boundaries go. */
  public enum Opening {
    NONE,
    DATELINE,
    /** A credit line standing alone ({@code 本报记者 张三}), which opens an article as a dateline does. */
    CREDIT_LINE,
    /**
     * A dateline that the line's end or a column break cut, completed by the next line ({@link
     * #opensAcross}); only {@link #openingOfLine} tells it from the others.
     */
    CUT_DATELINE
  }

  /** {@link #match} without reading the dateline's parts, for callers that only need its kind. */
  public Opening opening(String paragraph) {
    Found found = find(paragraph.substring(strayMarks(paragraph)));
    return found == null ? Opening.NONE
        : found.form() == Form.CREDIT_LINE ? Opening.CREDIT_LINE : Opening.DATELINE;
  }

  /**
   * Whether a dateline that the line's end or a column break cut opens {@code line}: the line and
   * the {@code next} run on into one ({@code （中央社記者陳怡君台北 / 14日電）}, {@code 新华社广州6月4日 //
   * 电}), and the next line opens none of its own (a short line over a dateline, 城事 over 本报讯, is
   * no part of it).
   */
  public boolean opensAcross(String line, String next) {
    return next != null && mightStartAcross(line, next) && runsOnIntoDateline(line, next);
  }

  /**
   * Whether a line that reads as a credit standing alone is the first line of a run-in credit that
   * the column's edge cut: the line and the next read as one hold a run-in credit that ends on the
   * next line.
   */
  private static boolean runsOnIntoRunIn(String line, String next) {
    Matcher joined = runIn(line + next);
    return joined != null && joined.end() > line.length();
  }

  /** {@link #opensAcross} past the quick look, which the caller has made. */
  private boolean runsOnIntoDateline(String line, String next) {
    return opening(line + next) == Opening.DATELINE && !opens(next);
  }

  /**
   * What a line opens with, the line after it ({@code next}, or null) read on where a dateline
   * may run into it: {@link #opening} of the line, else {@link Opening#CUT_DATELINE} where {@link
   * #opensAcross} holds, else {@link Opening#NONE}. The stages ask this of every line, and most
   * lines are settled by the quick look at their first characters, read once for both questions.
   */
  public Opening openingOfLine(String line, String next) {
    return lookAtLine(line, next).opening();
  }

  /** {@link #openingOfLine}, with the dateline found on the line alone. */
  public LineLook lookAtLine(String line, String next) {
    int stray = strayMarks(line);
    if (stray > 0) {
      // What is found on the rest is no answer for the line itself: match reads it again.
      LineLook rest = lookAtLine(line.substring(stray), next);
      return rest.found() == null ? rest : new LineLook(rest.opening(), null);
    }
    int seen = opensWithAuthorMark(line) ? -1 : countBefore(line, OPENING_REACH, OPENING_ENDS);
    if (seen >= OPENING_REACH) {
      return NO_OPENING; // the look, on the line alone or run on into the next, finds no source
    }
    if (seen < 0) {
      Found found = findPastTheLook(line);
      if (found != null && found.form() == Form.CREDIT_LINE && next != null
          && runsOnIntoRunIn(line, next)) {
        return CUT; // 本报特派记者 芦 / 振宇 发自哈尔滨　8日晚: the column's edge cut a run-in credit
      }
      if (found != null) {
        return new LineLook(found.form() == Form.CREDIT_LINE ? Opening.CREDIT_LINE : Opening.DATELINE,
            new FoundOnLine(line, found));
      }
    } else if (next == null || !anyWithin(next, OPENING_REACH - seen, OPENING_ENDS)) {
      return NO_OPENING; // a short line whose look, run on into the next, finds no source
    }
    // The look, on the line or run on into the next, found a source's end: read the two as one.
    return next != null && runsOnIntoDateline(line, next) ? CUT : NO_OPENING;
  }

  /**
   * Whether {@code paragraph} opens with a dateline: {@link #match} without reading its parts,
   * for callers that only need to know where articles may start.
   */
  public boolean opens(String paragraph) {
    return find(paragraph.substring(strayMarks(paragraph))) != null;
  }

  /**
   * Marks an engine reads from specks or from the white before a paragraph's first character
   * ({@code ”本报讯}, {@code .晚报讯}, {@code ，晚报讯}, {@code 。。新华社}, {@code . [記者}): no
   * paper prints a quotation mark, stop or comma before a dateline.
   */
  private static final String STRAY_MARKS = "“”‘’\"'.。，,、·•‧-_";

  /** The most stray marks (spaces between them aside) read before a dateline. */
  private static final int MAX_STRAY_MARKS = 2;

  /**
   * How many characters of stray marks, and spaces among them, open {@code paragraph} before a
   * character that is none; 0 for none, or for more than {@value #MAX_STRAY_MARKS} marks. The
   * dateline is looked for after them, and they are kept in its text.
   */
  private static int strayMarks(String paragraph) {
    int marks = 0;
    int at = 0;
    while (at < paragraph.length()) {
      char c = paragraph.charAt(at);
      if (STRAY_MARKS.indexOf(c) >= 0) {
        marks++;
      } else if (!Chars.isSpace(c)) {
        break;
      }
      at++;
    }
    return marks == 0 || marks > MAX_STRAY_MARKS || at == paragraph.length() ? 0 : at;
  }

  private Found find(String paragraph) {
    return mightStart(paragraph) ? findPastTheLook(paragraph) : null;
  }

  /** {@link #find} of a paragraph that passed {@link #mightStart}. */
  private Found findPastTheLook(String paragraph) {
    return findPastTheLook(paragraph, null);
  }

  /**
   * {@link #findPastTheLook(String)}, where {@code wireOfPrefix}, if not null, is the wire
   * expression's match on a prefix of the paragraph that never reached the prefix's end: the
   * expression would match the paragraph the same.
   */
  private Found findPastTheLook(String paragraph, Matcher wireOfPrefix) {
    // Before the credit line, which would read the text's first word after the space as a name.
    Matcher runIn = runIn(paragraph);
    if (runIn != null) {
      return new Found(Form.RUN_IN, runIn);
    }
    Matcher credit = creditLine(paragraph);
    if (credit != null) {
      return new Found(Form.CREDIT_LINE, credit);
    }
    if (opensWith(paragraph, "中央社") || opensWithBracketedAgency(paragraph)) {
      Matcher agency = AGENCY.matcher(paragraph);
      if (agency.lookingAt() && bracketsBalance(agency.group("open"), agency.group("close"))) {
        return datesInRange(agency) ? new Found(Form.AGENCY, agency) : null;
      }
    }
    if (filerNearStart(paragraph)) {
      Matcher filed = REPORTER_FILED.matcher(paragraph);
      if (filed.lookingAt()) {
        return new Found(Form.FILED, filed);
      }
    }
    if (!hasKindNearStart(paragraph)) {
      Matcher lost = opensWith(paragraph, "本报") || opensWith(paragraph, "本報")
          ? LOST_KIND.matcher(paragraph) : null;
      return lost != null && lost.lookingAt() ? new Found(Form.LOST_KIND, lost) : null;
    }
    Matcher wire = wireOfPrefix != null ? wireOfPrefix : wireMatcher(paragraph);
    if (wireOfPrefix == null && !wire.lookingAt()
        || !bracketsBalance(wire.group("open"), wire.group("close"))) {
      return null;
    }
    boolean byWire = wire.group("kind").equals("电") || wire.group("kind").equals("電");
    if (byWire && wire.group("day") == null || wire.group("place") != null && wire.group("day") == null) {
      return null;
    }
    return datesInRange(wire) ? new Found(Form.WIRE, wire) : null;
  }

  private static DatelineMatch read(String paragraph, Found found) {
    Matcher m = found.matcher();
    switch (found.form()) {
      case CREDIT_LINE -> {
        String source = m.group("source") != null ? m.group("source") : ownPaper(paragraph);
        int namesEnd = m.group("reported") == null ? paragraph.length() : m.start("reported");
        // The names, without the place a reporter filed from (发自哈尔滨) where it stands among them.
        String credit = m.group("filedFrom") == null
            ? paragraph.substring(m.start("names"), namesEnd)
            : paragraph.substring(m.start("names"), m.start("filedFrom"))
                + paragraph.substring(m.end("filedFrom"), namesEnd);
        return new DatelineMatch(paragraph.length(), paragraph.strip(), source, m.group("from"), 0, 0,
            Credits.parse(credit).names());
      }
      case RUN_IN -> {
        boolean author = m.group("author") != null;
        String source = !author && m.group("source") != null ? m.group("source") : ownPaper(paragraph);
        String names = author ? m.group("author") : m.group("names");
        return new DatelineMatch(m.end(), m.group(), source, author ? null : m.group("from"), 0, 0,
            Credits.parse(names).names());
      }
      case AGENCY -> {
        return dated(m, m.group("source"), m.group("place"), split(m.group("names")));
      }
      case LOST_KIND -> {
        String source = m.group("source") != null ? m.group("source") : m.group("bracketed");
        List<String> reporters = m.group("creditText") == null ? List.of()
            : Credits.parse(m.group("creditText")).names();
        return new DatelineMatch(m.end(), m.group(), source, null, 0, 0, reporters);
      }
      case FILED -> {
        // No paper named (or only the reporter's post: 實習, 駐日): the paper's own reporter,
        // written in the page's script.
        String named = m.group("source");
        String source = named == null ? null
            : named.startsWith("本报") || named.startsWith("本報") ? named.substring(0, 2)
            : PAPER_ENDS.contains(named.charAt(named.length() - 1)) ? named : null;
        if (source == null) {
          source = ownPaper(m.group());
        }
        return new DatelineMatch(m.end(), m.group(), source, m.group("place"), 0, day(m),
            split(m.group("names")));
      }
      default -> {
        List<String> reporters = new ArrayList<>();
        String place = m.group("place");
        if (m.group("creditText") != null) {
          Credits.Parsed credit = Credits.parse(m.group("creditText"));
          reporters.addAll(credit.names());
          if (place == null) {
            place = credit.place();
          }
        }
        if (m.group("reportedNames") != null) {
          reporters.addAll(split(m.group("reportedNames")));
        }
        if (m.group("roster") != null) {
          reporters.addAll(Credits.parse(ROSTER_REPORTED.matcher(m.group("roster")).replaceFirst("").strip())
              .names());
        }
        return dated(m, m.group("source"), place, reporters);
      }
    }
  }

  private static int month(Matcher m) {
    return m.group("month") == null ? 0 : NumberWords.parse(m.group("month"));
  }

  private static int day(Matcher m) {
    return m.group("day") == null ? 0 : NumberWords.parse(m.group("day"));
  }

  private static boolean datesInRange(Matcher m) {
    int month = month(m);
    int day = day(m);
    return month >= 0 && month <= 12 && day >= 0 && day <= 31;
  }

  private static DatelineMatch dated(Matcher m, String source, String place, List<String> reporters) {
    return new DatelineMatch(m.end(), m.group().strip(), source, place, month(m), day(m), reporters);
  }

  private static boolean bracketsBalance(String open, String close) {
    return (open == null) == (close == null);
  }

  private static List<String> split(String names) {
    return names == null ? List.of() : List.of(names.split("、"));
  }
}
