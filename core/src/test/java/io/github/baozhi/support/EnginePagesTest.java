package io.github.baozhi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrWord;
import io.github.baozhi.support.EnginePages.ArticleModule;
import io.github.baozhi.support.EnginePages.Engine;
import io.github.baozhi.support.EnginePages.Ink;
import io.github.baozhi.support.EnginePages.Options;
import io.github.baozhi.support.EnginePages.Story;
import io.github.baozhi.support.EnginePages.Typeset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the typesetter in coordinates promises the tests that use it. */
class EnginePagesTest {

  private static Typeset set(EnginePages.Part layout, Engine engine) {
    return EnginePages.set(layout, Options.of(engine).seed(1));
  }

  private static String squash(String text) {
    return text.replaceAll("\\s", "");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theEngineReadsEveryPrintedCharacterOnce(Engine engine) {
    Typeset page = set(EnginePages.row(ArticleModule.of(Copy.PARKS, 3, 12),
        ArticleModule.of(Copy.SPRING, 2, 12)), engine);

    for (int i = 0; i < page.stories().size(); i++) {
      Story s = page.stories().get(i);
      String printed = (s.kicker() == null ? "" : s.kicker()) + s.title()
          + (s.subtitle() == null ? "" : s.subtitle()) + (s.dateline() == null ? "" : s.dateline())
          + String.join("", s.paragraphs()) + (s.byline() == null ? "" : s.byline());
      String read = page.inks().get(i).stream().map(Ink::text).collect(Collectors.joining());
      assertThat(Conservation.characters(read)).as("article %d", i)
          .isEqualTo(Conservation.characters(printed));
    }
  }

  @Test
  void tesseractRowsRunAcrossAllColumnsWithAWordPerCharacterOrTwo() {
    Typeset page = set(ArticleModule.of(Copy.PARKS, 3, 12), Engine.TESSERACT_ROWS);

    OcrLine firstRow = page.page().lines().get(1);
    List<String> columnStarts = page.regions().subList(1, 4).stream().map(c -> c.get(0)).toList();
    assertThat(squash(String.join("", firstRow.words().stream().map(OcrWord::text).toList())))
        .isEqualTo(String.join("", columnStarts));
    assertThat(firstRow.words()).allSatisfy(w -> assertThat(w.text().codePointCount(0, w.text().length()))
        .isBetween(1, 2));
    assertThat(firstRow.words()).anySatisfy(w -> assertThat(w.text()).hasSize(2));
  }

  @Test
  void twoHeadlinesSideBySideAreOneTesseractLine() {
    Typeset page = set(EnginePages.row(ArticleModule.of(Copy.PARKS, 2, 12),
        ArticleModule.of(Copy.LIBRARY, 2, 12).titleScale(1.8)), Engine.TESSERACT_ROWS);

    assertThat(squash(page.page().lines().get(0).text()))
        .isEqualTo("城东新区建成十座口袋公园城市书房夜间延时开放");
  }

  @Test
  void columnEnginesGiveALinePerPrintedLine() {
    Typeset words = set(ArticleModule.of(Copy.PARKS, 3, 12), Engine.COLUMN_WORDS);
    Typeset lines = set(ArticleModule.of(Copy.PARKS, 3, 12), Engine.PADDLE_LINES);

    assertThat(words.page().lines()).hasSameSizeAs(words.readingOrder());
    assertThat(lines.page().lines()).hasSameSizeAs(lines.readingOrder())
        .allSatisfy(l -> assertThat(l.words()).isEmpty());
    // PaddleOCR's order: row by row across the columns.
    assertThat(lines.page().lines().get(1).box().top())
        .isEqualTo(lines.page().lines().get(2).box().top());
  }

  @Test
  void columnRulesAreReadAsBarsInTheGutters() {
    Typeset page = set(ArticleModule.of(Copy.PARKS, 3, 12).gutter(2, true), Engine.COLUMN_WORDS);

    assertThat(page.marks()).isNotEmpty().allSatisfy(m -> {
      assertThat(m.text()).isEqualTo("|");
      assertThat(page.columns().get(0)).noneSatisfy(c -> assertThat(m.box().left())
          .isBetween(c.left(), c.right()));
    });
  }

  @Test
  void theSameSeedGivesTheSamePageAndAnotherSeedAnotherJitter() {
    OcrPage once = set(ArticleModule.of(Copy.PARKS, 3, 12), Engine.TESSERACT_ROWS).page();
    OcrPage again = set(ArticleModule.of(Copy.PARKS, 3, 12), Engine.TESSERACT_ROWS).page();
    OcrPage other = EnginePages.set(ArticleModule.of(Copy.PARKS, 3, 12),
        Options.of(Engine.TESSERACT_ROWS).seed(2)).page();

    assertThat(again).isEqualTo(once);
    assertThat(other).isNotEqualTo(once);
    assertThat(new RandomEnginePages(5).page().page()).isEqualTo(new RandomEnginePages(5).page().page());
  }

  @Test
  void aTurnedPageKeepsItsBoxesOnThePage() {
    OcrPage page = EnginePages.set(ArticleModule.of(Copy.PARKS, 4, 12),
        Options.of(Engine.COLUMN_WORDS).skew(-0.5).specks(5)).page();

    assertThat(page.lines()).allSatisfy(l -> {
      assertThat(l.box().left()).isNotNegative();
      assertThat(l.box().top()).isNotNegative();
      assertThat(l.box().right()).isLessThanOrEqualTo(page.width());
      assertThat(l.box().bottom()).isLessThanOrEqualTo(page.height());
    });
  }

  @Test
  void aHeadlineWiderThanItsModuleIsRefused() {
    assertThatThrownBy(() -> set(ArticleModule.of(Copy.PARKS, 1, 12), Engine.COLUMN_WORDS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("wider than its module");
  }
}
