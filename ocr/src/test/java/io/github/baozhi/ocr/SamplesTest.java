package io.github.baozhi.ocr;

import static io.github.baozhi.ocr.TestFiles.PAGE_1;
import static io.github.baozhi.ocr.TestFiles.PAGE_3;
import static io.github.baozhi.ocr.TestFiles.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real engine output of two seed pages in {@code testdata/engine/samples}. */
class SamplesTest {

  private static OcrPage only(List<OcrPage> pages) {
    assertThat(pages).hasSize(1);
    return pages.get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {PAGE_1, PAGE_3})
  void tesseractHocrAndAltoOfOnePageGiveTheSameLinesAndWords(String name) {
    OcrPage hocr = only(OcrReader.read(sample("hocr", name), InputFormat.HOCR));
    OcrPage alto = only(OcrReader.read(sample("alto", name), InputFormat.ALTO));

    assertThat(alto.lines()).hasSameSizeAs(hocr.lines());
    for (int i = 0; i < hocr.lines().size(); i++) {
      OcrLine h = hocr.lines().get(i);
      OcrLine a = alto.lines().get(i);
      assertThat(a.text()).as("line %d", i).isEqualTo(h.text());
      assertThat(a.box()).as("line %d", i).isEqualTo(h.box());
      // Confidences too: the ALTO reader undoes Tesseract's "0." + percentage WC.
      assertThat(a.words()).as("line %d", i).isEqualTo(h.words());
      assertThat(a.confidence()).as("line %d", i).isCloseTo(h.confidence(), within());
    }
    assertThat(alto.width()).isEqualTo(hocr.width());
    assertThat(alto.height()).isEqualTo(hocr.height());
    assertThat(alto.engine()).isEqualTo(hocr.engine()).isEqualTo("tesseract 5.3.0");
    assertThat(alto.image()).isEqualTo(hocr.image()).isEqualTo("img/" + name + ".png");
    assertThat(alto.unit()).isEqualTo(hocr.unit()).isEqualTo("pixel");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"hocr", "alto"})
  void tesseractPageOneHasItsLinesWordsAndSize(String folder) {
    OcrPage page = only(OcrReader.read(sample(folder, PAGE_1),
        folder.equals("hocr") ? InputFormat.HOCR : InputFormat.ALTO));

    assertThat(page.width()).isEqualTo(1950);
    assertThat(page.height()).isEqualTo(2443);
    assertThat(page.lines()).hasSize(56);
    assertThat(page.lines().stream().mapToInt(l -> l.words().size()).sum()).isEqualTo(2408);
    // hOCR's ocr_carea are ALTO's ComposedBlocks; ALTO's TextBlocks are hOCR's ocr_par.
    assertThat(page.regions()).hasSize(folder.equals("hocr") ? 3 : 10);

    OcrLine headline = page.lines().get(0);
    assertThat(headline.text()).isEqualTo("杜 小 刚 主持 召开 全 市 经 济 运 行 分 析 会");
    assertThat(headline.box()).isEqualTo(new Box(624, 73, 1326, 115));
    assertThat(headline.words().get(0)).isEqualTo(new OcrWord("杜", new Box(624, 73, 666, 115), 0.88));
    assertThat(headline.region()).isEqualTo(0);
    assertThat(page.regions().get(0).box()).isEqualTo(new Box(624, 73, 1326, 115));
  }

  @ParameterizedTest
  @ValueSource(strings = {"hocr", "alto", "paddle"})
  void everyConfidenceIsWithinZeroAndOneAndEveryLineInARegionOrNone(String folder) {
    InputFormat format = switch (folder) {
      case "hocr" -> InputFormat.HOCR;
      case "alto" -> InputFormat.ALTO;
      default -> InputFormat.PADDLE;
    };
    for (String name : List.of(PAGE_1, PAGE_3)) {
      OcrPage page = only(OcrReader.read(sample(folder, name), format));
      for (OcrLine line : page.lines()) {
        assertThat(line.confidence()).isBetween(0.0, 1.0);
        assertThat(line.role()).isEqualTo(OcrRole.TEXT);
        assertThat(line.region()).isBetween(-1, page.regions().size() - 1);
        for (OcrWord word : line.words()) {
          assertThat(word.confidence()).isBetween(0.0, 1.0);
          assertThat(word.text()).isNotBlank();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {PAGE_1, PAGE_3})
  void paddleGivesOneLineWithoutWordsPerBoxAtItsRecBox(String name) throws IOException {
    byte[] json = sample("paddle", name);
    OcrPage page = only(OcrReader.read(json, InputFormat.PADDLE));
    List<String> texts = new ArrayList<>();
    List<Box> boxes = new ArrayList<>();
    readTextsAndBoxes(json, texts, boxes);

    assertThat(page.lines()).hasSize(name.equals(PAGE_1) ? 213 : 238).hasSameSizeAs(boxes);
    assertThat(page.lines()).extracting(OcrLine::text).containsExactlyElementsOf(texts);
    assertThat(page.lines()).extracting(OcrLine::box).containsExactlyElementsOf(boxes);
    assertThat(page.lines()).allSatisfy(l -> assertThat(l.words()).isEmpty());
    assertThat(page.lines().get(0).text()).isEqualTo(
        name.equals(PAGE_1) ? "杜小刚主持召开全市经济运行分析会" : "许昆林在无锡常州调研时强调");
    assertThat(page.width()).isZero();
    assertThat(page.height()).isZero();
    assertThat(page.engine()).isEqualTo("PaddleOCR");
    assertThat(page.image()).isEqualTo("img/" + name + ".png");
    assertThat(page.regions()).isEmpty();
  }

  /** rec_texts and rec_boxes as the file has them, read here independently of the reader. */
  private static void readTextsAndBoxes(byte[] json, List<String> texts, List<Box> boxes)
      throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        if (field.equals("rec_texts")) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            texts.add(p.getText());
          }
        } else if (field.equals("rec_boxes")) {
          while (p.nextToken() == JsonToken.START_ARRAY) {
            int[] v = new int[4];
            for (int i = 0; i < 4; i++) {
              p.nextToken();
              v[i] = p.getIntValue();
            }
            p.nextToken();
            boxes.add(new Box(v[0], v[1], v[2], v[3]));
          }
        } else {
          p.skipChildren();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {PAGE_1, PAGE_3})
  void paddleReadsTheSameTextAsTesseractRoughly(String name) {
    OcrPage paddle = only(OcrReader.read(sample("paddle", name), InputFormat.PADDLE));
    OcrPage hocr = only(OcrReader.read(sample("hocr", name), InputFormat.HOCR));
    // Every box lies on the page Tesseract measured.
    assertThat(paddle.lines()).allSatisfy(l -> {
      assertThat(l.box().right()).isLessThanOrEqualTo(hocr.width());
      assertThat(l.box().bottom()).isLessThanOrEqualTo(hocr.height());
    });
  }
}
