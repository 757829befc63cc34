package io.github.baozhi.ocr;

import static io.github.baozhi.ocr.TestFiles.PAGE_1;
import static io.github.baozhi.ocr.TestFiles.PAGE_3;
import static io.github.baozhi.ocr.TestFiles.resource;
import static io.github.baozhi.ocr.TestFiles.sample;
import static io.github.baozhi.ocr.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputFormatTest {

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("sample hocr/" + PAGE_1, sample("hocr", PAGE_1), InputFormat.HOCR),
        Arguments.of("sample hocr/" + PAGE_3, sample("hocr", PAGE_3), InputFormat.HOCR),
        Arguments.of("sample alto/" + PAGE_1, sample("alto", PAGE_1), InputFormat.ALTO),
        Arguments.of("sample alto/" + PAGE_3, sample("alto", PAGE_3), InputFormat.ALTO),
        Arguments.of("sample paddle/" + PAGE_1, sample("paddle", PAGE_1), InputFormat.PADDLE),
        Arguments.of("sample paddle/" + PAGE_3, sample("paddle", PAGE_3), InputFormat.PADDLE),
        hand("hocr/tesseract-two-pages.hocr", InputFormat.HOCR),
        hand("hocr/ocropus-lines.html", InputFormat.HOCR),
        hand("hocr/cinfo.hocr", InputFormat.HOCR),
        hand("alto/v2-composed.xml", InputFormat.ALTO),
        hand("alto/v4-mm10-two-pages.xml", InputFormat.ALTO),
        hand("alto/no-namespace.xml", InputFormat.ALTO),
        hand("page/2019-reading-order.xml", InputFormat.PAGE_XML),
        hand("page/2013-points.xml", InputFormat.PAGE_XML),
        hand("paddle/v3-res.json", InputFormat.PADDLE),
        hand("paddle/v3-polys-only.json", InputFormat.PADDLE),
        hand("paddle/v2-lines.json", InputFormat.PADDLE),
        hand("paddle/v2-pages.json", InputFormat.PADDLE),
        hand("paddle/v2-empty-null.json", InputFormat.PADDLE),
        hand("paddle/v2-empty-list.json", InputFormat.PADDLE));
  }

  private static Arguments hand(String path, InputFormat format) {
    return Arguments.of(path, resource(path), format);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everySampleAndHandWrittenFileIsDetectedAsItsFormatAndReads(
      String name, byte[] bytes, InputFormat format) {
    assertThat(InputFormat.detect(bytes)).isEqualTo(format);
    assertThat(OcrReader.read(bytes, format)).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aByteOrderMarkAndLeadingWhitespaceAreSkipped(String name, byte[] bytes, InputFormat format) {
    byte[] prefix = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n', '\t'};
    byte[] withBom = new byte[prefix.length + bytes.length];
    System.arraycopy(prefix, 0, withBom, 0, prefix.length);
    System.arraycopy(bytes, 0, withBom, prefix.length, bytes.length);
    assertThat(InputFormat.detect(withBom)).isEqualTo(format);
  }

  @Test
  void utf16MarkupIsDetected() {
    String alto = new String(resource("alto/no-namespace.xml"), StandardCharsets.UTF_8);
    assertThat(InputFormat.detect(alto.getBytes(Charset.forName("UTF-16")))).isEqualTo(
        InputFormat.ALTO);
    assertThat(InputFormat.detect(alto.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(
        InputFormat.ALTO);
  }

  @Test
  void prologuesAndPrefixesDoNotHideTheRoot() {
    assertThat(InputFormat.detect(utf8("<?xml version='1.0'?>\n<!-- <alto> -->\n"
        + "<!DOCTYPE x [<!ENTITY e '>'>]>\n<?pi x?><pc:PcGts xmlns:pc='x'/>")))
        .isEqualTo(InputFormat.PAGE_XML);
    assertThat(InputFormat.detect(utf8("<alto:alto xmlns:alto='x'/>"))).isEqualTo(
        InputFormat.ALTO);
  }

  @Test
  void plainChineseTextIsText() {
    assertThat(InputFormat.detect(utf8("本报讯（记者 张三）昨天，全市经济运行分析会召开。\n")))
        .isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.detect("本报讯 昨天".getBytes(Charset.forName("GBK"))))
        .isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.detect(utf8("[本报讯] 昨天"))).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.detect(utf8("<本报讯> 昨天"))).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void emptyAndBlankInputIsText() {
    assertThat(InputFormat.detect(new byte[0])).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.detect(utf8(" \n\t "))).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.detect(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .isEqualTo(InputFormat.TEXT);
  }

  @Test
  void randomBytesAreTextAndNeverAnError() {
    Random random = new Random(20240501);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[random.nextInt(64)];
      random.nextBytes(bytes);
      if (i % 4 == 1 && bytes.length > 0) {
        bytes[0] = (byte) "{[<".charAt(random.nextInt(3));
      }
      assertThat(InputFormat.detect(bytes)).as(Arrays.toString(bytes)).isNotNull();
    }
    byte[] bytes = new byte[4096];
    random.nextBytes(bytes);
    bytes[0] = 0x01;
    assertThat(InputFormat.detect(bytes)).isEqualTo(InputFormat.TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"name\": \"baozhi\", \"pages\": [1, 2]}",
      "{\"res\": {\"name\": \"baozhi\"}}",
      "[1, 2, 3]",
      "[[1, 2], [3, 4]]",
      "[]",
      "[\"a\", \"b\"]",
      "{}",
      "{\"input_path\": \"a.png\"}",
      "[[[1, 2], [\"a\", 0.5]]]",
      "{\"rec_text\": []}",
  })
  void jsonThatIsNotPaddleOcrsIsText(String json) {
    assertThat(InputFormat.detect(utf8(json))).isEqualTo(InputFormat.TEXT);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<html><body><p>新闻</p></body></html>",
      "<?xml version='1.0'?><TEI><text/></TEI>",
      "<svg xmlns='http://www.w3.org/2000/svg'/>",
  })
  void otherMarkupIsText(String markup) {
    assertThat(InputFormat.detect(utf8(markup))).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void onlyTheStartIsLookedAt() {
    byte[] head = utf8("<html><body>");
    byte[] filler = new byte[FormatSniffer.WINDOW_BYTES];
    Arrays.fill(filler, (byte) ' ');
    byte[] tail = utf8("<div class='ocr_page' title='bbox 0 0 1 1'></div></body></html>");
    byte[] late = new byte[head.length + filler.length + tail.length];
    System.arraycopy(head, 0, late, 0, head.length);
    System.arraycopy(filler, 0, late, head.length, filler.length);
    System.arraycopy(tail, 0, late, head.length + filler.length, tail.length);
    assertThat(InputFormat.detect(late)).isEqualTo(InputFormat.TEXT);
  }

  @Test
  void aTruncatedPaddleFileIsStillPaddle() {
    byte[] json = sample("paddle", PAGE_1);
    assertThat(InputFormat.detect(Arrays.copyOf(json, 200))).isEqualTo(InputFormat.PADDLE);
  }

  @Test
  void namesAreTheCommandLineChoicesInAnyCase() {
    assertThat(InputFormat.fromName("text")).isEqualTo(InputFormat.TEXT);
    assertThat(InputFormat.fromName("hOCR")).isEqualTo(InputFormat.HOCR);
    assertThat(InputFormat.fromName("ALTO")).isEqualTo(InputFormat.ALTO);
    assertThat(InputFormat.fromName("Page")).isEqualTo(InputFormat.PAGE_XML);
    assertThat(InputFormat.fromName("paddle")).isEqualTo(InputFormat.PADDLE);
    assertThatThrownBy(() -> InputFormat.fromName("page_xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown input format 'page_xml': choose text, hocr, alto, page or paddle");
    assertThatThrownBy(() -> InputFormat.fromName(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void displayNamesAreForMessages() {
    assertThat(Arrays.stream(InputFormat.values()).map(InputFormat::displayName))
        .containsExactly("text", "hOCR", "ALTO", "PAGE XML", "PaddleOCR JSON");
  }

  @Test
  void aFileNamedForEngineOutputPromisesItAndOtherNamesPromiseNothing() {
    assertThat(InputFormat.unmetPromise("meta.json")).isEqualTo("not PaddleOCR JSON, the only JSON baozhi reads");
    assertThat(InputFormat.unmetPromise("scans/2024/site.HTML")).isEqualTo("not hOCR, the only HTML baozhi reads");
    assertThat(InputFormat.unmetPromise("a.b/page.xml")).startsWith("neither ALTO nor PAGE XML");
    assertThat(InputFormat.unmetPromise("page.txt")).isNull();
    assertThat(InputFormat.unmetPromise("json")).as("a name without an extension").isNull();
    assertThat(InputFormat.unmetPromise("hocr.d/page")).isNull();
  }
}
