package io.github.baozhi.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.baozhi.InputDecodingException;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.ParserOptions;
import io.github.baozhi.Punctuation;
import io.github.baozhi.support.Conservation;
import java.time.LocalDate;

/**
 * Fuzzes the parser entry points. In a normal {@code mvn verify} this runs the saved inputs in
 * {@code src/test/resources/io/github/baozhi/fuzz/PageParserFuzzTestInputs/} as a regression suite;
 * with {@code JAZZER_FUZZ=1} it fuzzes (see the README's "Reliability" section).
 */
class PageParserFuzzTest {

  private static final PageParser DEFAULT = PageParser.create();
  private static final PageParser WITH_OPTIONS = PageParser.create(ParserOptions.builder()
      .issueDate(LocalDate.of(2024, 1, 2))
      .punctuation(Punctuation.FULLWIDTH)
      .repairOcrSpacing(false)
      .build());

  @FuzzTest(maxDuration = "10m")
  void textNeverThrowsAndLosesNothing(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    Page page = DEFAULT.parse(text, "fuzz");
    assertThat(Conservation.difference(text, page).get("lost")).isEmpty();
    assertThat(Conservation.difference(text, page).get("invented")).isEmpty();
    WITH_OPTIONS.parse(text, "fuzz");
  }

  private static final PageParser REPLACING =
      PageParser.create(ParserOptions.builder().replaceBadBytes(true).build());

  /**
   * Bytes decode or fail with the typed exception; where they decode, replacing bad bytes changes
   * nothing; where they fail for bad bytes in a charset, replacing them reads the page with U+FFFD
   * and says so.
   */
  @FuzzTest(maxDuration = "10m")
  void bytesEitherDecodeOrFailWithTheTypedException(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      String text = DEFAULT.decode(bytes);
      assertThat(REPLACING.decode(bytes)).isEqualTo(text);
      DEFAULT.parse(bytes, "fuzz");
    } catch (InputDecodingException expected) {
      assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
      if (expected.charset().isPresent()) {
        assertThat(REPLACING.decode(bytes)).contains("\uFFFD");
        assertThat(REPLACING.parse(bytes, "fuzz").diagnostics())
            .anyMatch(d -> d.code().equals("bad-bytes-replaced"));
      }
    }
  }
}
