package io.github.baozhi.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.baozhi.OcrPage;
import io.github.baozhi.support.EnginePages;
import io.github.baozhi.support.EnginePages.ArticleModule;
import io.github.baozhi.support.EnginePages.Engine;
import io.github.baozhi.support.EnginePages.Options;
import io.github.baozhi.support.EnginePages.Story;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** How a page scanned askew is found and turned level, from the slope along the engine's lines. */
class DeskewTest {

  private static final Story STORY = Story.of("城东新区建成十座口袋公园", "本报讯", "（陈晓雯）",
      "记者昨日从城东新区城市管理局获悉，今年以来，新区利用街角空地、拆违腾退地块和老旧小区边角地，"
          + "新建改建口袋公园十座，新增绿地面积约三万平方米。",
      "据介绍，这批口袋公园在设计之初便广泛征求周边居民意见，保留了原有的大树和石板小路，"
          + "增设了儿童游乐设施、健身步道和休憩座椅，部分公园还设置了雨水花园。",
      "下一步，新区将继续推进“见缝插绿”工程，力争到明年底再建成口袋公园十五座。");

  private final Tokenizer tokenizer = new Tokenizer();
  private final Deskew deskew = new Deskew();

  private List<Token> tokens(Engine engine, double degrees) {
    return tokens(engine, degrees, 3);
  }

  private List<Token> tokens(Engine engine, double degrees, long seed) {
    OcrPage page = EnginePages.set(ArticleModule.of(STORY, 4, 12),
        Options.of(engine).skew(degrees).jitter(2).seed(seed)).page();
    return tokenizer.tokens(page);
  }

  @Test
  void aPageTurnedByAThirdOfADegreeIsFoundTurnedByAboutThat() {
    // Tesseract's rows run across all four columns.
    assertThat(Math.toDegrees(Deskew.skew(tokens(Engine.TESSERACT_ROWS, 0.3))))
        .isCloseTo(0.3, within(0.05));
    assertThat(Math.toDegrees(Deskew.skew(tokens(Engine.TESSERACT_ROWS, -0.3))))
        .isCloseTo(-0.3, within(0.05));
  }

  @Test
  void aPageOfColumnLinesTurnedByAThirdOfADegreeIsFoundTurnedByAboutThat() {
    // Lines one column wide rise a pixel or two each, with boxes jittered by two: pooled over the
    // page they tell the skew to a tenth of a degree (3.5 px over a 2000 px row), rows to less.
    assertThat(Math.toDegrees(Deskew.skew(tokens(Engine.COLUMN_WORDS, 0.3, 0))))
        .isCloseTo(0.3, within(0.1));
  }

  @Test
  void turnedLevelTheRowsOfAWidePageStandLevelAgain() {
    // Across four columns of a Tesseract row, a third of a degree lowers the far end by 7 px.
    List<Token> turned = tokens(Engine.TESSERACT_ROWS, 0.3);

    assertThat(maxRowSlant(turned)).isGreaterThan(5);
    assertThat(maxRowSlant(deskew.level(turned))).isLessThanOrEqualTo(4);
  }

  /** The largest difference in height between the two ends of a row of twenty words or more. */
  private static int maxRowSlant(List<Token> tokens) {
    Map<Integer, List<Token>> rows = tokens.stream().collect(Collectors.groupingBy(Token::line));
    int worst = 0;
    for (List<Token> row : rows.values()) {
      if (row.size() >= 20) {
        worst = Math.max(worst, Math.abs(end(row, true) - end(row, false)));
      }
    }
    return worst;
  }

  /** The median height of the five words at one end of a row: word boxes are jittered. */
  private static int end(List<Token> row, boolean left) {
    List<Token> sorted = row.stream()
        .sorted((a, b) -> left ? Integer.compare(a.centreX(), b.centreX())
            : Integer.compare(b.centreX(), a.centreX()))
        .limit(5).toList();
    int[] centres = sorted.stream().mapToInt(Token::centreY).sorted().toArray();
    return centres[centres.length / 2];
  }

  @Test
  void aLevelPageIsLeftAlone() {
    List<Token> level = tokens(Engine.TESSERACT_ROWS, 0);

    assertThat(Math.abs(Math.toDegrees(Deskew.skew(level)))).isLessThan(0.05);
    assertThat(deskew.level(level)).isSameAs(level);
  }

  @Test
  void estimatedBoxesGiveNoSlopeAndThePageIsLeftAsItIs() {
    List<Token> paddle = tokens(Engine.PADDLE_LINES, 0.3);

    assertThat(Deskew.skew(paddle)).isNaN();
    assertThat(deskew.level(paddle)).isSameAs(paddle);
  }

  @Test
  void aPageSetAtAnAngleOfMoreThanFiveDegreesIsNotTakenForScanningSkew() {
    List<Token> angled = tokens(Engine.COLUMN_WORDS, 8);

    assertThat(Math.toDegrees(Deskew.skew(angled))).isCloseTo(8, within(0.5));
    assertThat(deskew.level(angled)).isSameAs(angled);
  }

  @Test
  void levellingMovesBoxesButTheOutputKeepsTheEnginesBoxes() {
    List<Token> turned = tokens(Engine.COLUMN_WORDS, 0.4);

    List<Token> level = deskew.level(turned);

    assertThat(level).hasSameSizeAs(turned);
    for (int i = 0; i < level.size(); i++) {
      assertThat(level.get(i).page()).isEqualTo(turned.get(i).box());
      assertThat(level.get(i).box().width()).isEqualTo(turned.get(i).box().width());
      assertThat(level.get(i).box().height()).isEqualTo(turned.get(i).box().height());
    }
  }
}
