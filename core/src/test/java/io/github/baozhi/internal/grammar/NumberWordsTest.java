package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberWordsTest {

  @Test
  void digitsOfEitherWidth() {
    assertThat(NumberWords.parse("27")).isEqualTo(27);
    assertThat(NumberWords.parse("２７")).isEqualTo(27);
  }

  @Test
  void aClosingBracketIsTesseractsOne() {
    assertThat(NumberWords.parse("]")).isEqualTo(1);
    assertThat(NumberWords.parse("1]")).isEqualTo(11);
    assertThat(NumberWords.parse("]2")).isEqualTo(12);
  }

  @Test
  void chineseNumerals() {
    assertThat(NumberWords.parse("十")).isEqualTo(10);
    assertThat(NumberWords.parse("十四")).isEqualTo(14);
    assertThat(NumberWords.parse("二十七")).isEqualTo(27);
    assertThat(NumberWords.parse("三十一")).isEqualTo(31);
    assertThat(NumberWords.parse("五")).isEqualTo(5);
  }

  @Test
  void unreadableIsMinusOne() {
    assertThat(NumberWords.parse("十十")).isEqualTo(-1);
    assertThat(NumberWords.parse("")).isEqualTo(-1);
  }
}
