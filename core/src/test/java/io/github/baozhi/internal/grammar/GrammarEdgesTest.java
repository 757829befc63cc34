package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The grammars' length limits at their edges: the longest form each reads, and (where the
 * expression would read a longer one) the form one character longer, which it does not. Where the
 * expression itself reads nothing longer, the limit is the expression's own bound and only its
 * lower side can be shown.
 */
class GrammarEdgesTest {

  private final BylineGrammar bylines = new BylineGrammar();
  private final NoteGrammar notes = new NoteGrammar();

  @Test
  void aCreditOfThirtyTwoCharactersWithItsParenthesesIsLookedFor() {
    // Thirty characters inside the parentheses, the most a credit holds.
    String inner = "据江南市东山区白塔街道和平社区居委会宣传办公室编印材料的资料";
    assertThat(inner).hasSize(30);
    assertThat(bylines.match("全市召开大会。（" + inner + "）")).isPresent();
  }

  @Test
  void anOrganisationIsToldByItsLastTwoCharacters() {
    // 中心, two characters: a four-character body is no person's name.
    assertThat(bylines.match("全市召开大会。（文化中心）")).hasValueSatisfying(m -> {
      assertThat(m.names()).isEmpty();
      assertThat(m.via()).isEqualTo("文化中心");
    });
  }

  @Test
  void aColumnNameHasSixCharactersAtMost() {
    assertThat(ColumnLabels.isLabel("国际经济观察")).isTrue();
    assertThat(ColumnLabels.isLabel("国际经济新观察")).isFalse();
  }

  @Test
  void aPhotographersDateIsReadFourteenCharactersFromThe摄() {
    assertThat(notes.isNote("王小明摄· 2025年12月31日")).isTrue();
  }

  @Test
  void aPageNumberLineHasFourteenCharactersAtMost() {
    // Spaces between the page and its name count: four of them make fifteen.
    assertThat(notes.isNote("第A12版   国际新闻时报")).isTrue();
    assertThat(notes.isNote("第A12版    国际新闻时报")).isFalse();
  }

  @Test
  void aJumpLineThatLostItsClosingParenthesisIsReadToFifteenCharacters() {
    assertThat(notes.isNote("（下转第一二三四五六七八九十版")).isTrue();
  }

  @Test
  void aCreditLineOfFortyEightCharactersOpensAnArticleButOneLongerIsNotLookedAt() {
    DatelineGrammar datelines = new DatelineGrammar();
    String line = "本报记者" + " 王浩".repeat(14) + " 李";
    assertThat(line).hasSize(48);
    assertThat(datelines.opening(line)).isEqualTo(DatelineGrammar.Opening.CREDIT_LINE);
    assertThat(datelines.opening(line + "明")).isEqualTo(DatelineGrammar.Opening.NONE);
  }

  @Test
  void aSourceEndingAtTheEleventhCharacterOpensADateline() {
    // A bracket, 据, six characters of name and 电视台.
    assertThat(new DatelineGrammar().opens("【据江南东山城乡电视台讯】记者从市里获悉")).isTrue();
  }

  @Test
  void aWireKeywordAtTheLatestPlaceTheGrammarAllowsIsFound() {
    // Every part at its longest, with a stray space after each: 电 at index 35.
    String dateline = "【据江南东山城乡电视台 河西走廊东段北部 十二 月 二十三 日 体育专电】";
    assertThat(dateline.indexOf("专电") + 1).isEqualTo(35);
    assertThat(new DatelineGrammar().opens(dateline)).isTrue();
  }

  @Test
  void aNoteOfSixtyFourCharactersIsLookedAtButOneLongerIsNot() {
    // A photo credit naming fifteen photographers: the credit's shape has no length of its own.
    String credit = "本报记者王小明" + "、李大华".repeat(14) + "摄";
    assertThat(credit).hasSize(64);
    assertThat(notes.isNote(credit)).isTrue();
    assertThat(notes.isNote(credit.replaceFirst("李大华", "欧阳大华"))).isFalse();
  }
}
