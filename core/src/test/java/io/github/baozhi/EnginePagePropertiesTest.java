package io.github.baozhi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.support.Conservation;
import io.github.baozhi.support.RandomEnginePages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Promises that hold for every page of engine output, checked on generated pages in the three
 * engine styles ({@link RandomEnginePages}): parsing never throws, nothing the engine read is lost
 * or invented, the order in which the engine wrote its lines and words does not matter, and the
 * result is deterministic.
 *
 * <p>Named {@code …Test} so that surefire runs it: its default includes do not take
 * {@code *Properties}.
 */
class EnginePagePropertiesTest {

  private static final PageParser PARSER = PageParser.create();

  @Property(tries = 120)
  void engineOutputLosesAndInventsNothing(@ForAll long seed) {
    OcrPage page = new RandomEnginePages(seed).page().page();

    Map<String, Map<Integer, Integer>> difference =
        Conservation.difference(engineText(page), PARSER.parse(page, "p"));

    assertThat(difference.get("lost")).as("characters lost").isEmpty();
    assertThat(difference.get("invented")).as("characters invented").isEmpty();
  }

  @Property(tries = 60)
  void theReadingOrderTextHoldsEveryCharacterOnce(@ForAll long seed) {
    OcrPage page = new RandomEnginePages(seed).page().page();

    assertThat(Conservation.characters(PARSER.readingOrder(page)))
        .isEqualTo(Conservation.characters(engineText(page)));
  }

  @Property(tries = 100)
  void theOrderOfTheEnginesLinesAndWordsDoesNotMatter(@ForAll long seed, @ForAll long order) {
    OcrPage page = new RandomEnginePages(seed).page().page();

    assertThat(PARSER.parse(shuffled(page, new Random(order), true), "p"))
        .isEqualTo(PARSER.parse(page, "p"));
  }

  /**
   * What still holds while the property above fails: with the words of each line in place, the
   * order of the engine's lines changes neither the articles nor what is left unassigned, only
   * the order the strays are numbered in.
   */
  @Property(tries = 100)
  void theOrderOfTheEnginesLinesDoesNotChangeTheArticles(@ForAll long seed, @ForAll long order) {
    OcrPage page = new RandomEnginePages(seed).page().page();

    Page expected = PARSER.parse(page, "p");
    Page actual = PARSER.parse(shuffled(page, new Random(order), false), "p");

    assertThat(actual.articles()).isEqualTo(expected.articles());
    assertThat(actual.unassigned()).extracting(u -> u.text() + " " + u.boxes())
        .containsExactlyInAnyOrderElementsOf(
            expected.unassigned().stream().map(u -> u.text() + " " + u.boxes()).toList());
  }

  @Property(tries = 40)
  void parsingEngineOutputIsDeterministic(@ForAll long seed) {
    OcrPage page = new RandomEnginePages(seed).page().page();

    assertThat(PageParser.create().parse(page, "p")).isEqualTo(PARSER.parse(page, "p"));
    assertThat(PageParser.create().readingOrder(page)).isEqualTo(PARSER.readingOrder(page));
  }

  /** Every character the engine read: its words, or the text of a line without words. */
  static String engineText(OcrPage page) {
    StringBuilder out = new StringBuilder();
    for (OcrLine line : page.lines()) {
      if (line.words().isEmpty()) {
        out.append(line.text());
      } else {
        line.words().forEach(w -> out.append(w.text()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The page with its lines, and if asked the words of each line, in another order. */
  static OcrPage shuffled(OcrPage page, Random random, boolean shuffleWords) {
    List<OcrLine> lines = new ArrayList<>();
    for (OcrLine line : page.lines()) {
      List<OcrWord> words = new ArrayList<>(line.words());
      if (shuffleWords) {
        Collections.shuffle(words, random);
      }
      String text = words.isEmpty() ? line.text()
          : String.join(" ", words.stream().map(OcrWord::text).toList());
      lines.add(new OcrLine(text, line.box(), words, line.confidence(), line.role(), line.region()));
    }
    Collections.shuffle(lines, random);
    return new OcrPage(page.width(), page.height(), page.unit(), lines, page.regions(),
        page.engine(), page.image());
  }
}
