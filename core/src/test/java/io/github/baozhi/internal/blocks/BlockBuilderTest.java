package io.github.baozhi.internal.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Box;
import io.github.baozhi.OcrRole;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.Placement;
import io.github.baozhi.internal.lines.LineMeasurer;
import io.github.baozhi.internal.normalise.Normaliser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How lines become paragraphs: the rules are written for a 15-cell column. */
class BlockBuilderTest {

  private static List<String> blocks(String... lines) {
    return new BlockBuilder()
        .build(new LineMeasurer().measure(new Normaliser().normalise(String.join("\n", lines))))
        .stream().map(Block::text).toList();
  }

  @Test
  void aColumnsNameOneIndentShortOfItsColumnIsNoParagraphsFirstLine() {
    // A box's name over a narrow column happens to be as wide as a first line whose indent OCR
    // dropped; it does not run on into the headline under it.
    List<Line> lines = List.of(
        new Line(1, "环保小贴士", 10, 14, 0, false),
        new Line(3, "夏季空调省电有", 14, 14, 1, false),
        new Line(5, "夏季用电量大，合理", 14, 14, 1, false),
        new Line(6, "使用空调既能省电。", 14, 14, 0, false));

    assertThat(new BlockBuilder().build(lines)).extracting(Block::text)
        .startsWith("环保小贴士", "夏季空调省电有");
  }

  @Test
  void aPhotoCreditWhereAColumnBreakCutAParagraphIsReadLastAndTheParagraphRunsOnPastIt() {
    // A picture over the heads of two columns: its credit stands at the top of the second, and
    // reading order puts it where the column break cut the sentence.
    assertThat(blocks(
        "“茶树最怕霜冻。”据气象部门",
        "预报，一股强寒潮将在22日",
        "前后影响本地，山区最低气",
        "",
        "本报记者 檀晓峰 摄",
        "",
        "温可能降到零下五摄氏度。"))
        .containsExactly("“茶树最怕霜冻。”据气象部门预报，一股强寒潮将在22日前后影响本地，山区最低气"
            + "温可能降到零下五摄氏度。", "本报记者 檀晓峰 摄");
    // After a sentence's end the credit closes the block where it stands, as before.
    assertThat(blocks(
        "“茶树最怕霜冻。”据气象部门",
        "预报，一股强寒潮将在22日",
        "前后影响本地，山区将降温。",
        "",
        "本报记者 檀晓峰 摄",
        "",
        "茶农连夜搭棚盖膜。"))
        .containsExactly("“茶树最怕霜冻。”据气象部门预报，一股强寒潮将在22日前后影响本地，山区将降温。",
            "本报记者 檀晓峰 摄", "茶农连夜搭棚盖膜。");
  }

  @Test
  void aDatelineAndItsCreditBeforeAColumnBreakAreNoHeadlineButTheOpeningOfTheirParagraph() {
    // Two lines without a comma or full stop, the second full, then the column breaks: set over
    // text they would read as a headline, but a headline never opens with a dateline.
    assertThat(blocks(
        "本报成都5月5日电（记者",
        "孙婷婷）记者从中国科学技",
        "",
        "术大学获悉，该校研究团队",
        "近日在国际上首次实现了远",
        "距离量子密钥分发。"))
        .containsExactly("本报成都5月5日电（记者孙婷婷）记者从中国科学技术大学获悉，该校研究团队"
            + "近日在国际上首次实现了远距离量子密钥分发。");
  }

  @Test
  void aDatelineAColumnBreakCutBefore电StillOpensItsParagraph() {
    // A 10-cell column: the dateline's line is full less the indent OCR dropped.
    assertThat(blocks(
        "今年以来全市新增公交",
        "线路二十条。",
        "",
        "新华社广州6月4日",
        "",
        "电（记者 刘洋）近日，",
        "广州市发布新一轮城市",
        "更新计划。"))
        .containsExactly("今年以来全市新增公交线路二十条。",
            "新华社广州6月4日电（记者 刘洋）近日，广州市发布新一轮城市更新计划。");
  }

  @Test
  void aShortLineOverADatelineIsNoPartOfIt() {
    assertThat(blocks("城事", "", "本报讯 今年以来，全市新增公交", "线路二十条，覆盖九个乡镇。"))
        .startsWith("城事");
  }

  @Test
  void aFirstLineThatHangsItsCommaPastTheIndentStillStartsAParagraph() {
    // A 10-cell column: 队长老宋今年73岁， fits eight cells and a half and hangs its comma, a
    // cell wider than a first line; under a full line that ends a sentence it opens a paragraph.
    assertThat(blocks(
        "的身影。这支平均年龄",
        "68岁的“银发篮球队”，",
        "已经在这里打了15年球。",
        "队长老宋今年73岁，",
        "年轻时是厂篮球队的后",
        "卫，如今仍每周练球。"))
        .containsExactly("的身影。这支平均年龄68岁的“银发篮球队”，已经在这里打了15年球。",
            "队长老宋今年73岁，年轻时是厂篮球队的后卫，如今仍每周练球。");
  }

  @Test
  void aFirstLineIsMeasuredAgainstTheColumnEvenWhenTheLineUnderItFallsShort() {
    // A 10-cell column: 行或社区服务中心办 falls a cell short (the next character would not fit),
    // which leaves the first line over it two cells short of the column, one of that line.
    assertThat(blocks(
        "城乡居民医保集中缴费",
        "已经开始，个人缴费标",
        "准为每人每年400元。",
        "市民可通过手机银",
        "行或社区服务中心办",
        "理，截止时间为年底。"))
        .containsExactly("城乡居民医保集中缴费已经开始，个人缴费标准为每人每年400元。",
            "市民可通过手机银行或社区服务中心办理，截止时间为年底。");
  }

  @Test
  void aHeadlineSetWiderThanTheColumnDoesNotRunOnFromTheClosedSentenceBeforeIt() {
    // A 10-cell column; the next article's two-line headline spans 18 cells.
    assertThat(blocks(
        "即日起，参保人在全国已",
        "开通的定点医药机构支持",
        "扫码结算，十分方便快捷。",
        "",
        "我国科研团队在量子通信领域取得新突破",
        "千公里级光纤量子密钥分发实现",
        "",
        "本报讯 记者从中国科学",
        "技术大学获悉，该校研究"))
        .startsWith("即日起，参保人在全国已开通的定点医药机构支持扫码结算，十分方便快捷。",
            "我国科研团队在量子通信领域取得新突破千公里级光纤量子密钥分发实现");
  }

  @Test
  void aColumnsNameRightOverItsHeadlineStandsAlone() {
    assertThat(blocks("国际观察", "粮价波动考验全球供应链", "", "今年以来，受极端天气和部分地区局势紧"))
        .startsWith("国际观察", "粮价波动考验全球供应链");
  }

  @Test
  void aLineFillingANarrowFrameOfItsOwnDoesNotContinueAClosedParagraph() {
    // On a page that shows its indents, a flush line that fills its column runs on from a closed
    // sentence; a headline fills the narrow frame it stands in, which is no column of this text.
    List<Line> lines = List.of(
        new Line(1, "据大会主办方介绍，目", 20, 24, 0, true, indentStyle()),
        new Line(2, "前已有50多个国家批准了", 24, 24, 0, false, indentStyle()),
        new Line(3, "多。", 4, 24, 0, false, indentStyle()),
        new Line(5, "粮价波动", 8, 8, 1, false, indentStyle()),
        new Line(6, "考验供应链", 10, 10, 0, false, indentStyle()),
        new Line(8, "今年以来，受极端天气和", 20, 24, 1, true, indentStyle()));

    assertThat(new BlockBuilder().build(lines)).extracting(Block::text).containsExactly(
        "据大会主办方介绍，目前已有50多个国家批准了多。", "粮价波动考验供应链", "今年以来，受极端天气和");
  }

  @Test
  void aTitleAtTheBodysSizeFillingItsBoxStandsAloneOverAnIndentedLine() {
    // A framed box of eleven cells; its title, set a size over the body, fills the box as a full
    // line would. The indent of the line under it shows a paragraph opening there.
    List<Line> lines = List.of(
        new Line(1, "“回头看”不能走过场", 21, 22, 0, false, indentStyle()),
        new Line(2, "整改完成后组织“回", 18, 22, 0, true, indentStyle()),
        new Line(3, "头看”，本意是检验问题是", 22, 22, 0, false, indentStyle()));

    assertThat(new BlockBuilder().build(lines)).extracting(Block::text).containsExactly(
        "“回头看”不能走过场", "整改完成后组织“回头看”，本意是检验问题是");
  }

  @Test
  void aParagraphsLaterLineWithoutPunctuationRunsOnOverAnIndentedLine() {
    // Engines drop punctuation, and a line's first character, which shows the line indented: a
    // full line without punctuation deep in a paragraph is no title over the line under it.
    List<Line> lines = List.of(
        new Line(1, "今年以来，全市新建改建", 20, 22, 0, true, indentStyle()),
        new Line(2, "口袋公园十座新增绿地面积", 22, 22, 0, false, indentStyle()),
        new Line(3, "约三万平方米让周边居民出", 22, 22, 0, true, indentStyle()));

    assertThat(new BlockBuilder().build(lines)).hasSize(1);
  }

  @Test
  void aSubheadFillingANarrowColumnBetweenParagraphsStandsAlone() {
    // A column of ten cells: the subhead, set flush in the body's size, fills it as a line of
    // text would; with no punctuation, over an indented line, it cannot be the text going on
    // from the closed paragraph above, which would have had to end its own paragraph there.
    List<Line> lines = List.of(
        new Line(1, "积已达到五万六千亩，带", 20, 20, 0, true, indentStyle()),
        new Line(2, "动农户增收。", 12, 20, 0, false, indentStyle()),
        new Line(3, "小农户接上了现代农业", 20, 20, 0, false, indentStyle()),
        new Line(4, "合作社统一采购种", 16, 20, 0, true, indentStyle()),
        new Line(5, "子化肥，统一收购。", 18, 20, 0, false, indentStyle()));

    assertThat(new BlockBuilder().build(lines)).extracting(Block::text).containsExactly(
        "积已达到五万六千亩，带动农户增收。", "小农户接上了现代农业", "合作社统一采购种子化肥，统一收购。");
  }

  @Test
  void aParagraphsIndentedOpeningCutByAColumnBreakBeforeAnyPunctuationRunsOnInTheNextColumn() {
    // A head stands flush or centred, short of the column's edge; a paragraph's first line stands
    // an indent in and runs to the edge, and two full lines may pass with no comma in them.
    List<Line> lines = List.of(
        new Line(1, "在云台乡一家茶", 14, 18, 0, true, indentStyle()),
        new Line(2, "叶合作社的加工车间", 18, 18, 0, false, indentStyle()),
        new Line(4, "里，摊青、杀青、揉", 18, 18, 1, false, indentStyle()),
        new Line(5, "捻、烘干几道工序连", 18, 18, 0, false, indentStyle()));

    assertThat(new BlockBuilder().build(lines)).hasSize(1);
  }

  @Test
  void aListItemSetFlushOnAPageOfIndentsOpensAParagraphOfItsOwn() {
    // A box's numbered steps hang on their marks, set flush: under a closed sentence a full flush
    // line goes on with the paragraph, unless it opens with the next item's mark.
    List<Line> lines = List.of(
        new Line(1, "②退出：退出手机里的云账", 24, 24, 0, false, indentStyle()),
        new Line(2, "找手机”功能。", 14, 24, 0, false, indentStyle()),
        new Line(3, "③加密：在设置中开启存储", 24, 24, 0, false, indentStyle()),
        new Line(4, "加密，再删除全部照片。", 22, 24, 0, false, indentStyle()));

    assertThat(new BlockBuilder().build(lines)).hasSize(2);
  }

  @Test
  void aColumnBreakIntoALineSetAcrossAWiderMeasureEndsTheParagraphThere() {
    // Engine output: a column of twelve cells breaks off mid-sentence; after it, a photo's
    // caption set across three columns, its credit, and the next column, where the text goes on.
    List<Line> lines = List.of(
        new Line(1, "南岙港区三期工程已于去年", 24, 24, 0, false, placedIn(0)),
        new Line(2, "底投入使用。去年全", 18, 24, 0, false, placedIn(0)),
        new Line(4, "4月16日，航线首航货轮在汀洲港南岙港区装货。", 46, 76, 1, false, placedIn(1)),
        new Line(5, "本报记者柯望舒摄", 16, 76, 0, false, placedIn(1)),
        new Line(7, "港完成集装箱吞吐量312万", 24, 24, 1, false, placedIn(2)));

    assertThat(new BlockBuilder().build(lines)).extracting(Block::text).containsExactly(
        "南岙港区三期工程已于去年底投入使用。去年全", "4月16日，航线首航货轮在汀洲港南岙港区装货。",
        "本报记者柯望舒摄", "港完成集装箱吞吐量312万");
  }

  @Test
  void inPlainTextAColumnBreakIntoAWideLineStillCarriesOn() {
    // Plain text measures no column of its own per region: the rule needs engine output.
    List<Line> lines = List.of(
        new Line(1, "南岙港区三期工程已于去年", 24, 24, 0, false),
        new Line(2, "底投入使用，去年全港完成集", 24, 24, 0, false),
        new Line(4, "装箱吞吐量312万标准箱，同比增长11.4%，创历史新高。", 46, 24, 1, false));

    assertThat(new BlockBuilder().build(lines)).hasSize(1);
  }

  @Test
  void aHeadWhoseGlyphsStandASizeOverTheBodyNeverRunsOnFromTheTextOverIt() {
    // Tesseract: a brief ends on a line whose full stop the engine lost, and the next brief's head,
    // a size up (its glyphs 1.15 of the body's), stands right under it in the same region.
    List<Line> lines = List.of(
        new Line(1, "政署今晚起連續三晚封閉", 22, 22, 0, false, measured(1.0)),
        new Line(2, "並在路口增設臨時指示牌", 22, 22, 0, false, measured(1.0)),
        new Line(3, "大網仔路今晚起封路", 18, 22, 0, false, measured(1.15)),
        new Line(4, "運輸署表示，工程期間往", 20, 22, 0, true, measured(1.0)));

    assertThat(new BlockBuilder().build(lines)).extracting(Block::text).containsExactly(
        "政署今晚起連續三晚封閉並在路口增設臨時指示牌", "大網仔路今晚起封路", "運輸署表示，工程期間往");
  }

  @Test
  void aLineOfTextThatMeasuresASizeOverTheBodyStillRunsOn() {
    // A line with sentence punctuation is text however its glyphs were boxed.
    List<Line> lines = List.of(
        new Line(1, "政署今晚起連續三晚封閉", 22, 22, 0, false, measured(1.0)),
        new Line(2, "大網仔路，並在路口增設臨", 22, 22, 0, false, measured(1.15)),
        new Line(3, "時指示牌。", 10, 22, 0, false, measured(1.0)));

    assertThat(new BlockBuilder().build(lines)).hasSize(1);
  }

  @Test
  void aParagraphsShortLastLineRunsOnHoweverLargeItsOneWordWasBoxed() {
    // 社） measured from one glyph, which the engine boxed a size too large.
    List<Line> lines = List.of(
        new Line(1, "夜间读者占到了三成以上。（据新华", 22, 22, 0, false, measured(1.0)),
        new Line(2, "社）", 4, 22, 0, false, measured(1.2)));

    assertThat(new BlockBuilder().build(lines)).extracting(Block::text)
        .containsExactly("夜间读者占到了三成以上。（据新华社）");
  }

  @Test
  void aHeadsSecondLineContinuesItThoughItsFirstLineHoldsAComma() {
    List<Line> lines = List.of(
        new Line(1, "油價連三漲，", 12, 22, 0, false, measured(1.15)),
        new Line(2, "下周估再漲兩角", 14, 22, 0, false, measured(1.15)),
        new Line(3, "國際油價上周走高，中油今", 22, 22, 0, true, measured(1.0)));

    assertThat(new BlockBuilder().build(lines)).extracting(Block::text).first()
        .isEqualTo("油價連三漲，下周估再漲兩角");
  }

  @Test
  void aBoxTitleSetASizeOverItsFirstItemStandsAloneThoughItNearlyFillsTheBox() {
    // PAGE XML, lines placed whole: a box's title boxed 1.23 times the body, nearly as wide as
    // the box's narrow measure (a paragraph's first line whose indent was dropped would be), over
    // its first item set flush in body type, with white between them and without.
    for (int blanks = 0; blanks <= 1; blanks++) {
      List<Line> lines = List.of(
          new Line(1, "湯圓 怎樣煮才好", 16, 18, 0, false, sized(1.23)),
          new Line(2, "（一）水大滾時，才落湯", 22, 22, blanks, false, sized(1.0)),
          new Line(3, "圓，落鍋後用湯勺輕輕推", 22, 22, 0, false, sized(1.0)),
          new Line(4, "動，以免黏底。", 14, 22, 0, false, sized(1.0)));

      assertThat(new BlockBuilder().build(lines)).extracting(Block::text)
          .as("blank lines between title and item: %d", blanks)
          .containsExactly("湯圓 怎樣煮才好", "（一）水大滾時，才落湯圓，落鍋後用湯勺輕輕推動，以免黏底。");
    }
  }

  @Test
  void aParagraphsFirstLineOverAStrayBoxMeasuredSmallRunsOn() {
    // PaddleOCR boxed one character of a full line apart, and smaller: the line over it is in
    // body type, so it is no head however it measures against the stray box.
    List<Line> lines = List.of(
        new Line(1, "本届比赛共有十二支代表队的二百三", 32, 36, 0, true, sized(0.99)),
        new Line(2, "十多名选手参加，按年龄分为甲、乙两个", 36, 36, 1, false, sized(0.83)),
        new Line(3, "组别，共决出十四个级别的冠军。", 30, 36, 0, false, sized(0.99)));

    assertThat(new BlockBuilder().build(lines)).hasSize(1);
  }

  /** Where an engine placed a line whole, its type measured {@code typeScale} of the body's. */
  private static Placement sized(double typeScale) {
    return new Placement(new Box(0, 0, 10, 10), 0, typeScale, Double.NaN, 0, 0, Double.NaN, OcrRole.TEXT, false, false);
  }

  /** Where Tesseract placed a line whose glyphs show a type size of {@code ownScale} on their own. */
  private static Placement measured(double ownScale) {
    return new Placement(new Box(0, 0, 10, 10), 0, 1, ownScale, 0, 0, Double.NaN, OcrRole.TEXT, false, true);
  }

  /** Where an engine placed a line: in region {@code region}, body type. */
  private static Placement placedIn(int region) {
    return new Placement(new Box(0, 0, 10, 10), region, 1, Double.NaN, 0, 0, Double.NaN, OcrRole.TEXT, false, false);
  }

  /** Where an engine placed a line, on a page that opens its paragraphs indented. */
  private static Placement indentStyle() {
    return new Placement(new Box(0, 0, 10, 10), 0, 1, Double.NaN, 0, 0, Double.NaN, OcrRole.TEXT, false, true);
  }

  @Test
  void aShortLineEndingInAFullStopClosesItsParagraphWithoutABlankLine() {
    assertThat(blocks(
        "区人社局负责人介绍，下一",
        "步将继续举办线上线下招聘会，为",
        "求职者搭建平台。",
        "据统计，今年以来全区新增",
        "就业岗位一万二千余个，其中面向",
        "高校毕业生的岗位占四成以上。"))
        .containsExactly(
            "区人社局负责人介绍，下一步将继续举办线上线下招聘会，为求职者搭建平台。",
            "据统计，今年以来全区新增就业岗位一万二千余个，其中面向高校毕业生的岗位占四成以上。");
  }

  @Test
  void aLineEndingInAParenthesisInsideASentenceContinues() {
    assertThat(blocks(
        "安吉县发展改革局负责人介绍，",
        "全县已建立生态产品价值核算体系，",
        "2022年GEP（生态系统生产总值）",
        "达到1100多亿元。"))
        .containsExactly("安吉县发展改革局负责人介绍，全县已建立生态产品价值核算体系，"
            + "2022年GEP（生态系统生产总值）达到1100多亿元。");
  }

  @Test
  void aQuotedSubheadAfterAFullStopStillEndsItsLine() {
    assertThat(blocks(
        "推进城市更新，加快试验区建设。",
        "三是在建设美丽中国示范省中展示",
        "“无锡作为”",
        "省党代会报告指出，要更加有力推",
        "进美丽江苏建设。"))
        .containsExactly("推进城市更新，加快试验区建设。三是在建设美丽中国示范省中展示“无锡作为”",
            "省党代会报告指出，要更加有力推进美丽江苏建设。");
  }

  @Test
  void aColumnBreakInsideASentenceIsRepaired() {
    assertThat(blocks(
        "区人社局负责人介绍，下一",
        "步将继续举办线上线下招聘会，为",
        "",
        "求职者和用人单位搭建对接平台，",
        "让更多毕业生在家门口就业。"))
        .containsExactly("区人社局负责人介绍，下一步将继续举办线上线下招聘会，为"
            + "求职者和用人单位搭建对接平台，让更多毕业生在家门口就业。");
  }

  @Test
  void aColumnBreakInsideAWordIsRepaired() {
    assertThat(blocks(
        "区人社局负责人介绍，下一",
        "步将继续举办线上线下招聘会，创",
        "",
        "造更多就业机会，帮助困难群众。"))
        .containsExactly("区人社局负责人介绍，下一步将继续举办线上线下招聘会，创造更多就业机会，帮助困难群众。");
  }

  @Test
  void aFullLineEndingASentenceAtAColumnBreakContinuesWhenTheNextLineIsFull() {
    assertThat(blocks(
        "区人社局负责人介绍，下一",
        "步将继续举办线上线下招聘会。为",
        "求职者和用人单位搭建对接平台。",
        "",
        "今年还将新建零工市场三处，方便",
        "灵活就业人员就近找活。"))
        .hasSize(1);
  }

  @Test
  void aFullLineEndingASentenceBeforeAnIndentedLineClosesTheParagraph() {
    assertThat(blocks(
        "区人社局负责人介绍，下一",
        "步将继续举办线上线下招聘会。为",
        "求职者和用人单位搭建对接平台。",
        "",
        "今年还将新建零工市场三",
        "处，方便灵活就业人员就近找活。"))
        .hasSize(2);
  }

  @Test
  void aShortFirstLineAtTheFootOfAColumnCarriesOn() {
    assertThat(blocks(
        "会议要求，要把稳就业摆在更加突",
        "出位置，切实兜牢民生底线，加大",
        "对困难群体的帮扶力度，让群众在",
        "家门口端稳饭碗。",
        "",
        "以零工市场为抓手拓宽就业渠",
        "",
        "道，帮助灵活就业人员就近找活，",
        "让群众在家门口端稳饭碗。"))
        .containsExactly(
            "会议要求，要把稳就业摆在更加突出位置，切实兜牢民生底线，加大对困难群体的帮扶力度，让群众在家门口端稳饭碗。",
            "以零工市场为抓手拓宽就业渠道，帮助灵活就业人员就近找活，让群众在家门口端稳饭碗。");
  }

  @Test
  void aShortLineWithoutPunctuationBeforeABlankLineStandsAlone() {
    assertThat(blocks(
        "零工市场开张",
        "",
        "记者昨日从区人社局获悉，全区",
        "首家零工市场正式开张运营。"))
        .containsExactly("零工市场开张", "记者昨日从区人社局获悉，全区首家零工市场正式开张运营。");
  }

  @Test
  void aFullLineEndingInAQuoteWithoutAFullStopCarriesOn() {
    assertThat(blocks(
        "扎实开展大运河国家文化公园无锡建设",
        "工程，办好江南文脉论坛、太湖文化艺术季",
        "等品牌活动，擦亮了“太湖明珠·江南盛地”",
        "城市品牌。",
        "建设一批具有江南特征、无锡特色的重",
        "大文旅融合项目、文旅载体，争创国家级文",
        "化科技融合示范基地。"))
        .hasSize(2)
        .first().asString().endsWith("“太湖明珠·江南盛地”城市品牌。");
  }

  @Test
  void aShortHeadlineDirectlyAboveItsTextStandsAlone() {
    assertThat(blocks(
        "零工市场开张",
        "记者昨日从区人社局获悉，全区首",
        "家零工市场正式开张运营，首批入",
        "驻用工单位四十二家。"))
        .containsExactly("零工市场开张", "记者昨日从区人社局获悉，全区首家零工市场正式开张运营，首批入驻用工单位四十二家。");
  }

  @Test
  void aFirstLineWithoutPunctuationStillJoinsItsParagraph() {
    assertThat(blocks(
        "区人社局负责人介绍下一步将",
        "继续举办线上线下招聘会，为求职",
        "者和用人单位搭建对接平台，帮助",
        "更多人找到工作。"))
        .hasSize(1);
  }

  @Test
  void fullWidthHeadlineLinesDoNotRunIntoTheText() {
    assertThat(blocks(
        "在稳就业中扛起更多区域责任",
        "在惠民生中增添更多幸福底色",
        "",
        "记者昨日从区人社局获悉，全区",
        "首家零工市场正式开张运营。"))
        .hasSize(2);
  }

  @Test
  void aDatelineAlwaysOpensAParagraph() {
    assertThat(blocks(
        "会议要求，要把稳就业摆在突出",
        "位置，切实兜牢民生底线，落实",
        "本报讯 记者昨日从区人社局获悉，",
        "全区首家零工市场开张。"))
        .hasSize(2);
  }

  @Test
  void aBylineOnItsOwnLineIsItsOwnBlock() {
    assertThat(blocks(
        "会议要求，要把稳就业摆在突出",
        "位置，切实兜牢民生底线。",
        "（李明、王芳）"))
        .containsExactly("会议要求，要把稳就业摆在突出位置，切实兜牢民生底线。", "（李明、王芳）");
  }

  @Test
  void paragraphPerLinePagesJoinOnlyWhereALineStopsMidSentence() {
    String first = "本报讯 11月3日,全区召开稳就业工作推进会,总结前一阶段工作,部署下一阶段任务,要求各部门把稳就业摆在"
        + "更加突出的位置,切实兜牢民生底线,推动";
    String second = "就业形势持续稳定向好。区领导出席会议并讲话,各街道和相关部门负责人参加会议,交流了工作经验。";
    String third = "会议指出,今年以来全区新增就业岗位一万二千余个,其中面向高校毕业生的岗位占四成以上,城镇调查失业率"
        + "保持在较低水平,就业形势总体稳定。";
    assertThat(blocks(first, "", second, "", third)).containsExactly(first + second, third);
  }

  @Test
  void anAsideWithAPauseMarkAtAFullLinesEndInsideASentenceContinues() {
    // Issue #11, class 3: 16 cells; the aside closes a full line, the sentence goes on.
    assertThat(blocks(
        "近日，省妇联发布的一项调查显",
        "示，全省留守儿童中，父母均外出务",
        "工、交由老人(即祖父母、外祖父母)",
        "照看的占七成以上，不少孩子缺少学",
        "习辅导和情感陪伴。"))
        .containsExactly("近日，省妇联发布的一项调查显示，全省留守儿童中，父母均外出务工、交由老人"
            + "(即祖父母、外祖父母)照看的占七成以上，不少孩子缺少学习辅导和情感陪伴。");
  }

  @Test
  void aColumnBreakRightAfterAnAsideInsideASentenceIsRepaired() {
    assertThat(blocks(
        "本报讯（记者 孙海涛）田间地",
        "头的矛盾纠纷有人管了。今年以来，",
        "青山县投入专项资金，在186个行政",
        "村各配齐了专人（网格员、调解员）",
        "",
        "参与调解邻里纠纷，让小事不出村、",
        "矛盾不上交。"))
        .containsExactly("本报讯（记者 孙海涛）田间地头的矛盾纠纷有人管了。今年以来，青山县投入专项资金，"
            + "在186个行政村各配齐了专人（网格员、调解员）参与调解邻里纠纷，让小事不出村、矛盾不上交。");
  }

  @Test
  void aLineOpeningWith续接AfterAColumnBreakCutInsideA继续IsTheSentenceGoingOn() {
    // Issue #11, class 8: 继续 cut at a column's foot leaves a line opening with 续接, which is
    // also how a jump line opens (（续接第一版）); this one is text.
    assertThat(blocks(
        "今年以来，像王建国这样返乡",
        "创业的乡村工匠，全县已有230多",
        "人。县人社局为他们开设“工匠夜",
        "校”，在外务工者也可回到家乡继",
        "",
        "续接受培训，学习电商运营和产品",
        "设计。"))
        .containsExactly("今年以来，像王建国这样返乡创业的乡村工匠，全县已有230多人。县人社局为他们开设"
            + "“工匠夜校”，在外务工者也可回到家乡继续接受培训，学习电商运营和产品设计。");
  }

  @Test
  void aFullLineShapedLikeAPictureCreditUnderAnOpenSentenceIsTheTextGoingOn() {
    // 10 cells: the column's edge cut the sentence after 提供, so the line reads like 校方提供.
    assertThat(blocks(
        "社区食堂每天中午",
        "供应午餐和晚餐。此",
        "外社区服务中心提供",
        "送餐上门服务，行动",
        "不便的老人可预约。"))
        .containsExactly("社区食堂每天中午供应午餐和晚餐。此外社区服务中心提供送餐上门服务，行动不便的老人可预约。");
  }

  @Test
  void aPictureCreditStandingAloneUnderAClosedSentenceIsANoteOfItsOwn() {
    assertThat(blocks(
        "社区食堂每天中午",
        "供应午餐和晚餐。",
        "校方提供",
        "送餐上门服务，行动",
        "不便的老人可预约。"))
        .contains("校方提供");
  }
}
