package io.github.baozhi.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

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
}
