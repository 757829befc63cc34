package io.github.baozhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.baozhi.support.Conservation;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Pins the promise that a page's cost grows linearly with its length, in the manner of
 * commonmark-java's pathological-input tests: each shape that could make a stage quadratic,
 * repeated {@value #REPETITIONS} times, must parse within a timeout that a linear parser meets
 * many times over (about 1 to 3 MB of text, which parses in well under a second), and lose
 * nothing.
 */
class PathologicalInputTest {

  private static final int REPETITIONS = 100_000;

  /** Generous: ten times and more what these pages take on a busy 2-core machine. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final PageParser PARSER = PageParser.create();

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("opening brackets", "（"),
        Arguments.of("opening quotes", "“"),
        Arguments.of("nested brackets on one line", "（【“"),
        Arguments.of("datelines run together", "本报讯"),
        Arguments.of("dateline lines", "新华社北京1月2日电\n"),
        Arguments.of("bylines only", "（周立）\n"),
        Arguments.of("short lines", "短行六个字\n"),
        Arguments.of("blank lines", "\n"),
        Arguments.of("headline and article pairs", "零工市场开张\n\n本报讯 首批入驻用工单位四十二家。\n\n"),
        Arguments.of("headline-like lines", "零工市场开张\n"),
        Arguments.of("subheads", "一是加强管理\n"),
        Arguments.of("OCR spacing", "本 报 讯 "),
        Arguments.of("hyphen-split Latin words", "Co-\n"),
        Arguments.of("closing punctuation", "。”）"),
        Arguments.of("sentences", "首批入驻用工单位四十二家。"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void eachShapeRepeatedParsesInLinearTime(String name, String shape) {
    String text = shape.repeat(REPETITIONS);
    Page page = assertTimeoutPreemptively(TIMEOUT, () -> PARSER.parse(text, name));
    assertThat(Conservation.difference(text, page).get("lost")).as("lost").isEmpty();
    assertThat(Conservation.difference(text, page).get("invented")).as("invented").isEmpty();
  }

  /**
   * Past {@code HeadlineMatcher.FULL_MATCH_PAIRS} (headline blocks times articles) headlines are
   * matched only against the articles near them: the branch that keeps large pages linear must
   * still give each article its own headline.
   */
  @Test
  void onAPageTooLargeToMatchInFullEachArticleStillGetsItsHeadline() {
    int articles = 600; // 600 headlines times 600 articles is past the 200,000 pairs scored in full
    StringBuilder page = new StringBuilder();
    for (int i = 0; i < articles; i++) {
      page.append("第").append(i).append("号市场开张\n\n本报讯 第").append(i)
          .append("号市场首批入驻用工单位四十二家，提供岗位一千余个。\n\n");
    }
    Page parsed = assertTimeoutPreemptively(TIMEOUT, () -> PARSER.parse(page.toString(), "large"));
    assertThat(parsed.articles()).hasSize(articles);
    for (int i = 0; i < articles; i++) {
      Article article = parsed.articles().get(i);
      assertThat(article.headline()).as("article %d", i).isNotNull();
      assertThat(article.headline().title()).isEqualTo("第" + i + "号市场开张");
    }
  }
}
