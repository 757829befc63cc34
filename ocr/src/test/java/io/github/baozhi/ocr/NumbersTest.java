package io.github.baozhi.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumbersTest {

  @ParameterizedTest
  @CsvSource({"12, 12", "-3, -3", "+4, 4", "007, 7", "1.5, 1.5", ".5, 0.5", "5., 5",
      "1E3, 1000", "2.5e-1, 0.25", "' 42 ', 42", "12345678901, 12345678901"})
  void plainDecimalNumbersAreRead(String text, double value) {
    assertThat(Numbers.parse(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-", "+", ".", "1,5", "NaN", "Infinity", "-Infinity",
      "0x1F", "1d", "2f", "1e", "1e+", "1..2", "1 2", "١٢", "１２"})
  void anythingElseIsNaN(String text) {
    assertThat(Numbers.parse(text)).isNaN();
  }

  @ParameterizedTest
  @CsvSource({"0.5, 0.5", "1, 1", "0, 0", "-1, NaN", "1.01, NaN"})
  void confidencesOutsideTheScaleAreNone(double value, double expected) {
    assertThat(Double.valueOf(Numbers.confidence(value, 1))).isEqualTo(Double.valueOf(expected));
  }

  @ParameterizedTest
  @CsvSource({"1e8, true", "-1e8, true", "1.0000001e8, false", "NaN, false"})
  void coordinatesAreBounded(double value, boolean ok) {
    assertThat(Numbers.isCoordinate(value)).isEqualTo(ok);
  }
}
