package io.github.baozhi.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PunctuationWidenerTest {

  @Test
  void marksBetweenCjkCharactersBecomeFullWidth() {
    assertThat(PunctuationWidener.widen("11月1日至3日,省长许昆林在无锡;常州:调研!好?"))
        .isEqualTo("11月1日至3日，省长许昆林在无锡；常州：调研！好？");
  }

  @Test
  void parenthesesAroundCjkTextBecomeFullWidth() {
    assertThat(PunctuationWidener.widen("2022无锡(杭州)数字经济")).isEqualTo("2022无锡（杭州）数字经济");
    assertThat(PunctuationWidener.widen("良好氛围。(惠晓婧)")).isEqualTo("良好氛围。（惠晓婧）");
  }

  @Test
  void digitsAndLatinTextStay() {
    assertThat(PunctuationWidener.widen("共1,000人")).isEqualTo("共1,000人");
    assertThat(PunctuationWidener.widen("粮农组织(FAO)水产")).isEqualTo("粮农组织(FAO)水产");
    assertThat(PunctuationWidener.widen("Hello, world")).isEqualTo("Hello, world");
  }

  @Test
  void aMarkAtTheEndAfterCjkBecomesFullWidth() {
    assertThat(PunctuationWidener.widen("他说:")).isEqualTo("他说：");
  }
}
