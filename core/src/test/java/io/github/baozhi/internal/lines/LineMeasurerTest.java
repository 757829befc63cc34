package io.github.baozhi.internal.lines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.internal.normalise.Normaliser;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineMeasurerTest {

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
    String wide = String.join("\n",
        "本报讯 今年以来，全区新增就业岗位",
        "一万二千余个，其中面向高校毕业生的岗",
        "位占四成以上，就业形势总体稳定，城镇",
        "调查失业率保持在较低水平，重点群体就",
        "业得到有效保障，居民收入稳步增长，消",
        "费市场持续回暖，经济运行总体平稳。");
    String narrow = String.join("\n",
        "本报讯（记者 郑敏）4月16",
        "日上午，汀洲至南屿城际铁路正",
        "式开通运营，全长68公里，设站9",
        "座，最高设计时速160公里，两地",
        "通勤时间缩短至半小时以内，沿线",
        "群众出行更加便捷。");
    List<Line> lines = measure(wide + "\n\n" + narrow);

    assertThat(lines.subList(0, 6)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(2 * 18));
    assertThat(lines.subList(6, 12)).allSatisfy(l -> assertThat(l.columnWidth()).isEqualTo(29));
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
    assertThat(LineMeasurer.typesetWidth("前提。”杜")).isEqualTo(2 * 2 + 3 + 2);
    assertThat(LineMeasurer.typesetWidth("前提。杜")).isEqualTo(8);
  }

  @Test
  void veryWideLinesMarkAParagraphPerLineRegion() {
    String para = "本报讯 11月3日,市委常委会召开会议,集中学习有关精神,听取工作情况汇报,安排部署下一阶段任务。"
        .repeat(3);
    List<Line> lines = measure(para + "\n\n" + para + "\n\n" + para);
    assertThat(lines).allMatch(Line::inParagraphPerLineRegion);
  }
}
