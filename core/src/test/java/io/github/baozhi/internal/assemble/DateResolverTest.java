package io.github.baozhi.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {

  @Test
  void withoutAnIssueDateOnlyMonthAndDayAreKnown() {
    assertThat(new DateResolver(null).resolve(5, 27)).isEqualTo("--05-27");
    assertThat(new DateResolver(null).resolve(0, 27)).isNull();
  }

  @Test
  void anIssueDateGivesTheYear() {
    assertThat(new DateResolver(LocalDate.of(2022, 10, 11)).resolve(10, 10)).isEqualTo("2022-10-10");
  }

  @Test
  void aDayOnlyDatelineTakesTheIssueMonth() {
    assertThat(new DateResolver(LocalDate.of(2024, 2, 28)).resolve(0, 27)).isEqualTo("2024-02-27");
    assertThat(new DateResolver(LocalDate.of(2024, 3, 1)).resolve(0, 29)).isEqualTo("2024-02-29");
  }

  @Test
  void aDecemberDatelineInAJanuaryIssueIsFromTheYearBefore() {
    assertThat(new DateResolver(LocalDate.of(2023, 1, 2)).resolve(12, 31)).isEqualTo("2022-12-31");
  }

  @Test
  void anImpossibleDateIsNoDate() {
    assertThat(new DateResolver(LocalDate.of(2023, 3, 2)).resolve(2, 30)).isNull();
  }

  @Test
  void aDayOnlyLeadTakesTheIssueMonth() {
    assertThat(new DateResolver(LocalDate.of(2024, 2, 28)).fromLead("27日，记者从")).isEqualTo("2024-02-27");
    assertThat(new DateResolver(null).fromLead("27日，记者从")).isNull();
  }

  @Test
  void chineseNumeralsInTheLead() {
    assertThat(new DateResolver(null).fromLead("十月十四日，")).isEqualTo("--10-14");
  }

  @Test
  void relativeLeadsAreReportedNotResolved() {
    DateResolver resolver = new DateResolver(LocalDate.of(2022, 10, 11));
    assertThat(resolver.fromLead("昨天，全市召开")).isNull();
    assertThat(resolver.relativeLeadDate("昨天，全市召开")).containsExactly("昨天", "2022-10-10");
    assertThat(resolver.relativeLeadDate("近日，全市召开")).isNull();
    assertThat(new DateResolver(null).relativeLeadDate("昨天，全市召开")).isNull();
  }

  @Test
  void aDateOpeningTheLead() {
    DateResolver resolver = new DateResolver(null);
    assertThat(resolver.fromLead("10月10日，全市召开大会")).isEqualTo("--10-10");
    assertThat(resolver.fromLead("11月1日至3日,省长调研")).isEqualTo("--11-01");
    assertThat(resolver.fromLead("近日，市委书记")).isNull();
  }

  @Test
  void aDayUpToAWeekAfterTheIssuesIsInTheIssuesMonthAndOneLaterInTheMonthBefore() {
    DateResolver resolver = new DateResolver(LocalDate.of(2024, 3, 2));
    assertThat(resolver.resolve(0, 9)).isEqualTo("2024-03-09");
    assertThat(resolver.resolve(0, 10)).isEqualTo("2024-02-10");
  }
}
