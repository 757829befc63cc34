package io.github.baozhi.internal.grammar;

import io.github.baozhi.internal.text.Chars;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the parenthesised credit that closes an article: {@code （陈菁菁）}, {@code
 * （惠晓婧、张驰）}, {@code （据新华社）}, {@code (王拓)}, {@code （记者 张 胜 男）}, {@code （文/张三 图/李四）}.
 *
 * <p>A credit counts only where it closes a paragraph: alone, or right after the punctuation that
 * ends the last sentence. A parenthesis inside a sentence, such as {@code （第四卷）》} or {@code
 * （FAO）水产}, never does, and neither do end marks ({@code （完）}), editor notes ({@code （责编：X）}, {@code （编辑：X）A12})
 * or a parenthesised dateline; the date a 中央社 wire was filed may follow its editor's credit
 * ({@code （編輯：X）1141209}, {@code （譯者：X／核稿：Y）1141209}). Names are read by {@link Credits}. {@code 据X} puts its source in
 * {@code via}; so does a credit that names no person, such as {@code （无锡地铁微信公号）} or
 * {@code （区委政研室）}. A reprint's credit ({@code （摘自《北川日报》）}, {@code （选自《读者》2025年第3期）})
 * names the publication it came from, in {@code via}.
 */
public final class BylineGrammar {

  /**
   * A credit's parenthesis, or what engines read for one: Tesseract's brackets ({@link
   * DatelineGrammar#CREDIT_OPEN}), or a parenthesis doubled by a speck before it ({@code
   * （（晚报记者 X）}, PaddleOCR).
   */
  private static final String CREDIT_OPENING = "(?:[（(]{2}|" + DatelineGrammar.CREDIT_OPEN + ")";

  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(CREDIT_OPENING + "(?<inner>[^（）()〈〉《]{1,30})[）)〉]$");

  /**
   * A reporter's credit whose closing parenthesis the engine lost, or whose end it read into
   * another column ({@code （记者谢晓舟实习生孟欣}, {@code (通讯员魔小}): only a credit that opens
   * with a reporter's role counts so, as text runs on after a parenthesis it opens mid-sentence.
   */
  private static final Pattern UNCLOSED_CREDIT = Pattern.compile(CREDIT_OPENING
      + "(?<inner>(?:本报|本報|晚报|晚報)?(?:记者|記者|通讯员|通訊員)[^（）()〈〉《。，、；！？：:]{1,26})$");

  /** The longest filing date, in digits: a year of the common era, month and day. */
  private static final int FILING_DATE_LENGTH = 8;

  /** The shortest filing date: a year of the Republic in three digits, a month and a day. */
  private static final int MIN_FILING_DATE_LENGTH = 7;

  /**
   * The date a 中央社 wire was filed, which follows its editor's credit: the year of the Republic
   * and the month and day ({@code （編輯：張三）1141209}), or a year of the common era
   * ({@code 20251209}).
   */
  static final String FILING_DATE = "[0-9０-９]{" + MIN_FILING_DATE_LENGTH + "," + FILING_DATE_LENGTH + "}";

  /**
   * A credit with the filing date after it, the date in {@code date}: one role and name or more,
   * parted by a slash ({@code （編輯：張三）1141209}, a translated wire's {@code
   * （譯者：李四／核稿：王五）1141209}). The date marks the credit, so any role of one to three
   * characters counts: an engine drops or misreads a character of 編輯 as often as of any word
   * ({@code （輯：張三）1141209}).
   */
  private static final Pattern DATED_CREDIT = Pattern.compile(
      "[（(]" + DatedRoles.PART + "(?:[／/]" + DatedRoles.PART + ")*[）)](?<date>" + FILING_DATE
          + ")$");

  /** The parts of a dated credit: a role of one to three characters, a colon, and a name. */
  private static final class DatedRoles {
    static final String ROLE = "\\p{IsHan}{1,3}[：:]";
    static final String PART = ROLE + "[^（）()／/：:]{1,12}";
    static final Pattern ROLE_PREFIX = Pattern.compile("(?:^|(?<=[／/]))" + ROLE);
  }

  private static final Pattern NOT_A_CREDIT = Pattern.compile(
      "^(?:完|续|續|续完|續完|待续|待續|未完|未完待续|未完待續|全文完|上|下|中|图|圖|图片|圖片|视频|視頻|责编|責編|"
          + "责任编辑|責任編輯|校对|校對|第.+|即(?!墨).+|[0-9０-９]+|[一二三四五六七八九十]+|[a-zA-Z]+)(?:$|[：:].*)");

  /** First characters of {@link #NOT_A_CREDIT}'s words; other credits skip it. */
  private static final String NON_CREDIT_OPENERS = "完续續待未全上下中图圖视視编編责責校第即一二三四五六七八九十";

  /**
   * A jump line's words, whatever the engine made of its first characters ({@code 《T转第9版)}
   * for （下转第9版）): a credit never sends the reader to a page.
   */
  private static final Pattern SENDS_TO_A_PAGE =
      Pattern.compile("(?:转|轉|接|见|見|刊)第?[0-9０-９一二三四五六七八九十A-Z]{1,3}版");

  /** Marks that close a quotation. */
  private static final String CLOSING_QUOTES = "”’」』";

  /** Sentence punctuation inside parentheses: an aside, not a credit. */
  private static final String SENTENCE_INNER = "。！？!?：:";

  /** What a parenthesised dateline ends in: 电 (中央社 wire) or 报导/报道 (reporter filed). */
  private static final String DATELINE_KEYWORDS = "电電导導道";

  private static final Pattern VIA = Pattern.compile("^[据據](?<source>.+)$");

  /**
   * The credit of a piece reprinted from another publication, which digests and opinion pages
   * close each item with: 摘自, 选自, 转自 or 来源 and the title in 《》, perhaps with its issue.
   */
  private static final Pattern REPRINT = Pattern.compile(
      "[（(](?:摘自|摘编自|摘編自|选自|選自|转自|轉自|转载自|轉載自|来源[：:]|來源[：:])"
          + "《(?<source>[^《》（）()]{1,24})》[^《》（）()]{0,12}[）)]$");

  /** Chinese personal names run two to four characters; transliterated names join parts with ·. */
  private static final Pattern PERSON =
      Pattern.compile("^(?:\\p{IsHan}{2,4}|\\p{IsHan}{1,8}(?:[·•．]\\p{IsHan}{1,8})+)$");

  /** One-character endings that mark an organisation, not a person: 办, 局, 室, 网… */
  private static final Chars.Table ORGANISATION_LAST = Chars.table("办辦局委室部厅廳处處网網报報社台站院会會组組馆館所");

  /** Two-character endings that mark an organisation: 中心, 公号, 微信. */
  private static final List<String> ORGANISATION_ENDINGS = List.of("中心", "公号", "公號", "微信");

  /**
   * Whether a name that {@link #PERSON} matched ends as an organisation's does. Such a name is Han
   * chars and dots, with no line terminator for an expression's {@code $} to stand before, so a
   * look at its last chars answers as the expression {@code (?:办|…|中心|…)$} did, without a
   * matcher (1 % of a page's CPU: every byline's every name is asked).
   */
  private static boolean isOrganisation(String name) {
    if (name.isEmpty()) {
      return false;
    }
    if (ORGANISATION_LAST.contains(name.charAt(name.length() - 1))) {
      return true;
    }
    for (String ending : ORGANISATION_ENDINGS) {
      if (name.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  private final DatelineGrammar datelines = new DatelineGrammar();

  /**
   * A commentary's signature standing alone: the paper's or an agency's commentator, who signs a
   * leading article or a short comment ({@code 本报评论员}, {@code 新华社评论员}, {@code 本報特約評論員}).
   */
  private static final Pattern COMMENTATORS_SIGNATURE =
      Pattern.compile("^\\p{IsHan}{0,4}?(?:特约|特約)?(?:评论员|評論員)$");

  /** Whether {@code line} is a commentator's signature standing alone, such as {@code 本报评论员}. */
  public boolean isCommentatorsSignature(String line) {
    String t = line.strip();
    return t.length() <= MAX_SIGNATURE && (t.endsWith("员") || t.endsWith("員"))
        && COMMENTATORS_SIGNATURE.matcher(t).matches();
  }

  /** Longest commentator's signature: four characters of paper or agency, 特约 and 评论员. */
  private static final int MAX_SIGNATURE = 9;

  /** The credit that ends {@code paragraph}, if it has one where a byline can stand. */
  public Optional<BylineMatch> match(String paragraph) {
    int start = start(paragraph);
    if (start < 0) {
      // Only a paragraph's end, not a line's: a credit a column break cut is joined to its end
      // before the paragraph is asked, and one whose end the engine lost is not.
      String stripped = stripEnd(paragraph);
      int unclosed = Chars.isClosingParenthesis(Chars.lastCodePoint(stripped)) ? -1
          : unclosedStart(stripped);
      return unclosed < 0 ? Optional.empty()
          : Optional.of(new BylineMatch(unclosed, stripped.substring(unclosed)));
    }
    String text = stripEnd(paragraph).substring(start);
    String credit = withoutFilingDate(text);
    return TRAILING_CREDIT.matcher(credit).lookingAt() || REPRINT.matcher(credit).matches()
        ? Optional.of(new BylineMatch(start, text)) : Optional.empty();
  }

  /** The text without the filing date that ends a dated credit, if it is one. */
  private static String withoutFilingDate(String text) {
    int date = filingDate(text);
    return date < 0 ? text : text.substring(0, date);
  }

  /** Where the filing date that ends a dated credit starts in {@code text}, or -1. */
  private static int filingDate(String text) {
    if (!endsInFilingDate(text)) {
      return -1;
    }
    Matcher dated = DATED_CREDIT.matcher(text);
    dated.region(Math.max(0, text.length() - MAX_CREDIT_LENGTH - FILING_DATE_LENGTH), text.length());
    return dated.find() ? dated.start("date") : -1;
  }

  /**
   * Whether {@code text} ends as {@link #DATED_CREDIT} must: a closing parenthesis, then seven or
   * eight of {@link #FILING_DATE}'s digits, then the end. The block builder asks for a credit at
   * the end of every line, and many a line of running text ends in a digit (a year cut by the
   * column's edge); they are settled here without the expression, and all others without a call of
   * {@code Character.isDigit}, which C1 does not inline.
   */
  private static boolean endsInFilingDate(String text) {
    int digits = 0;
    for (int i = text.length() - 1; i >= 0 && isFilingDigit(text.charAt(i)); i--) {
      digits++;
    }
    if (digits < MIN_FILING_DATE_LENGTH || digits > FILING_DATE_LENGTH) {
      return false;
    }
    char before = text.length() > digits ? text.charAt(text.length() - digits - 1) : 0;
    return before == '）' || before == ')';
  }

  /** A digit of {@link #FILING_DATE}: ASCII or full width. */
  private static boolean isFilingDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  /** A dated credit's names, their roles left out: the colons after them are no sentence's. */
  private static String withoutDatedRoles(String inner) {
    return DatedRoles.ROLE_PREFIX.matcher(inner).replaceAll("");
  }

  /**
   * Where the credit that ends {@code paragraph} starts, or -1 when it has none where a byline can
   * stand. Cheaper than {@link #match}: the names are not read.
   */
  public int start(String paragraph) {
    String stripped = stripEnd(paragraph);
    int date = filingDate(stripped);
    String text = date < 0 ? stripped : stripped.substring(0, date);
    int last = Chars.lastCodePoint(text);
    if (!Chars.isClosingParenthesis(last)) {
      return -1;
    }
    // A reprint's credit holds the title's 》 in its last characters; the search for one, which
    // tries every start in them, is spared the many credits and asides without.
    int reach = Math.max(0, text.length() - MAX_CREDIT_LENGTH);
    if (text.indexOf('》', reach) >= 0) {
      Matcher reprint = REPRINT.matcher(text);
      reprint.region(reach, text.length());
      if (reprint.find()) {
        return standsWhereACreditCan(text.substring(0, reprint.start())) ? reprint.start() : -1;
      }
    }
    int open = creditOpening(text);
    if (open < 0) {
      return -1;
    }
    Matcher m = TRAILING_CREDIT.matcher(text);
    m.region(open, text.length());
    if (!m.lookingAt()) {
      return -1;
    }
    String inner = m.group("inner").strip();
    if (inner.isEmpty() || isNotACredit(inner)
        || hasSentencePunctuation(date < 0 ? inner : withoutDatedRoles(inner))
        || SENDS_TO_A_PAGE.matcher(inner).find()
        || Chars.containsAny(inner, DATELINE_KEYWORDS) && !isVia(inner)
            && datelines.opens(m.group())) {
      return -1;
    }
    return standsWhereACreditCan(text.substring(0, m.start())) ? m.start() : -1;
  }

  /**
   * Where the credit that may close {@code text} opens, or -1: the last opening parenthesis (or a
   * 《 Tesseract read for one) in the credit's reach ({@value #MAX_CREDIT_LENGTH} characters), with
   * the mark before it where it doubles it (Tesseract's 〈《 or 《〈, a speck's （（).
   */
  private static int creditOpening(String text) {
    int from = Math.max(0, text.length() - MAX_CREDIT_LENGTH);
    for (int i = text.length() - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (Chars.isOpeningParenthesis(c) || c == '《') {
        return i > 0 && "〈《（(".indexOf(text.charAt(i - 1)) >= 0 ? i - 1 : i;
      }
    }
    return -1;
  }

  /** Where an {@link #UNCLOSED_CREDIT} that closes {@code text} starts, or -1. */
  private static int unclosedStart(String text) {
    int open = creditOpening(text);
    if (open < 0) {
      return -1;
    }
    Matcher m = UNCLOSED_CREDIT.matcher(text);
    m.region(open, text.length());
    return m.lookingAt() && standsWhereACreditCan(text.substring(0, open)) ? open : -1;
  }

  /**
   * Whether a credit after {@code before} closes the paragraph: it stands alone, or right after
   * the punctuation that ends the last sentence.
   */
  private static boolean standsWhereACreditCan(String text) {
    String before = stripEnd(text);
    // After a closing quote, a credit stands only where the quotation ended the sentence
    // (…太湖美。”（记者 X）); a quoted term goes on into an aside (交给“两老”(即祖父、外婆)).
    return before.isEmpty() || Chars.closesParagraph(before)
        && !Chars.isClosingParenthesis(Chars.lastCodePoint(before))
        && (CLOSING_QUOTES.indexOf(Chars.lastCodePoint(before)) < 0 || Chars.endsSentence(before));
  }

  /**
   * Whether the credit gives its source with 据 ({@code 据新华社}), even with the wire's own
   * dateline after it ({@code 据新华社乌鲁木齐12月16日电}), which is no dateline of this article.
   */
  private static boolean isVia(String inner) {
    return inner.charAt(0) == '据' || inner.charAt(0) == '據';
  }

  private static boolean isNotACredit(String inner) {
    char first = inner.charAt(0);
    boolean mayBe = NON_CREDIT_OPENERS.indexOf(first) >= 0 || first < 0x80 && Character.isLetterOrDigit(first)
        || first >= '０' && first <= '９';
    return mayBe && NOT_A_CREDIT.matcher(inner).matches();
  }

  /** Sentence punctuation, past a role prefix such as {@code 文：} whose colon is not one. */
  private static boolean hasSentencePunctuation(String inner) {
    int role = 0;
    if (inner.length() > 1 && "文图圖".indexOf(inner.charAt(0)) >= 0) {
      role = 1;
    } else if (inner.startsWith("编辑") || inner.startsWith("編輯")) {
      role = 2; // （編輯：X）, the credit that closes a 中央社 wire
    } else if (inner.length() > 1 && Credits.HALF_AN_EDITOR.indexOf(inner.charAt(0)) >= 0) {
      role = 1; // the same credit with one of 編輯's characters lost by the engine: （輯：X）
    }
    boolean rolePrefix = role > 0 && inner.length() > role
        && (inner.charAt(role) == ':' || inner.charAt(role) == '：');
    return Chars.containsAny(rolePrefix ? inner.substring(role + 1) : inner, SENTENCE_INNER);
  }

  /** Longest credit looked for, parentheses included. */
  private static final int MAX_CREDIT_LENGTH = 32;

  /** What the credit {@code text} of a {@link BylineMatch} names. */
  static BylineMatch.Credit credit(String text) {
    Matcher reprint = REPRINT.matcher(text);
    if (reprint.matches()) {
      return new BylineMatch.Credit(List.of(), reprint.group("source"));
    }
    int date = filingDate(text);
    Matcher m = TRAILING_CREDIT.matcher(date < 0 ? text : text.substring(0, date));
    if (!m.lookingAt()) {
      m = UNCLOSED_CREDIT.matcher(text);
      if (date >= 0 || !m.lookingAt()) {
        throw new IllegalArgumentException("not a credit: " + text);
      }
    }
    String inner = date < 0 ? m.group("inner").strip() : withoutDatedRoles(m.group("inner").strip());
    Matcher via = VIA.matcher(inner);
    if (via.matches()) {
      return new BylineMatch.Credit(List.of(), via.group("source").strip());
    }
    List<String> names = Credits.parse(inner).names();
    return allPersons(names)
        ? new BylineMatch.Credit(names, null)
        : new BylineMatch.Credit(List.of(), inner);
  }

  /**
   * Whether the credit names persons only, and some: a loop rather than {@code Stream.allMatch},
   * which sets up a pipeline of four objects for the one or two names of an article's byline.
   */
  private static boolean allPersons(List<String> names) {
    for (String n : names) {
      if (!PERSON.matcher(n).matches() || isOrganisation(n)) {
        return false;
      }
    }
    return !names.isEmpty();
  }

  private static String stripEnd(String text) {
    int end = text.length();
    while (end > 0 && Chars.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
