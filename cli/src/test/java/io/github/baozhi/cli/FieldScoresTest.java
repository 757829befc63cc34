package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The scorer of engine output gives the figures of the shared {@code fieldsim.py}. */
class FieldScoresTest {

  @Test
  void similarityIsDifflibsRatio() {
    // Values from Python: difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    assertThat(FieldScores.similarity("abcd", "bcde")).isCloseTo(0.75, within(1e-12));
    assertThat(FieldScores.similarity("qabxcd", "abycdf")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(FieldScores.similarity("市委书记杜小刚主持", "市委书记杜小钢主持召开")).isCloseTo(0.8, within(1e-12));
    assertThat(FieldScores.similarity("aaaa", "aa")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(FieldScores.similarity("", "x")).isZero();
    assertThat(FieldScores.similarity("", "")).isEqualTo(1.0);
  }

  @Test
  void widthsAndSpacesDoNotCount() {
    assertThat(FieldScores.normalise("（王拓） ")).isEqualTo("(王拓)");
    assertThat(FieldScores.normalise("本报讯 　近日")).isEqualTo("本报讯近日");
  }

  @Test
  void aMisreadCharacterCostsItsFieldALittleAndTheArticleNothing() throws Exception {
    JsonNode truth = json("{\"articles\":[{\"headline\":{\"title\":\"地铁站临时关闭\"},\"dateline\":\"本报讯\","
        + "\"byline\":\"（陈菁菁）\",\"body\":[\"无锡地铁运营有限公司昨晚发布通告。\",\"具体开站时间另行通知。\"]}]}");
    JsonNode read = json("{\"articles\":[{\"headline\":{\"kicker\":null,\"title\":\"地铁站临时关闭\",\"subtitle\":null},"
        + "\"dateline\":{\"text\":\"本报讯\"},\"byline\":{\"text\":\"(陈青菁)\"},"
        + "\"body\":[\"无锡地铁运营有限公司昨晚发布通告。\",\"具体开站时间另行通知。\"]}]}");
    FieldScores scores = new FieldScores();
    scores.add(truth, read);
    assertThat(scores.articleF1()).isEqualTo(1.0);
    assertThat(scores.headline()).isEqualTo(1.0);
    assertThat(scores.byline()).isCloseTo(0.8, within(1e-12));
    assertThat(scores.paragraphs()).isEqualTo(1.0);
  }

  @Test
  void aParagraphSplitTwiceCountsOneFalseBoundary() throws Exception {
    JsonNode truth = json("{\"articles\":[{\"headline\":null,\"dateline\":null,\"byline\":null,"
        + "\"body\":[\"第一段很长很长。\",\"第二段。\"]}]}");
    JsonNode read = json("{\"articles\":[{\"headline\":null,\"dateline\":null,\"byline\":null,"
        + "\"body\":[\"第一段\",\"很长很长。\",\"第二段。\"]}]}");
    FieldScores scores = new FieldScores();
    scores.add(truth, read);
    // one boundary right (after 。), one false: precision 1/2, recall 1/1
    assertThat(scores.paragraphs()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
  }

  @Test
  void anArticleFoundTwiceOverHalvesThePrecision() throws Exception {
    JsonNode truth = json("{\"articles\":[{\"headline\":null,\"dateline\":null,\"byline\":null,"
        + "\"body\":[\"第一篇文章的正文。\"]}]}");
    JsonNode read = json("{\"articles\":[{\"body\":[\"第一篇文章的正文。\"]},{\"body\":[\"别的东西\"]}]}");
    FieldScores scores = new FieldScores();
    scores.add(truth, read);
    assertThat(scores.articleF1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
  }

  private static JsonNode json(String text) throws Exception {
    return PageJson.mapper().readTree(text);
  }
}
