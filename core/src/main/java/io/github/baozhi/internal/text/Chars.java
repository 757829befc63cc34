package io.github.baozhi.internal.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Character classes the pipeline reasons about: widths, scripts and punctuation roles. */
public final class Chars {

  /** Punctuation that may close a paragraph when it ends a short line. */
  private static final String PARAGRAPH_CLOSERS = "。！？!?…”’」』：:；;）)";

  /** Punctuation that ends a sentence, once trailing quotes and brackets are set aside. */
  private static final String SENTENCE_FINAL = "。！？!?…；;";

  /** Trailing marks that close a quotation or bracket around a sentence. */
  private static final String CLOSING_MARKS = "”’」』）)》〉】〕〗\"'";

  /** Marks that open a quotation or bracket: typesetting never ends a line with one (禁则). */
  private static final String OPENING_MARKS = "“‘「『（(《〈【〔〖";

  /** Punctuation found inside running sentences but rarely inside headlines. */
  private static final String SENTENCE_PUNCTUATION = "，。、；！？,;";

  private Chars() {}

  /**
   * Properties of the BMP characters, looked up from ICU the first time each is asked for and kept,
   * because the pipeline asks for them for every character of every page: bits 0-1 hold the width
   * in half cells, the others the flags below; 0 means not looked up yet. A page uses a few
   * thousand distinct characters, so this costs a run less than looking up all 65,536 at class
   * load did (10 to 13 ms of CPU, 3 to 4 % of a one-page run). Two threads that look up one
   * character at once store the same value.
   */
  private static final char[] BMP = new char[0x10000];

  private static final int WIDE = 4;
  private static final int WIDE_PUNCTUATION = 8;
  private static final int SPACE = 16;
  private static final int SENTENCE_MARK = 32;
  private static final int CONTENT = 64;
  /** {@link #SENTENCE_FINAL} but the semicolons: a sentence end that starts a new sentence. */
  private static final int SENTENCE_END = 128;
  /** Set in every entry looked up, so that no entry looked up is 0. */
  private static final int KNOWN = 256;

  /** The properties of the BMP character {@code c}. */
  private static int bits(int c) {
    int bits = BMP[c];
    return bits != 0 ? bits : lookUp(c);
  }

  private static int lookUp(int cp) {
    int bits = KNOWN | computeHalfCells(cp);
    if (computeIsWide(cp)) {
      bits |= WIDE;
      if (isPunctuationType(cp)) {
        bits |= WIDE_PUNCTUATION;
      }
    }
    if (computeIsSpace(cp)) {
      bits |= SPACE;
    }
    if (SENTENCE_PUNCTUATION.indexOf(cp) >= 0) {
      bits |= SENTENCE_MARK;
    }
    if (Character.isLetterOrDigit(cp)) {
      bits |= CONTENT;
    }
    if (SENTENCE_FINAL.indexOf(cp) >= 0 && cp != '；' && cp != ';') {
      bits |= SENTENCE_END;
    }
    BMP[cp] = (char) bits;
    return bits;
  }

  /**
   * Display width in half cells: a CJK or other wide character takes two, an ASCII character one,
   * a combining mark none. East Asian Ambiguous characters (such as “ ” · —) are set full width in
   * Chinese typesetting, so they count two.
   */
  public static int halfCells(int codePoint) {
    return codePoint < 0x10000 ? bits(codePoint) & 3 : computeHalfCells(codePoint);
  }

  private static int computeHalfCells(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT
        || type == Character.CONTROL) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
    switch (eaw) {
      case UCharacter.EastAsianWidth.WIDE:
      case UCharacter.EastAsianWidth.FULLWIDTH:
      case UCharacter.EastAsianWidth.AMBIGUOUS:
        return 2;
      default:
        return 1;
    }
  }

  /** Display width of a string in half cells. */
  public static int halfCells(CharSequence text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      width += halfCells(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /**
   * Whether {@link #halfCells(CharSequence)} of the text is at most {@code max}, read only as far
   * as it takes: no character is wider than two half cells, so a text of at most half as many
   * chars fits unread, and a wider one is found wide as soon as it passes the limit. The
   * classifier asks this of every unit, most of them paragraphs far narrower or wider than a
   * headline can be.
   */
  public static boolean fitsInHalfCells(String text, int max) {
    if (2L * text.length() <= max) {
      return true;
    }
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = codePointAt(text, i);
      width += halfCells(cp);
      if (width > max) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Display width of a line as typeset, in half cells: where two full-width punctuation marks
   * meet (。” or ），) typesetting sets one of them in half a cell, so such a pair takes three half
   * cells, not four. The column measure asks this of every line of a page; one table lookup per
   * char gives both the width and the punctuation flag, where {@link #halfCells(int)} and {@link
   * #isWidePunctuation} would look the char up twice.
   */
  public static int typesetWidth(String text) {
    int width = 0;
    boolean previousWasPunctuation = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int cp = Character.isSurrogate(c) ? text.codePointAt(i) : c;
      int cells;
      boolean punctuation;
      if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
        int bits = bits(cp);
        cells = bits & 3;
        punctuation = cells == 2 && (bits & WIDE_PUNCTUATION) != 0;
      } else {
        i++; // the low surrogate
        cells = computeHalfCells(cp);
        punctuation = cells == 2 && isPunctuationType(cp) && computeIsWide(cp);
      }
      if (punctuation && previousWasPunctuation) {
        cells--;
        previousWasPunctuation = false;
      } else {
        previousWasPunctuation = punctuation;
      }
      width += cells;
    }
    return width;
  }

  /**
   * True for characters that are set on the CJK grid: ideographs, kana, hangul, and full-width or
   * ambiguous-width punctuation. Joining two lines adds no space next to such a character.
   */
  public static boolean isWide(int codePoint) {
    return codePoint < 0x10000 ? (bits(codePoint) & WIDE) != 0 : computeIsWide(codePoint);
  }

  private static boolean computeIsWide(int codePoint) {
    int script = UScript.getScript(codePoint);
    if (script == UScript.HAN
        || script == UScript.HIRAGANA
        || script == UScript.KATAKANA
        || script == UScript.HANGUL
        || script == UScript.BOPOMOFO) {
      return true;
    }
    int eaw = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
    if (eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH) {
      return true;
    }
    return eaw == UCharacter.EastAsianWidth.AMBIGUOUS && !Character.isLetterOrDigit(codePoint);
  }

  /** True for full-width or ambiguous-width punctuation such as 。，“”（）、. */
  public static boolean isWidePunctuation(int codePoint) {
    if (codePoint < 0x10000) {
      return (bits(codePoint) & WIDE_PUNCTUATION) != 0;
    }
    return isPunctuationType(codePoint) && computeIsWide(codePoint);
  }

  private static boolean isPunctuationType(int codePoint) {
    int type = Character.getType(codePoint);
    boolean punctuation = type == Character.OTHER_PUNCTUATION
        || type == Character.START_PUNCTUATION
        || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION
        || type == Character.DASH_PUNCTUATION;
    return punctuation;
  }

  /** True for a Han ideograph, including the supplementary planes. */
  public static boolean isHan(int codePoint) {
    if (codePoint >= 0x4E00 && codePoint <= 0x9FFF) {
      return true;
    }
    return codePoint >= 0x2E80 && UScript.getScript(codePoint) == UScript.HAN;
  }

  /** Number of content characters (letters, digits, ideographs) in {@code text}. */
  public static int contentLength(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = codePointAt(text, i);
      i += Character.charCount(cp);
      if (isContent(cp)) {
        count++;
      }
    }
    return count;
  }

  /** True for characters that carry content: letters, digits and ideographs. */
  public static boolean isContent(int codePoint) {
    return codePoint < 0x10000 ? (bits(codePoint) & CONTENT) != 0 : Character.isLetterOrDigit(codePoint);
  }

  /**
   * True for a mark that typesetting never sets at the start of a line (禁则): a closing quote or
   * bracket, or the punctuation of a sentence. Where one falls at a line's start, it is hung at
   * the end of the line before instead, which then runs past the column's edge.
   */
  public static boolean neverStartsALine(int codePoint) {
    return PARAGRAPH_CLOSERS.indexOf(codePoint) >= 0 || SENTENCE_PUNCTUATION.indexOf(codePoint) >= 0
        || CLOSING_MARKS.indexOf(codePoint) >= 0;
  }

  /**
   * True for a mark that typesetting never sets at the end of a line (禁则): an opening quote or
   * bracket, which goes down to the next line with the character after it.
   */
  private static boolean neverEndsALine(int codePoint) {
    return OPENING_MARKS.indexOf(codePoint) >= 0;
  }

  /**
   * The width, in half cells, of what {@code text} opens with that no line may be broken inside
   * (禁则): its opening marks, the character after them, and the closing marks and punctuation that
   * follow that character ({@code “祥”}, six half cells), measured as {@link #typesetWidth}
   * measures a line. A line broken before {@code text} was broken there because that much did not
   * fit.
   */
  public static int unbreakableOpeningWidth(String text) {
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!neverEndsALine(cp)) {
        break;
      }
    }
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!neverStartsALine(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return typesetWidth(text.substring(0, i));
  }

  /** True when the text's last character may close a paragraph on a short line. */
  public static boolean closesParagraph(String text) {
    return closesParagraph(text, sentenceOpenAfter(text, false));
  }

  /**
   * True when the last line of some text may close its paragraph.
   *
   * @param line the line
   * @param inClause whether the line ends inside a sentence that has running punctuation (a
   *     comma or the like), counting the lines before it
   */
  public static boolean closesParagraph(String line, boolean inClause) {
    int last = lastCodePoint(line);
    if (last < 0 || PARAGRAPH_CLOSERS.indexOf(last) < 0) {
      return false;
    }
    // A closing quote or bracket ends a paragraph only after the sentence inside it has ended
    // ("…太湖美。”"), or outside running text (a quoted headline or subhead, a byline); in the
    // middle of a sentence ("…擦亮“太湖明珠”", "…，2022年GEP（生态系统生产总值）" at a line end)
    // the sentence goes on.
    return CLOSING_MARKS.indexOf(last) < 0 || endsSentence(line) || !inClause;
  }

  /**
   * Whether the sentence still open at the end of {@code line} has running punctuation in it, given
   * whether it had some before the line began: a sentence end starts afresh, a comma sets it.
   */
  public static boolean sentenceOpenAfter(String line, boolean before) {
    // The last sentence end or running mark of the line decides, so the scan starts at the end
    // and stops at the first it meets (usually a few characters in); a line with neither leaves
    // the sentence as it was.
    for (int i = line.length() - 1; i >= 0; i--) {
      int bits = bits(line.charAt(i));
      if ((bits & SENTENCE_END) != 0) {
        return false;
      }
      if ((bits & SENTENCE_MARK) != 0) {
        return true;
      }
    }
    return before;
  }

  /** {@link #sentenceMarks}: the line has running-sentence punctuation ({@link #hasSentencePunctuation}). */
  public static final int RUNNING_MARK = 1;
  /** {@link #sentenceMarks}: the line's last sentence end or running mark is a running mark. */
  public static final int LAST_RUNNING = 2;
  /** {@link #sentenceMarks}: the line's last sentence end or running mark is a sentence end. */
  public static final int LAST_END = 4;

  /**
   * The sentence punctuation of a line as bits, read in one pass from its end: {@link
   * #RUNNING_MARK} as {@link #hasSentencePunctuation} says, and {@link #LAST_RUNNING} or {@link
   * #LAST_END} as {@link #sentenceOpenAfter} decides (neither on a line with no such mark). The
   * column measure reads every line of a page once; the block builder asks both questions of
   * each line, and of some lines again, which read the line twice more.
   */
  public static int sentenceMarks(String line) {
    int i = line.length() - 1;
    for (; i >= 0; i--) {
      int bits = bits(line.charAt(i));
      if ((bits & SENTENCE_END) != 0) {
        if ((bits & SENTENCE_MARK) != 0) {
          return LAST_END | RUNNING_MARK;
        }
        break;
      }
      if ((bits & SENTENCE_MARK) != 0) {
        return LAST_RUNNING | RUNNING_MARK;
      }
    }
    if (i < 0) {
      return 0;
    }
    // A sentence end that is no running mark (! ? …): a running mark may still stand before it.
    for (i--; i >= 0; i--) {
      if ((bits(line.charAt(i)) & SENTENCE_MARK) != 0) {
        return LAST_END | RUNNING_MARK;
      }
    }
    return LAST_END;
  }

  /** {@link #sentenceOpenAfter(String, boolean)} of a line whose {@link #sentenceMarks} are given. */
  public static boolean sentenceOpenAfter(int marks, boolean before) {
    return (marks & LAST_END) == 0 && ((marks & LAST_RUNNING) != 0 || before);
  }

  /** True when the text ends a sentence, looking past closing quotes and brackets. */
  public static boolean endsSentence(String text) {
    int end = text.length();
    while (end > 0 && (Character.isWhitespace(text.charAt(end - 1))
        || CLOSING_MARKS.indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end > 0 && SENTENCE_FINAL.indexOf(text.charAt(end - 1)) >= 0;
  }

  /** True when the text holds running-sentence punctuation (commas, full stops and the like). */
  public static boolean hasSentencePunctuation(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ((bits(text.charAt(i)) & SENTENCE_MARK) != 0) {
        return true;
      }
    }
    return false;
  }

  /** True for a space, tab or U+3000 ideographic space. */
  public static boolean isSpace(int codePoint) {
    return codePoint < 0x10000 ? (bits(codePoint) & SPACE) != 0 : computeIsSpace(codePoint);
  }

  private static boolean computeIsSpace(int codePoint) {
    return codePoint == ' ' || codePoint == '\t' || codePoint == '\u3000'
        || Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /**
   * {@code text.codePointAt(i)}, for the loops that read every character of a page: a char is its
   * own code point unless it is a surrogate, and only then is the JDK's method (too large for C1
   * to inline) called.
   */
  public static int codePointAt(String text, int i) {
    char c = text.charAt(i);
    return Character.isSurrogate(c) ? text.codePointAt(i) : c;
  }

  /**
   * {@code text.codePointBefore(i)}, as {@link #codePointAt} is {@code codePointAt}: the grammars
   * ask for a line's last character many times a line. ({@code Character.codePointBefore} takes a
   * {@code CharSequence}, and reads its chars through the interface.)
   */
  private static int codePointBefore(String text, int i) {
    char c = text.charAt(i - 1);
    return Character.isSurrogate(c) ? text.codePointBefore(i) : c;
  }

  /** The last code point that is not whitespace, or -1. */
  public static int lastCodePoint(String text) {
    int i = text.length();
    while (i > 0) {
      int cp = codePointBefore(text, i);
      if (!isSpace(cp)) {
        return cp;
      }
      i -= Character.charCount(cp);
    }
    return -1;
  }

  /** The first code point that is not whitespace, or -1. */
  public static int firstCodePoint(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = codePointAt(text, i);
      if (!isSpace(cp)) {
        return cp;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * Where the last opening parenthesis ({@link #isOpeningParenthesis}) at or after {@code from}
   * stands in {@code text}, or -1. A parenthesised note or credit at the end of a paragraph opens
   * there, so the grammars look at the text from that point on instead of trying every position.
   */
  public static int lastOpeningParenthesis(String text, int from) {
    for (int i = text.length() - 1; i >= Math.max(0, from); i--) {
      if (isOpeningParenthesis(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code （} and {@code (}, and {@code 〈}, which OCR engines read for a full-width parenthesis
   * (its thin curve looks the same at text sizes).
   */
  public static boolean isOpeningParenthesis(int c) {
    return c == '（' || c == '(' || c == '〈';
  }

  /** {@code ）}, {@code )} and {@code 〉}, as {@link #isOpeningParenthesis}. */
  public static boolean isClosingParenthesis(int c) {
    return c == '）' || c == ')' || c == '〉';
  }

  /**
   * Whether any of {@code chars} occurs in {@code text}. The grammars ask this of every paragraph
   * with a few constant sets, so each set is made a table of its chars once, on first use, and
   * the text is read once, a table lookup per char, instead of a search of the set per char.
   */
  public static boolean containsAny(String text, String chars) {
    Table set = TABLES.get(chars);
    if (set == null) {
      set = table(chars);
      TABLES.putIfAbsent(chars, set);
    }
    return containsAny(text, set);
  }

  /** Whether any char of {@code chars} occurs in {@code text}. */
  public static boolean containsAny(String text, Table chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.contains(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The sets {@link #containsAny} has been asked about, each as a table. */
  private static final Map<String, Table> TABLES = new ConcurrentHashMap<>();

  /** A table of {@code chars}, for the pre-checks that ask of every character whether it is one. */
  public static Table table(String chars) {
    long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      bits[c >>> 6] |= 1L << c;
    }
    return new Table(bits);
  }

  /**
   * A set of chars as a bit per char (8 KB): {@link #contains} is a load and a test, small enough
   * for C1 to inline, where {@code BitSet.get} (checks, a field for the words in use) is a call
   * and {@code String.indexOf} a search of the set.
   */
  public static final class Table {
    private final long[] bits;

    private Table(long[] bits) {
      this.bits = bits;
    }

    public boolean contains(char c) {
      return (bits[c >>> 6] & 1L << c) != 0;
    }
  }

  /** {@code text.substring(0, end).isBlank()}, without the copy. */
  public static boolean isBlankBefore(String text, int end) {
    return isBlankBetween(text, 0, end);
  }

  /** {@code text.substring(start, end).isBlank()}, without the copy. */
  public static boolean isBlankBetween(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text without leading and trailing spaces, including U+3000. */
  public static String strip(String text) {
    // Char by char: every space is in the BMP, and a surrogate is never one.
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }
}
