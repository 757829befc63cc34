package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnumeratorsTest {

  @Test
  void subheadOpenersAreRecognised() {
    assertThat(Enumerators.opens("一是在实现高水平自立自强中")).isTrue();
    assertThat(Enumerators.opens("二、在城市更新上展现新面貌")).isTrue();
    assertThat(Enumerators.opens("（三）在民生保障上迈出新步伐")).isTrue();
    assertThat(Enumerators.opens("第四，坚持系统观念")).isTrue();
    assertThat(Enumerators.opens("第一\u3000加强组织领导")).isTrue();
    assertThat(Enumerators.opens("第二 狠抓工作落实")).isTrue();
    assertThat(Enumerators.opens("5.加强组织保障")).isTrue();
    assertThat(Enumerators.opens("■记者手记")).isTrue();
    assertThat(Enumerators.opens("【换乘更方便】")).isTrue();
    // Only a short heading set whole in the brackets: not a bracketed dateline before its text.
    assertThat(Enumerators.opens("【新华社重庆十四日电】昨天")).isFalse();
  }

  @Test
  void ordinaryTextIsNotEnumerated() {
    assertThat(Enumerators.opens("一批产业强、环境美的村庄")).isFalse();
    assertThat(Enumerators.opens("2.5万人参加")).isFalse();
    assertThat(Enumerators.opens("会议指出")).isFalse();
    // An ordinal before a measure word names a thing; it is a headline's word, not a list step.
    assertThat(Enumerators.opens("第二批免证明事项公布")).isFalse();
    assertThat(Enumerators.opens("第三届社区运动会开幕")).isFalse();
    assertThat(Enumerators.opens("第一是")).isTrue();
  }

  @Test
  void stripRemovesOnlyTheEnumerator() {
    assertThat(Enumerators.strip("二、在城市更新上")).isEqualTo("在城市更新上");
    assertThat(Enumerators.strip("会议指出")).isEqualTo("会议指出");
  }

  @Test
  void circledNumbersAndBulletsMarkAListsItems() {
    assertThat(Enumerators.opensItem("②退出：退出手机里的云账")).isTrue();
    assertThat(Enumerators.opensItem("⑶加密")).isTrue();
    assertThat(Enumerators.opensItem("■便民服务")).isTrue();
    assertThat(Enumerators.opensItem("二、加强组织领导")).isFalse();
    assertThat(Enumerators.opensItem("加密，再删除全部照片")).isFalse();
  }
}
