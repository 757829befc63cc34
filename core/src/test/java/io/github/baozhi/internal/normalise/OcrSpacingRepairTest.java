package io.github.baozhi.internal.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OcrSpacingRepairTest {

  private static List<String> repair(String text) {
    return new OcrSpacingRepair().repair(new Normaliser().normalise(text)).stream()
        .map(SourceLine::text).toList();
  }

  @Test
  void spacesBetweenHanCharactersAndBeforePunctuationGo() {
    assertThat(repair("本 报 讯 10 月 10 日 ， 全 市 召 开 大 会"))
        .containsExactly("本报讯10月10日，全市召开大会");
  }

  @Test
  void spacesBetweenLatinWordsAndNumbersStay() {
    assertThat(repair("联 合 国 粮 农 组 织 Food and Agriculture 2020 2021 年"))
        .containsExactly("联合国粮农组织Food and Agriculture 2020 2021年");
  }

  @Test
  void onASpacedPageEvenShortLinesAreRepaired() {
    assertThat(repair("地 铁\n\n本 报 讯 无 锡 地 铁 运 营 有\n限 公 司 昨 晚 发 布 通 告 ，"))
        .containsExactly("地铁", "", "本报讯无锡地铁运营有", "限公司昨晚发布通告，");
  }

  @Test
  void ordinaryPagesKeepTheirRealSpaces() {
    List<String> lines = List.of("本报讯 10月10日，全市专精特", "我市企业超 3800 家、支付赔款近",
        "许昆林在无锡常州调研时强调 推动战略性新兴产业融合集群发展");
    assertThat(repair(String.join("\n", lines))).isEqualTo(lines);
  }

  @Test
  void theLeadingIndentStays() {
    assertThat(OcrSpacingRepair.despace("\u3000\u3000本 报 讯")).isEqualTo("\u3000\u3000本报讯");
  }
}
