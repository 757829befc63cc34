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

  @FuzzTest(maxDuration = "10m")
  void bytesEitherDecodeOrFailWithTheTypedException(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      DEFAULT.parse(bytes, "fuzz");
    } catch (InputDecodingException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }
}
