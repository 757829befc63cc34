package io.github.baozhi.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import java.util.ArrayList;
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
  void everyWordButTheLinesLeftmostFollowsAWordBreakInWhateverOrderTheEngineListedThem() {
    OcrWord five = new OcrWord("5", new Box(10, 10, 20, 30), 0.9);
    OcrWord g = new OcrWord("G", new Box(21, 10, 31, 30), 0.9);
    OcrWord net = new OcrWord("网络", new Box(34, 10, 74, 30), 0.9);
    OcrLine listedBackwards = new OcrLine("网络 G 5", new Box(10, 10, 74, 30),
        List.of(net, g, five), 0.9, OcrRole.TEXT, -1);

    List<Token> tokens = tokenizer.tokens(page(listedBackwards));

    assertThat(tokens).extracting(Token::text).containsExactly("网络", "G", "5");
    assertThat(tokens).extracting(Token::spaceBefore).containsExactly(true, true, false);
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
    assertThat(tokens.get(3).space()).as("the space is kept as the engine wrote it").isEqualTo('\u3000');
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
  void aWordHoldingAMarkAmongTextIsCutIntoItsCharactersOverItsBox() {
    // Tesseract glued the white of a gutter, read as a closing quote, to the glyph after it.
    OcrWord gutterQuote = new OcrWord("”的", new Box(334, 10, 366, 32), 0.7);
    OcrWord text = new OcrWord("市民", new Box(377, 10, 420, 32), 0.9);
    List<Token> tokens = tokenizer.tokens(page(Sketch.words(List.of(gutterQuote, text))));

    assertThat(tokens).extracting(Token::text).containsExactly("”", "的", "市民");
    assertThat(tokens).extracting(Token::box).containsExactly(
        new Box(334, 10, 350, 32), new Box(350, 10, 366, 32), text.box());
    assertThat(tokens).extracting(Token::confidence).containsExactly(0.7, 0.7, 0.9);
    assertThat(tokens).extracting(Token::spaceBefore).containsExactly(false, false, true);
    assertThat(tokens).noneMatch(Token::estimated);
  }

  @Test
  void aCutWordsCharactersStandNoFurtherRightThanTheNextWordOfItsLine() {
    // The engine boxed 者， over the first half of 从市: spread over the whole box, the comma
    // would stand after 从 and be read after it.
    OcrWord loose = new OcrWord("者，", new Box(100, 10, 160, 32), 0.8);
    OcrWord next = new OcrWord("从市", new Box(140, 10, 184, 32), 0.9);
    List<Token> tokens = tokenizer.tokens(page(Sketch.words(List.of(loose, next))));

    assertThat(tokens).extracting(Token::text).containsExactly("者", "，", "从市");
    assertThat(tokens).extracting(Token::box).containsExactly(
        new Box(100, 10, 120, 32), new Box(120, 10, 140, 32), next.box());
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
  void aHeadlineTheEngineRanIntoTheLineOfTheColumnBesideItKeepsItsOwnHeight() {
    // Tesseract reads row by row: a 44 px title on the left and a 20 px column line on the right
    // come as one line, whose lower quartile of heights is the body's.
    List<OcrWord> words = new ArrayList<>();
    addRun(words, "城市更新", 0, 48, 100, 44);
    addRun(words, "今天上午市里召开会议部署今年", 300, 22, 112, 20);
    List<OcrWord> below = new ArrayList<>();
    addRun(below, "全市城市更新工作的重点任务", 300, 22, 140, 20);

    List<Token> tokens = levelled(words, below);

    assertThat(tokens.subList(0, 4)).as("the title").extracting(t -> t.box().height())
        .containsOnly(44);
    assertThat(tokens.subList(4, tokens.size())).as("the text").extracting(t -> t.box().height())
        .containsOnly(20);
  }

  @Test
  void glyphsBoxedFarTallerThanTheyStepAreLooseBoxesNotAHeadline() {
    // Beside a column rule Tesseract boxes a run of glyphs to well over the line's height, and a
    // missed character makes their pitch look wide; square CJK glyphs that stand much taller than
    // they step are loose boxes, so they are levelled with their line.
    List<OcrWord> words = new ArrayList<>();
    addRun(words, "今天上午市里召开会议部署", 0, 22, 112, 20);
    addRun(words, "全市城市更新", 400, 34, 94, 56);
    List<OcrWord> below = new ArrayList<>();
    addRun(below, "工作的重点任务和时间安排", 0, 22, 140, 20);

    List<Token> tokens = levelled(words, below);

    assertThat(tokens).extracting(t -> t.box().height()).containsOnly(20);
  }

  private List<Token> levelled(List<OcrWord> line, List<OcrWord> lineBelow) {
    return tokenizer.toLineHeight(
        tokenizer.tokens(page(Sketch.words(line), Sketch.words(lineBelow))));
  }

  /** Adds one word per character of {@code text}, {@code pitch} apart, glyphs {@code size} square. */
  private static void addRun(List<OcrWord> words, String text, int left, int pitch, int top,
      int size) {
    for (int i = 0; i < text.length(); i++) {
      int x = left + i * pitch;
      words.add(new OcrWord(text.substring(i, i + 1), new Box(x, top, x + Math.min(size, pitch - 2),
          top + size), 0.9));
    }
  }

  @Test
  void estimatedBoxesKeepTheirLinesBox() {
    OcrLine line = OcrLine.of("新闻", new Box(0, 10, 40, 30), 0.9);

    List<Token> tokens = tokenizer.tokens(page(line));

    assertThat(tokenizer.toLineHeight(tokens)).isEqualTo(tokens);
  }
}
