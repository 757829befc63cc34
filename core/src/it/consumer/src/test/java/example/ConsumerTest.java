package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.baozhi.Article;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.ParserOptions;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Uses only the public API, through the installed jar. */
class ConsumerTest {

  @Test
  void parsesAPageThroughThePublicApi() {
    PageParser parser = PageParser.create(
        ParserOptions.builder().issueDate(LocalDate.of(2024, 11, 9)).build());
    Page page = parser.parse(String.join("\n",
        "零工市场开张",
        "",
        "本报讯 11月8日，全区首家零工市场",
        "正式开张运营，首批入驻用工单位四",
        "十二家。（周立）"), "page.txt");
    assertEquals(1, page.articles().size());
    Article article = page.articles().get(0);
    assertEquals("零工市场开张", article.headline().title());
    assertNull(article.headline().kicker());
    assertEquals("2024-11-08", article.dateline().date());
    assertEquals("周立", article.byline().names().get(0));
    assertEquals(1, article.lines().first());
  }
}
