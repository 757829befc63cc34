package io.github.baozhi.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Box;
import io.github.baozhi.Headline;
import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.support.PlacedLines;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a group of headline blocks becomes kicker, title and subtitle where engine output shows
 * their type sizes: the title is the part set clearly larger than the others, 15 per cent or more.
 */
class HeadlineShaperTest {

  private static Headline shape(double firstSize, double secondSize) {
    List<Unit> group = new BoundaryFinder().find(new BlockBuilder().build(PlacedLines.of(
        new double[] {firstSize, secondSize}, 1, "全市新增林地三万六千亩", "春季植树添绿")));
    assertThat(group).hasSize(2);
    return new HeadlineShaper().shape(group);
  }

  @Test
  void aPartSetFifteenPerCentLargerThanThePartUnderItIsTheTitleOverItsSubtitle() {
    assertThat(shape(1.3 * 1.15, 1.3))
        .isEqualTo(new Headline(null, "全市新增林地三万六千亩", "春季植树添绿"));
  }

  @Test
  void partsLessThanFifteenPerCentApartReadAsKickerOverTitleInTheirOrder() {
    assertThat(shape(1.3 * 1.14, 1.3))
        .isEqualTo(new Headline("全市新增林地三万六千亩", "春季植树添绿", null));
  }

  @Test
  void blocksWithinFivePerCentOfOneSizeAreOneTitleSetOverTwoLines() {
    // Engines' boxes make one size measure a few per cent differently from line to line.
    assertThat(shape(1.5, 1.5 * 0.95))
        .isEqualTo(new Headline(null, "全市新增林地三万六千亩 春季植树添绿", null));
  }

  @Test
  void blocksMoreThanFivePerCentApartAreTwoParts() {
    assertThat(shape(1.5, 1.5 * 0.94))
        .isEqualTo(new Headline("全市新增林地三万六千亩", "春季植树添绿", null));
  }

  private static Headline shapeText(String... lines) {
    List<Unit> group = new BoundaryFinder().find(new BlockBuilder().build(
        new io.github.baozhi.internal.lines.LineMeasurer().measure(
            new io.github.baozhi.internal.normalise.Normaliser().normalise(String.join("\n", lines)))));
    assertThat(group).hasSize(1);
    return new HeadlineShaper().shape(group);
  }

  @Test
  void inTextAFirstLineLessThanHalfAsWideAsTheLineUnderItIsTheTitleOverItsSubtitle() {
    assertThat(shapeText("春季植树", "全市新增林地三万六千亩"))
        .isEqualTo(new Headline(null, "春季植树", "全市新增林地三万六千亩"));
  }

  @Test
  void halfAsWideItIsOneTitleOverTwoLines() {
    assertThat(shapeText("春季植树", "全市新增林地万亩").subtitle()).isNull();
  }

  private static Headline shapeOneBlock(String... lines) {
    List<Unit> group = new BoundaryFinder().find(new BlockBuilder().build(PlacedLines.of(
        new double[] {1.5, 1.5}, -1, lines)));
    assertThat(group).hasSize(1);
    return new HeadlineShaper().shape(group);
  }

  @Test
  void inEngineOutputALineOpeningWithTheDashReadAsTwoOnesStartsTheSubtitle() {
    // Tesseract reads the two-em dash of a 副题 as 一一.
    assertThat(shapeOneBlock("旧机床车间里长出“新动能”", "一一鹤川推进北郊老工业区更新改造见闻"))
        .isEqualTo(new Headline(null, "旧机床车间里长出“新动能”", "一一鹤川推进北郊老工业区更新改造见闻"));
  }

  @Test
  void inPlainTextTwoOnesOpeningALineAreText() {
    assertThat(shapeText("旧机床车间里长出“新动能”", "一一鹤川推进北郊老工业区更新改造见闻").subtitle()).isNull();
  }

  @Test
  void aBlockOpeningWithADashStartsTheSubtitleThoughSetInTheTitlesSize() {
    // Engines' sizes put a 副题 within a few per cent of its title now and then.
    List<Unit> group = new BoundaryFinder().find(new BlockBuilder().build(PlacedLines.of(
        new double[] {1.5, 1.5 * 0.97}, 1, "旧机床车间里长出“新动能”", "一一鹤川推进北郊老工业区更新改造见闻")));
    assertThat(group).hasSize(2);
    assertThat(new HeadlineShaper().shape(group))
        .isEqualTo(new Headline(null, "旧机床车间里长出“新动能”", "一一鹤川推进北郊老工业区更新改造见闻"));
  }

  @Test
  void underAKickerTheTitlesRunEndsAtABlockOpeningWithADash() {
    List<Unit> group = new BoundaryFinder().find(new BlockBuilder().build(List.of(
        PlacedLines.placed(1, "老厂房变身创新园区", new Box(0, 0, 180, 20), 0, 1.2, 0),
        PlacedLines.placed(3, "旧机床车间里长出“新动能”", new Box(0, 30, 240, 50), 0, 1.8, 1),
        PlacedLines.placed(5, "一一鹤川推进北郊老工业区更新改造见闻", new Box(0, 60, 360, 80), 0,
            1.8 * 0.97, 1))));
    assertThat(group).hasSize(3);
    assertThat(new HeadlineShaper().shape(group)).isEqualTo(new Headline("老厂房变身创新园区",
        "旧机床车间里长出“新动能”", "一一鹤川推进北郊老工业区更新改造见闻"));
  }
}
