package io.github.baozhi.internal.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Article;
import io.github.baozhi.Box;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.Unassigned;
import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.classify.Classified;
import io.github.baozhi.internal.classify.Classifier;
import io.github.baozhi.internal.classify.Kind;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.LineMeasurer;
import io.github.baozhi.internal.normalise.Normaliser;
import io.github.baozhi.support.PlacedLines;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each limit of {@link Evidence}, on both sides of its edge: the page one half cell, one line or
 * one character inside the limit, and the same page just past it. Columns are 16 cells wide; a
 * Han character is one cell and an ASCII digit half of one.
 */
class EvidenceEdgesTest {

  private static final PageParser PARSER = PageParser.create();

  /** Running copy without punctuation, cut into lines of any width from any place in it. */
  private static final String COPY = "全市今年新建改造城市道路二十余条新增停车泊位三千多个市民出行更加便捷有关部门表示将"
      + "继续推进老旧小区改造加快完善社区养老托育等公共服务设施让群众生活更舒心各区还将结合实际"
      + "打造口袋公园和健身步道方便居民就近休闲锻炼";

  private static int cursor;

  /** {@code cells} Han characters of the copy, going on where the last call stopped. */
  private static String han(int cells) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < cells; i++) {
      out.append(COPY.charAt(cursor++ % COPY.length()));
    }
    return out.toString();
  }

  /** Four full lines of a 16-cell column, so that the column measures 16 cells. */
  private static String fullLines() {
    return String.join("\n", han(16), han(16), han(16), han(16));
  }

  /** Three full lines and a short last one that ends the paragraph and the article. */
  private static String closingLines() {
    return String.join("\n", han(16), han(16), han(16), han(5) + "。");
  }

  private static List<String> body(String text) {
    Page page = PARSER.parse(text);
    assertThat(page.articles()).hasSize(1);
    return page.articles().get(0).body();
  }

  private static List<Classified> classify(String text) {
    return new Classifier().classify(new BoundaryFinder().find(new BlockBuilder().build(
        new LineMeasurer().measure(new Normaliser().normalise(text)))));
  }

  @Nested
  class Squeeze {

    @Test
    void aSentenceEndingOneCellShortOfTheColumnIsAFullLineAndItsParagraphGoesOn() {
      String text = String.join("\n", fullLines(), han(14) + "。", closingLines());

      assertThat(body(text)).hasSize(1);
    }

    @Test
    void aSentenceEndingOneAndAHalfCellsShortClosesItsParagraph() {
      String text = String.join("\n", fullLines(), han(13) + "1。", closingLines());

      assertThat(body(text)).hasSize(2);
    }
  }

  @Nested
  class IndentEvidence {

    @Test
    void aLineOneAndAHalfCellsShortUnderAClosedSentenceOpensAParagraph() {
      String text = String.join("\n", fullLines(), han(15) + "。", han(14) + "1", closingLines());

      assertThat(body(text)).hasSize(2);
    }

    @Test
    void aLineOneCellShortUnderAClosedSentenceCarriesTheParagraphOn() {
      String text = String.join("\n", fullLines(), han(15) + "。", han(15), closingLines());

      assertThat(body(text)).hasSize(1);
    }
  }

  @Nested
  class HeadlineShortOfColumn {

    @Test
    void aLineFourCellsShortDirectlyOverProseIsTheProsesFirstLine() {
      String first = han(12);
      Page page = PARSER.parse(String.join("\n", first, "今年，" + han(13), fullLines(),
          closingLines()));

      assertThat(page.articles()).singleElement().satisfies(a -> {
        assertThat(a.headline()).isNull();
        assertThat(a.body().get(0)).startsWith(first);
      });
    }

    @Test
    void aLineFourAndAHalfCellsShortDirectlyOverProseIsItsHeadline() {
      String first = han(11) + "1";
      Page page = PARSER.parse(String.join("\n", first, "今年，" + han(13), fullLines(),
          closingLines()));

      assertThat(page.articles()).singleElement()
          .satisfies(a -> assertThat(a.headline().title()).isEqualTo(first));
    }
  }

  /** A line of running text {@code cells} cells wide, ending in a comma. */
  private static String running(int cells) {
    return han(cells - 1) + "，";
  }

  private static List<Line> measure(List<String> lines) {
    return new LineMeasurer().measure(new Normaliser().normalise(String.join("\n", lines)));
  }

  @Nested
  class ColumnWindow {

    /**
     * Six lines of 18 cells over six of 16 and a closing line, then the 16-cell line given and
     * one more short line, in the order given.
     */
    private int firstLinesColumn(boolean sixteenCellLineTwelfth) {
      List<String> lines = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        lines.add(running(18));
      }
      for (int i = 0; i < 6; i++) {
        lines.add(running(16));
      }
      String close = han(3) + "。";
      lines.addAll(sixteenCellLineTwelfth ? List.of(running(16), close) : List.of(close, running(16)));
      return measure(lines).get(0).columnWidth();
    }

    @Test
    void aLineTwelveLinesAwayInformsTheColumnWidth() {
      // Seven lines of 16 cells among the first line's twelve neighbours outnumber six of 18.
      assertThat(firstLinesColumn(true)).isEqualTo(2 * 16);
    }

    @Test
    void aLineThirteenLinesAwayDoesNot() {
      // Six against six: a tie leans to the wider edge.
      assertThat(firstLinesColumn(false)).isEqualTo(2 * 18);
    }
  }

  @Nested
  class ColumnEdgeBand {

    /** Four lines of 18 cells, three of 16, and two as wide as given, measured together. */
    private List<Line> withTwoLinesOf(String shortLine) {
      return measure(List.of(running(18), running(18), running(18), running(18),
          running(16), shortLine + "，", running(16), shortLine + "，", running(16)));
    }

    @Test
    void linesOneCellShortOfAColumnCountAsItsFullLines() {
      // Three full lines and two squeezed ones outnumber the four lines of 18 cells.
      assertThat(withTwoLinesOf(han(14))).allSatisfy(l -> assertThat(l.columnWidth())
          .isEqualTo(2 * 16));
    }

    @Test
    void linesOneAndAHalfCellsShortDoNot() {
      assertThat(withTwoLinesOf(han(13) + "1")).allSatisfy(l -> assertThat(l.columnWidth())
          .isEqualTo(2 * 18));
    }
  }

  @Nested
  class MinArticleLines {

    /** An 18-cell article that closes, then a headline set off by blank lines. */
    private static final String WIDE_THEN_HEADLINE = String.join("\n",
        "本报讯 今年以来，全区新增就业岗位",
        "一万二千余个，其中面向高校毕业生的岗",
        "位占四成以上，就业形势总体稳定，城镇",
        "调查失业率保持在较低水平，重点群体就",
        "业得到有效保障，居民收入稳步增长，消",
        "费市场持续回暖，经济运行总体平稳。",
        "",
        "社区食堂开进写字楼",
        "");

    private static List<Line> narrowArticle(int longLines) {
      StringBuilder text = new StringBuilder(WIDE_THEN_HEADLINE);
      for (int i = 0; i < longLines; i++) {
        text.append(han(15)).append("，\n");
      }
      text.append(han(4)).append("。");
      List<Line> lines = new LineMeasurer().measure(new Normaliser().normalise(text.toString()));
      return lines.subList(7, lines.size());
    }

    @Test
    void anArticleWithFourLongLinesOfItsOwnIsMeasuredAlone() {
      assertThat(narrowArticle(4)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(2 * 16));
    }

    /** Three full lines of 16 cells, then {@code fourth}, then a short last line. */
    private List<Line> narrowArticleWithFourthLine(String fourth) {
      StringBuilder text = new StringBuilder(WIDE_THEN_HEADLINE);
      for (int i = 0; i < 3; i++) {
        text.append(han(15)).append("，\n");
      }
      text.append(fourth).append("，\n").append(han(4)).append("。");
      List<Line> lines = new LineMeasurer().measure(new Normaliser().normalise(text.toString()));
      return lines.subList(7, lines.size());
    }

    @Test
    void aLineThreeQuartersAsWideAsTheArticlesWidestCountsAsLong() {
      // 12 cells of 16: the fourth long line, so the article is measured alone.
      assertThat(narrowArticleWithFourthLine(han(11)))
          .allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(2 * 16));
    }

    @Test
    void halfACellShortOfThatItDoesNot() {
      // 11.5 cells: three long lines only, too few to measure the article alone.
      assertThat(narrowArticleWithFourthLine(han(10) + "1"))
          .allSatisfy(l -> assertThat(l.columnWidth()).isGreaterThan(2 * 16));
    }

    @Test
    void anArticleWithThreeIsMeasuredWithTheLinesOfTheArticleBeforeIt() {
      assertThat(narrowArticle(3))
          .allSatisfy(l -> assertThat(l.columnWidth()).isGreaterThan(2 * 16));
    }
  }

  @Nested
  class HeadlineLimits {

    @Test
    void aHeadlineCarriesTwoCommasButNotThree() {
      assertThat(classify("春风送暖，春雨润物，春光正好").get(0).kind()).isEqualTo(Kind.HEADLINE);
      assertThat(classify("春风送暖，春雨润物，春光正好，春色满园").get(0).kind()).isEqualTo(Kind.BODY);
    }

    @Test
    void aHeadlineRunsToAHundredCellsButNotHalfACellMore() {
      cursor = 0;
      String hundred = han(100);
      assertThat(classify(hundred).get(0).kind()).isEqualTo(Kind.HEADLINE);
      assertThat(classify(hundred + "1").get(0).kind()).isEqualTo(Kind.BODY);
    }

    @Test
    void aHeadlineHasFiveLinesAtMostButNotSix() {
      String five = String.join("\n", han(10), han(10), han(10), han(10), han(10));

      assertThat(classify(five)).singleElement()
          .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.HEADLINE));
      assertThat(classify(five + "\n" + han(10))).singleElement()
          .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.BODY));
    }
  }

  @Nested
  class LeadInsAndLabels {

    private static final String OPEN = String.join("\n",
        "本报讯 记者昨日从市交通运输局",
        "获悉，地铁五号线首列车已完成静",
        "态调试。");

    private static final String REST = String.join("\n",
        "本月下旬将开展动车调试，预计年",
        "底开通初期运营。（韩东）");

    @Test
    void aColonLeadInOfTwentyCharactersIntroducesWhatFollowsInTheSameArticle() {
      String leadIn = "下一步工作安排主要有以下几\n个方面分别如下：";
      Page page = PARSER.parse(OPEN + "\n\n" + leadIn + "\n\n" + REST);

      assertThat(page.articles()).singleElement().satisfies(a -> assertThat(a.body())
          .contains("下一步工作安排主要有以下几个方面分别如下："));
    }

    @Test
    void aColonLineOfTwentyOneCharactersIsAHeadline() {
      String head = "下一步工作安排主要有以下几\n个方面分别列如下：";
      Page page = PARSER.parse(OPEN + "\n\n" + head + "\n\n" + REST);

      assertThat(page.articles()).hasSize(2);
      assertThat(page.articles().get(1).headline().title())
          .startsWith("下一步工作安排").endsWith("个方面分别列如下：");
    }

    private static final String PARKS = String.join("\n",
        "本报讯 3月12日，市植树节主题活",
        "动在北郊森林公园举行，市民志愿",
        "者和驻市部队官兵共六百余人参加。",
        "（苏晴）");

    @Test
    void aBlockOfFourCharactersThatSharesNoWordWithTheArticleUnderItIsNoHeadline() {
      Page page = PARSER.parse(PARKS + "\n\n晨光熹微\n\n" + OPEN + "\n" + REST);

      assertThat(page.articles()).extracting(Article::headline).containsOnlyNulls();
      assertThat(page.unassigned()).extracting(Unassigned::text).contains("晨光熹微");
    }

    @Test
    void aBlockOfFiveRightBeforeAnArticleIsItsHeadlineOnPositionAlone() {
      Page page = PARSER.parse(PARKS + "\n\n晨光正熹微\n\n" + OPEN + "\n" + REST);

      assertThat(page.articles().get(1).headline().title()).isEqualTo("晨光正熹微");
    }
  }

  @Nested
  class ParagraphPerLineWidth {

    private List<Line> measured(String line) {
      return new LineMeasurer().measure(new Normaliser().normalise(
          String.join("\n\n", line, line, line)));
    }

    @Test
    void aColumnOfFortyCellsIsStillAColumn() {
      assertThat(measured(han(40)))
          .allSatisfy(l -> assertThat(l.inParagraphPerLineRegion()).isFalse());
    }

    @Test
    void halfACellWiderItsLinesAreParagraphsOneToALine() {
      assertThat(measured(han(40) + "1"))
          .allSatisfy(l -> assertThat(l.inParagraphPerLineRegion()).isTrue());
    }
  }

  /** Lines as the geometry front end hands them over ({@link PlacedLines}). */
  private static List<Line> engineLines(double[] typeScales, String... texts) {
    return PlacedLines.of(typeScales, -1, texts);
  }

  private static List<Line> engineLines(double[] typeScales, int breakBefore, String... texts) {
    return PlacedLines.of(typeScales, breakBefore, texts);
  }

  private static double[] bodyType(int lines) {
    return PlacedLines.bodyType(lines);
  }

  private static final String PROSE = "新增停车泊位三千多个，市民出行更";

  @Nested
  class EngineMeasures {

    @Test
    void aParagraphRunsOnPastAColumnBreakIntoALineUnderOneAndAHalfTimesItsColumn() {
      assertThat(new BlockBuilder().build(engineLines(bodyType(2), 1, PROSE, han(23) + "1")))
          .hasSize(1);
    }

    @Test
    void notIntoOneOneAndAHalfTimesItsColumnWide() {
      // A caption under a picture across more columns than the text's.
      assertThat(new BlockBuilder().build(engineLines(bodyType(2), 1, PROSE, han(24))))
          .hasSize(2);
    }

    @Test
    void fourLinesWithoutPunctuationOverABreakAreAHeadlineButFiveRunOn() {
      assertThat(new BlockBuilder().build(engineLines(bodyType(5), 4,
          han(15), han(15), han(15), han(15), PROSE))).hasSize(2);
      assertThat(new BlockBuilder().build(engineLines(bodyType(6), 5,
          han(15), han(15), han(15), han(15), han(15), PROSE))).hasSize(1);
    }

    @Test
    void runningTextFillsThreeLinesInItsColumnButTwoMayBeAHeadInBodyType() {
      assertThat(classifyEngine(bodyType(3), PROSE, han(16), han(4)))
          .singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.BODY));
      assertThat(classifyEngine(bodyType(2), PROSE, han(4)))
          .singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.HEADLINE));
    }
  }

  private static List<Classified> classifyEngine(double[] typeScales, String... texts) {
    return new Classifier().classify(new BoundaryFinder().find(
        new BlockBuilder().build(engineLines(typeScales, texts))));
  }

  @Nested
  class CaptionLength {

    /**
     * Engine output: a headline (region 0, display type), under its photo a sentence and the
     * photo's credit (region 1), then the article's text (region 2).
     */
    private Kind sentenceUnderThePhoto(String sentence) {
      List<Line> lines = List.of(
          PlacedLines.placed(1, "长风女排主场逆转夺冠", new Box(0, 0, 400, 40), 0, 2.0, 0),
          PlacedLines.placed(2, sentence, new Box(0, 300, 400, 320), 1, 1.0, 1),
          PlacedLines.placed(3, "本报记者滕子昂摄", new Box(0, 330, 160, 350), 1, 1.0, 0),
          PlacedLines.placed(4, "本报讯 5月18日晚，全国女子排球联赛总决赛第四场在长风体育中心进行。",
              new Box(420, 0, 740, 20), 2, 1.0, 1));
      List<Classified> units = new Classifier().classify(new BoundaryFinder().find(
          new BlockBuilder().build(lines)));
      assertThat(units).hasSize(4);
      return units.get(1).kind();
    }

    /** A sentence of {@code codePoints} code points: a date, a comma, characters and a full stop. */
    private String sentence(int codePoints) {
      String opening = "5月18日，";
      return opening + han(codePoints - opening.length() - 1) + "。";
    }

    @Test
    void aSentenceOfSixtyCodePointsSetApartOverAPhotoCreditIsTheCaption() {
      assertThat(sentenceUnderThePhoto(sentence(60))).isEqualTo(Kind.NOTE);
    }

    @Test
    void oneOfSixtyOneIsText() {
      assertThat(sentenceUnderThePhoto(sentence(61))).isEqualTo(Kind.BODY);
    }
  }

  @Nested
  class TypeSizes {

    @Test
    void typeThirtyPerCentLargerThanTheBodyIsDisplayTypeButTwentyNineIsNot() {
      assertThat(engineLines(new double[] {1.3}, "市区新增口袋公园").get(0).isDisplay()).isTrue();
      assertThat(engineLines(new double[] {1.29}, "市区新增口袋公园").get(0).isDisplay()).isFalse();
    }

    @Test
    void linesThirtyPerCentApartInSizeAreOneBlockButThirtyOneAreTwo() {
      // A kicker over its title, neither with punctuation: only the sizes part them.
      assertThat(new BlockBuilder().build(engineLines(new double[] {1.0, 1.3},
          "春季植树添绿", "全市新增林地三万六千亩"))).hasSize(1);
      assertThat(new BlockBuilder().build(engineLines(new double[] {1.0, 1.31},
          "春季植树添绿", "全市新增林地三万六千亩"))).hasSize(2);
    }

    private final String[] running = {
        "全市今年新建改造城市道路二十余条",
        "新增停车泊位三千多个，市民出行更",
        "加便捷有关部门表示将继续推进老旧",
        "小区改造"};

    @Test
    void linesThatFillTheirColumnInTypeAQuarterLargerThanTheBodyAreRunningText() {
      // No full stop (the engine lost it): three full lines and a comma in body type read as a
      // paragraph, not a headline.
      assertThat(classifyEngine(new double[] {1.25, 1.25, 1.25, 1.25}, running))
          .singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.BODY));
    }

    @Test
    void inTypeMoreThanAQuarterLargerTheyAreAHeadline() {
      assertThat(classifyEngine(new double[] {1.26, 1.26, 1.26, 1.26}, running))
          .singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.HEADLINE));
    }
  }
}
