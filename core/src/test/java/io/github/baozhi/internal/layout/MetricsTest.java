package io.github.baozhi.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrWord;
import java.util.ArrayList;
import java.util.Collections;
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
