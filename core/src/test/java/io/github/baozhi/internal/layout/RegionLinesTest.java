package io.github.baozhi.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.Measured;
import io.github.baozhi.support.Copy;
import io.github.baozhi.support.EnginePages;
import io.github.baozhi.support.EnginePages.ArticleModule;
import io.github.baozhi.support.EnginePages.Engine;
import io.github.baozhi.support.EnginePages.Options;
import io.github.baozhi.support.EnginePages.Typeset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** How regions become measured lines: the evidence the text stages read, read from the boxes. */
class RegionLinesTest {

  private static Measured measure(OcrPage page) {
    return new GeometryFrontEnd().measure(page);
  }

  private static Measured measure(List<OcrLine> lines) {
    return measure(Sketch.page(lines));
  }

  private static Typeset parks(Engine engine) {
    return EnginePages.set(ArticleModule.of(Copy.PARKS, 3, 12), Options.of(engine).seed(11));
  }

  @Test
  void aLineIsIndentedWhenItStartsTwoCellsInFromItsColumnsEdgeNotOne() {
    // The last line starts one cell in: the engine missed its first character, no indent.
    Measured m = measure(Sketch.column(100, 100, 20, 30,
        "\u3000\u3000记者昨日从城东新区城", "市管理局获悉今年以来新区", "利用街角空地新建了公园。",
        "\u3000\u3000据介绍这批口袋公园", "在设计之初便广泛征求周边", "\u3000居民意见保留了原有的大"));

    assertThat(m.lines()).extracting(Line::indented)
        .containsExactly(true, false, false, true, false, false);
    assertThat(m.lines()).extracting(Line::text).startsWith("记者昨日从城东新区城");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aBlankLineStandsBeforeEachRegionButTheFirst(Engine engine) {
    List<Line> lines = measure(parks(engine).page()).lines();

    for (int i = 0; i < lines.size(); i++) {
      boolean opens = i == 0
          || lines.get(i).placement().region() != lines.get(i - 1).placement().region();
      assertThat(lines.get(i).blanksBefore()).as("line %d: %s", i, lines.get(i).text())
          .isEqualTo(opens && i > 0 ? 1 : 0);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theReadingOrderNumberingLeavesABlankLineNumberBetweenRegions(Engine engine) {
    List<Line> lines = measure(parks(engine).page()).lines();

    assertThat(lines.get(0).number()).isEqualTo(1);
    for (int i = 1; i < lines.size(); i++) {
      boolean sameRegion = lines.get(i).placement().region() == lines.get(i - 1).placement().region();
      assertThat(lines.get(i).number() - lines.get(i - 1).number()).as("line %d", i)
          .isEqualTo(sameRegion ? 1 : 2);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aHeadlinesTypeScaleIsItsSizeOverTheBodys(Engine engine) {
    Typeset page = EnginePages.set(ArticleModule.of(Copy.PARKS, 3, 12).titleScale(2.2),
        Options.of(engine).seed(11));

    List<Line> lines = measure(page.page()).lines();

    assertThat(lines.get(0).text()).isEqualTo("城东新区建成十座口袋公园");
    assertThat(lines.get(0).typeScale()).isCloseTo(2.2, within(0.15));
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(l -> assertThat(l.typeScale()).isCloseTo(1.0, within(0.1)));
  }

  /**
   * A brief's head in a column of body type, as Tesseract boxes it: its glyphs 21 px high over the
   * body's 18 (a size up), three of them (or, with {@code allLoose}, every one) boxed loosely to
   * 44 px, taller than the engine's line.
   */
  private static List<OcrLine> briefHeadOverItsText(boolean allLoose) {
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30,
        "城区新建公共充电桩八百六", "十个其中快充桩五百二十个。"));
    List<OcrWord> head = new ArrayList<>();
    String title = "儿童医院开设夜间门诊";
    for (int i = 0; i < title.length(); i++) {
      int left = 100 + 23 * i;
      boolean loose = allLoose || i % 3 == 1;
      // Every fourth glyph boxed 2 px taller but within the line: the least tall word counts.
      int bottom = i % 4 == 2 ? 185 : 183;
      head.add(new OcrWord(title.substring(i, i + 1),
          loose ? new Box(left, 150, left + 21, 194) : new Box(left, 162, left + 21, bottom), 0.9));
    }
    lines.add(new OcrLine(title, new Box(100, 162, 100 + 23 * title.length(), 185), head, 0.9,
        OcrRole.TEXT, -1));
    lines.addAll(Sketch.column(100, 195, 20, 30,
        "\u3000\u3000进入呼吸道疾病高发季", "市儿童医院开设夜间儿科门"));
    return lines;
  }

  @Test
  void aLineOfGlyphsBoxedOneByOneShowsItsOwnTypeSizeByItsLeastTallGlyph() {
    List<Line> measured = measure(briefHeadOverItsText(false)).lines();

    assertThat(measured).filteredOn(l -> l.text().equals("儿童医院开设夜间门诊")).singleElement()
        .satisfies(l -> assertThat(l.ownScale()).isCloseTo(1.15, within(0.05)));
    assertThat(measured).filteredOn(l -> !l.text().equals("儿童医院开设夜间门诊"))
        .allSatisfy(l -> assertThat(l.ownScale()).as(l.text()).isCloseTo(1.0, within(0.05)));
  }

  @Test
  void aLineWhoseEveryGlyphIsBoxedLooselyShowsNoTypeSizeOfItsOwn() {
    assertThat(measure(briefHeadOverItsText(true)).lines())
        .filteredOn(l -> l.text().equals("儿童医院开设夜间门诊")).singleElement()
        .satisfies(l -> assertThat(l.ownScale()).isNaN());
  }

  @Test
  void aLinePlacedWholeShowsNoTypeSizeOfItsOwn() {
    // PaddleOCR: the line's extent over its cells grows with every character the engine dropped.
    assertThat(measure(kickerOverTitle()).lines())
        .allSatisfy(l -> assertThat(l.ownScale()).as(l.text()).isNaN());
  }

  /** PaddleOCR's lines: a kicker at 28 px right over a title at 40 px, columns of 20 px under them. */
  @Test
  void aLineBoxedWiderThanItsTextButAsHighAsTheBodyIsBodyType() {
    // PaddleOCR boxes lines only. Where it drops characters, a line's box is wider than its text
    // (，我點握。 in a box of nine cells): as wide per character as display type, but as high as
    // the body's lines. A title set large is taller as well as wider.
    List<OcrLine> lines = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      lines.add(OcrLine.of("记者昨日从城东新区城市", new Box(100, 100 + 30 * i, 320, 120 + 30 * i), 0.95));
    }
    lines.add(OcrLine.of("，我點握。", new Box(100, 220, 280, 240), 0.95));
    lines.add(OcrLine.of("城东口袋公园开放", new Box(100, 270, 420, 310), 0.95));
    lines.add(OcrLine.of("记者昨日从城东新区城市", new Box(100, 330, 320, 350), 0.95));

    List<Line> measured = measure(lines).lines();

    assertThat(measured).filteredOn(l -> l.text().equals("，我點握。")).singleElement()
        .satisfies(l -> assertThat(l.typeScale()).isCloseTo(1.0, within(0.3)));
    assertThat(measured).filteredOn(l -> l.text().equals("城东口袋公园开放")).singleElement()
        .satisfies(l -> assertThat(l.typeScale()).isGreaterThan(1.5));
  }

  private static List<OcrLine> kickerOverTitle() {
    List<OcrLine> lines = new ArrayList<>();
    lines.add(OcrLine.of("抢抓农时备春耕", new Box(162, 18, 358, 48), 0.95));
    lines.add(OcrLine.of("全市春季农业生产", new Box(100, 48, 420, 90), 0.95));
    String[] left = {"连日来全市各地抢抓农时", "组织农户开展春耕备耕田", "间地头一派繁忙景象。"};
    String[] right = {"截至目前全市已完成春播", "面积四十二万亩占计划的", "六成以上。"};
    for (int i = 0; i < 3; i++) {
      lines.add(OcrLine.of(left[i], new Box(100, 120 + 30 * i, 100 + 20 * left[i].length(), 140 + 30 * i), 0.95));
      lines.add(OcrLine.of(right[i], new Box(340, 120 + 30 * i, 340 + 20 * right[i].length(), 140 + 30 * i), 0.95));
    }
    return lines;
  }

  @Test
  void aTitleIsMeasuredAsDisplayTypeInPaddleOcrLines() {
    List<Line> measured = measure(kickerOverTitle()).lines();

    assertThat(measured.get(1).text()).isEqualTo("全市春季农业生产");
    assertThat(measured.get(1).typeScale()).isCloseTo(2.0, within(0.15));
    assertThat(measured.get(2).typeScale()).isCloseTo(1.0, within(0.1));
  }

  @Test
  void aKickerInTheRegionOfItsTitleKeepsItsOwnTypeScale() {
    List<Line> measured = measure(kickerOverTitle()).lines();

    assertThat(measured.get(0).text()).isEqualTo("抢抓农时备春耕");
    assertThat(measured.get(0).typeScale()).isCloseTo(1.4, within(0.15));
  }

  @Test
  void aTitleInTheColumnOfItsTextKeepsItsSizeWhereItsPitchAndHeightBothShowIt() {
    // PaddleOCR's boxes of a module's two-line title set flush left at the top of the column its
    // text runs in, no wider white under it than the leading allows for (a 22 px body): the
    // region's type is the body's. Its lines are both wider per character and taller than the
    // body's, so they are set a size up; a line only wider per character (a character the engine
    // dropped, 的队员 read in a box of four cells) stays body type, as does each line of text.
    List<OcrLine> lines = new ArrayList<>();
    lines.add(OcrLine.of("门球场上的", new Box(1085, 745, 1232, 773), 0.95));
    lines.add(OcrLine.of("“银发”球队", new Box(1100, 775, 1264, 812), 0.95));
    lines.add(OcrLine.of("每天清晨六点半，", new Box(1132, 830, 1292, 854), 0.95));
    lines.add(OcrLine.of("城西社区的门球场上就", new Box(1087, 865, 1306, 885), 0.95));
    lines.add(OcrLine.of("响起清脆的击球声。十", new Box(1087, 898, 1305, 919), 0.95));
    lines.add(OcrLine.of("二名平均年龄七十一岁", new Box(1088, 931, 1305, 952), 0.95));
    lines.add(OcrLine.of("的老人，是社区门球队", new Box(1086, 964, 1306, 985), 0.95));
    lines.add(OcrLine.of("的队员", new Box(1084, 995, 1174, 1020), 0.95));

    List<Line> measured = measure(lines).lines();

    // The second line's pitch is only 1.24 times the body's (its opening quote set in the right
    // half of its cell, left of the box): the first line's size is what sets the title apart.
    assertThat(measured.get(0).text()).isEqualTo("门球场上的");
    assertThat(measured.get(0).typeScale()).isGreaterThan(1.25);
    assertThat(measured.subList(2, measured.size()))
        .allSatisfy(l -> assertThat(l.typeScale()).as(l.text()).isCloseTo(1.0, within(0.1)));
  }

  @Test
  void aLineTheEngineReadAcrossTwoRowsOfAColumnIsNotDisplayType() {
    // Tesseract now and then reads two rows of a column as one line of big characters, boxed as
    // tall as both rows, and the rest of the lower row as a line of its own under it.
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30,
        "记者昨日从城东新区城市管", "理局获悉今年以来新区利用", "街角空地和老旧小区边角地"));
    lines.add(Sketch.line("役本有明", 100, 190, 50));
    lines.add(Sketch.line("开始。", 100, 220, 20));
    lines.addAll(Sketch.column(100, 250, 20, 30, "据介绍这批口袋公园在设计", "之初便广泛征求周边居民意"));

    List<Line> measured = measure(lines).lines();

    assertThat(measured).extracting(Line::text).contains("役本有明", "开始。");
    assertThat(measured).allSatisfy(l -> assertThat(l.typeScale()).as(l.text()).isCloseTo(1.0, within(0.1)));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theColumnWidthIsTheExtentOfTheColumnsLines(Engine engine) {
    List<Line> body = measure(parks(engine).page()).lines().stream()
        .filter(l -> l.typeScale() < 1.3).toList();

    // Twelve cells: 24 half cells, every line of every column (a line that jitter makes wider
    // reports its own width); most lines are full.
    assertThat(body).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(Math.max(24, l.width())));
    assertThat(body).allSatisfy(l -> assertThat(l.width()).isLessThanOrEqualTo(25));
    assertThat(body.stream().filter(l -> l.width() >= 23).count()).isGreaterThan(body.size() / 2);
  }

  @Test
  void aLineEndingShortIsNarrowerThanItsColumn() {
    Measured m = measure(Sketch.column(100, 100, 20, 30,
        "记者昨日从城东新区城市管", "理局获悉今年以来新区利用", "街角空地新建公园。", "据介绍这批口袋公园在设计"));

    assertThat(m.lines()).extracting(Line::width).containsExactly(24, 24, 18, 24);
    assertThat(m.lines()).extracting(Line::columnWidth).containsOnly(24);
  }

  @Test
  void aColumnSetFlushOnAPageOfIndentsKeepsNoIndentStyle() {
    // Two columns of twelve cells, 100-340 and 400-640: the first indents each paragraph, the
    // second, a box set tight, starts its paragraphs flush under the last one's short line.
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30,
        "\u3000\u3000记者昨日从城东新区城", "市管理局获悉今年以来新区", "利用街角空地新建公园。",
        "\u3000\u3000据介绍这批口袋公园", "在设计之初便广泛征求周边", "居民的意见。",
        "\u3000\u3000下一步新区将继续推", "进见缝插绿工程力争到明年", "底再建成口袋公园十五座"));
    lines.addAll(Sketch.column(400, 100, 20, 30,
        "自12月8日起地铁1号线末", "班车延后发车。", "周五周六及法定节假日前一",
        "天末班车再延后。", "火车站站出入口本月改造期", "间乘客可从A口进出站乘车"));

    List<Line> measured = measure(lines).lines();

    assertThat(measured).hasSize(15);
    assertThat(measured.subList(0, 9)).allMatch(l -> l.placement().indentStyle());
    assertThat(measured.subList(9, 15)).noneMatch(l -> l.placement().indentStyle());
  }

  @Test
  void aRegionOfALineOrTwoTakesTheWidthOfTheColumnItContinues() {
    // Four full lines of twelve cells, a band of white, then two short lines in the same column.
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30,
        "记者昨日从城东新区城市管", "理局获悉今年以来新区利用", "街角空地和老旧小区边角地", "新建改建口袋公园十座新增"));
    lines.addAll(Sketch.column(100, 260, 20, 30, "绿地面积约三万平方", "米。"));

    List<Line> measured = measure(lines).lines();

    assertThat(measured).hasSize(6);
    assertThat(measured.get(4).placement().region()).isNotEqualTo(measured.get(3).placement().region());
    assertThat(measured.subList(4, 6)).extracting(Line::columnWidth).containsOnly(24);
  }

  @Test
  void whiteSpaceWithinAColumnGivesABlankLineAndAGapAbove() {
    // Half a cell of white more than the leading before the fourth line: a paragraph on a page
    // that parts paragraphs by white space.
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30,
        "记者昨日从城东新区城市管", "理局获悉今年以来新区利用", "街角空地新建公园。"));
    lines.addAll(Sketch.column(100, 202, 20, 30, "据介绍这批口袋公园在设计", "之初便广泛征求周边居民意", "见。"));

    List<Line> measured = measure(lines).lines();

    assertThat(measured).extracting(Line::blanksBefore).containsExactly(0, 0, 0, 1, 0, 0);
    assertThat(measured).extracting(l -> l.placement().gapAbove())
        .containsExactly(false, false, false, true, false, false);
  }

  @Test
  void wordsAreJoinedWithNothingBetweenCjkAndASpaceBetweenLatinWords() {
    List<OcrLine> lines = Sketch.column(100, 100, 20, 30,
        "记者昨日从城东新区城市管", "理局获悉今年以来新区利用", "街角空地新建公园十座。");
    // A line of the engine's words: 5G, a space, and AI, then CJK.
    lines.add(Sketch.words(List.of(
        new io.github.baozhi.OcrWord("5G", new Box(101, 192, 119, 208), 0.9),
        new io.github.baozhi.OcrWord("AI", new Box(131, 192, 149, 208), 0.9),
        new io.github.baozhi.OcrWord("赋", new Box(161, 191, 179, 209), 0.9),
        new io.github.baozhi.OcrWord("能", new Box(181, 191, 199, 209), 0.9))));

    assertThat(measure(lines).lines().get(3).text()).isEqualTo("5G AI赋能");
  }

  @Test
  void anIdeographicSpaceTheEngineWroteStaysOneAndAnyOtherSpaceIsAPlainOne() {
    // A run-in credit set off from its text by an em space, as PAGE XML writes it; the space
    // tells the credit from the text (see DatelineGrammar).
    // Lines placed whole, as PAGE XML without words places them: 12 cells of 20 px each.
    List<OcrLine> lines = List.of(
        OcrLine.of("本报记者 栾航\u3000天还没亮，", new Box(100, 100, 350, 120), 0.9),
        OcrLine.of("雾溪江边就站满了看日出的", new Box(100, 130, 340, 150), 0.9),
        OcrLine.of("游客，江面上雾气升腾。", new Box(100, 160, 320, 180), 0.9));

    assertThat(measure(lines).lines().get(0).text()).isEqualTo("本报记者 栾航\u3000天还没亮，");
  }

  @Test
  void linesTheEngineMarkedAsPageFurnitureOrOnAPageWithNoFigureAsCaptionsAreSetAside() {
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30,
        "记者昨日从城东新区城市管", "理局获悉今年以来新区利用", "街角空地新建公园十座。"));
    OcrLine header = Sketch.line("城东晚报", 100, 20, 20);
    lines.add(0, new OcrLine(header.text(), header.box(), header.words(), 0.9, OcrRole.HEADER, -1));
    lines.add(caption(Sketch.line("新建的口袋公园一角。", 100, 400, 20)));

    Measured m = measure(lines);

    assertThat(m.lines()).extracting(Line::text).doesNotContain("城东晚报", "新建的口袋公园一角。");
    assertThat(m.asides()).extracting(Line::text).containsExactly("城东晚报", "新建的口袋公园一角。");
  }

  @Test
  void aCaptionIsSetAsideOnlyWhereItStandsAsOneInBodyTypeRightUnderOrOverAFigureWithinItsWidth() {
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30,
        "记者昨日从城东新区城市管", "理局获悉今年以来新区利用", "街角空地新建公园十座，并",
        "在公园里设置了休息座椅。"));
    Box photo = new Box(400, 100, 800, 300);
    lines.add(caption(Sketch.line("居民在清风苑小区的楼顶菜园里浇水。", 420, 310, 20)));
    lines.add(caption(Sketch.line("本报记者张晓摄", 600, 340, 20)));
    // A headline over the photo, display type, and a line beside it that runs on past its edge:
    // Tesseract calls both captions.
    lines.add(caption(Sketch.line("楼顶菜园", 440, 40, 40)));
    lines.add(caption(Sketch.line("社区还将在更多楼顶推广这种菜园，让居民都能", 420, 370, 20)));
    // A body line far from any figure.
    lines.add(caption(Sketch.line("居民们纷纷表示欢迎。", 100, 220, 20)));
    OcrPage page = new OcrPage(2000, 2000, "pixel", lines, List.of(), "", "", List.of(),
        List.of(photo));

    Measured m = measure(page);

    assertThat(m.asides()).extracting(Line::text)
        .containsExactly("居民在清风苑小区的楼顶菜园里浇水。", "本报记者张晓摄");
    assertThat(m.lines()).extracting(Line::text)
        .contains("楼顶菜园", "社区还将在更多楼顶推广这种菜园，让居民都能", "居民们纷纷表示欢迎。");
  }

  private static OcrLine caption(OcrLine line) {
    return new OcrLine(line.text(), line.box(), line.words(), 0.9, OcrRole.CAPTION, -1);
  }

  @Test
  void strayMarksAreNumberedInPageOrderWhateverTheEnginesLineOrder() {
    OcrPage page = EnginePages.set(ArticleModule.of(Copy.PARKS, 3, 12).gutter(2, true),
        Options.of(Engine.COLUMN_WORDS).seed(11)).page();
    List<OcrLine> reversed = new ArrayList<>(page.lines());
    java.util.Collections.reverse(reversed);

    assertThat(boxes(measure(OcrPage.of(page.width(), page.height(), reversed)).asides()))
        .isEqualTo(boxes(measure(page).asides()));
  }

  private static List<Box> boxes(List<Line> lines) {
    return lines.stream().map(l -> l.placement().box()).toList();
  }

  @Test
  void strayMarksFollowTheTextEachAfterABlankLine() {
    Typeset page = EnginePages.set(ArticleModule.of(Copy.PARKS, 3, 12).gutter(2, true),
        Options.of(Engine.TESSERACT_ROWS).seed(11));

    Measured m = measure(page.page());

    int last = m.lines().get(m.lines().size() - 1).number();
    assertThat(m.asides()).hasSize(page.marks().size());
    for (int i = 0; i < m.asides().size(); i++) {
      Line aside = m.asides().get(i);
      assertThat(aside.text()).isEqualTo("|");
      assertThat(aside.number()).isEqualTo(last + 2 * (i + 1));
      assertThat(aside.blanksBefore()).isEqualTo(1);
    }
  }
}
