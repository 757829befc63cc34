package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineGrammarTest {

  private final DatelineGrammar grammar = new DatelineGrammar();

  private DatelineMatch match(String text) {
    Optional<DatelineMatch> m = grammar.match(text);
    assertThat(m).as("dateline in %s", text).isPresent();
    return m.get();
  }

  @Test
  void benBaoXun() {
    DatelineMatch m = match("本报讯 10月10日，全市召开大会");
    assertThat(m.text()).isEqualTo("本报讯");
    assertThat(m.source()).isEqualTo("本报");
    assertThat(m.place()).isNull();
    assertThat(m.day()).isZero();
  }

  @Test
  void otherPapersXun() {
    assertThat(match("晨报讯 昨天，").source()).isEqualTo("晨报");
    assertThat(match("广州日报讯（全媒体记者 黎慧莹 通讯员 穗妇宣）昨日").source()).isEqualTo("广州日报");
    assertThat(match("广州日报讯（全媒体记者 黎慧莹 通讯员 穗妇宣）昨日").reporters())
        .containsExactly("黎慧莹", "穗妇宣");
  }

  @Test
  void paperWithPlaceDateAndCredit() {
    DatelineMatch m = match("本报北京5月27日电（记者 李海秀）国家统计局今天发布");
    assertThat(m.text()).isEqualTo("本报北京5月27日电（记者 李海秀）");
    assertThat(m.place()).isEqualTo("北京");
    assertThat(m.month()).isEqualTo(5);
    assertThat(m.day()).isEqualTo(27);
    assertThat(m.reporters()).containsExactly("李海秀");
  }

  @Test
  void xinhuaWithReporters() {
    DatelineMatch m = match("新华社北京2月27日电（记者 张三、李四）记者27日从");
    assertThat(m.source()).isEqualTo("新华社");
    assertThat(m.reporters()).containsExactly("张三", "李四");
  }

  @Test
  void fullWidthDigitsAndChineseNumerals() {
    assertThat(match("新华社济南６月５日体育专电 第十五届").day()).isEqualTo(5);
    assertThat(match("新华社重庆十四日电 昨天").day()).isEqualTo(14);
  }

  @Test
  void traditionalScript() {
    assertThat(match("本報訊 昨日").source()).isEqualTo("本報");
  }

  @Test
  void ordinarySentencesAreNotDatelines() {
    assertThat(grammar.match("本报记者从市商务局获悉，")).isEmpty();
    assertThat(grammar.match("据报道，全市")).isEmpty();
    assertThat(grammar.match("新华社记者在现场看到")).isEmpty();
    assertThat(grammar.match("会议指出，要加快建设")).isEmpty();
  }

  @Test
  void aWireDatelineNeedsADate() {
    assertThat(grammar.match("人民网电 今天")).isEmpty();
  }
}
