package io.github.baozhi.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

  @Test
  void cjkTakesOneCellAndAsciiHalfACell() {
    assertThat(Chars.halfCells("本报讯")).isEqualTo(6);
    assertThat(Chars.halfCells("2022")).isEqualTo(4);
    assertThat(Chars.halfCells("10月10日，")).isEqualTo(10);
  }

  @Test
  void chineseQuotesAndDashesAreSetFullWidth() {
    assertThat(Chars.halfCells("“”")).isEqualTo(4);
    assertThat(Chars.halfCells("—")).isEqualTo(2);
  }

  @Test
  void supplementaryPlaneIdeographIsOneCharacterOfOneCell() {
    assertThat(Chars.halfCells("\uD840\uDC00")).isEqualTo(2);
    assertThat(Chars.isHan(0x20000)).isTrue();
  }

  @Test
  void paragraphClosersIncludeFullStopsAndClosingQuote() {
    assertThat(Chars.closesParagraph("参加会议。")).isTrue();
    assertThat(Chars.closesParagraph("“太湖美”")).isTrue();
    assertThat(Chars.closesParagraph("全市上下")).isFalse();
    assertThat(Chars.closesParagraph("我市专精特新中小企业数量和质量，")).isFalse();
  }

  @Test
  void sentenceEndLooksPastClosingQuotes() {
    assertThat(Chars.endsSentence("“安全是发展的前提。”")).isTrue();
    assertThat(Chars.endsSentence("“市校共建·青春乡聚”")).isFalse();
  }

  @Test
  void ideographicSpaceIsStripped() {
    assertThat(Chars.strip("\u3000\u3000本报讯 ")).isEqualTo("本报讯");
  }
}
