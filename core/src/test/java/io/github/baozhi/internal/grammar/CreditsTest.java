package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditsTest {

  @Test
  void rolesGoAndNamesStay() {
    assertThat(Credits.parse("全媒体记者 黎慧莹 通讯员 穗妇宣").names()).containsExactly("黎慧莹", "穗妇宣");
  }

  @Test
  void singleCharactersInARowAreOneSpacedName() {
    assertThat(Credits.parse("记者 张 胜 男 李四").names()).containsExactly("张胜男", "李四");
  }

  @Test
  void filedFromGivesThePlace() {
    Credits.Parsed parsed = Credits.parse("記者 張聰 北京報道");
    assertThat(parsed.names()).containsExactly("張聰");
    assertThat(parsed.place()).isEqualTo("北京");
  }

  @Test
  void textAndPictureCredits() {
    assertThat(Credits.parse("文/张三 图/李四").names()).containsExactly("张三", "李四");
  }
}
