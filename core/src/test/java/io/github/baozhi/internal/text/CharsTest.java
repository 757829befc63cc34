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
  void aLineCannotBeBrokenInsideAnOpeningMarkItsCharacterAndTheClosingMarksAfterIt() {
    assertThat(Chars.unbreakableOpeningWidth("“祥”")).isEqualTo(6);
    assertThat(Chars.unbreakableOpeningWidth("“祥”。后来")).isEqualTo(Chars.typesetWidth("“祥”。"));
    assertThat(Chars.unbreakableOpeningWidth("𠀀”后")).isEqualTo(4);
    assertThat(Chars.unbreakableOpeningWidth("炉房")).isEqualTo(2);
    assertThat(Chars.unbreakableOpeningWidth("《新华字典》")).isEqualTo(4);
    assertThat(Chars.unbreakableOpeningWidth("了。后来")).isEqualTo(4);
    assertThat(Chars.unbreakableOpeningWidth("")).isZero();
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
  void tortoiseShellAndLenticularBracketsOpenAndCloseAsOtherBracketsDo() {
    // 〔記者…報導〕 opens Taiwan's Liberty Times reports; 〖…〗 marks a column's name.
    assertThat(Chars.endsSentence("所以要先做準備。〕")).isTrue();
    assertThat(Chars.endsSentence("公開徵求意見。〗")).isTrue();
    assertThat(Chars.neverStartsALine('〕')).isTrue();
    assertThat(Chars.neverStartsALine('〗')).isTrue();
    assertThat(Chars.unbreakableOpeningWidth("〖新")).isEqualTo(4);
    assertThat(Chars.unbreakableOpeningWidth("〔記")).isEqualTo(4);
  }

  @Test
  void ideographicSpaceIsStripped() {
    assertThat(Chars.strip("\u3000\u3000本报讯 ")).isEqualTo("本报讯");
  }

  @Test
  void theLastSentenceEndOrCommaOfALineDecidesWhetherItsSentenceIsOpen() {
    assertThat(Chars.sentenceOpenAfter("他说，", false)).isTrue();
    assertThat(Chars.sentenceOpenAfter("他说，会议结束。", false)).isFalse();
    assertThat(Chars.sentenceOpenAfter("会议结束。他说，我们", false)).isTrue();
    // A semicolon ends no sentence: it keeps the clause running.
    assertThat(Chars.sentenceOpenAfter("一是加强；", false)).isTrue();
    assertThat(Chars.sentenceOpenAfter("会议结束。“", true)).isFalse();
  }

  @Test
  void aLineWithoutSentencePunctuationLeavesTheSentenceAsItWas() {
    assertThat(Chars.sentenceOpenAfter("2022年GEP", true)).isTrue();
    assertThat(Chars.sentenceOpenAfter("2022年GEP", false)).isFalse();
    assertThat(Chars.sentenceOpenAfter("", true)).isTrue();
  }

  @Test
  void theFirstAndLastCodePointsPairSurrogatesAndPassSpaces() {
    assertThat(Chars.lastCodePoint("字\uD840\uDC00\u3000 ")).isEqualTo(0x20000);
    assertThat(Chars.firstCodePoint(" \uD840\uDC00字")).isEqualTo(0x20000);
    // A surrogate that lost its other half is a char of its own.
    assertThat(Chars.lastCodePoint("字\uD840")).isEqualTo(0xD840);
    assertThat(Chars.lastCodePoint("\uDC00")).isEqualTo(0xDC00);
    assertThat(Chars.lastCodePoint(" ")).isEqualTo(-1);
    assertThat(Chars.contentLength("本报\uD840\uDC00，A1")).isEqualTo(5);
  }

  @Test
  void aTextFitsInHalfCellsExactlyWhereItsWidthDoes() {
    String text = "本报讯2022年\uD840\uDC00，";
    int width = Chars.halfCells(text);
    assertThat(Chars.fitsInHalfCells(text, width)).isTrue();
    assertThat(Chars.fitsInHalfCells(text, width - 1)).isFalse();
    // ASCII is one half cell a char: short of twice its length, yet it fits.
    assertThat(Chars.fitsInHalfCells("2022", 4)).isTrue();
    assertThat(Chars.fitsInHalfCells("2022", 3)).isFalse();
    assertThat(Chars.fitsInHalfCells("", 0)).isTrue();
  }

  @Test
  void sentenceMarksReadInOnePassAnswerBothQuestions() {
    // Lines ending in a running mark, a sentence end that is one too, one that is none (! …)
    // with and without a running mark before it, a closing quote after a full stop, and none.
    for (String line : new String[] {"他说，", "会议结束。", "他说，好!", "好!", "好…", "一是加强；",
        "会议结束。“", "2022年GEP", "", "“”", "\uD840\uDC00，"}) {
      int marks = Chars.sentenceMarks(line);
      assertThat((marks & Chars.RUNNING_MARK) != 0).as(line)
          .isEqualTo(Chars.hasSentencePunctuation(line));
      for (boolean before : new boolean[] {false, true}) {
        assertThat(Chars.sentenceOpenAfter(marks, before)).as(line)
            .isEqualTo(Chars.sentenceOpenAfter(line, before));
      }
    }
    assertThat(Chars.sentenceMarks("他说，好!")).isEqualTo(Chars.RUNNING_MARK | Chars.LAST_END);
    assertThat(Chars.sentenceMarks("好!")).isEqualTo(Chars.LAST_END);
    assertThat(Chars.sentenceMarks("2022年GEP")).isZero();
  }

  @Test
  void containsAnyFindsEachCharOfTheSetAndNothingElse() {
    assertThat(Chars.containsAny("见第二版", "转轉接")).isFalse();
    assertThat(Chars.containsAny("下转第二版", "转轉接")).isTrue();
    assertThat(Chars.containsAny("接第二版", "转轉接")).isTrue();
    assertThat(Chars.containsAny("轉", "转轉接")).isTrue();
    assertThat(Chars.containsAny("", "转轉接")).isFalse();
    // Chars 64 apart take the same bit of different words of the table.
    assertThat(Chars.containsAny("\u0041", "\u0001")).isFalse();
    assertThat(Chars.containsAny("a\uFFFF", "\uFFFF")).isTrue();
  }

  @Test
  void codePointAtReadsASurrogatePairAsOneCodePointAndAnyOtherCharAsItself() {
    String text = "本\uD840\uDC00\uD840a";
    assertThat(Chars.codePointAt(text, 0)).isEqualTo('本');
    assertThat(Chars.codePointAt(text, 1)).isEqualTo(0x20000);
    assertThat(Chars.codePointAt(text, 2)).isEqualTo(0xDC00);
    assertThat(Chars.codePointAt(text, 3)).isEqualTo(0xD840); // a lone high surrogate
    assertThat(Chars.codePointAt(text, 4)).isEqualTo('a');
  }

  @Test
  void typesetWidthAgreesForEveryCharWithItsWidthAndPunctuationLookedUpApart() {
    // Every BMP char alone, doubled, and after and before a full stop; then supplementary
    // characters (an ideograph, a letter, an emoji, a combining mark) and surrogates without a
    // partner, as pairs and beside punctuation.
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String one = String.valueOf((char) c);
      for (String text : new String[] {one, one + one, "。" + one, one + "。", one + "）x"}) {
        assertThat(Chars.typesetWidth(text)).as("U+%04X in %s", c, text)
            .isEqualTo(widthLookedUpApart(text));
      }
    }
    for (String text : new String[] {"\uD840\uDC00", "。\uD840\uDC00”", "\uD83D\uDE00，",
        "\uD835\uDC00", "a\uDB40\uDD00b", "\uD840。", "”\uDC00，", "\uD840\uD840\uDC00"}) {
      assertThat(Chars.typesetWidth(text)).as(text).isEqualTo(widthLookedUpApart(text));
    }
  }

  /**
   * The typeset width as the column measure computed it before {@link Chars#typesetWidth}, each
   * code point's width and punctuation asked apart: the widths added up, less half a cell for
   * every second mark of each run of full-width punctuation.
   */
  private static int widthLookedUpApart(String text) {
    int width = 0;
    int run = 0;
    for (int cp : text.codePoints().toArray()) {
      width += Chars.halfCells(cp);
      boolean mark = Chars.halfCells(cp) == 2 && Chars.isWidePunctuation(cp);
      run = mark ? run + 1 : 0;
      if (run > 0 && run % 2 == 0) {
        width--;
      }
    }
    return width;
  }
}
