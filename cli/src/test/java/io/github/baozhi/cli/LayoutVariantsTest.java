package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.baozhi.PageParser;
import io.github.baozhi.layouts.LayoutGenerator;
import io.github.baozhi.layouts.LayoutVariant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The parser on the layout generator's pages (issue #11): a fixed sample of {@value
 * #PAGES_PER_VARIANT} pages of every {@link LayoutVariant}, scored as {@code shared/tools/score.py}
 * scores ({@link LayoutScores}), may not fall below its variant's floor in {@code
 * testdata/layouts/floors.csv}, and may not lose a character. {@code bench/layouts.sh} prints the
 * full table on more pages. After a parser change that raises the figures, rewrite the floors
 * (measured less 0.01, rounded down to hundredths) with {@code -Dlayouts.update=true}.
 */
class LayoutVariantsTest {

  /** Pages per variant in the build: enough to see a variant's class of mistake, run in seconds. */
  static final int PAGES_PER_VARIANT = 5;

  /** A floor stands this far under the figure measured, against rounding, not against losses. */
  static final double FLOOR_MARGIN = 0.01;

  private static final Path ARTICLES = Path.of("../testdata/layouts/articles.json");
  private static final Path FLOORS = Path.of("../testdata/layouts/floors.csv");
  private static final boolean UPDATE = Boolean.getBoolean("layouts.update");
  private static final Map<String, Double> MEASURED = new LinkedHashMap<>();

  @TestFactory
  Stream<DynamicTest> everyVariantHoldsItsFloorAndLosesNothing() throws IOException {
    LayoutGenerator generator = LayoutGenerator.reading(ARTICLES);
    Map<String, Double> floors = floors();
    return LayoutVariant.ALL.stream().map(v -> DynamicTest.dynamicTest(v.name(),
        () -> check(generator, v, floors)));
  }

  @Test
  void everyVariantHasAFloor() throws IOException {
    Assumptions.assumeFalse(UPDATE, "the floors are being written");
    assertThat(floors().keySet())
        .containsExactlyElementsOf(LayoutVariant.ALL.stream().map(LayoutVariant::name).toList());
  }

  private static synchronized void check(LayoutGenerator generator, LayoutVariant variant,
      Map<String, Double> floors) throws IOException {
    PageParser parser = PageParser.create();
    LayoutScores all = new LayoutScores();
    List<String> pages = new ArrayList<>();
    for (int seed = 0; seed < PAGES_PER_VARIANT; seed++) {
      LayoutGenerator.GeneratedPage page = generator.page(variant, seed);
      JsonNode written = PageJson.mapper().readTree(PageJson.page(
          parser.parse(page.text().getBytes(StandardCharsets.UTF_8), page.name() + ".txt"),
          false));
      CharactersLost lost = CharactersLost.of(page.text(), written);
      assertThat(lost.lost()).as("%s seed %d (%s): characters lost of %d", variant.name(), seed,
          page.name(), lost.input()).isZero();
      LayoutScores one = new LayoutScores();
      one.add(page.truth(), written);
      all.add(page.truth(), written);
      pages.add(String.format(Locale.ROOT, "  seed %d (%s): %s", seed, page.name(), one));
    }
    MEASURED.put(variant.name(), all.quality());
    if (UPDATE) {
      writeFloors();
      return;
    }
    Double floor = floors.get(variant.name());
    assertThat(floor).as("floor of %s in %s", variant.name(), FLOORS).isNotNull();
    assertThat(all.quality())
        .as("%s, seeds 0 to %d, below its floor %.2f: %s%n%s", variant.name(),
            PAGES_PER_VARIANT - 1, floor, all, String.join("\n", pages))
        .isGreaterThanOrEqualTo(floor);
  }

  private static Map<String, Double> floors() throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    if (UPDATE && !Files.exists(FLOORS)) {
      return out;
    }
    for (String line : Files.readAllLines(FLOORS)) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("variant,")) {
        continue;
      }
      String[] cells = line.split(",");
      out.put(cells[0].strip(), Double.parseDouble(cells[1].strip()));
    }
    return out;
  }

  /** The floors measured so far, each the figure less the margin, rounded down to hundredths. */
  private static void writeFloors() throws IOException {
    Map<String, Double> floors = floors();
    MEASURED.forEach((v, q) -> floors.put(v, Math.floor(100 * (q - FLOOR_MARGIN)) / 100));
    StringBuilder out = new StringBuilder("# Quality floors of LayoutVariantsTest: pages 0 to "
        + (PAGES_PER_VARIANT - 1) + " of each variant, scored as shared/tools/score.py scores;\n"
        + "# each the figure measured less " + FLOOR_MARGIN + ", rounded down. Raise, never lower"
        + " without saying why.\nvariant,quality\n");
    for (LayoutVariant v : LayoutVariant.ALL) {
      if (floors.containsKey(v.name())) {
        out.append(v.name()).append(',')
            .append(String.format(Locale.ROOT, "%.2f", floors.get(v.name()))).append('\n');
      }
    }
    Files.writeString(FLOORS, out);
  }
}
