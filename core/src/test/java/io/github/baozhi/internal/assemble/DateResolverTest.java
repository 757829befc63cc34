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
  void aDateOpeningTheLead() {
    DateResolver resolver = new DateResolver(null);
    assertThat(resolver.fromLead("10月10日，全市召开大会")).isEqualTo("--10-10");
    assertThat(resolver.fromLead("11月1日至3日,省长调研")).isEqualTo("--11-01");
    assertThat(resolver.fromLead("近日，市委书记")).isNull();
  }
}
