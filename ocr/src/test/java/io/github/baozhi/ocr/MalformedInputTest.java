package io.github.baozhi.ocr;

import static io.github.baozhi.ocr.TestFiles.PAGE_1;
import static io.github.baozhi.ocr.TestFiles.PAGE_3;
import static io.github.baozhi.ocr.TestFiles.resource;
import static io.github.baozhi.ocr.TestFiles.sample;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.baozhi.OcrPage;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever is wrong with a file, a reader gives pages or throws {@link OcrFormatException}; never
 * another exception (no NullPointerException, NumberFormatException, IllegalArgumentException from
 * the model, StackOverflowError).
 */
class MalformedInputTest {

  /** Truncation points spread over each file, besides every one of its first bytes. */
  private static final int SPREAD_CUTS = 97;
  private static final int LEADING_CUTS = 64;

  /** Corrupted copies of each file, each with a few bytes changed. */
  private static final int CORRUPTIONS = 60;
  private static final int BYTES_CHANGED = 3;

  static Stream<Arguments> files() {
    return Stream.of(
        Arguments.of("hocr/" + PAGE_1, sample("hocr", PAGE_1), InputFormat.HOCR),
        Arguments.of("hocr/" + PAGE_3, sample("hocr", PAGE_3), InputFormat.HOCR),
        Arguments.of("alto/" + PAGE_1, sample("alto", PAGE_1), InputFormat.ALTO),
        Arguments.of("alto/" + PAGE_3, sample("alto", PAGE_3), InputFormat.ALTO),
        Arguments.of("paddle/" + PAGE_1, sample("paddle", PAGE_1), InputFormat.PADDLE),
        Arguments.of("paddle/" + PAGE_3, sample("paddle", PAGE_3), InputFormat.PADDLE),
        hand("hocr/tesseract-two-pages.hocr", InputFormat.HOCR),
        hand("hocr/cinfo.hocr", InputFormat.HOCR),
        hand("alto/v2-composed.xml", InputFormat.ALTO),
        hand("alto/v4-mm10-two-pages.xml", InputFormat.ALTO),
        hand("page/2019-reading-order.xml", InputFormat.PAGE_XML),
        hand("page/2013-points.xml", InputFormat.PAGE_XML),
        hand("paddle/v3-res.json", InputFormat.PADDLE),
        hand("paddle/v2-pages.json", InputFormat.PADDLE));
  }

  private static Arguments hand(String path, InputFormat format) {
    return Arguments.of(path, resource(path), format);
  }

  /** Reads and checks that the outcome is pages or an OcrFormatException with a one-line message. */
  private static void readsOrRefuses(byte[] bytes, InputFormat format, String what) {
    try {
      List<OcrPage> pages = OcrReader.read(bytes, format);
      assertThat(pages).as(what).isNotNull();
    } catch (OcrFormatException e) {
      assertThat(e.getMessage()).as(what)
          .startsWith("not valid " + format.displayName() + ": ")
          .doesNotContain("\n");
    } catch (RuntimeException | StackOverflowError e) {
      fail(what + ": " + e, e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aTruncatedFileGivesPagesOrAFormatError(String name, byte[] bytes, InputFormat format) {
    for (int cut = 0; cut < Math.min(LEADING_CUTS, bytes.length); cut++) {
      readsOrRefuses(Arrays.copyOf(bytes, cut), format, name + " cut at " + cut);
    }
    for (int i = 1; i <= SPREAD_CUTS; i++) {
      int cut = (int) ((long) bytes.length * i / (SPREAD_CUTS + 1));
      readsOrRefuses(Arrays.copyOf(bytes, cut), format, name + " cut at " + cut);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aTruncatedXmlOrJsonFileIsAFormatError(String name, byte[] bytes, InputFormat format) {
    if (format == InputFormat.HOCR) {
      return; // HTML has no end to miss: a cut hOCR file is its first part.
    }
    byte[] cut = Arrays.copyOf(bytes, bytes.length * 2 / 3);
    assertThatThrownBy(() -> OcrReader.read(cut, format))
        .isInstanceOf(OcrFormatException.class)
        .hasMessageMatching(
            "not valid .*(end of file|not valid UTF-8|must be terminated by the matching).*");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aCorruptedFileGivesPagesOrAFormatError(String name, byte[] bytes, InputFormat format) {
    Random random = new Random(name.hashCode());
    byte[] noise = "<>/\"'=&;#0-9.,[]{}: \u00ff\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    for (int i = 0; i < CORRUPTIONS; i++) {
      byte[] copy = bytes.clone();
      for (int k = 0; k < BYTES_CHANGED; k++) {
        copy[random.nextInt(copy.length)] = noise[random.nextInt(noise.length)];
      }
      readsOrRefuses(copy, format, name + " corruption " + i);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void aFileReadAsAnotherFormatIsAFormatError(String name, byte[] bytes, InputFormat format) {
    for (InputFormat other : InputFormat.values()) {
      if (other == format || other == InputFormat.TEXT) {
        continue;
      }
      assertThatThrownBy(() -> OcrReader.read(bytes, other))
          .as(name + " as " + other)
          .isInstanceOf(OcrFormatException.class)
          .hasMessageStartingWith("not valid " + other.displayName() + ": ");
    }
  }
}
