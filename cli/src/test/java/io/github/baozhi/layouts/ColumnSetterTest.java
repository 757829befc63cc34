package io.github.baozhi.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The typesetting rules the generator's columns follow. */
class ColumnSetterTest {

  private static ColumnSetter column(int cells) {
    return new ColumnSetter(cells, LayoutVariant.Quotes.HALF);
  }

  @Test
  void theFirstLineIsTwoCellsShortForTheIndentThatIsNotWritten() {
    assertThat(column(4).set("一二三四五六七八九十")).containsExactly("一二", "三四五六", "七八九十");
  }

  @Test
  void aClosingMarkAtTheEdgeHangsIntoTheLineBefore() {
    assertThat(column(5).set("一二三，四五六七八九")).containsExactly("一二三，", "四五六七八", "九");
  }

  @Test
  void aFullStopAndAClosingQuoteHangTogether() {
    assertThat(column(5).set("一二三。”四五")).containsExactly("一二三。”", "四五");
  }

  @Test
  void aPushingOutStyleCarriesTheLastCharacterDownWithTheClosingMark() {
    ColumnSetter pushOut = new ColumnSetter(5, LayoutVariant.Quotes.HALF,
        ColumnSetter.Kinsoku.PUSH_OUT, false);
    assertThat(pushOut.set("一二三，四五六七八九")).containsExactly("一二", "三，四五六", "七八九");
    assertThat(pushOut.set("一二三。”四五")).containsExactly("一二", "三。”四五");
  }

  @Test
  void aSqueezingStyleTakesOneMoreCharacterWhereTwoPauseMarksGiveHalfACellEach() {
    ColumnSetter squeezing = new ColumnSetter(5, LayoutVariant.Quotes.HALF,
        ColumnSetter.Kinsoku.HANG, true);
    assertThat(squeezing.set("一二三四，五、六七八九")).containsExactly("一二三", "四，五、六七", "八九");
    assertThat(column(5).set("一二三四，五、六七八九")).containsExactly("一二三", "四，五、六", "七八九");
    assertThat(squeezing.set("一二三四，五六七八九")).containsExactly("一二三", "四，五六七", "八九");
  }

  @Test
  void anOpeningMarkDoesNotEndALine() {
    assertThat(column(5).set("一二“三四五六七八")).containsExactly("一二", "“三四五六", "七八");
  }

  @Test
  void curlyQuotesTakeHalfACellOrOneAsTheFontSetsThem() {
    assertThat(column(5).halfCells('“')).isEqualTo(1);
    assertThat(new ColumnSetter(5, LayoutVariant.Quotes.FULL).halfCells('”')).isEqualTo(2);
    assertThat(column(5).halfCells('「')).isEqualTo(2);
    assertThat(column(5).halfCells('A')).isEqualTo(1);
  }

  @Test
  void aLatinWordCutAtTheEdgeGetsAHyphenThatFits() {
    assertThat(column(4).set("abcdefghij")).containsExactly("abc-", "defghij");
  }

  @Test
  void aLatinWordTooShortToSplitGoesToTheNextLine() {
    assertThat(column(4).set("一二三四五ABC")).containsExactly("一二", "三四五", "ABC");
    assertThat(column(4).set("一abcdefgh二")).containsExactly("一", "abcdefgh", "二");
  }

  @Test
  void aNumberIsCutAtTheEdgeWithoutAHyphen() {
    assertThat(column(3).set("12345678901")).containsExactly("12", "345678", "901");
  }

  @Test
  void aSpaceAtTheBreakIsDropped() {
    assertThat(column(4).set("一 二三四五六")).containsExactly("一", "二三四五", "六");
  }
}
