package io.github.baozhi.ocr;

import static io.github.baozhi.ocr.TestFiles.resource;
import static io.github.baozhi.ocr.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRegion;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HocrReaderTest {

  private static List<OcrPage> read(byte[] bytes) {
    return OcrReader.read(bytes, InputFormat.HOCR);
  }

  private static List<OcrPage> read(String html) {
    return read(utf8(html));
  }

  /** A one-page document around {@code body}, the content of an {@code ocr_page}. */
  private static String page(String body) {
    return "<html><body><div class='ocr_page' title='bbox 0 0 1000 1000'>" + body
        + "</div></body></html>";
  }

  @Nested
  class TesseractTwoPages {
    private final List<OcrPage> pages = read(resource("hocr/tesseract-two-pages.hocr"));
    private final OcrPage first = pages.get(0);

    @Test
    void eachOcrPageIsAPage() {
      assertThat(pages).hasSize(2);
      assertThat(pages.get(1).width()).isEqualTo(800);
      assertThat(pages.get(1).height()).isEqualTo(1200);
      assertThat(pages.get(1).image()).isEqualTo("scans/p2.png");
      assertThat(pages.get(1).lines()).extracting(OcrLine::text).containsExactly("第二 页");
      assertThat(pages.get(1).lines().get(0).region()).isZero();
    }

    @Test
    void thePageTitleGivesSizeAndImageWhoseQuotedNameMayHoldASemicolon() {
      assertThat(first.width()).isEqualTo(1000);
      assertThat(first.height()).isEqualTo(1400);
      assertThat(first.image()).isEqualTo("scans/p1; final.png");
      assertThat(first.unit()).isEqualTo("pixel");
    }

    @Test
    void theOcrSystemMetaIsTheEngineOfEveryPage() {
      assertThat(pages).extracting(OcrPage::engine).containsOnly("tesseract 5.3.0");
    }

    @Test
    void eachCareaIsARegionWithRoleText() {
      assertThat(first.regions()).containsExactly(
          new OcrRegion("block_1_1", new Box(100, 50, 900, 120), OcrRole.TEXT),
          new OcrRegion("block_1_4", new Box(100, 500, 900, 600), OcrRole.TEXT));
      assertThat(first.lines()).extracting(OcrLine::region).containsExactly(0, 1, 1, 1);
    }

    @Test
    void lineClassesGiveRoles() {
      assertThat(first.lines()).extracting(OcrLine::role).containsExactly(
          OcrRole.HEADING, OcrRole.TEXT, OcrRole.FLOATING, OcrRole.CAPTION);
    }

    @Test
    void separatorsPhotosAndImagesAreSkippedWithTheLinesInThem() {
      assertThat(first.lines()).extracting(OcrLine::text).doesNotContain("图");
      assertThat(first.lines()).hasSize(4);
    }

    @Test
    void wordsKeepBoxAndConfidenceAsAFractionAndJoinWithSingleSpaces() {
      OcrLine line = first.lines().get(1);
      assertThat(line.text()).isEqualTo("本 报讯 2024");
      assertThat(line.box()).isEqualTo(new Box(100, 500, 900, 530));
      assertThat(line.words()).containsExactly(
          new OcrWord("本", new Box(100, 500, 126, 530), 0.96),
          new OcrWord("报讯", new Box(130, 500, 182, 530), 0.93),
          // x_wconf 101 is outside 0 to 100: no confidence rather than an error.
          new OcrWord("2024", new Box(190, 500, 300, 530), Double.NaN));
      assertThat(line.confidence()).isCloseTo((0.96 + 0.93) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aLineWhoseWordsHaveNoConfidenceHasNone() {
      assertThat(first.lines().get(2).confidence()).isNaN();
      assertThat(first.lines().get(2).words()).extracting(OcrWord::confidence)
          .containsExactly(Double.NaN);
    }

    @Test
    void aWordWithoutTextIsLeftOut() {
      assertThat(first.lines().get(3).text()).isEqualTo("图 说明");
      assertThat(first.lines().get(3).words()).hasSize(2);
      assertThat(first.lines().get(3).confidence()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-9));
    }
  }

  @Test
  void ocropusLinesWithoutWordsTakeTheirOwnTextAndBox() {
    OcrPage page = read(resource("hocr/ocropus-lines.html")).get(0);

    assertThat(page.engine()).isEqualTo("ocropy");
    assertThat(page.width()).isEqualTo(2000);
    assertThat(page.lines()).containsExactly(
        new OcrLine("本报讯 记者 张三", new Box(150, 200, 1800, 260), List.of(), Double.NaN,
            OcrRole.TEXT, -1),
        new OcrLine("Hello world", new Box(150, 280, 1800, 340), List.of(), Double.NaN,
            OcrRole.TEXT, -1));
    assertThat(page.image()).isEmpty();
    assertThat(page.regions()).isEmpty();
  }

  @Test
  void characterBoxesPlaceAWordWithoutABboxAndAreTheWordsOfALineWithoutWords() {
    OcrPage page = read(resource("hocr/cinfo.hocr")).get(0);

    assertThat(page.lines().get(0).words()).containsExactly(
        new OcrWord("主持", new Box(10, 10, 60, 40), 0.91),
        new OcrWord("会", new Box(70, 10, 100, 40), 0.85));
    assertThat(page.lines().get(0).text()).isEqualTo("主持 会");
    assertThat(page.lines().get(1).words()).containsExactly(
        new OcrWord("字", new Box(10, 50, 40, 80), 0.80),
        new OcrWord("符", new Box(45, 50, 80, 80), 0.60));
  }

  @Test
  void aLineWithoutABboxTakesTheUnionOfItsWords() {
    OcrPage page = read(page("<span class='ocr_line'>"
        + "<span class='ocrx_word' title='bbox 10 20 30 40'>a</span>"
        + "<span class='ocrx_word' title='bbox 40 15 60 35'>b</span></span>")).get(0);
    assertThat(page.lines().get(0).box()).isEqualTo(new Box(10, 15, 60, 40));
  }

  @Test
  void aCareaWithoutABboxTakesTheUnionOfItsLinesAndOneWithNeitherIsLeftOut() {
    OcrPage page = read(page("<div class='ocr_carea' id='empty'></div>"
        + "<div class='ocr_carea' id='a'><span class='ocr_line' title='bbox 1 2 3 4'>x</span>"
        + "<span class='ocr_line' title='bbox 5 6 7 8'>y</span></div>")).get(0);
    assertThat(page.regions()).containsExactly(
        new OcrRegion("a", new Box(1, 2, 7, 8), OcrRole.TEXT));
    assertThat(page.lines()).extracting(OcrLine::region).containsExactly(0, 0);
  }

  @Test
  void linesOutsideAnyOcrPageGoToAPageOfUnknownSize() {
    List<OcrPage> pages = read("<html><body><span class='ocr_line' title='bbox 1 2 3 4'>孤"
        + "</span></body></html>");
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).width()).isZero();
    assertThat(pages.get(0).lines()).extracting(OcrLine::text).containsExactly("孤");
  }

  @Test
  void anEmptyPageIsAPageWithoutLines() {
    List<OcrPage> pages = read(page(""));
    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).lines()).isEmpty();
  }

  @Test
  void aMetaCharsetIsHonouredAndUtf8IsTheDefault() {
    String html = "<html><head><meta charset='GBK'></head><body>"
        + "<div class='ocr_page' title='bbox 0 0 10 10'><span class='ocr_line' "
        + "title='bbox 0 0 5 5'>报纸</span></div></body></html>";
    assertThat(read(html.getBytes(Charset.forName("GBK"))).get(0).lines().get(0).text())
        .isEqualTo("报纸");
    assertThat(read(page("<span class='ocr_line' title='bbox 0 0 5 5'>报纸</span>")).get(0)
        .lines().get(0).text()).isEqualTo("报纸");
  }

  @Test
  void entitiesAreHtmlEntitiesAndWhitespaceCollapsesAsHtmlDoes() {
    OcrPage page = read(page("<span class='ocr_line' title='bbox 0 0 5 5'>"
        + "<span class='ocrx_word' title='bbox 0 0 5 5'>A&amp;B&nbsp;&#x62A5;</span></span>")).get(0);
    assertThat(page.lines().get(0).words().get(0).text()).isEqualTo("A&B 报");
  }

  @Nested
  class Errors {
    @Test
    void aBboxThatIsNotFourNumbers() {
      assertThatThrownBy(() -> read(page("<span class='ocr_line' id='line_1_1' "
          + "title='bbox 1 2 x 4'>t</span>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageStartingWith("not valid hOCR: ocr_line 'line_1_1' has a bbox that is not "
              + "four coordinates: '1 2 x 4' at line 1, column ");
      assertThatThrownBy(() -> read(page("<span class='ocr_line' title='bbox 1 2 3'>t</span>")))
          .isInstanceOf(OcrFormatException.class).hasMessageContaining("not four");
      assertThatThrownBy(() -> read(page("<span class='ocr_line' title='bbox 1 2 3 NaN'>t</span>")))
          .isInstanceOf(OcrFormatException.class).hasMessageContaining("not four");
    }

    @Test
    void theMessageGivesTheLineAndColumnWhereTheElementStarts() {
      String html = "<html><body>\n<div class='ocr_page' title='bbox 0 0 9 9'>\n"
          + "  <span class='ocr_line' title='bbox 0 0 9 9'>\n"
          + "    <span class='ocrx_word' id='word_1_2' title='bbox 0 0 9 9; x_wconf ?'>x</span>\n"
          + "  </span>\n</div></body></html>";
      assertThatThrownBy(() -> read(html))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid hOCR: ocrx_word 'word_1_2' has a x_wconf that is not a number: "
              + "'?' at line 4, column 5")
          .satisfies(e -> assertThat(((OcrFormatException) e).line()).isEqualTo(4));
    }

    @Test
    void aBboxOfNegativeSize() {
      assertThatThrownBy(() -> read(page("<span class='ocr_line' title='bbox 1 2 3 4'>"
          + "<span class='ocrx_word' id='w' title='bbox 5 2 3 4'>t</span></span>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageStartingWith("not valid hOCR: ocrx_word 'w' has a bbox of negative size: "
              + "'5 2 3 4' at line 1");
    }

    @Test
    void aConfidenceThatIsNotANumber() {
      assertThatThrownBy(() -> read(page("<span class='ocr_line' title='bbox 1 2 3 4'>"
          + "<span class='ocrx_word' title='bbox 1 2 3 4; x_wconf high'>t</span></span>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("x_wconf that is not a number: 'high'");
    }

    @Test
    void aLineOrWordThatCannotBePlaced() {
      assertThatThrownBy(() -> read(page("<span class='ocr_line' id='l'>t</span>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageStartingWith("not valid hOCR: ocr_line 'l' has no bbox at line 1");
      assertThatThrownBy(() -> read(page("<span class='ocr_line' title='bbox 1 2 3 4'>"
          + "<span class='ocrx_word' id='w'>t</span></span>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageStartingWith("not valid hOCR: ocrx_word 'w' has no bbox at line 1");
    }

    @Test
    void htmlWithoutHocrElementsIsNotHocr() {
      assertThatThrownBy(() -> read("<html><body><p>报纸</p></body></html>"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageStartingWith("not valid hOCR: no hOCR elements");
    }

    @Test
    void bytesThatAreNotTheDeclaredEncoding() {
      byte[] gbk = page("<span class='ocr_line' title='bbox 0 0 5 5'>报纸</span>")
          .getBytes(Charset.forName("GBK"));
      assertThatThrownBy(() -> read(gbk))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageMatching("not valid hOCR: the bytes at offset \\d+ are not valid UTF-8");
    }

    @Test
    void anUnknownDeclaredEncoding() {
      assertThatThrownBy(() -> read("<html><head><meta charset='klingon-8'></head></html>"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid hOCR: the file declares the unknown encoding 'klingon-8'");
    }
  }

  @Test
  void aSeparatorsBoxIsOneOfThePagesRulesAndNoText() {
    OcrPage page = read(page("<div class='ocr_separator' title='bbox 300 100 304 900'></div>"
        + "<span class='ocr_line' title='bbox 10 10 90 30'><span class='ocrx_word' "
        + "title='bbox 10 10 90 30'>新区</span></span>")).get(0);

    assertThat(page.rules()).containsExactly(new Box(300, 100, 304, 900));
    assertThat(page.lines()).extracting(OcrLine::text).containsExactly("新区");
  }

  @Test
  void aPhotosOrImagesBoxIsOneOfThePagesFigures() {
    OcrPage page = read(page("<div class='ocr_photo' title='bbox 400 100 800 300'></div>"
        + "<div class='ocr_image' title='bbox 10 500 90 600'></div>")).get(0);

    assertThat(page.figures()).containsExactly(new Box(400, 100, 800, 300), new Box(10, 500, 90, 600));
    assertThat(page.rules()).isEmpty();
  }
}
