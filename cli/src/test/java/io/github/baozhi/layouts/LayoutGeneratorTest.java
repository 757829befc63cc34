package io.github.baozhi.layouts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator's pages are fixed by variant and seed, and their truth is their text. */
class LayoutGeneratorTest {

  private static LayoutGenerator generator;

  @BeforeAll
  static void read() throws IOException {
    generator = LayoutGenerator.reading(Path.of("../testdata/layouts/articles.json"));
  }

  @Test
  void aPageIsFixedByItsVariantAndSeed() {
    LayoutVariant v = LayoutVariant.ORDINARY;
    assertThat(generator.page(v, 4)).isEqualTo(generator.page(v, 4));
    assertThat(generator.page(v, 4).text()).isNotEqualTo(generator.page(v, 5).text());
  }

  @Test
  void theTruthHoldsEveryCharacterOfThePageAndNoOther() {
    for (LayoutVariant v : LayoutVariant.ALL) {
      for (int seed = 0; seed < 5; seed++) {
        LayoutGenerator.GeneratedPage page = generator.page(v, seed);
        String printed = page.text().replaceAll("(?<=[A-Za-z])-\n(?=[A-Za-z])", "\n");
        assertThat(sorted(printed)).as(page.name()).isEqualTo(sorted(truthText(page.truth())));
      }
    }
  }

  @Test
  void noLineStartsWithAClosingMark() {
    for (LayoutVariant v : LayoutVariant.ALL) {
      for (int seed = 0; seed < 5; seed++) {
        for (String line : generator.page(v, seed).text().split("\n")) {
          assertThat(line.isEmpty() || ColumnSetter.CLOSING.indexOf(line.codePointAt(0)) < 0)
              .as("%s seed %d: %s", v.name(), seed, line).isTrue();
        }
      }
    }
  }

  @Test
  void narrowColumnsAreNoWiderThanTheirCellsButForHangingAndSqueezedMarks() {
    LayoutVariant v = LayoutVariant.named("width-10");
    ColumnSetter cells = new ColumnSetter(10, v.quotes());
    for (int seed = 0; seed < 5; seed++) {
      LayoutGenerator.GeneratedPage page = generator.page(v, seed);
      List<String> headlines = new ArrayList<>();
      page.truth().get("articles").forEach(a -> a.path("headline").forEach(
          part -> headlines.addAll(List.of(part.asText("").split(" ")))));
      for (String line : page.text().split("\n")) {
        if (headlines.contains(line)) {
          continue; // display type across columns
        }
        int hanging = 0;
        for (int k = line.length(); k > 0 && hanging < ColumnSetter.MAX_HANGING
            && ColumnSetter.CLOSING.indexOf(line.charAt(k - 1)) >= 0; k--) {
          hanging += cells.halfCells(line.charAt(k - 1));
        }
        int width = line.codePoints().map(cells::halfCells).sum();
        long squeezed = line.codePoints().filter(cp -> ColumnSetter.SQUEEZABLE.indexOf(cp) >= 0)
            .count();
        assertThat(width - hanging - squeezed).as("%s: %s", page.name(), line).isLessThanOrEqualTo(2 * 10);
      }
    }
  }

  @Test
  void everyArticleOfAPageOfBriefsOpensWithADateline() {
    LayoutVariant v = LayoutVariant.named("headlines-none");
    for (int seed = 0; seed < 5; seed++) {
      for (JsonNode a : generator.page(v, seed).truth().get("articles")) {
        assertThat(a.get("headline").isNull()).isTrue();
        assertThat(a.get("dateline").isNull()).isFalse();
      }
    }
  }

  private static String truthText(JsonNode truth) {
    StringBuilder out = new StringBuilder();
    for (JsonNode a : truth.get("articles")) {
      a.path("headline").forEach(part -> out.append(part.asText("")));
      out.append(a.path("dateline").asText("")).append(a.path("byline").asText(""));
      a.get("body").forEach(p -> out.append(p.asText()));
    }
    truth.get("unassigned").forEach(u -> out.append(u.asText()));
    return out.toString();
  }

  private static String sorted(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).codePoints()
        .filter(cp -> !Character.isWhitespace(cp)).sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
