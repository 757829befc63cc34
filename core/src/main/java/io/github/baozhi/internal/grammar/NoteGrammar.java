package io.github.baozhi.internal.grammar;

import io.github.baozhi.internal.text.Chars;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the production notes that close an article or a photo and are neither body text nor
 * byline: editor notes ({@code （责编：张三）}, and {@code （編輯：張三）A12} with a code after it;
 * {@code （編輯：張三）} alone or with the date the wire was filed, {@code （編輯：張三）1141209}, is
 * the credit that closes a 中央社 article), photo credits ({@code 本报记者王五摄}, {@code （图：X提供）},
 * {@code 图/X}, {@code 资料图片}) and short photo captions standing alone ({@code 图为安吉县余村一景。}), end marks ({@code （完）}) after the last sentence or alone, jump lines ({@code
 * （下转第三版）}), and page furniture standing alone: the page's date line ({@code 2022年10月11日
 * 星期二}, {@code 中華民國114年12月6日 星期六}), editor credits ({@code 责任编辑：王五}) and page numbers ({@code A2 要闻}).
 */
public final class NoteGrammar {

  /**
   * The era Taiwan's papers date their pages in ({@code 中華民國114年12月6日 星期六}), in both
   * scripts.
   */
  private static final String ERA = "(?:中華民國|中华民国|民國|民国)";

  /**
   * An end mark: 完 closes a story (a wire's always), 全文完 and 续完 a serial's last part, 待续,
   * 未完 and 未完待续 a part continued in a later issue; either way nothing after it on the page
   * is the story's.
   */
  private static final String END_MARK_FORM =
      "[（(](?:完|待续|待續|未完(?:待续|待續)?|全文完|续完|續完)[）)]";


  /**
   * Jump lines that send the reader to another page: （下转第三版）, （上接A1版）, and cross-references
   * to a related story elsewhere: （相关新闻见第5版）, （相關新聞刊A9）, （详见第3版）, also where an
   * engine lost or misread 關, whose many strokes blur first ({@code (相報道刊A6)}, {@code
   * (相開新闻见A8)}: 相 and the noun are kept, which no credit holds). Standing alone
   * without its parentheses a jump line still names the page it sends to (下转第3版, and 转第9版)
   * where the engine lost the opening one), so a line that opens with 续接 where a column broke
   * 继续 is text (续接纳更多非遗项目进校园。).
   */
  private static final String JUMP = "(?:下转|下轉|转下|轉下|上接|紧接|緊接|接上|续接|續接|转第|轉第|接第"
      + "|(?:相关|相關)(?:新闻|新聞|报道|報道|報導)?(?:见|見|刊|载|載)"
      + "|相\\p{IsHan}?(?:新闻|新聞|报道|報道|報導)(?:见|見|刊|载|載)|详见|詳見|参见|參見|见第|見第)";

  /**
   * A photographer's credit standing alone: {@code 本报记者王五摄}, {@code 晚报记者 祁蔓 摄}, {@code
   * 记者林志遠／攝}, an agency's photographer ({@code 中央社記者王小明攝}), with one speck an engine
   * may read after it ({@code 摄·}), and the date the picture was taken, as 中央社 prints it
   * ({@code 攝114年6月3日}, {@code 摄 2025年6月3日}).
   */
  private static final String PHOTO_CREDIT =
      "(?:\\p{IsHan}{0,4}[报報社](?:记者|記者)|特约记者|特約記者|记者|記者|通讯员|通訊員)?[ \\u3000]?"
          + "\\p{IsHan}{2,4}(?:[ \\u3000、]\\p{IsHan}{2,4})*[ \\u3000]?[/／]?(?:摄|攝)[·.。]?"
          + "(?:[ \\u3000]?[0-9０-９]{2,4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?";

  /**
   * A character of a picture's giver: any Han character but a preposition, conjunction or adverb,
   * which a line of running text has before 提供 (由社区提供, 为市民提供, 还会提供) and a credit's
   * giver never holds.
   */
  private static final String GIVER_CHARACTER =
      "(?:(?![由为為向给給将將可需让讓替会會所对對以据據通过過和与與被还還也都并並们們])\\p{IsHan})";

  /**
   * A picture's source standing alone, where no photographer is named: a file photo ({@code 资料图片},
   * {@code 本报资料图片}, {@code 資料圖片}), an agency's ({@code 新华社发}), or one a reader or an
   * office gave ({@code 讀者提供}, {@code 新竹縣政府提供}, {@code 校方供圖}). The giver is named by
   * a noun of a person or body (者, 人, 方, 府, 局…) with no preposition before it: a line of running
   * text the column's edge cut after 提供 ({@code 討是否需要為業界提供}) names whom it is given to.
   * 供图 alone, which running text does not end on (it gives 图书 or 图片, and a line cut there
   * reads 提供图), may follow any giver, a firm or a person ({@code 鉴芯微电子供图}, {@code 张三供图}).
   */
  private static final String PICTURE_SOURCE =
      "\\p{IsHan}{0,6}?(?:资料图片|資料圖片|资料照片|資料照片)|(?:新华社|新華社|中新社|中通社)(?:发|發)"
          + "|" + GIVER_CHARACTER + "{0,6}"
          + "(?:者|人|屬|属|方|府|局|署|部|處|处|會|会|院|校|館|馆|司|社|所|隊|队|團|团|中心)"
          + "(?:提供|供图|供圖)"
          + "|" + GIVER_CHARACTER + "{2,8}(?<!提)(?:供图|供圖)";

  private static final Pattern PHOTO_CREDIT_LINE =
      Pattern.compile("^(?:" + PHOTO_CREDIT + "|" + PICTURE_SOURCE + ")$");

  private static final Pattern TRAILING = Pattern.compile(
      "(?:[（(](?:责编|責編|责任编辑|責任編輯|校对|校對|审核|審核|审校|審校|终审|終審)[：:]"
          + "[^（）()]{1,20}[）)][0-9A-Za-z]{0,12}"
          + "|[（(](?:编辑|編輯)[：:][^（）()]{1,20}[）)](?!" + BylineGrammar.FILING_DATE + "$)[0-9A-Za-z]{1,12}"
          + "|[（(](?:图|圖|图片|圖片|摄影|攝影|照片)[/／：:][^（）()]{1,30}[）)]"
          + "|(?<=[。！？!?”」』])[ \\u3000]*" + END_MARK_FORM
          + "|[（(]" + JUMP + "[^（）()]{0,12}[）)])$");

  /**
   * The page's own lines in its running head: the date line ({@code 2022年10月11日 星期二}, {@code
   * 中華民國114年12月6日 星期六}) and the page number, alone or with the page's name ({@code 第3版},
   * {@code A2 要闻}, {@code 要闻 A2}).
   */
  private static final String RUNNING_HEAD_FORM =
      "(?:" + ERA + "[0-9０-９]{2,3}|[0-9０-９]{4})年" + NumberWords.DIGITS + "月" + NumberWords.DIGITS + "日"
          + "(?:[ \\u3000.．·・,，]*(?:(?:星期|週|禮拜|礼拜|農曆|农历)[^\\s，。、；,.;]{0,8}"
          + "|周[一二三四五六日天](?=$|[ \\u3000])))*"
          + "|(?:第)?[A-Z]?[0-9０-９]{1,2}(?:版)?(?:[ \\u3000]+\\p{IsHan}{2,6})?"
          + "|\\p{IsHan}{2,6}[ \\u3000]+[A-Z]?[0-9０-９]{1,2}(?:版)?";

  /**
   * {@link #RUNNING_HEAD_FORM} without a bare number: a digit or two alone is as often a speck or
   * a piece of a line that the engine read apart as the page's number.
   */
  private static final Pattern RUNNING_HEAD = Pattern.compile("^(?!(?:第)?[0-9０-９]{1,2}$)(?:" + RUNNING_HEAD_FORM + ")$");

  /** True when the text is a line of the page's running head: its date line or page number. */
  public boolean isRunningHead(String text) {
    return RUNNING_HEAD.matcher(text.strip()).matches();
  }

  private static final Pattern WHOLE = Pattern.compile(
      "^(?:" + PHOTO_CREDIT + "|" + PICTURE_SOURCE
          + "|(?:图|圖|图片|圖片|摄影|攝影)[/／：:].{1,30}"
          + "|(?:图为|圖為).{1,60}"
          + "|" + END_MARK_FORM
          + "|[（(]" + JUMP + "[^（）()]{0,12}[）)]?"
          + "|" + JUMP + "[^（）()]{0,8}(?:版|[A-Z][0-9０-９]{1,2})[）)]?"
          + "|(?:本版|本期)?(?:责任编辑|責任編輯|责编|責編|美术编辑|美術編輯|美编|美編|校对|校對|版式设计|版式設計|组版|組版"
          + "|编辑|編輯|制图|製圖)[：:].{1,40}"
          + "|" + RUNNING_HEAD_FORM + ")$");

  /**
   * A cheap look at a short line for what one of the note forms standing alone needs, so that
   * ordinary lines skip the regular expression: a photo credit ends in 摄; a picture credit opens
   * with 图; an end mark or jump line sits in parentheses or names 转/接; editor credits carry a
   * colon; the page's date line opens with digits; a page number has a Latin letter or digit.
   */
  private static boolean mightBeWholeNote(String text, int first, int last) {
    if (endsInCredit(text, last) || endsInPictureSource(last)
        || first == '图' || first == '圖' || first == '照'
        || (first == '摄' || first == '攝') && text.length() > 2
        || (first == '（' || first == '(') && (last == '）' || last == ')') && opensNoteAfterFirst(text)
        || text.length() <= PAGE_NUMBER_LENGTH && mightBePageNumber(text, first, last)
        || startsWithYear(text) || startsWithEra(text)) {
      return true;
    }
    if (first >= 0 && first < Character.MIN_SUPPLEMENTARY_CODE_POINT
        && EDITOR_CREDIT_FIRSTS.contains((char) first)) {
      return text.indexOf('：') >= 0 || text.indexOf(':') >= 0;
    }
    return text.length() <= JUMP_LENGTH && mayBeJumpOrPageLine(first, last)
        && Chars.containsAny(text, JUMP_CHARACTERS);
  }

  /**
   * Whether a short line opens or ends as a note of {@link #WHOLE} that the looks before it in
   * {@link #mightBeWholeNote} have not let through may: a jump line standing alone opens with its
   * parenthesis or ends in the page it names (版, a page's digit) or a closing parenthesis after
   * it, and a page number opens with 第, a letter or a digit. Exact, form by form; most short lines
   * of a column open and end in characters of running text, and are spared the look for 转 and 接.
   */
  private static boolean mayBeJumpOrPageLine(int first, int last) {
    return first == '（' || first == '(' || first == '第' || isAsciiAlnum(first)
        || last == '版' || last == '）' || last == ')' || isAsciiAlnum(last);
  }

  /** What a jump line not whole in its parentheses names: 转 or 接 (下转第3版, 接第9版). */
  private static final Chars.Table JUMP_CHARACTERS = Chars.table("转轉接");

  /** Whether a line ends as a photo credit does: in 摄, or in 摄 and one speck after it. */
  private static boolean endsInCredit(String text, int last) {
    if (last == '摄' || last == '攝') {
      return true;
    }
    if (last == '日') {
      // The date the picture was taken, after the credit's 摄 (攝114年6月3日).
      int from = Math.max(0, text.length() - CREDIT_DATE_LENGTH);
      return text.indexOf('摄', from) >= 0 || text.indexOf('攝', from) >= 0;
    }
    if (text.length() < 2 || "·.。".indexOf(last) < 0) {
      return false;
    }
    char before = text.charAt(text.length() - 2);
    return before == '摄' || before == '攝';
  }

  /**
   * Longest date after a photographer's 摄, in characters, with it and the speck and space the
   * credit may carry: {@code 摄· 2025年12月31日}, fourteen.
   */
  private static final int CREDIT_DATE_LENGTH = 14;

  /** Whether a line ends as a picture's source does: 资料图片, 新华社发, 讀者提供, 校方供圖. */
  private static boolean endsInPictureSource(int last) {
    return last == '片' || last == '发' || last == '發' || last == '供' || last == '图' || last == '圖';
  }

  /**
   * True when the whole text is a photo's credit: a photographer's ({@code 本报记者王五摄}) or the
   * picture's source ({@code 资料图片}, {@code 新华社发}).
   */
  public boolean isPhotoCredit(String text) {
    String t = text.strip();
    int last = Chars.lastCodePoint(t);
    return t.length() <= MAX_NOTE_LENGTH && (endsInCredit(t, last) || endsInPictureSource(last))
        && PHOTO_CREDIT_LINE.matcher(t).matches();
  }

  /**
   * A page number opens with it ({@code A2 要闻}, {@code 第3版 国际新闻}) or ends with it after a
   * space ({@code 要闻 A2}); a short line of text that merely ends in a digit ends no page number.
   */
  private static boolean mightBePageNumber(String text, int first, int last) {
    if (isAsciiAlnum(first) || first == '第') {
      return true;
    }
    return (isAsciiAlnum(last) || last == '版') && (text.indexOf(' ') >= 0 || text.indexOf('\u3000') >= 0);
  }

  /**
   * What can follow the opening parenthesis of a parenthesised note: an editor note (编辑, 责编,
   * 校对, 审核, 终审), a picture credit (图, 摄影, 照片), an end mark (完, 待续, 未完, 全文完, 续完), a jump
   * line (下转, 上接, 紧接, 接上, 续接, 转第) or a cross-reference (相关新闻见, 详见, 参见, 见第). A credit such as （陈菁菁） opens with none of them.
   */
  private static final String PARENTHESISED_NOTE_OPENERS = "编編责責校审審终終图圖摄攝照完待未全下上紧緊接续續转轉相详詳参參见見";

  private static boolean opensNote(char c) {
    return PARENTHESISED_NOTE_OPENERS.indexOf(c) >= 0;
  }

  /** Whether a note word follows the text's first character (past leading spaces). */
  private static boolean opensNoteAfterFirst(String text) {
    int first = 0;
    while (first < text.length() && Chars.isSpace(text.charAt(first))) {
      first++;
    }
    return first + 1 < text.length() && opensNote(text.charAt(first + 1));
  }

  /**
   * First characters of editor credits: 责任编辑, 美术编辑, 校对, 版式设计, 组版, 编辑, 制图, and
   * the page's own, 本版编辑, 本期责编.
   */
  private static final String EDITOR_CREDIT_OPENERS = "责責美校版组組编編制製本";

  /** {@link #EDITOR_CREDIT_OPENERS} as a table, which every short line's first character is looked up in. */
  private static final Chars.Table EDITOR_CREDIT_FIRSTS = Chars.table(EDITOR_CREDIT_OPENERS);

  /** Longest page-number line, such as {@code A2 要闻} or {@code 第3版 国际新闻}. */
  private static final int PAGE_NUMBER_LENGTH = 14;

  /**
   * Longest jump line naming 转 or 接 that is not whole in its parentheses (those are looked at
   * anyway), as its expression reads one: one that lost its closing parenthesis, the opening one,
   * the two words and twelve characters of page, {@code （下转第十二版}, fifteen at most.
   */
  private static final int JUMP_LENGTH = 15;

  private static boolean startsWithEra(String text) {
    // Every form opens with 中 or 民: one look spares most lines the four comparisons.
    char first = text.isEmpty() ? 0 : text.charAt(0);
    return (first == '中' || first == '民') && (text.startsWith("中華民國")
        || text.startsWith("中华民国") || text.startsWith("民國") || text.startsWith("民国"));
  }

  private static boolean startsWithYear(String text) {
    if (text.length() < 5) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!isAsciiAlnum(text.charAt(i))) {
        return false;
      }
    }
    return text.charAt(4) == '年';
  }

  /**
   * First characters of the forms of {@link #WHOLE} that open with a fixed word: 图 and 摄 of a
   * picture credit, the parenthesis of an end mark or jump line, a jump word (下转, 上接, 紧接, 续接,
   * 转第, 接第, 相关新闻见, 详见, 参见, 见第), an editor credit's title, and 第 of a page number. The
   * page's date line and the other page numbers open with a digit or Latin letter instead.
   */
  private static final Chars.Table WHOLE_NOTE_FIRSTS = Chars.table(
      "图圖摄攝（(" + "下转轉上紧緊接续續相详詳参參见見" + EDITOR_CREDIT_OPENERS + "第中民");

  /**
   * What the forms of {@link #WHOLE} that open with any word hold somewhere: a photographer's 摄,
   * a giver's 提供 or 供图, an agency's 社 (新华社发), and the space between a page number and its
   * section's name ({@code 要闻 A2}).
   */
  private static final Chars.Table WHOLE_NOTE_MARKS = Chars.table("摄攝供社 \u3000");

  /**
   * A sign that every form of {@link #WHOLE} shows, asked of the few lines that pass {@link
   * #mightBeWholeNote}: a line of text cut after 开发 or 地图 ends as a picture's source does, and
   * without this the expression, long and with many alternatives, would try every one of them on
   * it. Exact: a line the expression accepts has one of these {@code first} and {@code last} (as
   * {@link Chars#firstCodePoint} and {@link Chars#lastCodePoint} give them, which are the first and
   * last characters of the stripped text it is matched on, no form opening or ending with a space)
   * or marks; the file photo's 资料图片 is the one form that opens with any word and holds none of
   * the marks, and it ends in 片.
   */
  private static boolean hasWholeNoteSign(String text, int first, int last) {
    return first >= 0 && first < Character.MIN_SUPPLEMENTARY_CODE_POINT
            && WHOLE_NOTE_FIRSTS.contains((char) first)
        || isAsciiAlnum(first) || last == '片' || Chars.containsAny(text, WHOLE_NOTE_MARKS);
  }

  private static boolean mightEndInNote(String text, int last) {
    if (last == '）' || last == ')') {
      return true;
    }
    // An editor note may carry a serial number after its closing parenthesis.
    if (!isAsciiAlnum(last)) {
      return false;
    }
    int from = Math.max(0, text.length() - 16);
    for (int i = text.length() - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '）' || c == ')') {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiAlnum(int c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
        || c >= '０' && c <= '９';
  }

  /** Longest note looked for, in UTF-16 units: serial numbers and page furniture included. */
  private static final int MAX_NOTE_LENGTH = 64;

  /** Where a note that ends {@code text} starts, if one does. */
  public OptionalInt trailing(String text) {
    int first = Chars.firstCodePoint(text);
    int last = Chars.lastCodePoint(text);
    boolean whole = text.length() <= MAX_NOTE_LENGTH + 8 && mightBeWholeNote(text, first, last);
    boolean trailing = mightEndInNote(text, last);
    if (!whole && !trailing) {
      return OptionalInt.empty();
    }
    String stripped = text.stripTrailing();
    if (whole && stripped.length() <= MAX_NOTE_LENGTH && hasWholeNoteSign(text, first, last)
        && WHOLE.matcher(stripped.strip()).matches()) {
      return OptionalInt.of(text.length() - text.stripLeading().length());
    }
    if (!trailing) {
      return OptionalInt.empty();
    }
    // Every trailing form holds one parenthesis, the paragraph's last: look from there (and the
    // spaces before it), not at the whole paragraph.
    int open = Chars.lastOpeningParenthesis(stripped, stripped.length() - MAX_NOTE_LENGTH);
    if (open < 0 || open + 1 == stripped.length() || !opensNote(stripped.charAt(open + 1))) {
      return OptionalInt.empty();
    }
    int from = open;
    while (from > 0 && Chars.isSpace(stripped.charAt(from - 1))) {
      from--;
    }
    Matcher m = TRAILING.matcher(stripped);
    m.useTransparentBounds(true);
    m.region(Math.max(from, stripped.length() - MAX_NOTE_LENGTH), stripped.length());
    return m.find() ? OptionalInt.of(m.start()) : OptionalInt.empty();
  }

  /** {@link #END_MARK_FORM} standing alone. */
  private static final Pattern END_MARK = Pattern.compile("^" + END_MARK_FORM + "$");

  /** True when the text is an end mark alone, {@code （完）}: the story before it ends there. */
  public boolean isEndMark(String text) {
    String stripped = text.strip();
    return stripped.length() <= MAX_END_MARK && END_MARK.matcher(stripped).matches();
  }

  /** Longest end mark, parentheses included: （未完待续）. */
  private static final int MAX_END_MARK = 6;

  /** True when the whole text is a note. */
  public boolean isNote(String text) {
    OptionalInt start = trailing(text);
    return start.isPresent() && Chars.isBlankBefore(text, start.getAsInt());
  }
}
