package io.github.baozhi.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How engine lines become tokens: words as given, lines without words cut by display width. */
class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer();

  private static OcrPage page(OcrLine... lines) {
    return OcrPage.of(1000, 1000, List.of(lines));
  }

  @Test
  void wordsAreKeptWithTheBoxesAndConfidencesTheEngineGaveThem() {
    OcrWord ben = new OcrWord("本", new Box(10, 10, 30, 32), 0.91);
    OcrWord baoxun = new OcrWord("报讯", new Box(32, 11, 74, 31), 0.8);
    OcrWord blank = new OcrWord(" ", new Box(74, 10, 90, 32), 0.5);
    OcrWord jinri = new OcrWord("近日", new Box(96, 9, 140, 33), 0.77);
    OcrLine line = new OcrLine("本 报讯   近日", new Box(0, 0, 150, 40),
        List.of(ben, baoxun, blank, jinri), 0.83, OcrRole.TEXT, -1);

    List<Token> tokens = tokenizer.tokens(page(line));

    assertThat(tokens).extracting(Token::text).containsExactly("本", "报讯", "近日");
    assertThat(tokens).extracting(Token::box)
        .containsExactly(ben.box(), baoxun.box(), jinri.box());
    assertThat(tokens).extracting(Token::confidence).containsExactly(0.91, 0.8, 0.77);
    assertThat(tokens).extracting(Token::spaceBefore).containsExactly(false, true, true);
    assertThat(tokens).allSatisfy(t -> {
      assertThat(t.estimated()).isFalse();
      assertThat(t.line()).isZero();
      assertThat(t.page()).isEqualTo(t.box());
    });
  }

  @Test
  void tokensRememberWhichEngineLineTheyCameFrom() {
    OcrLine first = Sketch.line("城市", 0, 0, 20);
    OcrLine second = Sketch.line("发展", 0, 30, 20);

    assertThat(tokenizer.tokens(page(first, second))).extracting(Token::line)
        .containsExactly(0, 0, 1, 1);
  }

  @Test
  void aLineWithoutWordsIsCutIntoCharactersWhoseBoxesDivideItsWidthByDisplayWidth() {
    // 新 and 闻 take two half cells each, A and B one: six half cells over 60 px.
    OcrLine line = OcrLine.of("新闻AB", new Box(100, 50, 160, 70), 0.93);

    List<Token> tokens = tokenizer.tokens(page(line));

    assertThat(tokens).extracting(Token::text).containsExactly("新", "闻", "A", "B");
    assertThat(tokens).extracting(Token::box).containsExactly(
        new Box(100, 50, 120, 70), new Box(120, 50, 140, 70), new Box(140, 50, 150, 70),
        new Box(150, 50, 160, 70));
    assertThat(tokens).allSatisfy(t -> {
      assertThat(t.estimated()).isTrue();
      assertThat(t.confidence()).isEqualTo(0.93);
    });
  }

  @Test
  void aSpaceInALineWithoutWordsTakesItsWidthAndMarksTheCharacterAfterIt() {
    // 本报讯, an ideographic space, 近日: six cells over 120 px.
    OcrLine line = OcrLine.of("本报讯\u3000近日", new Box(0, 0, 120, 20), 0.9);

    List<Token> tokens = tokenizer.tokens(page(line));

    assertThat(tokens).extracting(Token::text).containsExactly("本", "报", "讯", "近", "日");
    assertThat(tokens.get(3).box().left()).isEqualTo(80);
    assertThat(tokens).extracting(Token::spaceBefore)
        .containsExactly(false, false, false, true, false);
  }

  @Test
  void aCombiningMarkStaysWithTheCharacterBeforeIt() {
    OcrLine line = OcrLine.of("Cafe\u0301 神\uFE00", new Box(0, 0, 100, 20), 0.9);

    List<Token> tokens = tokenizer.tokens(page(line));

    assertThat(tokens).extracting(Token::text)
        .containsExactly("C", "a", "f", "e\u0301", "神\uFE00");
    for (int i = 1; i < tokens.size(); i++) {
      assertThat(tokens.get(i).box().left())
          .as("token %d starts where the one before ends, or after", i)
          .isGreaterThanOrEqualTo(tokens.get(i - 1).box().right());
    }
  }

  @Test
  void aLineWithoutWordsOrTextGivesNoTokens() {
    assertThat(tokenizer.tokens(page(OcrLine.of("", new Box(0, 0, 10, 10), 0.5),
        OcrLine.of("  ", new Box(0, 20, 10, 30), 0.5)))).isEmpty();
  }

  @Test
  void wordsTakeTheHeightAndCentreOfTheirLinesGlyphs() {
    // Tesseract boxes some glyphs to the full height of the line and more, and a comma low down.
    List<OcrWord> words = List.of(
        new OcrWord("城", new Box(0, 100, 20, 120), 0.9),
        new OcrWord("市", new Box(22, 101, 42, 121), 0.9),
        new OcrWord("建", new Box(44, 92, 64, 135), 0.9),
        new OcrWord("设", new Box(66, 100, 86, 120), 0.9),
        new OcrWord("，", new Box(88, 114, 93, 119), 0.9),
        new OcrWord("新", new Box(110, 99, 130, 119), 0.9));

    List<Token> tokens = tokenizer.toLineHeight(tokenizer.tokens(page(Sketch.words(words))));

    assertThat(tokens).allSatisfy(t -> {
      assertThat(t.box().height()).isEqualTo(20);
      assertThat(t.centreY()).isBetween(109, 111);
    });
    assertThat(tokens).extracting(t -> t.box().left()).containsExactly(0, 22, 44, 66, 88, 110);
    assertThat(tokens.get(2).page()).as("the output keeps the engine's box")
        .isEqualTo(new Box(44, 92, 64, 135));
  }

  @Test
  void aShortLinesHeightIsThatOfItsOrdinaryGlyphsNotOfAOneStroke一() {
    // 下一步。 : 一 is boxed a tenth of its cell high.
    List<OcrWord> words = List.of(
        new OcrWord("下", new Box(0, 100, 20, 120), 0.9),
        new OcrWord("一", new Box(22, 109, 42, 111), 0.9),
        new OcrWord("步", new Box(44, 100, 64, 120), 0.9),
        new OcrWord("。", new Box(66, 114, 71, 119), 0.9));

    List<Token> tokens = tokenizer.toLineHeight(tokenizer.tokens(page(Sketch.words(words))));

    assertThat(tokens).extracting(t -> t.box().height()).containsOnly(20);
  }

  @Test
  void estimatedBoxesKeepTheirLinesBox() {
    OcrLine line = OcrLine.of("新闻", new Box(0, 10, 40, 30), 0.9);

    List<Token> tokens = tokenizer.tokens(page(line));

    assertThat(tokenizer.toLineHeight(tokens)).isEqualTo(tokens);
  }
}
