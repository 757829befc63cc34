package io.github.baozhi.internal.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormaliserTest {

  private final Normaliser normaliser = new Normaliser();

  @Test
  void crlfCrAndLfAllEndALine() {
    List<SourceLine> lf = normaliser.normalise("甲\n乙\n\n丙");
    assertThat(normaliser.normalise("甲\r\n乙\r\n\r\n丙")).isEqualTo(lf);
    assertThat(normaliser.normalise("甲\r乙\r\r丙")).isEqualTo(lf);
    assertThat(lf).extracting(SourceLine::number).containsExactly(1, 2, 3, 4);
  }

  @Test
  void mixedLineEndsEachEndOneLineAndCrLfOnlyOne() {
    // CR, then CR LF, then LF, then LF CR (two ends: LF, then CR), then a CR at the end.
    assertThat(normaliser.normalise("甲\r\r\n乙\n\r丙\r")).extracting(SourceLine::text)
        .containsExactly("甲", "", "乙", "", "丙");
    assertThat(normaliser.normalise("\r\n\n")).extracting(SourceLine::text).containsExactly("", "");
  }

  @Test
  void missingFinalNewlineGivesTheSameLines() {
    assertThat(normaliser.normalise("甲\n乙")).isEqualTo(normaliser.normalise("甲\n乙\n"));
  }

  @Test
  void byteOrderMarkIsDropped() {
    assertThat(normaliser.normalise("\uFEFF本报讯").get(0).text()).isEqualTo("本报讯");
  }

  @Test
  void charactersAreKeptExactlyEvenCompatibilityIdeographs() {
    assertThat(normaliser.normalise("e\u0301\uF900").get(0).text()).isEqualTo("e\u0301\uF900");
  }

  @Test
  void fullWidthPunctuationIsKept() {
    assertThat(normaliser.normalise("（陈菁菁），").get(0).text()).isEqualTo("（陈菁菁），");
  }
}
