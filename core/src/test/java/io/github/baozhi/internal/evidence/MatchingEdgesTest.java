package io.github.baozhi.internal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Box;
import io.github.baozhi.Headline;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.Unassigned;
import io.github.baozhi.internal.assemble.Assembler;
import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.classify.Classified;
import io.github.baozhi.internal.classify.Classifier;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.support.PlacedLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The limits by which a headline is matched to an article ({@link Evidence}), each on both sides
 * of its edge. A headline's score is the share of its character bigrams found in the article
 * (those in the lead count twice, so the share is the mean of lead and whole) plus a bonus for
 * where it stands, and it is anchored to the article when the score reaches {@value
 * Evidence#MIN_HEADLINE_SCORE}. Each text page here lets that anchor decide alone: one headline
 * block, or one beside a four-character block that shares nothing and so is never taken. The
 * engine pages put the limits of the next phase at their edges, where a block joins an anchored
 * neighbour by where it stands and how large it is set.
 *
 * <p>Headlines on the text pages are runs of distinct characters that the articles' prose never
 * uses; an article shares a bigram with a headline where the two characters are set into its
 * prose together.
 */
class MatchingEdgesTest {

  private static final PageParser PARSER = PageParser.create();

  /** Prose characters; none of them is in {@link #HEADLINE_CHARACTERS}. */
  private static final String PROSE = "全市今年建成改造城市道路二十余条增加停车泊位三千多个住户出行更为便捷"
      + "有关部门表示将继续推进老旧小区整治完善社区养老托育等公共服务设施让群众生活舒心";

  private static final String HEADLINE_CHARACTERS = "春风送暖百花齐放山河锦绣万象焕发国泰民安岁月静好";

  /** Shares no character with the prose or the headlines, and is too short to head on place. */
  private static final String FOUR_CHARACTERS = "竹影清幽";

  /** A headline of {@code characters} distinct characters: {@code characters - 1} bigrams. */
  private static String headline(int characters) {
    return HEADLINE_CHARACTERS.substring(0, characters);
  }

  /**
   * One paragraph of {@code length} characters ending in 。, with the headline's bigrams 0, 2, 4,
   * … set into it: each at the index given, the bigram's first character there.
   */
  private static String paragraph(int length, String headline, int... at) {
    char[] text = new char[length];
    for (int i = 0, p = 0; i < length; i++) {
      text[i] = i % 9 == 8 ? '，' : PROSE.charAt(p++ % PROSE.length());
    }
    for (int b = 0; b < at.length; b++) {
      text[at[b]] = headline.charAt(2 * b);
      text[at[b] + 1] = headline.charAt(2 * b + 1);
    }
    text[length - 1] = '。';
    return new String(text);
  }

  /** Where {@code bigrams} bigrams stand in the lead (from index 10, ten apart). */
  private static int[] inLead(int bigrams) {
    return spread(bigrams, 10);
  }

  private static int[] spread(int bigrams, int from) {
    int[] at = new int[bigrams];
    for (int i = 0; i < bigrams; i++) {
      at[i] = from + 10 * i;
    }
    return at;
  }

  private static int[] concat(int[] a, int... b) {
    int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** The paragraph set in a 16-cell column: sixteen characters a line. */
  private static String column(String paragraph) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < paragraph.length(); i += 16) {
      lines.add(paragraph.substring(i, Math.min(paragraph.length(), i + 16)));
    }
    return String.join("\n", lines);
  }

  /** Parses the page, checking that each paragraph came out as one article's body, whole. */
  private static Page parse(String text, String... paragraphs) {
    Page page = PARSER.parse(text);
    assertThat(page.articles()).hasSize(paragraphs.length);
    for (int i = 0; i < paragraphs.length; i++) {
      assertThat(String.join("", page.articles().get(i).body())).endsWith(paragraphs[i]);
    }
    return page;
  }

  /** Whether the headline is in article {@code article}'s. */
  private static boolean headedBy(Page page, int article, String headline) {
    Headline h = page.articles().get(article).headline();
    return h != null && String.join(" ", Objects.requireNonNullElse(h.kicker(), ""),
        h.title(), Objects.requireNonNullElse(h.subtitle(), "")).contains(headline);
  }

  /**
   * Whether the headline heads article {@code article}; where it does not, it must be left to no
   * article at all, as the page's unassigned text.
   */
  private static boolean heads(Page page, int article, String headline) {
    boolean heads = headedBy(page, article, headline);
    if (!heads) {
      assertThat(page.unassigned()).extracting(Unassigned::text).contains(headline);
    }
    return heads;
  }

  /**
   * Whether a headline of {@code characters} characters, set at the page's end after the blocks
   * given, heads the one article before it, which shares the bigrams {@code at}.
   */
  private static boolean headsAtPageEnd(int characters, int length, int[] at, String... before) {
    String h = headline(characters);
    String paragraph = paragraph(length, h, at);
    List<String> blocks = new ArrayList<>(List.of(column(paragraph)));
    blocks.addAll(List.of(before));
    blocks.add(h);
    return heads(parse(String.join("\n\n", blocks), paragraph), 0, h);
  }

  /**
   * Right before an article a headline has the least score on its place alone, and 0.4 more than
   * away from it: an article away from it takes it only by sharing more than two fifths of its
   * bigrams (the mean of lead and whole).
   */
  @Nested
  class RightBefore {

    /**
     * Three articles, the headline between the second and the third, sharing nothing with them;
     * with the first it shares the bigrams {@code shared}. The third opens with a dateline: its
     * prose is the second's, and after text that goes on with the open article's story a line of
     * plain text between them would be a subhead of the second.
     */
    private boolean headsTheFirst(int[] shared) {
      String h = headline(12);
      String first = paragraph(400, h, shared);
      String second = paragraph(100, h);
      String third = paragraph(100, h);
      Page page = parse(String.join("\n\n", column(first), column("本报讯 " + second), h,
          column("本报讯 " + third)), first, second, third);
      boolean headsFirst = headedBy(page, 0, h);
      assertThat(headedBy(page, 2, h)).isNotEqualTo(headsFirst);
      return headsFirst;
    }

    @Test
    void aHeadlineRightBeforeAnArticleItSharesNoWordWithGoesToOneAwaySharingNineOfTwentyTwo() {
      // Four of eleven bigrams in the lead and one past it: 9/22 - 0.1 = 0.309, over 0 + 0.3.
      assertThat(headsTheFirst(concat(inLead(4), 350))).isTrue();
    }

    @Test
    void sharingEightOfTwentyTwoItHeadsTheArticleUnderIt() {
      // 8/22 - 0.1 = 0.264, under 0.3.
      assertThat(headsTheFirst(inLead(4))).isFalse();
    }
  }

  @Nested
  class RightAfter {

    @Test
    void aHeadlineRightAfterItsArticleSharingTwoOfThirteenBigramsWithItsLeadIsItsHeadline() {
      // 4/26 shared + 0.15 right after the article: 0.304, past the least score of 0.3.
      assertThat(headsAtPageEnd(14, 400, inLead(2))).isTrue();
    }

    @Test
    void sharingTwoOfFourteenItIsNot() {
      // 4/28 + 0.15: 0.293.
      assertThat(headsAtPageEnd(15, 400, inLead(2))).isFalse();
    }
  }

  @Nested
  class After {

    @Test
    void aHeadlineUnderAnotherBlockAfterItsArticleSharingFiveHalvesOfTwelveIsItsHeadline() {
      // Two bigrams in the lead and one past it, of twelve: 5/24 + 0.1 = 0.308.
      assertThat(headsAtPageEnd(13, 400, concat(inLead(2), 350), FOUR_CHARACTERS)).isTrue();
    }

    @Test
    void ofThirteenItIsNot() {
      // 5/26 + 0.1 = 0.292.
      assertThat(headsAtPageEnd(14, 400, concat(inLead(2), 350), FOUR_CHARACTERS)).isFalse();
    }
  }

  @Nested
  class Before {

    /** Two articles with the headline and a block of four characters between them. */
    private boolean headsTheArticleAfter(int characters, int[] shared) {
      String h = headline(characters);
      String first = paragraph(100, h);
      String second = paragraph(400, h, shared);
      Page page = parse(String.join("\n\n", column(first), h, FOUR_CHARACTERS, column(second)),
          first, second);
      return heads(page, 1, h);
    }

    @Test
    void aHeadlineOverAnotherBlockRightBeforeItsArticleSharingATenthOfItsBigramsIsItsHeadline() {
      // One bigram of ten, in the lead: 2/20 + 0.2 = 0.3.
      assertThat(headsTheArticleAfter(11, inLead(1))).isTrue();
    }

    @Test
    void sharingOneOfElevenItIsNot() {
      // 2/22 + 0.2 = 0.291.
      assertThat(headsTheArticleAfter(12, inLead(1))).isFalse();
    }
  }

  @Nested
  class Far {

    /** Two articles and the headline at the page's end: it shares words with the first. */
    private boolean headsTheArticleBeforeLast(int characters, int[] shared) {
      String h = headline(characters);
      String first = paragraph(400, h, shared);
      String second = paragraph(100, h);
      Page page = parse(String.join("\n\n", column(first), column("本报讯 " + second), h),
          first, second);
      return heads(page, 0, h);
    }

    @Test
    void aHeadlineAwayFromItsArticleSharingTwoOfFiveBigramsWithItsLeadIsItsHeadline() {
      // 4/10 - 0.1 = 0.3.
      assertThat(headsTheArticleBeforeLast(6, inLead(2))).isTrue();
    }

    @Test
    void sharingNineOfTwentyThreeItIsNot() {
      // 18/46 - 0.1 = 0.291.
      assertThat(headsTheArticleBeforeLast(24, inLead(9))).isFalse();
    }
  }

  /**
   * How much of an article a headline is matched against, in characters of its text, punctuation
   * included: here a headline of five bigrams right after its article, which needs 0.15 of them.
   */
  @Nested
  class LeadAndBody {

    @Test
    void aBigramStartingAtTheThreeHundredthCharacterIsInTheLeadAndCountsTwice() {
      // 2/10 + 0.15.
      assertThat(headsAtPageEnd(6, 400, new int[] {299})).isTrue();
    }

    @Test
    void oneStartingACharacterLaterCountsOnce() {
      // 1/10 + 0.15.
      assertThat(headsAtPageEnd(6, 400, new int[] {300})).isFalse();
    }

    @Test
    void aBigramEndingAtTheTwoThousandthCharacterIsMatched() {
      // Two bigrams past the lead, the second ending at index 1999: 2/10 + 0.15.
      assertThat(headsAtPageEnd(6, 2100, new int[] {1000, 1998})).isTrue();
    }

    @Test
    void oneEndingACharacterLaterIsNot() {
      // 1/10 + 0.15.
      assertThat(headsAtPageEnd(6, 2100, new int[] {1000, 1999})).isFalse();
    }
  }

  /** Assembles engine lines as the parser would (through the classifier). */
  private static Page assemble(List<Line> lines) {
    List<Classified> units = new Classifier().classify(new BoundaryFinder().find(
        new BlockBuilder().build(lines)));
    String source = String.join("\n", lines.stream().map(Line::text).toList());
    return new Assembler(null, UnaryOperator.identity()).assemble(source, units);
  }

  /**
   * Where engine output places the headline blocks: a block set right over another, in line with
   * it, with white space between them of at most the taller one's line height, is part of the same
   * headline whatever words it shares.
   */
  @Nested
  class StackGap {

    /**
     * A kicker that shares no word with the article (type 1.4, lines 70 high) over its title
     * (type 2, lines 100 high) with {@code gap} between them, and the article under both.
     */
    private Page kickerOverTitle(int gap) {
      int titleTop = 70 + gap;
      return assemble(List.of(
          PlacedLines.placed(1, "八旬老人三十年如一日", new Box(0, 0, 700, 70), 0, 1.4, 0),
          PlacedLines.placed(2, "义务修伞暖人心", new Box(0, titleTop, 700, titleTop + 100), 0, 2.0, 0),
          PlacedLines.placed(3, "晚报讯 每周二和周五上午，家住五里桥的钱永福都会在社区服务站摆开修伞摊。",
              new Box(0, titleTop + 150, 700, titleTop + 200), 1, 1.0, 1)));
    }

    @Test
    void aKickerWithATitleLineOfWhiteSpaceUnderItIsPartOfTheTitlesHeadline() {
      assertThat(kickerOverTitle(100).articles()).singleElement()
          .satisfies(a -> assertThat(a.headline()).isEqualTo(
              new Headline("八旬老人三十年如一日", "义务修伞暖人心", null)));
    }

    @Test
    void withAPixelMoreItIsNot() {
      Page page = kickerOverTitle(101);

      assertThat(page.articles()).singleElement().satisfies(a -> assertThat(a.headline())
          .isEqualTo(new Headline(null, "义务修伞暖人心", null)));
      assertThat(page.unassigned()).extracting(Unassigned::text).contains("八旬老人三十年如一日");
    }

    @Test
    void boxesOverlappingByHalfATitleLineStillStack() {
      // Engines' line boxes run over the glyphs: a title's box may reach up into the kicker's.
      assertThat(kickerOverTitle(-50).articles()).singleElement()
          .satisfies(a -> assertThat(a.headline()).isEqualTo(
              new Headline("八旬老人三十年如一日", "义务修伞暖人心", null)));
    }

    @Test
    void byAPixelMoreTheyDoNot() {
      assertThat(kickerOverTitle(-51).unassigned()).extracting(Unassigned::text)
          .contains("八旬老人三十年如一日");
    }
  }

  /**
   * A line no longer than a label (老手艺) set right over a headline (新传人) is that headline's own
   * when it is set nearly as large, though it shares more words with another article; set smaller
   * than {@value Evidence#LABEL_SIZE_SHARE} of the headline's size it is a label, and goes by its
   * words.
   */
  @Nested
  class LabelSizeShare {

    /**
     * Article A, then A's headline (in the next column), a three-character line of size {@code
     * size} right over B's headline (size 2), and article B. The line shares both its bigrams with
     * A's lead, one with B's.
     */
    private Page shortLineOverTheNextHeadline(double size) {
      return assemble(List.of(
          PlacedLines.placed(1, "本报讯 城南百年老店重新开张，店主说，老手艺不能丢。",
              new Box(0, 0, 700, 50), 0, 1.0, 0),
          PlacedLines.placed(2, "城南百年老店重新开张", new Box(1000, 0, 2000, 100), 1, 2.0, 1),
          PlacedLines.placed(3, "老手艺", new Box(0, 200, 240, 280), 2, size, 1),
          PlacedLines.placed(4, "非遗木雕培训班开班", new Box(0, 290, 900, 390), 2, 2.0, 1),
          PlacedLines.placed(5, "本报讯 非遗木雕培训班开班了，学员跟着师傅学手艺，年轻人居多。",
              new Box(0, 450, 700, 500), 3, 1.0, 1)));
    }

    @Test
    void setAtFourFifthsOfTheHeadlinesSizeItIsTheHeadlinesOwn() {
      assertThat(shortLineOverTheNextHeadline(1.6).articles().get(1).headline())
          .isEqualTo(new Headline("老手艺", "非遗木雕培训班开班", null));
    }

    @Test
    void setAHundredthSmallerItGoesByItsWords() {
      Page page = shortLineOverTheNextHeadline(1.59);

      assertThat(page.articles().get(1).headline())
          .isEqualTo(new Headline(null, "非遗木雕培训班开班", null));
      assertThat(page.articles().get(0).headline().toString()).contains("老手艺");
    }
  }

  /**
   * The paper's name set large beside the page's date line, both over all the text: part of the
   * running head, not a headline, where the two stand level, overlapping down the page by half
   * the smaller one's height or more.
   */
  @Nested
  class LevelWithFurniture {

    /**
     * The name (five characters, longer than a label) {@code drop} pixels lower than the date
     * line, both 100 high.
     */
    private Page runningHead(int drop) {
      return assemble(List.of(
          PlacedLines.placed(1, "青峪县日报", new Box(800, drop, 1300, drop + 100), 0, 2.0, 0),
          PlacedLines.placed(2, "2025年12月3日 星期三", new Box(1500, 0, 2500, 100), 1, 1.0, 1),
          PlacedLines.placed(3, "本报讯 每周二和周五上午，家住五里桥的钱永福都会在社区服务站摆开修伞摊。",
              new Box(0, 300, 700, 350), 2, 1.0, 1)));
    }

    @Test
    void aNameOverlappingTheDateLineByHalfItsHeightIsPartOfTheRunningHead() {
      Page page = runningHead(50);

      assertThat(page.articles()).singleElement().satisfies(a -> assertThat(a.headline()).isNull());
      assertThat(page.unassigned()).extracting(Unassigned::text).contains("青峪县日报");
    }

    @Test
    void aPixelLowerItIsAHeadline() {
      assertThat(runningHead(51).articles()).singleElement()
          .satisfies(a -> assertThat(a.headline().title()).isEqualTo("青峪县日报"));
    }
  }
}
