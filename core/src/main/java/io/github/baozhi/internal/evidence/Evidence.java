package io.github.baozhi.internal.evidence;

/**
 * The weights and limits by which the shared stages decide what the text is: how wide a column
 * is, whether two lines are one paragraph, whether a unit is a headline, and which article a
 * headline belongs to. Each is named here once, with its unit and the typesetting reason for it,
 * so that no stage carries a bare number and no two stages carry one limit twice.
 *
 * <p>Units: widths are in <em>half cells</em> (a CJK character or full-width mark is two, an
 * ASCII character one, as {@code Chars.halfCells} measures), counts of lines are of non-blank
 * lines, lengths of text are of <em>content characters</em> (letters, digits and Han characters,
 * punctuation and spaces aside, as {@code Bigrams.contentLength} counts) unless a name says code
 * points, type sizes are ratios to the page's body type, and headline scores are shares of a
 * headline's character bigrams found in an article (0 to 1).
 *
 * <p>Not here: what the grammars read (how long a credit, a jump line or a column label may be),
 * which is vocabulary rather than weighing; the geometry front end's measures of the page image,
 * which are in body-type units of their own ({@code Metrics}); and limits that bound the cost of
 * garbage input, which change no decision on a real page.
 */
public final class Evidence {

  private Evidence() {}

  // ---- Widths, in half cells ----

  /** Half cells in a cell: a CJK character's width. */
  public static final int CELL = 2;

  /**
   * A full line may fall this short of its column: typesetting squeezes punctuation (。” set in
   * three half cells), and sets a digit pair or a Latin letter pair in one cell.
   */
  public static final int SQUEEZE = 2;

  /** The paragraph indent OCR drops: two cells, the Chinese newspaper convention. */
  public static final int INDENT = 4;

  /**
   * A line this much shorter than the line or column it is measured against shows a paragraph's
   * first line: one and a half cells, less than the indent, so that a first line which hangs or
   * squeezes a mark still shows it, more than a squeeze, so that a full line does not.
   */
  public static final int INDENT_EVIDENCE = 3;

  /**
   * A headline set directly over its text, with no blank line between, stands more than this far
   * short of the column (or wider than the column by more than an indent): four cells, past the
   * dropped indent, a squeeze and one cell more, where a paragraph's first line never falls.
   */
  public static final int HEADLINE_SHORT_OF_COLUMN = INDENT + SQUEEZE + CELL;

  /**
   * Half the band of widths that count as one column edge when a column's width is estimated:
   * one cell on each side, a squeeze either way.
   */
  public static final int COLUMN_EDGE_BAND = SQUEEZE;

  /**
   * A column measured wider than this (forty cells) is no column: its lines are whole paragraphs,
   * one to a line. No newspaper sets a column much wider than 26 cells.
   */
  public static final int PARAGRAPH_PER_LINE_WIDTH = 80;

  /** Longest headline part: a hundred cells, for subtitles run long but not paragraph long. */
  public static final int MAX_HEADLINE_WIDTH = 200;

  // ---- Lines ----

  /** Non-blank lines on each side of a line whose widths inform its column's width. */
  public static final int COLUMN_WINDOW_LINES = 12;

  /**
   * Long lines an article needs to be measured on its own, without the lines of its neighbours:
   * enough full lines to outnumber its first lines, of which an article of three paragraphs has
   * three.
   */
  public static final int MIN_ARTICLE_LINES = 4;

  /**
   * A long line, in an article's own measure, is at least this share (3 in 4) of the article's
   * widest text line: full lines and first lines are, short paragraph ends mostly are not.
   */
  public static final int LONG_LINE_NUMERATOR = 3;

  /** Denominator of {@link #LONG_LINE_NUMERATOR}. */
  public static final int LONG_LINE_DENOMINATOR = 4;

  /**
   * Most lines a block of lines without sentence punctuation may have and still be read as a
   * headline while lines are grouped: kicker, two lines of title, subtitle.
   */
  public static final int MAX_HEADLINE_BLOCK_LINES = 4;

  /** Most lines of a headline-like unit: the above, and one more for a line the engine split. */
  public static final int MAX_HEADLINE_LINES = 5;

  /**
   * Running text in its column fills this many lines or more, all but the last of them full; a
   * head set in body type is a line or two of its own.
   */
  public static final int RUNNING_LINES = 3;

  /**
   * Headline blocks set closer than this many of their line heights apart, one over the other,
   * are one headline: a headline's lines are set solid, the white above an article is wider.
   */
  public static final double STACK_GAP_LINES = 1.0;

  /**
   * Headline blocks one over the other may overlap by this many of their line heights and still
   * stack: engines' line boxes run over the glyphs.
   */
  public static final double STACK_OVERLAP_LINES = 0.5;

  /**
   * A headline block stands level with page furniture (the paper's name between the page number
   * and the date) when their boxes overlap down the page by this share of the smaller's height.
   */
  public static final double LEVEL_OVERLAP_SHARE = 0.5;

  /**
   * In a headline block without type sizes, a first line this many times narrower than the widest
   * line under it is the title over a subtitle: a subtitle runs on where a title line is short.
   */
  public static final int SUBTITLE_WIDTH_RATIO = 2;

  /**
   * A dateline's day with no month is the month up to this many days after the issue's
   * day (a paper dated ahead of its news, or a date misread), else the month before: wire copy is
   * at most days old.
   */
  public static final int DAYS_AHEAD = 7;

  // ---- Text lengths, in content characters unless a name says otherwise ----

  /**
   * Most commas and semicolons (，；, not the enumerating 、) a headline carries: two clauses,
   * never a sentence's run.
   */
  public static final int MAX_HEADLINE_COMMAS = 2;

  /** Longest caption taken for one from its place alone, in code points: a sentence or so. */
  public static final int MAX_CAPTION_CODE_POINTS = 60;

  /** Longest lead-in that introduces the list or quotation after it ({@code 会议要求：}). */
  public static final int MAX_LEAD_IN = 20;

  /** A column or box label ({@code 要闻}, {@code 核心阅读}): never a headline on position alone. */
  public static final int MAX_LABEL = 4;

  /**
   * Plain text shows no type size, so an in-body subhead without an enumerator (a bold line of its
   * own between paragraphs, {@code 村民吃上“旅游饭”}) reads like the headline of an article without a
   * dateline. It is taken for a subhead where the text after it goes on with the open article's
   * story: an article runs to a few sentences at least before the first subhead divides it (this
   * many letters and digits: eight lines of a ten-cell column), and at least {@link
   * #MIN_SUBHEAD_STORY_SHARE} of the distinct letter pairs (bigrams; digits left out, as dates and
   * figures recur in unrelated stories) of the text unit after the subhead, or of all the text
   * after it up to the next head, dateline or byline, occur in the article's text so far: the
   * same story names the same people, places and things, where an unrelated article shares only
   * the language's common pairs (on a page given to one theme, health or schools, two unrelated
   * stories now and then share more, and are read as one).
   */
  public static final int MIN_LETTERS_BEFORE_SUBHEAD = 80;

  /** See {@link #MIN_LETTERS_BEFORE_SUBHEAD}. */
  public static final double MIN_SUBHEAD_STORY_SHARE = 0.06;

  /**
   * The opening of a news lead in which it says when the news happened, in characters: the
   * subject before the date ({@code 国家邮政局21日发布}, {@code 县文化馆组织的冬季电影下乡活动近日启动}).
   * Text after a line that opens so starts an article of its own, not a section after a subhead.
   */
  public static final int LEAD_CLAUSE = 20;

  /**
   * Fewest letters and digits of an article that shows nothing but text (no headline, dateline or
   * byline): two lines of the narrowest column, ten cells. The shortest brief is a sentence of
   * two or three such lines under its head; fewer letters standing alone are a piece of text the
   * layout cut off (a column's last line read apart, an engine's fragment), not an article.
   */
  public static final int MIN_BARE_ARTICLE_LETTERS = 20;

  /**
   * Characters of an article's lead (its first two paragraphs or so) that a headline is matched
   * against first: a headline restates its lead. Counted in UTF-16 units of the body's text,
   * punctuation included, not in content characters.
   */
  public static final int HEADLINE_LEAD_CHARS = 300;

  /** Characters of an article's body a headline is matched against in all, as the lead's. */
  public static final int HEADLINE_BODY_CHARS = 2000;

  // ---- Type sizes, as ratios ----

  /**
   * Type this many times the body's size or more is display type (headlines, kickers), set so a
   * reader sees it as no part of the running text. Only engine output shows type sizes.
   */
  public static final double DISPLAY_SCALE = 1.3;

  /**
   * Lines whose type sizes differ by more than this ratio are never one block: a headline set
   * over its text, a kicker over its title.
   */
  public static final double BLOCK_TYPE_RATIO = 1.3;

  /** Type within this share of the body size counts as body type (engines' boxes vary). */
  public static final double BODY_TYPE_TOLERANCE = 0.25;

  /**
   * Type measured at most this share of the body size is set a size under it, as photo captions
   * are (小五 under a 五号 body: 9 over 10.5 pt, 0.86): just over that size, because Tesseract
   * boxes a line of body type as small as 0.91 of the body now and then (0.93 turned a lead
   * sentence so measured into a caption).
   */
  public static final double CAPTION_TYPE_SHARE = 0.9;

  /**
   * A measure this many times as wide as the column a paragraph breaks off in is no column of the
   * same article: a caption across a picture of several columns.
   */
  public static final double WIDER_MEASURE = 1.5;

  /**
   * A head-like line between paragraphs of a column that measures on its own at least this much
   * larger than the body is the head of an item of its own (a brief's head, set a size over the
   * body: 小四 over a 五号 body, 12 over 10.5 pt, 1.14), not an in-body subhead, which is set bold
   * in the body's size. Short of the size step, so that Tesseract's boxes still leave it on the
   * right side: the least tall word of a body line measures within a few per cent of the body, and
   * a subhead set bold in a sans face (黑体 ink stands a little taller than 宋体's) up to 1.08.
   */
  public static final double ITEM_HEAD_SCALE = 1.1;

  /**
   * Letters a line needs to be read as a head by its own type size ({@link #ITEM_HEAD_SCALE}): a
   * paragraph's short last line (社）, 三成。) is measured from a word or two, which one box the
   * engine drew large decides; a brief's head runs to four characters or more. The layout stage
   * parts a headline set tight over its text by the same limit, for the same reason. Counted as
   * {@link io.github.baozhi.internal.text.Chars#contentLength} counts.
   */
  public static final int MIN_HEAD_LETTERS = 4;

  /** The title is set at least this much larger than the kicker and subtitle round it. */
  public static final double TITLE_LEAD = 1.15;

  /**
   * Blocks whose type sizes differ by less than this share are set in one size: engines' boxes
   * make one size measure a few per cent differently from line to line.
   */
  public static final double SAME_SIZE_SHARE = 0.95;

  /** A label is set at most this share of the size of the headline under it. */
  public static final double LABEL_SIZE_SHARE = 0.8;

  /**
   * A column's name over heads set in body type is set less than this many times their size: a
   * size or two above them, where a title over a subtitle in body type is set half as large again
   * or more (a kicker is set smaller than its title, never larger).
   */
  public static final double MAX_LABEL_LEAD = 1.4;

  // ---- Headline matching: score = bigram coverage + position ----

  /**
   * Position bonus of a headline's last block standing right before an article: the usual place,
   * worth as much as a third of the headline's bigrams, so that a headline sharing few words with
   * its article still goes to the article under it.
   */
  public static final double RIGHT_BEFORE = 0.3;

  /**
   * Position penalty, beyond {@link #FAR}, of an article away from the run for a headline's last
   * block that engine output shows set right over the first lines of the article after the run:
   * the layout's word against the words it shares with that other article, so that a box's title
   * (选择性信用管制) goes to the box under it, which explains the term, rather than to the lead
   * beside the box whose opening uses it (coverage 1 less this and {@code FAR} stays under
   * {@link #RIGHT_BEFORE}). Articles right before and after the run keep their scores, and so
   * does the one after the text under the block, which may be the rest of that text where the
   * layout cut a piece from its article.
   */
  public static final double OVER_OTHER_TEXT = -0.7;

  /** Position bonus of another block of the run right before an article (a kicker over a title). */
  public static final double BEFORE = 0.2;

  /**
   * Position bonus of a headline's first block right after an article: where reading order puts
   * a headline set beside or under its text; less than before, where headlines mostly stand.
   */
  public static final double RIGHT_AFTER = 0.15;

  /** Position bonus of another block of the run right after an article. */
  public static final double AFTER = 0.1;

  /** Position of an article away from the run: a headline at the page end must earn it in words. */
  public static final double FAR = -0.1;

  /**
   * Least score of a headline-article pair taken as an anchor: a third of the bigrams, or the bonus
   * of the place right before an article alone.
   */
  public static final double MIN_HEADLINE_SCORE = 0.3;
}
