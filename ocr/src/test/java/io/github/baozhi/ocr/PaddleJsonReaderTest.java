package io.github.baozhi.ocr;

import static io.github.baozhi.ocr.TestFiles.resource;
import static io.github.baozhi.ocr.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaddleJsonReaderTest {

  private static List<OcrPage> read(byte[] bytes) {
    return OcrReader.read(bytes, InputFormat.PADDLE);
  }

  private static List<OcrPage> read(String json) {
    return read(utf8(json));
  }

  @Nested
  class Version3 {
    @Test
    void theObjectUnderResIsReadWithEmptyTextsKept() {
      List<OcrPage> pages = read(resource("paddle/v3-res.json"));
      assertThat(pages).hasSize(1);
      OcrPage page = pages.get(0);
      assertThat(page.lines()).containsExactly(
          OcrLine.of("本报讯", new Box(10, 10, 110, 40), 0.9876),
          OcrLine.of("", new Box(10, 50, 210, 80), 0.51));
      assertThat(page.image()).isEqualTo("scans/p1.png");
      assertThat(page.engine()).isEqualTo("PaddleOCR");
      assertThat(page.unit()).isEqualTo("pixel");
      assertThat(page.width()).isZero();
      assertThat(page.regions()).isEmpty();
    }

    @Test
    void polygonsAloneGiveTheirRoundedBoundsAndAScoreAboveOneIsNone() {
      OcrPage page = read(resource("paddle/v3-polys-only.json")).get(0);
      assertThat(page.lines()).containsExactly(
          OcrLine.of("多边形", new Box(10, 11, 111, 40), Double.NaN));
    }

    @Test
    void recBoxesWinOverRecPolys() {
      OcrPage page = read("{\"rec_texts\": [\"a\"], \"rec_boxes\": [[1, 2, 3, 4]],"
          + " \"rec_polys\": [[[0, 0], [9, 0], [9, 9], [0, 9]]]}").get(0);
      assertThat(page.lines().get(0).box()).isEqualTo(new Box(1, 2, 3, 4));
      assertThat(page.lines().get(0).confidence()).isNaN();
    }

    @Test
    void aWidthAndHeightWhereTheFileGivesThem() {
      OcrPage page = read("{\"res\": {\"rec_texts\": [], \"rec_boxes\": []}, \"width\": 640,"
          + " \"height\": 480}").get(0);
      assertThat(page.width()).isEqualTo(640);
      assertThat(page.height()).isEqualTo(480);
      assertThat(page.lines()).isEmpty();
    }

    @Test
    void aListOfResultsIsAPageEach() {
      List<OcrPage> pages = read("[{\"res\": {\"rec_texts\": [\"a\"], \"rec_boxes\": [[1,2,3,4]]}},"
          + " {\"rec_texts\": [\"b\"], \"rec_boxes\": [[5,6,7,8]], \"input_path\": \"b.png\"}]");
      assertThat(pages).hasSize(2);
      assertThat(pages.get(1).image()).isEqualTo("b.png");
      assertThat(pages.get(1).lines()).extracting(OcrLine::text).containsExactly("b");
    }

    @Test
    void ppStructureV3sOverallOcrResult() {
      OcrPage page = read("{\"input_path\": \"p.png\", \"parsing_res_list\": [],"
          + " \"overall_ocr_res\": {\"rec_texts\": [\"x\"], \"rec_scores\": [0.5],"
          + " \"rec_boxes\": [[1,2,3,4]]}}").get(0);
      assertThat(page.lines()).containsExactly(OcrLine.of("x", new Box(1, 2, 3, 4), 0.5));
      assertThat(page.image()).isEqualTo("p.png");
    }
  }

  @Nested
  class Version2 {
    @Test
    void aListOfEntriesIsOnePage() {
      List<OcrPage> pages = read(resource("paddle/v2-lines.json"));
      assertThat(pages).hasSize(1);
      assertThat(pages.get(0).lines()).containsExactly(
          OcrLine.of("纯臻营养护发素", new Box(27, 37, 302, 72), 0.9966),
          OcrLine.of("产品信息/参数", new Box(25, 81, 172, 104), 0.9809));
      assertThat(pages.get(0).image()).isEmpty();
    }

    @Test
    void aListPerPageIsAPageEachWithNullAndEmptyAsEmptyPages() {
      List<OcrPage> pages = read(resource("paddle/v2-pages.json"));
      assertThat(pages).hasSize(4);
      assertThat(pages.get(0).lines()).extracting(OcrLine::text).containsExactly("第一页");
      assertThat(pages.get(1).lines()).isEmpty();
      assertThat(pages.get(2).lines()).isEmpty();
      assertThat(pages.get(3).lines()).containsExactly(
          OcrLine.of("", new Box(1, 2, 3, 4), 0.1),
          OcrLine.of("第四页", new Box(5, 6, 7, 8), 0.8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"paddle/v2-empty-null.json", "paddle/v2-empty-list.json"})
    void anEmptyResultIsOneEmptyPage(String file) {
      List<OcrPage> pages = read(resource(file));
      assertThat(pages).hasSize(1);
      assertThat(pages.get(0).lines()).isEmpty();
    }

    @Test
    void aBareEmptyListIsOneEmptyPage() {
      assertThat(read("[]")).singleElement().satisfies(p -> assertThat(p.lines()).isEmpty());
    }
  }

  @Nested
  class Errors {
    @Test
    void aTruncatedFile() {
      assertThatThrownBy(() -> read("{\"rec_texts\": [\"a\""))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid PaddleOCR JSON: unexpected end of file at line 1, column 19");
    }

    @Test
    void notJson() {
      assertThatThrownBy(() -> read("本报讯"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageStartingWith("not valid PaddleOCR JSON: ");
      assertThatThrownBy(() -> read(""))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid PaddleOCR JSON: the file is empty");
      assertThatThrownBy(() -> read("42"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid PaddleOCR JSON: expected an object or a list, found a number at "
              + "line 1, column 1");
    }

    @Test
    void contentAfterTheValue() {
      assertThatThrownBy(() -> read("[] []"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("more content after the JSON value");
    }

    @Test
    void anObjectThatIsNoOcrResult() {
      assertThatThrownBy(() -> read("{\"name\": \"baozhi\"}"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("no rec_texts: not the result of PaddleOCR's OCR pipeline");
      assertThatThrownBy(() -> read("{\"rec_texts\": [\"a\"]}"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("rec_texts without rec_boxes or rec_polys");
    }

    @Test
    void listsOfDifferentLengths() {
      assertThatThrownBy(() -> read("{\"rec_texts\": [\"a\", \"b\"], \"rec_boxes\": [[1,2,3,4]]}"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("rec_texts has 2 entries but rec_boxes 1");
      assertThatThrownBy(() -> read("{\"rec_texts\": [\"a\"], \"rec_scores\": [], "
          + "\"rec_boxes\": [[1,2,3,4]]}"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("rec_texts has 1 entries but rec_scores 0");
    }

    @Test
    void boxesAndPolygonsOfTheWrongShape() {
      for (String bad : List.of("\"rec_boxes\": [[1,2,3]]", "\"rec_boxes\": [[1,2,3,\"4\"]]",
          "\"rec_boxes\": [[3,2,1,4]]", "\"rec_boxes\": [1]", "\"rec_polys\": [[[1,2,3]]]",
          "\"rec_polys\": [[]]", "\"rec_polys\": [[[1e300, 2]]]", "\"rec_boxes\": {}")) {
        assertThatThrownBy(() -> read("{\"rec_texts\": [\"a\"], " + bad + "}"))
            .as(bad)
            .isInstanceOf(OcrFormatException.class);
      }
    }

    @Test
    void entriesOfTheWrongShape() {
      for (String bad : List.of("[[[[1, 2]], [\"a\"]]]", "[[[[1, 2]], [3, 0.5]]]",
          "[[[[1, 2]], [\"a\", \"high\"]]]", "[[[], [\"a\", 0.5]]]", "[[[[1]], [\"a\", 0.5]]]",
          "[[[[1, 2]], [\"a\", 0.5]], [[[[1, 2]], [\"b\", 0.5]]]]", "[true]",
          "[[[[1, 2]], [\"a\", 0.5]], null]", "[null, [[[1, 2]], [\"a\", 0.5]]]", "[[[[1, 2]], [\"a\", 0.5], {}]]")) {
        assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(OcrFormatException.class);
      }
    }

    @Test
    void invalidUtf8() {
      byte[] bytes = {'{', '"', 'r', 'e', 'c', '_', 't', 'e', 'x', 't', 's', '"', ':', '[', '"',
          (byte) 0xC3, (byte) 0x28, '"', ']', '}'};
      assertThatThrownBy(() -> read(bytes)).isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("UTF-8");
    }
  }
}
