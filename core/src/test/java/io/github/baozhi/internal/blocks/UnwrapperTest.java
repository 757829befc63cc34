package io.github.baozhi.internal.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnwrapperTest {

  private static String join(String... lines) {
    return Unwrapper.join(List.of(lines)).text();
  }

  @Test
  void nothingGoesBetweenCjkCharacters() {
    assertThat(join("市委书记杜", "小刚主持召开")).isEqualTo("市委书记杜小刚主持召开");
  }

  @Test
  void nothingGoesBetweenCjkAndDigits() {
    assertThat(join("投资超500亿", "美元的项目")).isEqualTo("投资超500亿美元的项目");
    assertThat(join("全市首批", "10个平台")).isEqualTo("全市首批10个平台");
  }

  @Test
  void aNumberCutAtTheLineEndIsOneNumber() {
    assertThat(join("全长约1", "2.6公里")).isEqualTo("全长约12.6公里");
    assertThat(join("增长3.", "5%")).isEqualTo("增长3.5%");
    assertThat(join("共2020", "4人")).isEqualTo("共20204人");
  }

  @Test
  void latinWordsGetOneSpace() {
    assertThat(join("the Food and", "Agriculture Organization")).isEqualTo("the Food and Agriculture Organization");
  }

  @Test
  void aHyphenSplitLatinWordIsRejoined() {
    Unwrapper.Unwrapped result = Unwrapper.join(List.of("联合国粮农组织（Organi-", "zation）"));
    assertThat(result.text()).isEqualTo("联合国粮农组织（Organization）");
    assertThat(result.hyphensRemoved()).isEqualTo(1);
  }

  @Test
  void aRealHyphenBetweenNumbersStays() {
    assertThat(join("分别是2020-", "2021年承担")).isEqualTo("分别是2020-2021年承担");
  }

  @Test
  void dashesStay() {
    assertThat(join("健全“雏鹰—瞪羚—", "准独角兽”企业")).isEqualTo("健全“雏鹰—瞪羚—准独角兽”企业");
  }

  @Test
  void aLineEndIsReadAcrossEmptyAndOneCharacterLines() {
    // The hyphen of co- is found past an empty line; a hyphen alone on a line joins nothing.
    Unwrapper.Unwrapped result = Unwrapper.join(List.of("co-", "", "op"));
    assertThat(result.text()).isEqualTo("coop");
    assertThat(result.lineStarts()).containsExactly(0, 3, 2);
    assertThat(join("Organi", "-", "zation")).isEqualTo("Organi -zation");
    // A supplementary character that a line break split is one character again.
    assertThat(join("\uD840", "\uDC00字")).isEqualTo("\uD840\uDC00字");
  }

  @Test
  void lineStartsPointIntoTheJoinedText() {
    Unwrapper.Unwrapped result = Unwrapper.join(List.of("甲乙", "丙"));
    assertThat(result.lineStarts()).containsExactly(0, 2);
  }
}
