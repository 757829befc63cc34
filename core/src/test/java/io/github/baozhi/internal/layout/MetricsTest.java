package io.github.baozhi.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrWord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The page's body type measured from its tokens: on a column set on a 30 px cell, glyphs inked 27
 * px high, lines 45 px apart.
 */
class MetricsTest {

  private static final String[] COLUMN = {
    "记者昨日从城东新区城市", "管理局获悉，今年以来，", "新区利用街角空地和老旧", "小区边角地新建改建口袋",
    "公园十座，新增绿地面积", "约三万平方米。"
  };

  private static List<OcrLine> column() {
    return Sketch.column(100, 100, 30, 45, COLUMN);
  }

  @Test
  void theCellIsTheBodysCharacterPitch() {
    assertThat(Metrics.of(Sketch.tokens(Sketch.page(column()))).cell()).isEqualTo(30);
  }

  @Test
  void theBodySizeIsTheHeightOfItsGlyphs() {
    assertThat(Metrics.of(Sketch.tokens(Sketch.page(column()))).bodySize()).isEqualTo(27);
  }

  @Test
  void theLeadingIsTheWhiteSpaceBetweenALineAndTheNext() {
    assertThat(Metrics.of(Sketch.tokens(Sketch.page(column()))).leading()).isEqualTo(18);
  }

  @Test
  void aHeadlinesPitchAndHeightDoNotMoveTheBodys() {
    List<OcrLine> lines = new ArrayList<>();
    lines.add(Sketch.line("城东新区建成口袋公园", 100, 0, 60));
    lines.addAll(column());

    Metrics m = Metrics.of(Sketch.tokens(Sketch.page(lines)));

    assertThat(m.cell()).isEqualTo(30);
    assertThat(m.bodySize()).isEqualTo(27);
  }

  @Test
  void aLinesTypeSizeIsItsExtentOverTheCellsOfItsText() {
    Metrics m = Metrics.of(Sketch.tokens(Sketch.page(column())));
    List<Token> headline = Sketch.tokens(Sketch.page(List.of(Sketch.line("城东新区建成口袋公园", 0, 0, 60))));

    assertThat(m.typeSize(headline)).isCloseTo(60, within(3.0));
  }

  @Test
  void punctuationAtALinesEndsDoesNotCountInItsTypeSize() {
    Metrics m = Metrics.of(Sketch.tokens(Sketch.page(column())));
    List<Token> plain = Sketch.tokens(Sketch.page(List.of(Sketch.line("城东新区建成", 0, 0, 60))));
    List<Token> stopped = Sketch.tokens(Sketch.page(List.of(Sketch.line("城东新区建成。", 0, 0, 60))));

    assertThat(m.typeSize(stopped)).isEqualTo(m.typeSize(plain));
  }

  @Test
  void anEngineLineRunAcrossAGutterIsMeasuredByItsLongestPiece() {
    Metrics m = Metrics.of(Sketch.tokens(Sketch.page(column())));
    // Two pieces of body type, parted by a gutter of two cells.
    List<OcrWord> words = new ArrayList<>(Sketch.line("城东新区建成口袋", 0, 0, 30).words());
    words.addAll(Sketch.line("公园十座", 300, 0, 30).words());

    assertThat(m.typeSize(Sketch.tokens(Sketch.page(List.of(Sketch.words(words))))))
        .isCloseTo(30, within(2.0));
  }

  @Test
  void aBoxTheEngineDrewOverItsNeighboursBridgesTheWhiteItSpans() {
    // Tesseract on a title at 60 px: 新 boxed a third of its width, 区 over the two characters
    // after it, so that by their centres 建 comes before 区 and stands a gap right of 新.
    List<OcrWord> words = new ArrayList<>();
    words.add(new OcrWord("城", new Box(3, 3, 57, 57), 0.9));
    words.add(new OcrWord("东", new Box(63, 3, 117, 57), 0.9));
    words.add(new OcrWord("新", new Box(123, 3, 150, 57), 0.9));
    words.add(new OcrWord("建", new Box(243, 3, 297, 57), 0.9));
    words.add(new OcrWord("区", new Box(183, 3, 400, 57), 0.9));
    words.add(new OcrWord("成", new Box(303, 3, 357, 57), 0.9));
    List<Token> byCentre = new ArrayList<>(Sketch.tokens(Sketch.page(List.of(Sketch.words(words)))));
    byCentre.sort(Comparator.comparingInt(Token::centreX));

    assertThat(Metrics.pieces(byCentre)).hasSize(1);
  }

  @Test
  void aPiecesExtentRunsFromItsLeftmostBoxWhereverItsCentreStands() {
    Metrics m = Metrics.of(Sketch.tokens(Sketch.page(column())));
    // 我 boxed over the three characters after it, a box no glyph fills: its centre stands after
    // 国's, but its left edge is where the title starts.
    List<OcrWord> words = new ArrayList<>();
    words.add(new OcrWord("我", new Box(2, 2, 158, 38), 0.9));
    words.add(new OcrWord("国", new Box(42, 2, 78, 38), 0.9));
    words.add(new OcrWord("建", new Box(82, 2, 118, 38), 0.9));
    words.add(new OcrWord("成", new Box(122, 2, 158, 38), 0.9));
    List<Token> byCentre = new ArrayList<>(Sketch.tokens(Sketch.page(List.of(Sketch.words(words)))));
    byCentre.sort(Comparator.comparingInt(Token::centreX));

    assertThat(m.typeSize(byCentre)).isCloseTo(40, within(2.0));
  }

  @Test
  void aPageWithoutTextHasFallbackMetrics() {
    Metrics m = Metrics.of(List.of());

    assertThat(m.cell()).isPositive();
    assertThat(m.bodySize()).isPositive();
  }

  @Test
  void theCellIsTheSameWhateverTheOrderOfTheWordsInALine() {
    List<OcrLine> reversed = new ArrayList<>();
    for (OcrLine line : column()) {
      List<OcrWord> words = new ArrayList<>(line.words());
      Collections.reverse(words);
      reversed.add(Sketch.words(words));
    }

    assertThat(Metrics.of(Sketch.tokens(Sketch.page(reversed))).cell()).isEqualTo(30);
  }
}
