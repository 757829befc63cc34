package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditsTest {

  @Test
  void rolesGoAndNamesStay() {
    assertThat(Credits.parse("全媒体记者 黎慧莹 通讯员 穗妇宣").names()).containsExactly("黎慧莹", "穗妇宣");
  }

  @Test
  void theRoleNamesThePaperAsItNamesItselfAndThePost() {
    assertThat(Credits.parse("晚报记者 庹思源").names()).containsExactly("庹思源");
    assertThat(Credits.parse("本刊记者庹思源 晚报通讯员李四").names()).containsExactly("庹思源", "李四");
    assertThat(Credits.parse("本报特派记者 芦振宇").names()).containsExactly("芦振宇");
    assertThat(Credits.parse("本報實習記者 陳小明").names()).containsExactly("陳小明");
    // An engine that drops the spaces runs the names into the roles.
    assertThat(Credits.parse("记者张三本报通讯员李四").names()).containsExactly("张三", "李四");
  }

  @Test
  void anotherAgencysNameBeforeItsReporterStays() {
    assertThat(Credits.parse("新华社记者 张三").names()).containsExactly("新华社", "张三");
    assertThat(Credits.parse("南方日报记者 张三").names()).containsExactly("南方日报", "张三");
    assertThat(Credits.parse("北京晚报记者 张三").names()).containsExactly("北京晚报", "张三");
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
