package io.github.baozhi.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.internal.normalise.Normaliser;
import io.github.baozhi.internal.text.Chars;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineMeasurerTest {

  /** An 18-cell article that closes its last paragraph, as the article before a headline. */
  private static final String WIDE = String.join("\n",
      "本报讯 今年以来，全区新增就业岗位",
      "一万二千余个，其中面向高校毕业生的岗",
      "位占四成以上，就业形势总体稳定，城镇",
      "调查失业率保持在较低水平，重点群体就",
      "业得到有效保障，居民收入稳步增长，消",
      "费市场持续回暖，经济运行总体平稳。");

  private static List<Line> measure(String text) {
    return new LineMeasurer().measure(new Normaliser().normalise(text));
  }

  @Test
  void columnWidthIsTheCommonFullWidthNotTheShortLines() {
    List<Line> lines = measure(String.join("\n",
        "今年以来，全区新增就业",
        "岗位一万二千余个，其中面向高校",
        "毕业生的岗位占四成以上，就业形",
        "势总体稳定。",
        "",
        "区人社局负责人介绍，下一",
        "步将继续举办线上线下招聘会，为",
        "求职者和用人单位搭建对接平台。"));
    assertThat(lines).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(30));
  }

  @Test
  void anArticleOpeningWithADatelineIsMeasuredOnItsOwnNotByTheWiderArticleBeforeIt() {
    // 18 cells, then an article of 14 and a half (digits take half a cell): its first lines must
    // not take the 18-cell measure.
    String narrow = String.join("\n",
        "本报讯（记者 郑敏）4月16",
        "日上午，汀洲至南屿城际铁路正",
        "式开通运营，全长68公里，设站9",
        "座，最高设计时速160公里，两地",
        "通勤时间缩短至半小时以内，沿线",
        "群众出行更加便捷。");
    List<Line> lines = measure(WIDE + "\n\n" + narrow);

    assertThat(lines.subList(0, 6)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(2 * 18));
    assertThat(lines.subList(6, 12)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(29));
  }

  @Test
  void anArticleUnderAHeadlineIsMeasuredOnItsOwnThoughNoDatelineOpensIt() {
    // 16 cells under a headline set off from the closed article before it: its full lines must
    // not look short against the 18-cell measure of the article above.
    String narrow = String.join("\n",
        "记者从市商务局获悉，今年前三季度",
        "我市跨境电商进出口额达到八十七亿",
        "元，同比增长三成，其中小家电出口",
        "额占比超过四成，企业产品直接卖到",
        "欧美四十多个国家和地区，今年海外",
        "订单比去年翻了一番。");
    List<Line> lines = measure(WIDE + "\n\n跨境电商带动小家电出海\n\n" + narrow);

    assertThat(lines.subList(0, 6)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(2 * 18));
    assertThat(lines.subList(7, 13)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(2 * 16));
  }

  @Test
  void headlineLinesTakeNoPartInTheMeasureOfTheTextUnderThem() {
    // A brief of 12 cells whose first lines stand two cells in: its 10-cell headline would tip
    // the densest band to 11 cells.
    String brief = String.join("\n",
        "第二批免证明事项公布",
        "",
        "市政府办公室近日公布",
        "第二批免提交证明事项的清",
        "单，共计八十七项，涉及户",
        "籍、社保、不动产登记等领",
        "域，群众办事时可以通过数",
        "据共享或者告知承诺代替。");
    List<Line> lines = measure(WIDE + "\n\n" + brief);

    assertThat(lines.subList(7, 13)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(2 * 12));
  }

  @Test
  void headlinesStackedAtThePageEndAreNotAnArticleOfTheirOwnMeasure() {
    // Headlines printed together after the last article: measured with the text before them, so
    // a 10-cell headline in the 18-cell column is short, not full.
    List<Line> lines = measure(WIDE + "\n\n全区新增就业岗位一万余个\n\n地铁五号线年底开通\n\n"
        + "六百余名市民北郊植树\n\n城市马拉松报名开启\n\n公交线路调整");

    assertThat(lines.subList(6, 11)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(2 * 18));
  }

  @Test
  void blankLinesBeforeALineAreCounted() {
    List<Line> lines = measure("甲乙\n\n\n丙丁");
    assertThat(lines).extracting(Line::blanksBefore).containsExactly(0, 2);
    assertThat(lines).extracting(Line::number).containsExactly(1, 4);
  }

  @Test
  void leadingWhitespaceMarksAnIndentedLine() {
    List<Line> lines = measure(" 本报讯 今天\n全市");
    assertThat(lines.get(0).indented()).isTrue();
    assertThat(lines.get(0).text()).isEqualTo("本报讯 今天");
    assertThat(lines.get(1).indented()).isFalse();
  }

  @Test
  void adjacentFullWidthPunctuationIsSqueezed() {
    assertThat(Chars.typesetWidth("前提。”杜")).isEqualTo(2 * 2 + 3 + 2);
    assertThat(Chars.typesetWidth("前提。杜")).isEqualTo(8);
  }

  @Test
  void veryWideLinesMarkAParagraphPerLineRegion() {
    String para = "本报讯 11月3日,市委常委会召开会议,集中学习有关精神,听取工作情况汇报,安排部署下一阶段任务。"
        .repeat(3);
    List<Line> lines = measure(para + "\n\n" + para + "\n\n" + para);
    assertThat(lines).allMatch(Line::inParagraphPerLineRegion);
  }

  /** A 14-cell article dense with quotes, as set with quotes of a full cell. */
  private static final String QUOTES_FULL = String.join("\n",
      "本报讯（记者 郑毅）“球",
      "场边坐满了人，连树上都有‘观",
      "众’！”说起刚结束的“村BA”",
      "总决赛，台盘村村民杨大姐笑得",
      "合不拢嘴。",
      "从“村BA”到“村超”，从",
      "“村排”到“村跑”，今年以来，",
      "我省乡村体育赛事接连“出圈”，",
      "带动“吃住行游购娱”全链条消",
      "费。据统计，“村BA”总决赛期",
      "间，台盘村接待游客超过12万人",
      "次，带动周边餐饮、住宿收入18",
      "00余万元。");

  /** The same article set with quotes of half a cell: lines with quotes hold more. */
  private static final String QUOTES_HALF = String.join("\n",
      "本报讯（记者 郑毅）“球场",
      "边坐满了人，连树上都有‘观",
      "众’！”说起刚结束的“村BA”总决",
      "赛，台盘村村民杨大姐笑得合不",
      "拢嘴。",
      "从“村BA”到“村超”，从“村",
      "排”到“村跑”，今年以来，我省",
      "乡村体育赛事接连“出圈”，带动",
      "“吃住行游购娱”全链条消费。据",
      "统计，“村BA”总决赛期间，台盘",
      "村接待游客超过12万人次，带动",
      "周边餐饮、住宿收入1800余万元。");

  @Test
  void quotesSetAFullCellAreMeasuredAsTheyAreSet() {
    // Issue #11, class 11: quotes count a full cell, so set so they leave the measure exact.
    assertThat(measure(QUOTES_FULL)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(2 * 14));
  }

  @Test
  void quotesSetHalfACellMoveTheMeasureByNoMoreThanHalfACell() {
    // Set half a cell, quotes count a full one, so the lines that hold them count up to a cell
    // and a half wider than the 14 cells they fill; the densest band stays at the column.
    assertThat(measure(QUOTES_HALF))
        .allSatisfy(l -> assertThat(l.columnWidth()).isBetween(2 * 14, 2 * 14 + 1));
  }
}
