package io.github.baozhi.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Article;
import io.github.baozhi.Headline;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles of articles beside or under a briefs column that the cut once read apart or after their
 * first column: each heads its article whole, from the exact layout (PAGE XML) of the held-out
 * pages where that happened.
 */
class HeadsAcrossGuttersTest {

  private static Path page(String set, String name) {
    String dir = System.getProperty("testdata.dir", "../testdata");
    return Path.of(dir, "engine", set, "page", name + ".xml");
  }

  @ParameterizedTest(name = "{0}/{1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // 了 right over the gutter's middle, level with the briefs column's label.
      "holdout28|yb04_rural_yams_threecol_ownbureau_briefs_mild|废旧农膜有了“回家路”",
      // Bold in about the body's size, its word space over the gutter.
      "holdout30|yd04_rural_benchdragon_threecol_ownbureau_briefs_heavy|节后忙田管 油菜长势好",
      // Centred over one column of three, its pitch of display type, its box not so tall.
      "holdout30|yd04_rural_benchdragon_threecol_ownbureau_briefs_heavy|返乡青年 留在村里育菜苗"})
  void theTitleHeadsItsArticleWhole(String set, String name, String title) throws IOException {
    Page parsed = PageReader.create(PageParser.create()).read(page(set, name)).get(0);

    List<String> titles = parsed.articles().stream().map(Article::headline)
        .filter(Objects::nonNull).map(Headline::title).toList();
    assertThat(titles).as("%s/%s", set, name).contains(title);
  }
}
