package io.github.baozhi.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrWord;
import io.github.baozhi.support.Copy;
import io.github.baozhi.support.EnginePages;
import io.github.baozhi.support.EnginePages.ArticleModule;
import io.github.baozhi.support.EnginePages.Engine;
import io.github.baozhi.support.EnginePages.Ink;
import io.github.baozhi.support.EnginePages.Options;
import io.github.baozhi.support.EnginePages.Part;
import io.github.baozhi.support.EnginePages.Story;
import io.github.baozhi.support.EnginePages.Typeset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How the page is cut into regions, each a piece of one column, in reading order. Most pages are
 * set by {@link EnginePages}; each region is compared with the printed lines it should hold.
 */
class RegionFinderTest {

  private static Typeset set(Part layout, Engine engine) {
    return EnginePages.set(layout, Options.of(engine).seed(7));
  }

  private static List<List<String>> regions(Typeset page) {
    return Sketch.texts(Sketch.regions(page.page()));
  }

  private static Story untitled(Story s) {
    return new Story(null, null, null, s.dateline(), s.paragraphs(), s.byline());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void guttersAreFoundBetweenColumns(Engine engine) {
    Typeset page = set(ArticleModule.of(untitled(Copy.PARKS), 4, 12), engine);

    assertThat(page.regions()).hasSize(4);
    assertThat(regions(page)).isEqualTo(page.regions());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aHeadlineCentredOverFourColumnsIsReadBeforeThem(Engine engine) {
    Typeset page = set(ArticleModule.of(Copy.PARKS, 4, 12), engine);

    List<List<String>> regions = regions(page);

    assertThat(regions.get(0)).containsExactly("城东新区建成十座口袋公园");
    assertThat(regions).isEqualTo(page.regions());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aHeadlineCentredOverFourColumnsSetCloserThanTheLeadingIsReadBeforeTheFirst(Engine engine) {
    // The title stands over the middle two columns only, crossing neither outer gutter, and the
    // white under it is no band: cut at the outer gutters, it would follow the first column.
    Typeset page = set(ArticleModule.of(Copy.PARKS, 4, 12).headGap(0.6), engine);

    List<List<String>> regions = regions(page);

    assertThat(regions.get(0)).containsExactly("城东新区建成十座口袋公园");
    assertThat(regions).isEqualTo(page.regions());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aFlushLeftHeadlineBesideAnotherModulesColumnsStaysOverItsOwnSetClose(Engine engine) {
    // Once the gutter between the left module's columns is cut, the right module's title, a
    // column wide, stands near the middle of what is left: it heads its own columns only.
    Typeset page = set(EnginePages.row(
        ArticleModule.of(Copy.PARKS.withTitle("城东新区\n建成十座口袋公园"), 3, 12).flushLeft()
            .headGap(0.6),
        ArticleModule.of(Copy.LIBRARY.withTitle("社区图书馆\n延长开放时间"), 2, 12).flushLeft()
            .headGap(0.6)), engine);

    assertThat(regions(page)).isEqualTo(page.regions());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aFlushLeftTitleAColumnWideBesideACentredOneHeadsTheColumnsFromItsOwnEdge(Engine engine) {
    // The right module's title, as wide as a column and set flush left, stands by chance over
    // the middle of the columns from the left module's third to the right module's third; its
    // second line, level with the left module's first lines, leaves no band under the left
    // title. Read so, every gutter would be cut, and the left title would follow its first column.
    Typeset page = set(EnginePages.row(ArticleModule.of(Copy.PARKS, 4, 12).headGap(0.6),
        ArticleModule.of(Copy.LIBRARY.withTitle("城市书房夜间\n延时开放"), 3, 12).flushLeft()
            .headGap(0.6)), engine);

    List<List<String>> regions = regions(page);

    assertThat(regions.get(0)).containsExactly("城东新区建成十座口袋公园");
    assertThat(regions.stream().flatMap(List::stream))
        .containsExactlyElementsOf(page.regions().stream().flatMap(List::stream).toList());
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.15, 1.2})
  void aTitleASizeOverTheBodyThatAnEnginePlacedWholeAcrossAGutterIsReadWholeBeforeItsColumns(
      double titleScale) {
    // 小四 over a 五号 body: under display type, the detector's line box a few per cent taller
    // than the text's and its characters set wider apart; set close over the columns, it leaves
    // no white band under it.
    Typeset page = set(
        ArticleModule.of(Copy.PARKS.withTitle("城东新区建成口袋公园"), 2, 12).titleScale(titleScale)
            .headGap(0.6), Engine.PADDLE_LINES);

    List<List<String>> regions = regions(page);

    assertThat(regions.get(0)).containsExactly("城东新区建成口袋公园");
    assertThat(regions.stream().flatMap(List::stream))
        .containsExactlyElementsOf(page.regions().stream().flatMap(List::stream).toList());
  }

  @Test
  void aTitleInTheBodysSizeWhoseWordSpaceAnEnginePlacingLinesWholeSetOnTheGutterIsReadWhole() {
    // Bold in the body's size, centred over two columns: the detector's box no taller than the
    // text's, the word space over the gutter, and each word reaching into the gutter's white.
    Typeset page = set(
        ArticleModule.of(Copy.PARKS.withTitle("城东新区建成 十座口袋公园"), 2, 12).titleScale(1.0)
            .headGap(1.0), Engine.PADDLE_LINES);

    List<List<String>> regions = regions(page);

    assertThat(regions.get(0)).containsExactly("城东新区建成十座口袋公园");
    assertThat(regions.stream().flatMap(List::stream))
        .containsExactlyElementsOf(page.regions().stream().flatMap(List::stream).toList());
  }

  @Test
  void aTitleAsWideAsDisplayTypeButNoTallerThanAHeadCentredInOneColumnIsReadBeforeTheColumns() {
    // PAGE XML of a 32 px bold title over a 28 px body (holdout30/yd04): boxed 35 px high over
    // lines of 31, 401 px wide with its word space, so that its pitch over its eleven letters
    // reaches display type's though its box does not; centred over the middle one of three
    // columns, 22 px over their first lines, it crosses no gutter.
    String body = "过完年村里外出务工的年轻人陆续离家桥湾村的靳晓阳";
    List<OcrLine> lines = new ArrayList<>();
    lines.add(OcrLine.of("返乡青年 留在村里育菜苗", new Box(716, 100, 1117, 135), 0.9));
    for (int column = 0; column < 3; column++) {
      int left = 63 + 588 * column;
      for (int i = 0; i < 8; i++) {
        int top = 157 + 42 * i;
        lines.add(OcrLine.of(body.substring(column, column + 19), new Box(left, top, left + 533,
            top + 31), 0.9));
      }
    }

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    assertThat(regions.get(0)).containsExactly("返乡青年留在村里育菜苗");
    assertThat(regions).hasSize(4); // the title, then each of the three columns whole
  }

  @ParameterizedTest
  @ValueSource(doubles = {1.15, 1.2})
  void aTitleASizeOverTheBodyCentredWithinOneColumnOfItsModuleIsReadBeforeTheColumns(
      double titleScale) {
    // A short title centred over three columns stands over the middle one alone and crosses no
    // gutter; set close over the text, the white under it is no wider than the leading.
    Typeset page = set(
        ArticleModule.of(Copy.PARKS.withTitle("城东建成口袋公园"), 3, 12).titleScale(titleScale)
            .headGap(0.6), Engine.PADDLE_LINES);

    List<List<String>> regions = regions(page);

    assertThat(regions.get(0)).containsExactly("城东建成口袋公园");
    assertThat(regions.stream().flatMap(List::stream))
        .containsExactlyElementsOf(page.regions().stream().flatMap(List::stream).toList());
  }

  @Test
  void aClosingMarkThatReachesIntoTheGutterStaysWithItsHeadline() {
    // A headline over the first column, level with the second column's text (no band under it),
    // a cell too long: its closing 」 stands past the middle of the gutter. PaddleOCR boxes lines
    // only, and the mark placed from the line's box is a whole cell wide, its centre in the gutter.
    String body = "市民在图书馆里安静地读书看报";
    List<OcrLine> lines = new ArrayList<>();
    lines.add(OcrLine.of("參與「科普周」", new Box(100, 100, 526, 157), 0.9));
    for (int i = 0; i < 10; i++) {
      lines.add(OcrLine.of(body.substring(0, 12), new Box(100, 190 + 45 * i, 460, 220 + 45 * i), 0.9));
    }
    for (int i = 0; i < 12; i++) {
      lines.add(OcrLine.of(body.substring(1, 13), new Box(520, 100 + 45 * i, 880, 130 + 45 * i), 0.9));
    }

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    assertThat(regions.stream().flatMap(List::stream)).contains("參與「科普周」");
  }

  @Test
  void aSubtitleASizeOverTheBodyThatTheEngineBoxedWholeIsReadWholeBeforeTheColumnsItSpans() {
    // PaddleOCR: a subtitle set a size over a 22 px body, boxed 29 px high at a pitch of 25 px,
    // centred over three columns and across two of their gutters, nothing level with it. Under
    // a quarter larger by its pitch, it was cut at the gutters and its pieces read into the
    // columns; taller and wider set both, it heads them.
    String subtitle = "二十一个考点周边禁鸣限行十二条送考公交";
    String body = "考试期间各考点周边两百米范围内禁止车辆";
    List<OcrLine> lines = new ArrayList<>();
    lines.add(OcrLine.of("高考护航一路绿灯", new Box(270, 40, 654, 88), 0.9));
    lines.add(OcrLine.of(subtitle, new Box(213, 100, 713, 129), 0.9));
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < 6; i++) {
        String text = body.substring(i, i + 10);
        int left = 100 + 253 * c;
        lines.add(OcrLine.of(text, new Box(left, 150 + 33 * i, left + 220, 172 + 33 * i), 0.9));
      }
    }

    List<String> read = Sketch.texts(Sketch.regions(Sketch.page(lines))).stream()
        .flatMap(List::stream).toList();

    assertThat(read).contains(subtitle);
    assertThat(read.indexOf(subtitle)).isLessThan(read.indexOf(body.substring(0, 10)));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aFlushLeftHeadlineOverThreeColumnsIsReadBeforeThem(Engine engine) {
    Typeset page = set(ArticleModule.of(Copy.PARKS, 3, 14).flushLeft(), engine);

    assertThat(regions(page)).isEqualTo(page.regions());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void kickerTitleAndSubtitleAreEachReadBeforeTheColumns(Engine engine) {
    Story story = Copy.STATION.withKicker("北延段建设历时四年");
    Typeset page = set(ArticleModule.of(story, 3, 12).gutter(2, true), engine);

    List<List<String>> regions = regions(page);

    // PaddleOCR's padded boxes leave no white between the headline's lines: one region then.
    assertThat(regions.stream().flatMap(List::stream).limit(3)).containsExactly(
        "北延段建设历时四年", "地铁三号线北延段开通运营", "——沿线居民进城时间缩短二十分钟");
    assertThat(regions.subList(regions.size() - 3, regions.size()))
        .isEqualTo(page.regions().subList(3, 6));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void twoHeadlinesSideBySideEachHeadTheirOwnColumns(Engine engine) {
    Typeset page = set(EnginePages.row(ArticleModule.of(Copy.PARKS, 2, 12),
        ArticleModule.of(Copy.STATION.withSubtitle(null), 2, 12)), engine);

    List<List<String>> regions = regions(page);

    assertThat(regions.get(0)).containsExactly("城东新区建成十座口袋公园");
    assertThat(regions.get(3)).containsExactly("地铁三号线北延段开通运营");
    assertThat(regions).isEqualTo(page.regions());
  }

  @Test
  void headlinesSideBySideAtDifferentHeightsEachHeadTheirOwnColumns() {
    // Body type 30 px on a 44 px pitch. On the left a module of two columns (100-400, 460-760)
    // under a kicker at body size and a title at 50 px; on the right one of two columns
    // (820-1120, 1180-1480) under a two-line title at 40 px set higher, its second line level
    // with the kicker, so that its text starts level with the left title. The white under the
    // kicker runs on under the right title: a cut across there would give the kicker and the
    // right title one region, and read the left title after the right module's first lines.
    String text = "市生态环境局发布上半年全市生态环境质量状况全市空气质量优良天数比例同比上升三个百分点"
        + "澜江干流水质连续三年保持二类标准流域综合治理取得阶段性成效城区黑臭水体全部消除";
    List<OcrLine> lines = new ArrayList<>();
    lines.add(Sketch.line("北延段建设历时四年", 295, 100, 30));
    lines.add(Sketch.line("地铁三号线北延段", 230, 150, 50));
    lines.add(Sketch.line("城东新区建成", 820, 40, 40));
    lines.add(Sketch.line("十座口袋公园", 820, 85, 40));
    List<List<String>> expected = new ArrayList<>(List.of(List.of("北延段建设历时四年"),
        List.of("地铁三号线北延段")));
    int from = 0;
    for (int[] column : new int[][] {{100, 240}, {460, 240}, {820, 150}, {1180, 150}}) {
      if (column[0] == 820) {
        expected.add(List.of("城东新区建成", "十座口袋公园"));
      }
      List<String> region = new ArrayList<>();
      for (int row = 0; row < 5; row++, from += 10) {
        String line = text.substring(from % 80, from % 80 + 10);
        lines.add(Sketch.line(line, column[0], column[1] + 44 * row, 30));
        region.add(line);
      }
      expected.add(region);
    }

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    // The left module first, its headline parted from the right one's; the right title may
    // share a region with the column under it, which the text stages part by type size.
    assertThat(regions.subList(0, 4)).isEqualTo(expected.subList(0, 4));
    assertThat(regions.stream().flatMap(List::stream))
        .containsExactlyElementsOf(expected.stream().flatMap(List::stream).toList());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aHeadlineCentredOverItsColumnsBesideATallColumnOpensTheColumnsUnderIt(Engine engine) {
    // The column beside the module leaves no white band under the headline across the page, and
    // the headline crosses only the middle one of its module's gutters.
    Typeset page = set(EnginePages.row(ArticleModule.of(Copy.PARKS, 4, 12),
        ArticleModule.of(untitled(Copy.LIBRARY), 1, 12)), engine);

    List<List<String>> regions = regions(page);

    assertThat(regions.get(0)).containsExactly("城东新区建成十座口袋公园");
    assertThat(regions).isEqualTo(page.regions());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void modulesStackedInBandsAreReadBandByBand(Engine engine) {
    Typeset page = set(EnginePages.stack(ArticleModule.of(Copy.PARKS, 3, 14),
        ArticleModule.of(Copy.LIBRARY, 3, 14), ArticleModule.of(Copy.MARKET, 3, 14)), engine);

    assertThat(regions(page)).isEqualTo(page.regions());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anLShapedPageIsReadDownTheStackThenTheColumnBesideIt(Engine engine) {
    // PARKS over MARKET in three columns, LIBRARY down a fourth column beside both.
    Typeset page = set(EnginePages.row(
        EnginePages.stack(ArticleModule.of(Copy.PARKS, 3, 12), ArticleModule.of(Copy.MARKET, 3, 12)),
        ArticleModule.of(Copy.LIBRARY.withTitle("城市书房延时开放"), 1, 12).titleScale(1.5)), engine);

    assertThat(regions(page)).isEqualTo(page.regions());
  }

  @ParameterizedTest
  // Not yet with COLUMN_WORDS: there the white under STATION meets the leading of the first
  // column's lines level with MARKET's headline, and that narrow white next to display type is
  // read as the headline's, a band across the page; only lines placed whole are asked whether
  // body type stands level with a headline (README, "How the page is rebuilt").
  @EnumSource(value = Engine.class, names = {"TESSERACT_ROWS", "PADDLE_LINES"})
  void modulesStackedBesideATallColumnAreReadModuleByModule(Engine engine) {
    // SPRING down a first column, past STATION, whose headline the page leaves out, over MARKET
    // beside it, under a headline no wider than one of its columns: the white under STATION
    // stops at the column beside it, so no band runs across the page, no headline crosses a
    // gutter, and cut at every gutter the stack would be read a column of STATION, the column of
    // MARKET under it, the next column of STATION...
    Typeset page = set(EnginePages.row(ArticleModule.of(untitled(Copy.SPRING), 1, 12),
        EnginePages.stack(ArticleModule.of(untitled(Copy.STATION), 3, 12),
            ArticleModule.of(Copy.MARKET.withTitle("老菜场换新颜"), 3, 12))), engine);

    assertThat(regions(page)).isEqualTo(page.regions());
  }

  @Test
  void aHeadlineRunIntoOneLineWithTheHeadsOfBriefsBesideItIsStillReadBeforeTheColumnsItHeads() {
    // Tesseract's rows, 20 px cells. Four columns of ten cells, 100-990, 30 px apart, under a
    // two-line headline centred over them at twice the body's size, which starts right of the
    // first column; beside the module, 40 px off, a column of briefs, 1030-1230, whose label
    // and first head stand level with the headline's two lines, so that the engine reads each
    // headline line and the text beside it as one line. No white runs under the headline across
    // the page; whole, neither line stands centred over any columns, and the second, by its
    // longest stretch of type, is no display type at all.
    String text = "城东新区今年新建的十座口袋公园本月全部开放每座占地不足一千平方米却都配有座椅健身器材"
        + "和儿童游乐设施附近居民步行五分钟即可到达区园林局表示明年将再建十座优先安排在老旧小区";
    List<OcrLine> lines = new ArrayList<>();
    lines.add(joined(Sketch.line("清洗空调", 465, 20, 40), Sketch.line("城事速递", 1030, 30, 20)));
    lines.add(joined(Sketch.line("最后掏了四百八", 405, 70, 40),
        Sketch.line("城西今晚停水通知", 1030, 80, 24)));
    List<String> briefs = new ArrayList<>();
    for (int row = 0; row < 10; row++) {
      String line = text.substring(5 * row, 5 * row + 10);
      briefs.add(line);
      lines.add(Sketch.line(line, 1030, 120 + 30 * row, 20));
    }
    List<List<String>> columns = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      List<String> column = new ArrayList<>();
      for (int row = 0; row < 8; row++) {
        String line = text.substring(4 * c + 5 * row, 4 * c + 5 * row + 10);
        column.add(line);
        lines.add(Sketch.line(line, 100 + 230 * c, 140 + 30 * row, 20));
      }
      columns.add(column);
    }

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    List<String> read = regions.stream().flatMap(List::stream).toList();
    assertThat(read.indexOf("清洗空调")).isLessThan(read.indexOf("最后掏了四百八"));
    assertThat(read.indexOf("最后掏了四百八")).isLessThan(read.indexOf(columns.get(0).get(0)));
    assertThat(regions).containsSubsequence(columns);
  }

  @Test
  void aHeadlineTheEngineBoxedInTwoPiecesAtItsWordSpaceIsStillReadBeforeTheColumnsItHeads() {
    // PaddleOCR's lines, 20 px cells on a 30 px pitch. Four columns of twelve cells, 100-1150,
    // 30 px apart, under a title at twice the body's size centred over them, which starts right
    // of the first column and which the engine boxed as two lines at its word space (one of its
    // own cells); beside the module, 40 px off, a module of two columns whose own title, flush
    // left in two lines a size over the body, stands level with it and with the white under it,
    // so that no band runs across the page. Neither piece of the title stands centred over any
    // columns.
    String text = "城东新区今年新建的十座口袋公园本月全部开放每座占地不足一千平方米却都配有座椅健身器材"
        + "和儿童游乐设施附近居民步行五分钟即可到达区园林局表示明年将再建十座优先安排在老旧小区";
    List<OcrLine> lines = new ArrayList<>();
    lines.add(OcrLine.of("菌子鲜", new Box(465, 20, 585, 60), 0.95));
    lines.add(OcrLine.of("别乱采吃", new Box(625, 20, 785, 60), 0.95));
    lines.add(OcrLine.of("放假了", new Box(1190, 20, 1262, 44), 0.95));
    lines.add(OcrLine.of("别熬成夜猫子", new Box(1190, 50, 1334, 74), 0.95));
    List<List<String>> columns = new ArrayList<>();
    for (int c = 0; c < 6; c++) {
      List<String> column = new ArrayList<>();
      int cells = c < 4 ? 12 : 10;
      int left = c < 4 ? 100 + 270 * c : 1190 + 230 * (c - 4);
      for (int row = 0; row < 8; row++) {
        String line = text.substring(4 * c + 5 * row, 4 * c + 5 * row + cells);
        column.add(line);
        lines.add(OcrLine.of(line, new Box(left, 90 + 30 * row, left + 20 * cells, 110 + 30 * row),
            0.95));
      }
      columns.add(column);
    }

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    List<String> read = regions.stream().flatMap(List::stream).toList();
    assertThat(read.indexOf("别乱采吃")).isLessThan(read.indexOf(columns.get(0).get(0)));
    assertThat(regions).containsSubsequence(columns.subList(0, 4));
  }

  private static OcrLine joined(OcrLine left, OcrLine right) {
    List<OcrWord> words = new ArrayList<>(left.words());
    words.addAll(right.words());
    return Sketch.words(words);
  }

  @Test
  void aHeadlineLevelWithTheLastLineOfABriefBesideItIsReadRightBeforeItsColumns() {
    // PaddleOCR's lines, 20 px cells on a 30 px pitch. A column of briefs, 100-300: a brief whose
    // last line, 84-104, stands level with the foot of a 28 px headline beside it, 360-668 at
    // 76-104; then 15 px of white, a little more than the leading, and the next brief. Under the
    // headline, after the same white, its two columns, 360-560 and 590-790. Across the page that
    // white is the headline's, but it is also the white between two briefs: it parts neither the
    // headline from the columns it heads nor the column of briefs at the headline.
    String text = "城东新区今年新建的十座口袋公园本月全部开放每座占地不足一千平方米却都配有座椅健身器材"
        + "和儿童游乐设施附近居民步行五分钟即可到达区园林局表示明年将再建十座优先安排在老旧小区";
    List<OcrLine> lines = new ArrayList<>();
    List<String> briefs = new ArrayList<>(List.of("市图书馆今天起延长开放", "时间至晚上十点，方便上",
        "班族前来阅读。", "少儿馆推出寒假夜读"));
    int[] briefTops = {24, 54, 84, 119};
    for (int i = 0; i < briefs.size(); i++) {
      int height = i == 3 ? 24 : 20;
      lines.add(OcrLine.of(briefs.get(i), new Box(100, briefTops[i],
          100 + height * briefs.get(i).length(), briefTops[i] + height), 0.95));
    }
    for (int row = 0; row < 5; row++) {
      String line = text.substring(10 * row, 10 * row + 10);
      briefs.add(line);
      lines.add(OcrLine.of(line, new Box(100, 150 + 30 * row, 300, 170 + 30 * row), 0.95));
    }
    String title = "八旬老人跑完半程马拉松";
    lines.add(OcrLine.of(title, new Box(360, 76, 668, 104), 0.95));
    List<List<String>> columns = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      List<String> column = new ArrayList<>();
      for (int row = 0; row < 8; row++) {
        String line = text.substring(20 + 10 * ((8 * c + row) % 6), 30 + 10 * ((8 * c + row) % 6));
        column.add(line);
        lines.add(OcrLine.of(line, new Box(360 + 230 * c, 119 + 30 * row, 560 + 230 * c,
            139 + 30 * row), 0.95));
      }
      columns.add(column);
    }

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    assertThat(regions).containsExactly(briefs, List.of(title), columns.get(0), columns.get(1));
  }

  @Test
  void aGutterCrossedOnlyByAHeadlinesOwnLetterSpacingIsNoGutter() {
    // Two columns of ten 20 px cells, 100-300 and 340-540, with a 40 px gutter. Over them a
    // letter-spaced headline at 40 px whose third letter starts just inside the right column:
    // the white down the page from 300 to 322 runs through the headline between two letters.
    List<OcrLine> lines = new ArrayList<>();
    lines.add(Sketch.line("城市书房", 160, 40, 40, 80));
    String[] left = {"从本月起全市二十六家", "城市书房将每天开放至", "晚上十点方便上班族下", "班后前来阅读。"};
    String[] right = {"各书房还增设了自助借", "还设备和电子阅览区读", "者凭身份证即可免费借", "阅图书。"};
    lines.addAll(Sketch.column(100, 110, 20, 30, left));
    lines.addAll(Sketch.column(340, 110, 20, 30, right));

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    assertThat(regions).containsExactly(List.of("城市书房"), List.of(left), List.of(right));
  }

  @Test
  void aWordSpaceInAHeadlineOverAGutterIsNoGutter() {
    // The space, an em of the title's size, stands right over the gutter of three cells.
    Typeset page = set(ArticleModule.of(Copy.PARKS.withTitle("城东新区 建成公园"), 2, 12)
        .gutter(3, false).titleScale(2.5), Engine.COLUMN_WORDS);

    assertThat(regions(page).get(0)).containsExactly("城东新区建成公园");
  }

  @Test
  void aQuotationMarkInAHeadlineOverAGutterHoldsTheHeadlineTogether() {
    // A 50 px title over two columns of 20 px type whose gutter (360 to 400) stands under the
    // opening quote: Tesseract boxed the quote on its own in the right half of its cell and 亮
    // from six tenths of its cell, so that without the mark 83 px of white part 湾 from 亮, more
    // than one and a half of the title's cells.
    List<OcrWord> title = new ArrayList<>(Sketch.line("入夜的海湾", 100, 100, 50).words());
    title.add(new OcrWord("“", new Box(375, 103, 397, 125), 0.9));
    title.add(new OcrWord("亮", new Box(430, 102, 447, 147), 0.9));
    title.add(new OcrWord("”", new Box(452, 103, 474, 125), 0.9));
    title.addAll(Sketch.line("起来了", 500, 100, 50).words());
    List<OcrLine> lines = new ArrayList<>();
    lines.add(Sketch.words(title));
    String[] left = new String[8];
    String[] right = new String[8];
    java.util.Arrays.fill(left, "海湾公园夜间开放首周迎客");
    java.util.Arrays.fill(right, "市民在滨海步道散步纳凉看");
    lines.addAll(Sketch.column(100, 180, 20, 30, left));
    lines.addAll(Sketch.column(400, 180, 20, 30, right));

    List<List<String>> texts = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    assertThat(texts).hasSize(3);
    assertThat(texts.get(0)).containsExactly("入夜的海湾“亮”起来了");
  }

  @ParameterizedTest
  @EnumSource(value = Engine.class, names = {"TESSERACT_ROWS", "COLUMN_WORDS"})
  void ruleMarksInAGutterAreSetAsideAndComeBackAsStrays(Engine engine) {
    Typeset page = set(ArticleModule.of(Copy.PARKS, 4, 12).gutter(2, true), engine);
    assertThat(page.marks()).as("the page has rule marks").hasSizeGreaterThan(3);

    RegionFinder.Regions regions = Sketch.regions(page.page());

    assertThat(regions.regions()).allSatisfy(r -> assertThat(r).noneMatch(t -> t.text().equals("|")));
    assertThat(regions.strays()).extracting(Token::page)
        .containsExactlyInAnyOrderElementsOf(page.marks().stream().map(Ink::box).toList());
    assertThat(Sketch.texts(regions)).isEqualTo(page.regions());
  }

  @Test
  void specksInTheMarginAreStrays() {
    Typeset page = EnginePages.set(ArticleModule.of(Copy.PARKS, 3, 12),
        Options.of(Engine.TESSERACT_ROWS).specks(6).seed(5));

    RegionFinder.Regions regions = Sketch.regions(page.page());

    assertThat(regions.strays()).extracting(Token::text).hasSize(6).allMatch(t -> t.equals(".") || t.equals("、"));
    assertThat(Sketch.texts(regions)).isEqualTo(page.regions());
  }

  /** Three columns of ten 20 px cells at 100, 340 and 580; the first line is followed by a 。 */
  private static List<OcrLine> columnsWithAHangingStop(boolean stopOnItsOwnLine) {
    String[][] columns = {
      {"新区建成口袋公园十座", "今年以来新区利用街角", "空地和老旧小区边角地", "新建改建口袋公园"},
      {"据介绍这批口袋公园在", "设计之初便广泛征求周", "边居民意见保留了原有", "的大树和石板小路"},
      {"下一步新区将继续推进", "见缝插绿工程力争到明", "年底再建成口袋公园十", "五座让市民推窗见绿"}
    };
    List<OcrLine> lines = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      lines.addAll(Sketch.column(100 + 240 * c, 100, 20, 30, columns[c]));
    }
    // The full stop after the first line's last character hangs past the column's edge, 300.
    OcrWord stop = new OcrWord("。", Sketch.glyph('。', 300, 100, 20), 0.9);
    if (stopOnItsOwnLine) {
      lines.add(1, Sketch.words(List.of(stop)));
    } else {
      List<OcrWord> words = new ArrayList<>(lines.get(0).words());
      words.add(stop);
      lines.set(0, Sketch.words(words));
    }
    return lines;
  }

  @Test
  void aPieceOfALineTheEngineGuessedIsOneStrayAndJoinsNoText() {
    // Tesseract reads a photo or a tint as short runs of characters at 0 to 0.3 confidence; so
    // read, 放生畫和 would look like a headline to the text stages.
    RegionFinder.Regions guessed = Sketch.regions(Sketch.page(columnsWithAPieceReadAt("放生畫和", 0.29)));

    assertThat(guessed.strays()).extracting(Token::text).containsExactly("放生畫和");
    assertThat(Sketch.texts(guessed).stream().flatMap(List::stream)).noneMatch(l -> l.contains("畫"));
    assertThat(Sketch.regions(Sketch.page(columnsWithAPieceReadAt("放生畫和", 0.3))).strays())
        .isEmpty();
  }

  @Test
  void aPieceInBracketsTheEngineReadWithLittleConfidenceStaysText() {
    // A byline's name is rare characters, which the engine reads with as little confidence.
    RegionFinder.Regions regions = Sketch.regions(Sketch.page(columnsWithAPieceReadAt("（文明宣）", 0.1)));

    assertThat(regions.strays()).isEmpty();
    // So is one whose opening bracket the engine misread as a letter.
    assertThat(Sketch.regions(Sketch.page(columnsWithAPieceReadAt("记者林虹）", 0.1))).strays())
        .isEmpty();
  }

  /** The three columns and, under the first, a line of {@code text} read at {@code confidence}. */
  private static List<OcrLine> columnsWithAPieceReadAt(String text, double confidence) {
    List<OcrLine> lines = columnsWithAHangingStop(false);
    List<OcrWord> words = new ArrayList<>();
    for (OcrWord w : Sketch.line(text, 100, 220, 20).words()) {
      words.add(new OcrWord(w.text(), w.box(), confidence));
    }
    lines.add(Sketch.words(words));
    return lines;
  }

  @Test
  void aMarkHangingAtALinesEndJoinsItsLine() {
    RegionFinder.Regions regions = Sketch.regions(Sketch.page(columnsWithAHangingStop(false)));

    assertThat(regions.strays()).isEmpty();
    assertThat(Sketch.texts(regions).get(0).get(0)).isEqualTo("新区建成口袋公园十座。");
  }

  @Test
  void aMarkTheEngineReadAsALineOfItsOwnJoinsTheLineItStandsLevelWith() {
    RegionFinder.Regions regions = Sketch.regions(Sketch.page(columnsWithAHangingStop(true)));

    assertThat(regions.strays()).isEmpty();
    assertThat(regions.regions().get(0)).anyMatch(t -> t.text().equals("。"));
  }

  @Test
  void aBarInsideAColumnJoinsItsLineButOneInTheGutterDoesNot() {
    List<OcrLine> lines = columnsWithAHangingStop(false);
    // A bar in the gutter between the first two columns, and a 1 read inside the second column.
    List<OcrWord> second = new ArrayList<>();
    second.add(new OcrWord("|", Sketch.glyph('|', 310, 130, 20), 0.4));
    second.addAll(lines.get(1).words());
    lines.set(1, Sketch.words(second));
    List<OcrWord> fifth = new ArrayList<>(lines.get(5).words());
    fifth.set(5, new OcrWord("1", Sketch.glyph('1', 440, 130, 20), 0.9));
    lines.set(5, Sketch.words(fifth));

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(regions.strays()).extracting(Token::text).containsExactly("|");
    assertThat(regions.strays().get(0).page()).isEqualTo(new Box(319, 128, 321, 152));
    assertThat(regions.regions().get(1)).anyMatch(t -> t.text().equals("1"));
  }

  /**
   * The three columns, with a character on each of the first column's two middle lines that the
   * engine guessed (at {@code confidence}) out of a patch of specks, in a box eight and a half
   * cells wide that runs over the gutter into the second column.
   */
  private static List<OcrLine> columnsWithNoiseAcrossTheGutter(double confidence) {
    return columnsWithNoiseAcrossTheGutter(confidence, 170);
  }

  /** The same with boxes {@code width} pixels wide (cells are 20 pixels, as the boxes' height). */
  private static List<OcrLine> columnsWithNoiseAcrossTheGutter(double confidence, int width) {
    List<OcrLine> lines = columnsWithAHangingStop(false);
    for (int row = 1; row <= 2; row++) {
      List<OcrWord> words = new ArrayList<>(lines.get(row).words());
      int top = 100 + 30 * row;
      words.add(new OcrWord("人", new Box(300, top, 300 + width, top + 20), confidence));
      lines.set(row, Sketch.words(words));
    }
    return lines;
  }

  @Test
  void aGuessedCharacterInABoxOfNoiseAcrossAGutterDoesNotCloseIt() {
    RegionFinder.Regions regions = Sketch.regions(Sketch.page(columnsWithNoiseAcrossTheGutter(0.1)));

    assertThat(regions.regions()).hasSize(3);
    assertThat(Sketch.texts(regions).get(1)).containsExactly(
        "据介绍这批口袋公园在", "设计之初便广泛征求周", "边居民意见保留了原有", "的大树和石板小路");
    assertThat(Sketch.texts(regions).get(0)).anyMatch(line -> line.endsWith("人"));
  }

  @Test
  void aCharacterGuessedBelowHalfConfidenceIsSetAsideButOneReadAtHalfIsNot() {
    assertThat(Sketch.regions(Sketch.page(columnsWithNoiseAcrossTheGutter(0.49))).regions())
        .hasSize(3);
    assertThat(Sketch.regions(Sketch.page(columnsWithNoiseAcrossTheGutter(0.5))).regions())
        .hasSizeLessThan(3);
  }

  @Test
  void aGuessedCharactersBoxMoreThanThreeCellsWideIsSetAsideButOneOfThreeCellsIsNot() {
    assertThat(Sketch.regions(Sketch.page(columnsWithNoiseAcrossTheGutter(0.1, 61))).regions())
        .hasSize(3);
    assertThat(Sketch.regions(Sketch.page(columnsWithNoiseAcrossTheGutter(0.1, 60))).regions())
        .hasSizeLessThan(3);
  }

  @Test
  void latinLettersTheEngineGuessedFromSpecksOverAGutterDoNotCloseIt() {
    // Tesseract with a Chinese model reads the grey of a degraded scan as We or ee at 0 to 0.3,
    // in boxes laid over the gutter; a Latin word it reads with confidence (GDP) is text.
    assertThat(Sketch.regions(Sketch.page(columnsWithLatinAcrossTheGutter("We", 0.1))).regions())
        .hasSize(3);
    assertThat(Sketch.regions(Sketch.page(columnsWithLatinAcrossTheGutter("We", 0.5))).regions())
        .hasSizeLessThan(3);
    assertThat(Sketch.regions(Sketch.page(columnsWithLatinAcrossTheGutter("1e", 0.1))).regions())
        .hasSizeLessThan(3);
  }

  /** The three columns with {@code word} read at {@code confidence} over the first gutter on two lines. */
  private static List<OcrLine> columnsWithLatinAcrossTheGutter(String word, double confidence) {
    List<OcrLine> lines = columnsWithAHangingStop(false);
    for (int row = 1; row <= 2; row++) {
      List<OcrWord> words = new ArrayList<>(lines.get(row).words());
      int top = 100 + 30 * row;
      words.add(new OcrWord(word, new Box(296, top + 2, 344, top + 18), confidence));
      lines.set(row, Sketch.words(words));
    }
    return lines;
  }

  @Test
  void aLineRunningRightAcrossTheWhiteBetweenAFootersItemsUnderItIsNotCutThere() {
    // A byline closes the column over the page's footer, whose items stand two cells apart. The
    // white between two items is wide, but the byline runs right across it: in two rows there
    // are no columns, only a line over short ones.
    List<OcrLine> lines = new ArrayList<>();
    lines.add(Sketch.line("（晚报记者林一鸣）", 120, 1927, 25, 22.5));
    lines.add(Sketch.line("责任编辑：孙小禾", 67, 1974, 20));
    lines.add(Sketch.line("美编：穆南星", 275, 1974, 20));
    lines.add(Sketch.line("校对：白思雨", 445, 1974, 20));

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(lines))))
        .anySatisfy(region -> assertThat(region).contains("（晚报记者林一鸣）"));
  }

  @Test
  void aWideGapThatOneLineOnlyReachesIntoStillPartsTwoRowsOfColumns() {
    // The top two rows of two columns, parted from the rest by a photo's caption: the dateline's
    // first line, boxed loosely, reaches into the gutter but not across its middle.
    List<OcrLine> lines = new ArrayList<>();
    lines.add(Sketch.line("本报讯（记者　郜", 105, 675, 22));
    lines.add(Sketch.line("距离高考还有不到一", 320, 675, 22));
    lines.add(Sketch.line("书遥　通讯员　阚知行）", 63, 708, 22, 20.5));
    lines.add(Sketch.line("周。记者从淯阳市招生", 320, 708, 22));
    List<OcrWord> first = new ArrayList<>(lines.get(0).words());
    OcrWord last = first.get(first.size() - 1);
    first.set(first.size() - 1, new OcrWord(last.text(), new Box(last.box().left(),
        last.box().top(), last.box().right() + 14, last.box().bottom()), last.confidence()));
    lines.set(0, Sketch.words(first));

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(lines))))
        .containsExactly(List.of("本报讯（记者郜", "书遥通讯员阚知行）"),
            List.of("距离高考还有不到一", "周。记者从淯阳市招生"));
  }

  @Test
  void aNarrowGutterNoGlyphReachesIntoDownEightLinesPartsColumnsButDownFourItDoesNot() {
    // Tesseract's loose boxes leave under half a cell of an em-wide gutter white; it reads the
    // page row by row, each engine line across both columns.
    assertThat(Sketch.texts(Sketch.regions(Sketch.page(rowsAcrossANarrowGutter(8)))))
        .containsExactly(
            List.of("城市公园绿道今年新增三十公里", "城市公园绿道今年新增三十公里",
                "城市公园绿道今年新增三十公里", "城市公园绿道今年新增三十公里",
                "城市公园绿道今年新增三十公里", "城市公园绿道今年新增三十公里",
                "城市公园绿道今年新增三十公里", "城市公园绿道今年新增三十公里"),
            List.of("市民周末骑行游览的人数明显增多", "市民周末骑行游览的人数明显增多",
                "市民周末骑行游览的人数明显增多", "市民周末骑行游览的人数明显增多",
                "市民周末骑行游览的人数明显增多", "市民周末骑行游览的人数明显增多",
                "市民周末骑行游览的人数明显增多", "市民周末骑行游览的人数明显增多"));
    assertThat(Sketch.regions(Sketch.page(rowsAcrossANarrowGutter(4))).regions()).hasSize(1);
  }

  /**
   * Two columns of 14 and 15 cells of 20 px, the second starting 0.35 of a cell after the first
   * ends: the glyphs' insets widen the white between their boxes to 9 px, 0.45 of a cell.
   */
  private static List<OcrLine> rowsAcrossANarrowGutter(int rows) {
    List<OcrLine> lines = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      int top = 100 + 30 * row;
      List<OcrWord> words = new ArrayList<>(Sketch.line("城市公园绿道今年新增三十公里", 100, top, 20).words());
      words.addAll(Sketch.line("市民周末骑行游览的人数明显增多", 387, top, 20).words());
      lines.add(Sketch.words(words));
    }
    return lines;
  }

  @Test
  void aNarrowGutterWhoseRuleTheEngineReadAsBarsOnThreeLinesPartsColumnsThoughAGlyphReachesIn() {
    // Beside a column rule Tesseract boxes glyphs as loosely as in an unruled gutter an em wide,
    // reads the rule as | on some of the lines, and now and then boxes a glyph into the white.
    assertThat(Sketch.texts(Sketch.regions(Sketch.page(ruledNarrowGutter(3, 383)))))
        .hasSize(2)
        .allSatisfy(region -> assertThat(region).hasSize(8));
    assertThat(Sketch.regions(Sketch.page(ruledNarrowGutter(2, 383))).regions()).hasSize(1);
  }

  @Test
  void aGlyphReadWithABoxOverAllOfARuledGuttersWhiteKeepsTheGutterClosed() {
    // One box across all the white is a headline's letter set over the columns, not a loose box.
    assertThat(Sketch.regions(Sketch.page(ruledNarrowGutter(3, 390))).regions()).hasSize(1);
  }

  /**
   * The eight rows of {@link #rowsAcrossANarrowGutter}, white from 379 to 388: the rule in it
   * read as a bar on the first {@code bars} odd rows, and on the fourth row the first column's
   * last glyph boxed out to {@code right}, into the white.
   */
  private static List<OcrLine> ruledNarrowGutter(int bars, int right) {
    List<OcrLine> lines = rowsAcrossANarrowGutter(8);
    for (int row = 0; row < 8; row++) {
      int top = 100 + 30 * row;
      List<OcrWord> words = new ArrayList<>(lines.get(row).words());
      if (row == 3) {
        OcrWord last = words.get(13);
        words.set(13, new OcrWord(last.text(), new Box(last.box().left(), last.box().top(), right,
            last.box().bottom()), last.confidence()));
      }
      if (row % 2 == 1 && row / 2 < bars) {
        words.add(14, new OcrWord("|", Sketch.glyph('|', 374, top, 20), 0.8));
      }
      lines.set(row, Sketch.words(words));
    }
    return lines;
  }

  @Test
  void aCharacterTheEngineIsSureOfKeepsItsWideBoxAndItsPlace() {
    RegionFinder.Regions regions = Sketch.regions(Sketch.page(columnsWithNoiseAcrossTheGutter(0.9)));

    assertThat(regions.regions()).hasSizeLessThan(3);
  }

  @Test
  void commasTheEngineBoxedOverAGutterDoNotCloseIt() {
    // Tesseract boxes a comma hanging at a line's end loosely, here over most of the two-cell
    // gutter after the first column, on three lines of four.
    List<OcrLine> lines = columnsWithAHangingStop(false);
    for (int row = 1; row <= 3; row++) {
      List<OcrWord> words = new ArrayList<>(lines.get(row).words());
      int top = 100 + 30 * row;
      words.add(new OcrWord("，", new Box(288, top + 10, 338, top + 20), 0.9));
      lines.set(row, Sketch.words(words));
    }

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    assertThat(regions).hasSize(3);
    assertThat(regions.get(0).subList(1, 4)).allMatch(line -> line.endsWith("，"));
  }

  @Test
  void quoteMarksTheEngineReadFromAnUnruledGuttersWhiteOnEveryRowDoNotCloseIt() {
    // Tesseract reads the page row by row, each row one line across the three columns, and reads
    // the white of each unruled gutter, an em wide, as a ” boxed over all of it, on every row.
    String[][] columns = {
      {"新区建成口袋公园十座", "今年以来新区利用街角", "空地和老旧小区边角地", "新建改建口袋公园"},
      {"据介绍这批口袋公园在", "设计之初便广泛征求周", "边居民意见保留了原有", "的大树和石板小路"},
      {"下一步新区将继续推进", "见缝插绿工程力争到明", "年底再建成口袋公园十", "五座让市民推窗见绿"}
    };
    List<List<OcrLine>> set = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      set.add(Sketch.column(100 + 220 * c, 100, 20, 30, columns[c]));
    }
    List<OcrLine> rows = new ArrayList<>();
    for (int row = 0; row < 4; row++) {
      List<OcrWord> words = new ArrayList<>();
      int top = 100 + 30 * row;
      for (int c = 0; c < 3; c++) {
        words.addAll(set.get(c).get(row).words());
        if (c < 2) {
          words.add(new OcrWord("”", new Box(297 + 220 * c, top + 2, 323 + 220 * c, top + 12), 0.6));
        }
      }
      rows.add(Sketch.words(words));
    }

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(rows)));

    assertThat(regions).hasSize(3);
    assertThat(regions.get(2).get(0)).endsWith("下一步新区将继续推进");
  }

  /**
   * A sidebar column at the left, its text broken by white (a photo's place) level with the white
   * between two modules stacked beside it, each of two columns.
   */
  private static List<OcrLine> sidebarBesideStackedModules() {
    List<OcrLine> lines = new ArrayList<>();
    lines.addAll(Sketch.column(100, 100, 20, 30, "乡村人物竹编匠人把手", "艺编进课堂青竹湾村的", "老匠人编了半辈子竹器"));
    lines.addAll(Sketch.column(100, 280, 20, 30, "今年秋天他走进小学的", "课堂教孩子们编竹篮子", "孩子们学得十分认真。"));
    lines.addAll(Sketch.column(360, 100, 20, 30, "新区建成口袋公园十座", "今年以来新区利用街角", "空地和老旧小区边角地"));
    lines.addAll(Sketch.column(600, 100, 20, 30, "新建改建口袋公园十座", "新增绿地面积约三万平", "方米周边居民步行可达"));
    lines.addAll(Sketch.column(360, 280, 20, 30, "城市书房夜间延时开放", "从本月起全市城市书房", "每天开放至晚上十点钟"));
    lines.addAll(Sketch.column(600, 280, 20, 30, "方便上班族下班后前来", "阅读各书房还增设了自", "助借还设备和阅览区。"));
    return lines;
  }

  @Test
  void aColumnRuleTheEngineFoundKeepsTheSidebarBesideItWholeAcrossTheWhiteLevelWithIt() {
    List<Box> rule = List.of(new Box(329, 95, 331, 375));

    List<List<String>> ruled =
        Sketch.texts(Sketch.regions(Sketch.page(sidebarBesideStackedModules(), rule)));
    List<List<String>> unruled =
        Sketch.texts(Sketch.regions(Sketch.page(sidebarBesideStackedModules())));

    assertThat(ruled.get(0).get(0)).isEqualTo("乡村人物竹编匠人把手");
    assertThat(ruled.get(1).get(0)).isEqualTo("今年秋天他走进小学的");
    assertThat(unruled.get(1).get(0)).isNotEqualTo("今年秋天他走进小学的");
  }

  /**
   * Two modules of two columns each, stacked, their gutters in line, the white between them only
   * six pixels more than the leading: less than the half cell of white that parts modules.
   */
  private static List<OcrLine> stackedModulesSetClose() {
    List<OcrLine> lines = new ArrayList<>();
    lines.addAll(Sketch.column(100, 100, 20, 30, "新区建成口袋公园十座", "今年以来新区利用街角", "空地和老旧小区边角地"));
    lines.addAll(Sketch.column(330, 100, 20, 30, "新建改建口袋公园十座", "新增绿地面积约三万平", "方米周边居民步行可达"));
    lines.addAll(Sketch.column(100, 196, 20, 30, "城市书房夜间延时开放", "从本月起全市城市书房", "每天开放至晚上十点钟"));
    lines.addAll(Sketch.column(330, 196, 20, 30, "方便上班族下班后前来", "阅读各书房还增设了自", "助借还设备和阅览区。"));
    return lines;
  }

  @Test
  void aRuleTheEngineFoundAcrossTheWhiteBetweenStackedModulesPartsThemThoughTheWhiteIsNarrow() {
    List<Box> rule = List.of(new Box(98, 186, 532, 187));

    List<List<String>> ruled = Sketch.texts(Sketch.regions(Sketch.page(stackedModulesSetClose(), rule)));
    List<List<String>> unruled = Sketch.texts(Sketch.regions(Sketch.page(stackedModulesSetClose())));

    assertThat(ruled).extracting(region -> region.get(0)).containsExactly(
        "新区建成口袋公园十座", "新建改建口袋公园十座", "城市书房夜间延时开放", "方便上班族下班后前来");
    // Without the rule the gutter runs down both modules and parts them first.
    assertThat(unruled.get(0)).contains("新区建成口袋公园十座", "城市书房夜间延时开放");
  }

  @Test
  void aRuleUnderOnlyOneOfTheColumnsPartsNoModules() {
    // A rule under the first column only (a box's frame, a photo's edge) is no module's foot.
    List<Box> rule = List.of(new Box(98, 186, 305, 187));

    List<String> read = Sketch.texts(Sketch.regions(Sketch.page(stackedModulesSetClose(), rule)))
        .stream().flatMap(List::stream).toList();

    assertThat(read.indexOf("城市书房夜间延时开放")).isLessThan(read.indexOf("新建改建口袋公园十座"));
  }

  @Test
  void aRuleAlongAFiguresEdgeIsTheFiguresFrameAndNoRule() {
    // Engines report a photo's edges as separators: the column rule beside the sidebar, found
    // as the edge of a photo set there, parts nothing.
    List<Box> rule = List.of(new Box(329, 95, 331, 375));
    List<Box> photo = List.of(new Box(330, 90, 345, 380));
    OcrPage page = new OcrPage(2000, 2000, "pixel", sidebarBesideStackedModules(), List.of(), "", "",
        rule, photo);

    assertThat(Sketch.texts(Sketch.regions(page)))
        .isEqualTo(Sketch.texts(Sketch.regions(Sketch.page(sidebarBesideStackedModules()))));
  }

  @Test
  void aRuleThroughTextIsNoRule() {
    // Tesseract reports the lines between the cells of a column's character grid as separators:
    // one down the sidebar's text, between its fourth and fifth characters, parts nothing.
    List<Box> grid = List.of(new Box(179, 95, 181, 375));

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(sidebarBesideStackedModules(), grid))))
        .isEqualTo(Sketch.texts(Sketch.regions(Sketch.page(sidebarBesideStackedModules()))));
  }

  /** The lines of {@link #columnsWithAHangingStop}, with a word of {@code text} added to line {@code row}. */
  private static List<OcrLine> withWord(List<OcrLine> lines, int row, String text, Box box) {
    List<OcrWord> words = new ArrayList<>(lines.get(row).words());
    words.add(new OcrWord(text, box, 0.4));
    lines.set(row, Sketch.words(words));
    return lines;
  }

  @Test
  void twoStopsTheEngineBoxedAsOneWordBeforeALineAreAStrayAndTheLineOpensAtItsText() {
    // Tesseract reads a speck in the margin as 。。, one word five pixels wide, before the
    // first line: print sets no two stops in a row, and the line opens at 新.
    List<OcrLine> lines = withWord(columnsWithAHangingStop(false), 0, "。。", new Box(62, 116, 67, 120));

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(regions.strays()).extracting(Token::text).containsExactly("。。");
    assertThat(Sketch.texts(regions).get(0).get(0)).isEqualTo("新区建成口袋公园十座。");
  }

  @Test
  void aCommaAndARuleReadAsOneWordOverAGutterPartTheCommaJoiningItsLineTheRuleSetAside() {
    // A comma at the line's end and the column rule beside it, read as one word ，| over the
    // gutter after the first column (300 to 340), on three lines of four.
    List<OcrLine> lines = columnsWithAHangingStop(false);
    for (int row = 1; row <= 3; row++) {
      int top = 100 + 30 * row;
      withWord(lines, row, "，|", new Box(301, top + 2, 326, top + 22));
    }

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(Sketch.texts(regions)).hasSize(3);
    assertThat(Sketch.texts(regions).get(0).subList(1, 4)).allMatch(line -> line.endsWith("，"));
    assertThat(regions.strays()).extracting(Token::text).containsExactly("|", "|", "|");
  }

  @Test
  void marksPiledInABoxWiderThanACellEachAreText() {
    // Two marks in a box three cells wide: more than two marks' glyphs fill, so the engine read
    // something printed there, and it keeps its place in the line however far from the rest.
    List<OcrLine> lines = withWord(columnsWithAHangingStop(false), 0, "。。", new Box(22, 104, 82, 118));

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(regions.strays()).isEmpty();
    assertThat(Sketch.texts(regions).get(0).get(0)).startsWith("。。");
  }

  @Test
  void digitsOrDashesTheEngineBoxedApartFromTheLineAreText() {
    // 11 (of 11月) and —— (a dash print doubles) are printed text, however far the engine
    // boxed them from the next character.
    List<OcrLine> lines = withWord(columnsWithAHangingStop(false), 0, "11", new Box(62, 104, 78, 118));
    withWord(lines, 2, "——", new Box(62, 166, 98, 170));

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(regions.strays()).isEmpty();
    assertThat(Sketch.texts(regions).get(0).get(0)).startsWith("11");
    assertThat(Sketch.texts(regions).get(0).get(2)).startsWith("——");
  }

  @Test
  void twoBoxesOfOneLineOverAGutterAreOneLineReachingIntoIt() {
    // The engine drew the second line's last two glyph boxes, 街 and 角, over the gutter: one
    // line reaching into it, which a gutter allows, not two.
    List<OcrLine> lines = columnsWithAHangingStop(false);
    List<OcrWord> words = new ArrayList<>(lines.get(1).words());
    int top = 130;
    words.set(8, new OcrWord("街", new Box(261, top + 1, 330, top + 19), 0.9));
    words.set(9, new OcrWord("角", new Box(281, top + 1, 335, top + 19), 0.9));
    lines.set(1, Sketch.words(words));

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(lines)))).hasSize(3);
  }

  @Test
  void aHeadlineTheEngineRanIntoTheLineOfTheColumnBesideItStillBridgesItsOwnWhite() {
    // A 40 px title over two columns of ten 20 px cells (100-300, 340-540), its two halves
    // boxed apart over their gutter; Tesseract ran it into one line with the first line of a
    // third column (580-780) level with it, which is longer in cells than either half.
    List<OcrWord> words = new ArrayList<>(Sketch.line("纸张医生", 140, 40, 40).words());
    words.addAll(Sketch.line("的慢功夫", 345, 40, 40).words());
    words.addAll(Sketch.line("馆藏古籍修复室里的老师", 580, 50, 20).words());
    List<OcrLine> lines = new ArrayList<>();
    lines.add(Sketch.words(words));
    lines.addAll(Sketch.column(100, 100, 20, 30, LEFT));
    lines.addAll(Sketch.column(340, 100, 20, 30, RIGHT));
    lines.addAll(Sketch.column(580, 80, 20, 30,
        "傅们已经工作了四十年修复", "的古籍超过两万册每一页都", "要经过拆线清洗补洞压平等", "十几道工序。"));

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    assertThat(regions.get(0)).containsExactly("纸张医生的慢功夫");
    assertThat(regions.subList(1, 3)).containsExactly(List.of(LEFT), List.of(RIGHT));
  }

  @Test
  void aTitleSetCloserOverItsColumnThanTheLeadingIsStillPartedFromIt() {
    // 20 px type on a 30 px pitch (12 px leading); the 40 px title stands 8 px over the first line.
    List<OcrLine> lines = new ArrayList<>();
    lines.add(Sketch.line("城东口袋公园开放", 100, 55, 40));
    lines.addAll(Sketch.column(100, 100, 20, 30, LEFT));

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(lines))))
        .containsExactly(List.of("城东口袋公园开放"), List.of(LEFT));
  }

  @Test
  void aShortLineOfThreeLettersBoxedAsLargeAsATitleIsNoHeadlineOverTheLineUnderIt() {
    // A detector boxed a paragraph's short last line with padding, as wide per character as
    // display type; with four letters it would part the column as a title does.
    assertThat(Sketch.texts(Sketch.regions(Sketch.page(columnWithAPaddedShortLine("的二十")))))
        .hasSize(1);
    assertThat(Sketch.texts(Sketch.regions(Sketch.page(columnWithAPaddedShortLine("的二十五")))))
        .hasSize(2);
  }

  /** Four lines of 20 px type on a 30 px pitch, {@code shortLine} at 30 px, and a line under it. */
  private static List<OcrLine> columnWithAPaddedShortLine(String shortLine) {
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30, LEFT));
    lines.add(Sketch.line(shortLine, 100, 212, 30));
    lines.add(Sketch.line(RIGHT[0], 100, 246, 20));
    return lines;
  }

  @Test
  void aHorizontalRuleReadAsARunOf一IsOneStrayAndJoinsNoText() {
    List<OcrLine> lines = columnsWithAHangingStop(false);
    // A rule the engine read as 一一一一 under the first column, on one line with the text of the
    // second column beside it.
    List<OcrWord> rule = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      rule.add(new OcrWord("一", Sketch.glyph('一', 100 + 50 * i, 220, 20), 0.5));
    }
    rule.addAll(Sketch.line("市民推窗见绿", 340, 220, 20).words());
    lines.add(Sketch.words(rule));

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(regions.strays()).extracting(Token::text).containsExactly("一一一一");
    assertThat(regions.strays().get(0).page().left()).isEqualTo(rule.get(0).box().left());
    assertThat(regions.regions()).allSatisfy(r -> assertThat(r)
        .noneMatch(t -> t.text().equals("一") && t.box().top() > 200));
    assertThat(Sketch.texts(regions).get(1)).contains("市民推窗见绿");
  }

  @Test
  void aRuleIsFoundWhateverOrderTheEngineListedItsMarksIn() {
    List<OcrLine> lines = columnsWithAHangingStop(false);
    // Listed as 一 一 绿 一 一: the text beside the rule, at its right, comes in between.
    List<OcrWord> rule = new ArrayList<>();
    for (int i : new int[] {1, 0, -1, 3, 2}) {
      rule.add(i < 0 ? new OcrWord("绿", Sketch.glyph('绿', 340, 220, 20), 0.9)
          : new OcrWord("一", Sketch.glyph('一', 100 + 50 * i, 220, 20), 0.5));
    }
    lines.add(Sketch.words(rule));

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(regions.strays()).extracting(Token::text).containsExactly("一一一一");
  }

  @Test
  void 一TwiceInARowIsText() {
    List<OcrLine> lines = columnsWithAHangingStop(false);
    lines.set(0, Sketch.line("新区一一落实口袋公园", 100, 100, 20));

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(regions.strays()).isEmpty();
    assertThat(Sketch.texts(regions).get(0).get(0)).isEqualTo("新区一一落实口袋公园");
  }

  @Test
  void aMarkOnALineOfItsOwnJoinsTheLineItStandsLevelWithWhereverTheEngineWroteIt() {
    List<OcrLine> lines = columnsWithAHangingStop(true);
    lines.add(lines.remove(1));

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(regions.strays()).isEmpty();
  }

  @Test
  void whiteUnderAKickerNoWiderThanTheLeadingStillPartsItFromTheTitle() {
    // A kicker at 28 px, 8 px of white, a title at 40 px; columns of 20 px with 12 px leading.
    List<OcrLine> lines = new ArrayList<>();
    lines.add(Sketch.line("抢抓农时备春耕", 162, 20, 28));
    lines.add(Sketch.line("全市春季农业生产", 100, 53, 40));
    String[] left = {"连日来全市各地抢抓农", "时组织农户开展春耕备", "耕田间地头一派繁忙。"};
    String[] right = {"截至目前全市已完成春", "播面积四十二万亩占计", "划的六成以上。"};
    lines.addAll(Sketch.column(100, 120, 20, 30, left));
    lines.addAll(Sketch.column(340, 120, 20, 30, right));

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(lines)))).containsExactly(
        List.of("抢抓农时备春耕"), List.of("全市春季农业生产"), List.of(left), List.of(right));
  }

  @Test
  void whiteAfterCommasOneOverTheOtherInAColumnOfFourLinesIsNoGutter() {
    String[] column = {"摊位，新增了早餐店维修", "家政，服务站还开设了一", "食堂。", "买菜修鞋吃饭都在一个地"};

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(
        Sketch.column(100, 100, 20, 30, column))));

    assertThat(regions).containsExactly(List.of(column));
  }

  @Test
  void aShortLastColumnOfTwoLinesIsAColumnOfItsOwn() {
    // Three columns of twelve cells 1.5 cells apart; balancing left the last one two lines long.
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30,
        "记者昨日从城东新区城市管", "理局获悉今年以来新区利用", "街角空地和老旧小区边角地", "新建改建口袋公园十座新增"));
    lines.addAll(Sketch.column(370, 100, 20, 30,
        "绿地面积约三万平方米让周", "边居民出门五分钟就能走进", "绿色空间据介绍这批口袋公", "园在设计之初便广泛征求周"));
    lines.addAll(Sketch.column(640, 100, 20, 30, "边居民意见保留了原有的大", "树。"));

    List<List<String>> regions = Sketch.texts(Sketch.regions(Sketch.page(lines)));

    assertThat(regions).hasSize(3);
    assertThat(regions.get(2)).containsExactly("边居民意见保留了原有的大", "树。");
  }

  @Test
  void aHeadlineTheEngineBoxedInTwoPiecesAtAQuotationMarkOverAGutterIsNoGutter() {
    // PaddleOCR's boxes: the title at 30 px broken before “, whose glyph fills only the right
    // half of its cell; the white between the pieces stands right over the gutter of two columns
    // of ten 20 px cells, 100-300 and 340-540.
    List<OcrLine> lines = new ArrayList<>();
    lines.add(OcrLine.of("菜场里开出", new Box(160, 40, 310, 70), 0.95));
    lines.add(OcrLine.of("“共享厨房”", new Box(345, 40, 525, 70), 0.95));
    for (int i = 0; i < 4; i++) {
      lines.add(OcrLine.of(LEFT[i], new Box(100, 100 + 30 * i, 100 + 20 * LEFT[i].length(), 120 + 30 * i), 0.95));
      lines.add(OcrLine.of(RIGHT[i], new Box(340, 100 + 30 * i, 340 + 20 * RIGHT[i].length(), 120 + 30 * i), 0.95));
    }

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(lines))))
        .containsExactly(List.of("菜场里开出", "“共享厨房”"), List.of(LEFT), List.of(RIGHT));
  }

  @ParameterizedTest
  @EnumSource(value = Engine.class, names = {"COLUMN_WORDS", "PADDLE_LINES"})
  void anArticleRunningOnUnderTheModulesBesideItIsNotCutAtTheirGutter(Engine engine) {
    // PARKS in two columns beside LIBRARY over MARKET in one; under all of them an article in two
    // columns whose second runs on across the gutter that parts PARKS from LIBRARY.
    Story bus = Story.of("公交新线今起试运行", "本报讯", null,
        "城东至高铁站的公交新线今天起试运行，全程设站十二个，首末班时间与高铁到发时刻衔接，"
            + "沿途经过三个大型居住区和两所中学，市民可刷卡或扫码乘车，试运行期间票价减半。"
            + "公交公司表示，将根据客流情况适时加密班次。");
    Typeset page = set(EnginePages.stack(
        EnginePages.row(ArticleModule.of(Copy.PARKS, 2, 12).gutter(3, false),
            EnginePages.stack(
                ArticleModule.of(Copy.LIBRARY.withTitle("城市书房延时开放"), 1, 12).titleScale(1.5),
                ArticleModule.of(Copy.MARKET.withTitle("老菜场变了样"), 1, 12).titleScale(1.5))),
        ArticleModule.of(bus, 2, 20).gutter(2, false)), engine);

    assertThat(regions(page)).isEqualTo(page.regions());
  }

  @Test
  void aColumnRunningOnAcrossAGutterCloseUnderTheModulesIsPartedFromThemFirst() {
    // PaddleOCR's lines, in columns of 20 px cells on a 30 px pitch, twelve lines each: two of ten cells, 100-300 and
    // 340-540, under a headline at 30 px, and beside them, three cells on, one at 600-800 under
    // its own. Under all three, after white less than under the headlines, an article in columns
    // 100-440 and 480-800 of four lines each: its second column runs right through the gutter
    // that parts the two modules, and its four lines are too few of the page's to close it.
    String text = "城东至高铁站的公交新线今天起试运行全程设站十二个首末班时间与高铁到发时刻衔接沿途经过"
        + "三个大型居住区和两所中学市民可刷卡或扫码乘车试运行期间票价减半公交公司表示将根据客流情况";
    List<List<String>> regions = new ArrayList<>();
    List<OcrLine> lines = new ArrayList<>();
    int[][] placed = {{140, 40, 12, 1, 30}, {100, 100, 10, 12, 20}, {340, 100, 10, 12, 20},
        {640, 40, 4, 1, 30}, {600, 100, 10, 12, 20}, {100, 475, 17, 4, 20}, {480, 475, 16, 4, 20}};
    int from = 0;
    for (int[] c : placed) {
      List<String> region = new ArrayList<>();
      for (int row = 0; row < c[3]; row++) {
        String line = text.substring(from % 60, from % 60 + c[2]);
        from += c[2];
        region.add(line);
        int top = c[1] + 30 * row;
        lines.add(OcrLine.of(line, new Box(c[0], top, c[0] + c[4] * c[2], top + c[4]), 0.95));
      }
      regions.add(region);
    }

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(lines)))).isEqualTo(regions);
  }

  @Test
  void aDigitOneOrAnExclamationMarkAtALinesEdgeStaysInItsLine() {
    // 1 and ！ are what engines read from rules, and as narrow: here they are text.
    String[] first = {"记者昨日从城东新区获悉", "1200万元资金已经到位今", "年将新建口袋公园十座！", "周边居民步行即可到达。"};
    String[] second = {"据介绍这批口袋公园在设", "计之初便广泛征求意见保", "留了原有的大树和石板小", "路增设了儿童游乐设施。"};
    List<OcrLine> lines = new ArrayList<>(Sketch.column(100, 100, 20, 30, first));
    lines.addAll(Sketch.column(360, 100, 20, 30, second));

    RegionFinder.Regions regions = Sketch.regions(Sketch.page(lines));

    assertThat(regions.strays()).isEmpty();
    assertThat(Sketch.texts(regions)).containsExactly(List.of(first), List.of(second));
  }

  /** PaddleOCR's lines: a title over two columns, and if asked a speck read as 、 in the margin. */
  private static List<OcrLine> titleOverTwoColumns(boolean speck) {
    List<OcrLine> lines = new ArrayList<>();
    lines.add(OcrLine.of("城市书房延时开放", new Box(180, 40, 500, 80), 0.95));
    if (speck) {
      // Far out in the right margin, level with the white between title and columns.
      lines.add(OcrLine.of("、", new Box(900, 86, 904, 90), 0.3));
    }
    for (int i = 0; i < 4; i++) {
      lines.add(OcrLine.of(LEFT[i], new Box(100, 100 + 30 * i, 100 + 20 * LEFT[i].length(), 120 + 30 * i), 0.95));
      lines.add(OcrLine.of(RIGHT[i], new Box(360, 100 + 30 * i, 360 + 20 * RIGHT[i].length(), 120 + 30 * i), 0.95));
    }
    return lines;
  }

  /**
   * Issue #10's page, set by hand: a module of four columns of ten 20 px cells on a 30 px pitch
   * (100-300, 330-530, 560-760, 790-990, gutters of a cell and a half) under a title at 40 px and
   * a subtitle at 25.5 px, 1.27 times the body, between body and display type. The subtitle is
   * centred over the module, so that it stands across the gutter between the second and third
   * columns and over neither of the other two. Columns three and four start right under it, less
   * than the leading lower; columns one and two start three lines lower, under a picture.
   * Returns the regions the page should be read in: the title, the subtitle, each column.
   */
  private static List<List<String>> subtitleOverAGutter(boolean wordBoxes, List<OcrLine> lines) {
    String title = "城东新区建成十座口袋公园";
    String subtitle = "街坊说以后落雨等车不会再淋湿";
    lines.add(setLine(title, 305, 30, 40, wordBoxes));
    lines.add(setLine(subtitle, 366, 90, 25.5, wordBoxes));
    List<List<String>> regions = new ArrayList<>(List.of(List.of(title), List.of(subtitle)));
    String text = "城东新区今年新建的十座口袋公园本月全部开放每座占地不足一千平方米却都配有座椅健身器材"
        + "和儿童游乐设施附近居民步行五分钟即可到达区园林局表示明年将再建十座优先安排在老旧小区";
    int from = 0;
    for (int[] column : new int[][] {{100, 214, 6}, {330, 214, 6}, {560, 124, 9}, {790, 124, 9}}) {
      List<String> region = new ArrayList<>();
      for (int row = 0; row < column[2]; row++, from += 10) {
        String line = text.substring(from % 80, from % 80 + 10);
        lines.add(setLine(line, column[0], column[1] + 30 * row, 20, wordBoxes));
        region.add(line);
      }
      regions.add(region);
    }
    return regions;
  }

  /** A line boxed by character (Tesseract), or as a whole (PAGE XML, PaddleOCR). */
  private static OcrLine setLine(String text, double left, double top, double size, boolean words) {
    return words ? Sketch.line(text, left, top, size)
        : OcrLine.of(text, new Box((int) Math.round(left), (int) Math.round(top),
            (int) Math.round(left + size * text.length()), (int) Math.round(top + size)), 0.95);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aSubtitleSetAcrossAGutterOfTheColumnsUnderItIsReadWholeBeforeThem(boolean wordBoxes) {
    List<OcrLine> lines = new ArrayList<>();
    List<List<String>> expected = subtitleOverAGutter(wordBoxes, lines);

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(lines)))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void titlesSideBySideBelowDisplayTypeEachAcrossItsOwnGutterHeadTheirOwnColumns(boolean words) {
    // Two modules of two columns of ten 20 px cells on a 30 px pitch, 100-300 and 330-530, and
    // 560-760 and 790-990, all gutters alike, each under a title at 25.5 px (1.27 times the
    // body, under display type) centred over it, so that each stands across its own module's
    // gutter, level with the other. The gutter between the modules is cut first; then each
    // title, alone over its columns, is parted from them before its gutter parts them.
    String text = "城东新区今年新建的十座口袋公园本月全部开放每座占地不足一千平方米却都配有座椅健身器材"
        + "和儿童游乐设施附近居民步行五分钟即可到达区园林局表示明年将再建十座优先安排在老旧小区";
    List<OcrLine> lines = new ArrayList<>();
    List<List<String>> expected = new ArrayList<>();
    int from = 0;
    for (String[] module : new String[][] {{"城东新区建成十座口袋公园", "162", "100"},
        {"老菜场变了样", "698", "560"}}) {
      lines.add(setLine(module[0], Integer.parseInt(module[1]), 90, 25.5, words));
      expected.add(List.of(module[0]));
      for (int left = Integer.parseInt(module[2]), c = 0; c < 2; c++, left += 230) {
        List<String> region = new ArrayList<>();
        for (int row = 0; row < 5; row++, from += 10) {
          String line = text.substring(from % 80, from % 80 + 10);
          lines.add(setLine(line, left, 124 + 30 * row, 20, words));
          region.add(line);
        }
        expected.add(region);
      }
    }

    assertThat(Sketch.texts(Sketch.regions(Sketch.page(lines)))).isEqualTo(expected);
  }

  private static final String[] LEFT = {"从本月起全市二十六家城", "市书房将每天开放至晚上", "十点方便上班族下班后前", "来阅读。"};
  private static final String[] RIGHT = {"各书房还增设了自助借还", "设备和电子阅览区读者凭", "身份证即可免费借阅图书", "等。"};

  @Test
  void aTitleOverTwoColumnsOfPaddleOcrLinesIsReadBeforeThem() {
    assertThat(Sketch.texts(Sketch.regions(Sketch.page(titleOverTwoColumns(false)))))
        .containsExactly(List.of("城市书房延时开放"), List.of(LEFT), List.of(RIGHT));
  }

  @Test
  void aSpeckReadAsALineOfItsOwnInTheMarginDoesNotMoveTheHeadline() {
    assertThat(Sketch.texts(Sketch.regions(Sketch.page(titleOverTwoColumns(true)))))
        .startsWith(List.of("城市书房延时开放"), List.of(LEFT), List.of(RIGHT));
  }

  @Test
  void anEmptyPageHasNoRegions() {
    RegionFinder.Regions regions = new RegionFinder().find(List.of(), Metrics.of(List.of()));

    assertThat(regions.regions()).isEmpty();
    assertThat(regions.strays()).isEmpty();
  }

  @Test
  void everyTokenEndsUpInExactlyOneRegionOrAmongTheStrays() {
    Typeset page = EnginePages.set(EnginePages.row(ArticleModule.of(Copy.PARKS, 2, 12).gutter(2, true),
        ArticleModule.of(Copy.SPRING, 2, 12)), Options.of(Engine.TESSERACT_ROWS).specks(4).seed(9));
    OcrPage ocr = page.page();
    List<Token> tokens = Sketch.tokens(ocr);

    RegionFinder.Regions regions = new RegionFinder().find(tokens, Metrics.of(tokens));

    List<Token> all = new ArrayList<>(regions.strays());
    regions.regions().forEach(all::addAll);
    assertThat(all).containsExactlyInAnyOrderElementsOf(tokens);
  }
}
