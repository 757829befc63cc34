package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.baozhi.testdata.BaozhiPages;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every character of the input reaches JSONL: the text fields of the article records and the
 * unassigned records of each page hold every non-blank character of the page exactly once (but
 * for the hyphens of re-joined Latin words, the one exception the README names), for every
 * golden text page and for the engine samples, measured against their reading-order text.
 */
class JsonlConservationTest {

  private static final Path TESTDATA = Path.of(System.getProperty("testdata.dir", "../testdata"));
  private static final char REMOVED_HYPHEN = '-';
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Characters found only in unassigned records: without them, conservation would fail. */
  private static final AtomicLong UNASSIGNED_CHARACTERS = new AtomicLong();

  private static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = Main.run(args, InputStream.nullInputStream(), out, new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    return out.toString(StandardCharsets.UTF_8);
  }

  @TestFactory
  Stream<DynamicTest> everyCharacterOfATextPageReachesJsonl() {
    return BaozhiPages.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Path page = TESTDATA.resolve(name + ".txt");
      assertConserved(BaozhiPages.text(name), cli("--format", "jsonl", page.toString()));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyCharacterOfEngineOutputReachesJsonl() {
    Path samples = TESTDATA.resolve("engine/samples");
    return Stream.of("hocr/001_c82f54578a695e9c.hocr", "alto/003_c87d14da307c1518.xml",
            "paddle/001_c82f54578a695e9c.json")
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          String input = samples.resolve(name).toString();
          assertConserved(cli("--format", "text", input), cli("--format", "jsonl", input));
        }));
  }

  @AfterAll
  static void unassignedRecordsCarriedText() {
    assertThat(UNASSIGNED_CHARACTERS.get()).as("characters that only unassigned records hold")
        .isPositive();
  }

  private static void assertConserved(String input, String jsonl) {
    StringBuilder output = new StringBuilder();
    for (JsonNode article : MainTest.records(jsonl, "article")) {
      JsonNode headline = article.get("headline");
      for (String part : List.of("kicker", "title", "subtitle")) {
        append(output, headline.path(part));
      }
      append(output, article.get("dateline").path("text"));
      article.get("body").forEach(paragraph -> append(output, paragraph));
      append(output, article.get("byline").path("text"));
    }
    StringBuilder unassigned = new StringBuilder();
    for (JsonNode piece : MainTest.records(jsonl, "unassigned")) {
      append(unassigned, piece.get("text"));
    }
    UNASSIGNED_CHARACTERS.addAndGet(characters(unassigned.toString()).values().stream()
        .mapToLong(Integer::longValue).sum());
    Map<Integer, Integer> in = characters(input.isEmpty() || input.charAt(0) != BYTE_ORDER_MARK
        ? input : input.substring(1));
    Map<Integer, Integer> out = characters(output.append(unassigned).toString());
    in.remove((int) REMOVED_HYPHEN);
    out.remove((int) REMOVED_HYPHEN);
    assertThat(out).isEqualTo(in);
  }

  private static void append(StringBuilder out, JsonNode text) {
    if (text != null && text.isTextual()) {
      out.append(text.asText());
    }
  }

  /** The multiset of non-blank UTF-16 units. */
  private static Map<Integer, Integer> characters(String text) {
    Map<Integer, Integer> counts = new TreeMap<>();
    text.chars().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(c -> counts.merge(c, 1, Integer::sum));
    return counts;
  }
}
