package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnLabelsTest {

  @Test
  void columnAndBoxNamesEndInAStockWord() {
    assertThat(ColumnLabels.isLabel("经济观察")).isTrue();
    assertThat(ColumnLabels.isLabel("社会纵横")).isTrue();
    assertThat(ColumnLabels.isLabel("记者手记")).isTrue();
    assertThat(ColumnLabels.isLabel("环保小贴士")).isTrue();
    assertThat(ColumnLabels.isLabel(" 文化周刊 ")).isTrue();
    assertThat(ColumnLabels.isLabel("體壇速遞")).isTrue();
    assertThat(ColumnLabels.isLabel("要闻简报")).isTrue();
    assertThat(ColumnLabels.isLabel("名词解释")).isTrue();
    assertThat(ColumnLabels.isLabel("温馨提示")).isTrue();
    assertThat(ColumnLabels.isLabel("新書架")).isTrue();
    assertThat(ColumnLabels.isLabel("健康小百科")).isTrue();
    assertThat(ColumnLabels.isLabel("市場速覽")).isTrue();
    assertThat(ColumnLabels.isLabel("財經小辭典")).isTrue();
    assertThat(ColumnLabels.isLabel("家長信箱")).isTrue();
    assertThat(ColumnLabels.isLabel("校園點滴")).isTrue();
    assertThat(ColumnLabels.isLabel("科普小知识")).isTrue();
    assertThat(ColumnLabels.isLabel("城事快递")).isTrue();
    assertThat(ColumnLabels.isLabel("桃園筆記")).isTrue();
    assertThat(ColumnLabels.isLabel("新春走基层")).isTrue();
    assertThat(ColumnLabels.isLabel("街坊話你知")).isTrue();
    assertThat(ColumnLabels.isLabel("民生直通车")).isTrue();
    assertThat(ColumnLabels.isLabel("周末茶座")).isTrue();
    assertThat(ColumnLabels.isLabel("消费快报")).isTrue();
    assertThat(ColumnLabels.isLabel("農情快報")).isTrue();
  }

  @Test
  void aWordThatEndsHeadlinesAsOftenAsColumnNamesIsNoStockWord() {
    // 进课堂 (into the classroom) ends headlines: 课堂 names no column here.
    assertThat(ColumnLabels.isLabel("老艺人进课堂")).isFalse();
    assertThat(ColumnLabels.isLabel("健康课堂")).isFalse();
  }

  @Test
  void kickersAndHeadlinesAreNoNames() {
    assertThat(ColumnLabels.isLabel("全市城市更新工作推进会提出")).isFalse();
    assertThat(ColumnLabels.isLabel("“夜经济”点亮老城区")).isFalse();
    assertThat(ColumnLabels.isLabel("老手艺")).isFalse();
  }

  @Test
  void aLongerLineEndingInAStockWordIsNoName() {
    // Seven characters and more read as a headline that happens to end so.
    assertThat(ColumnLabels.isLabel("专家解读一季度经济观察")).isFalse();
    assertThat(ColumnLabels.isLabel("冬季晨练，医生提醒")).isFalse();
  }
}
