package io.github.baozhi.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HocrTitleTest {

  @Test
  void propertiesAreSeparatedBySemicolons() {
    HocrTitle title = HocrTitle.parse("bbox 0 0 1950 2443; ppageno 0;scan_res 70 70");
    assertThat(title.numbers("bbox")).containsExactly(0, 0, 1950, 2443);
    assertThat(title.numbers("ppageno")).containsExactly(0);
    assertThat(title.numbers("scan_res")).containsExactly(70, 70);
    assertThat(title.has("x_wconf")).isFalse();
    assertThat(title.numbers("x_wconf")).isNull();
    assertThat(title.string("x_wconf")).isNull();
  }

  @Test
  void quotedValuesMayHoldSemicolonsAndEscapedQuotes() {
    HocrTitle title = HocrTitle.parse(
        "image \"C:\\\\scans\\\\a \\\"b\\\"; c.png\"; bbox 1 2 3 4; x_font 'Noto; Serif'");
    assertThat(title.string("image")).isEqualTo("C:\\scans\\a \"b\"; c.png");
    assertThat(title.numbers("bbox")).containsExactly(1, 2, 3, 4);
    assertThat(title.string("x_font")).isEqualTo("Noto; Serif");
  }

  @Test
  void aNameIsMatchedWholeAndTheFirstOfTwoWins() {
    HocrTitle title = HocrTitle.parse("x_wconf2 5; x_wconf 7; x_wconf 9");
    assertThat(title.numbers("x_wconf")).containsExactly(7);
  }

  @Test
  void tokensThatAreNotNumbersAreNaN() {
    assertThat(HocrTitle.parse("bbox 1 two 3 4").numbers("bbox")).containsExactly(
        1, Double.NaN, 3, 4);
    assertThat(HocrTitle.parse("bbox").numbers("bbox")).isEmpty();
  }

  @Test
  void emptyAndOddTitlesHaveNoProperties() {
    assertThat(HocrTitle.parse("").has("bbox")).isFalse();
    assertThat(HocrTitle.parse(null).has("bbox")).isFalse();
    assertThat(HocrTitle.parse(" ;; ; ").has("bbox")).isFalse();
    assertThat(HocrTitle.parse("image \"unterminated; bbox 1 2 3 4").has("bbox")).isFalse();
  }
}
