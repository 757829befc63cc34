package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baozhi score}: the golden expectations scored against themselves give 1 everywhere and
 * lose no character of their pages; a copy with one article merged into another, one headline
 * changed and one paragraph split lowers exactly the figures each change should; missing and extra
 * outputs are reported.
 */
class ScoreCommandTest {

  private static final Path TESTDATA = Path.of(System.getProperty("testdata.dir", "../testdata"));
  private static final double EXACT = 1e-12;

  /** Pages with something to perturb: several articles, a headline, a long paragraph. */
  private static final String MERGED = "003_c87d14da307c1518";
  private static final String RETITLED = "000_dd68295843c8d82c";
  private static final String SPLIT = "wire_datelines";

  @TempDir Path out;

  @BeforeEach
  void copyTheExpectationsAsOutput() throws IOException {
    try (Stream<Path> files = Files.list(TESTDATA)) {
      for (Path file : files.filter(f -> f.toString().endsWith(ScoreCommand.TRUTH_SUFFIX)).toList()) {
        String name = file.getFileName().toString();
        Files.copy(file, out.resolve(name.replace(ScoreCommand.TRUTH_SUFFIX, ScoreCommand.JSON_SUFFIX)));
      }
    }
  }

  private JsonNode score(int exitCode) throws IOException {
    MainTest.Result r = MainTest.run("score", "--json", TESTDATA.toString(), out.toString(),
        TESTDATA.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(exitCode);
    return PageJson.mapper().readTree(r.out());
  }

  private static JsonNode page(JsonNode report, String name) {
    for (JsonNode page : report.get("pages")) {
      if (page.get("page").asText().equals(name)) {
        return page;
      }
    }
    throw new AssertionError("no page " + name);
  }

  /** Every figure of a page's (or the overall) scores, by its path in the JSON. */
  private static List<String> perfect(JsonNode figures) {
    List<String> off = new ArrayList<>();
    for (String path : List.of("/articles/precision", "/articles/recall", "/articles/f1",
        "/fields/headline/accuracy", "/fields/headline/similarity", "/fields/dateline/accuracy",
        "/fields/dateline/similarity", "/fields/byline/accuracy", "/fields/byline/similarity",
        "/fields/body/accuracy", "/fields/body/similarity", "/paragraphs/precision",
        "/paragraphs/recall", "/paragraphs/f1")) {
      if (figures.at(path).asDouble() != 1.0) {
        off.add(path);
      }
    }
    return off;
  }

  @Test
  void theGoldenPagesScoredAgainstThemselvesGiveOneEverywhereAndLoseNothing() throws IOException {
    JsonNode report = score(0);
    assertThat(report.get("pages")).hasSize((int) Files.list(TESTDATA)
        .filter(f -> f.toString().endsWith(ScoreCommand.TRUTH_SUFFIX)).count());
    for (JsonNode page : report.get("pages")) {
      assertThat(perfect(page)).as(page.get("page").asText()).isEmpty();
      assertThat(page.at("/characters/lost").asInt()).as(page.get("page").asText()).isZero();
      assertThat(page.at("/characters/input").asInt()).isPositive();
    }
    assertThat(perfect(report.get("overall"))).isEmpty();
    assertThat(report.get("missing")).isEmpty();
    assertThat(report.get("extra")).isEmpty();
  }

  @Test
  void aPerturbedCopyLowersExactlyTheFiguresEachChangeShould() throws IOException {
    JsonNode whole = score(0).get("overall");
    int truth = whole.at("/articles/truth").asInt();

    ObjectNode merged = read(MERGED);
    ArrayNode articles = (ArrayNode) merged.get("articles");
    int n = articles.size();
    ArrayNode body = (ArrayNode) articles.get(0).get("body");
    JsonNode second = articles.remove(1);
    int lengthOfFirst = String.join("", texts(body)).length();
    int lengthOfSecond = String.join("", texts(second.get("body"))).length();
    // The merged body is more like the first's than the second's, so it is the first article.
    assertThat(lengthOfSecond).as("the merged article matches the first").isLessThan(lengthOfFirst);
    body.addAll((ArrayNode) second.get("body"));
    write(MERGED, merged);

    ObjectNode retitled = read(RETITLED);
    JsonNode titled = null;
    for (JsonNode article : retitled.get("articles")) {
      titled = titled == null && article.get("headline").isObject() ? article : titled;
    }
    assertThat(titled).as("an article with a headline").isNotNull();
    ((ObjectNode) titled.get("headline")).put("title", "完全另一个标题");
    int retitledArticles = retitled.get("articles").size();
    write(RETITLED, retitled);

    ObjectNode split = read(SPLIT);
    ArrayNode paragraphs = (ArrayNode) split.get("articles").get(0).get("body");
    String paragraph = paragraphs.get(0).asText();
    paragraphs.set(0, TextNode.valueOf(paragraph.substring(0, paragraph.length() / 2)));
    paragraphs.insert(1, TextNode.valueOf(paragraph.substring(paragraph.length() / 2)));
    int boundaries = -1; // the page's boundaries before the split: one more now
    for (JsonNode article : split.get("articles")) {
      boundaries += Math.max(0, article.get("body").size() - 1);
    }
    write(SPLIT, split);

    JsonNode report = score(0);
    JsonNode m = page(report, MERGED);
    assertThat(m.at("/articles/precision").asDouble()).isEqualTo(1.0);
    assertThat(m.at("/articles/recall").asDouble()).isCloseTo((n - 1.0) / n, within(EXACT));
    assertThat(m.at("/fields/body/accuracy").asDouble()).isCloseTo((n - 2.0) / n, within(EXACT));
    assertThat(m.at("/fields/headline/accuracy").asDouble()).isCloseTo((n - 1.0) / n, within(EXACT));

    JsonNode h = page(report, RETITLED);
    assertThat(perfect(h)).containsExactly("/fields/headline/accuracy", "/fields/headline/similarity");
    assertThat(h.at("/fields/headline/accuracy").asDouble())
        .isCloseTo((retitledArticles - 1.0) / retitledArticles, within(EXACT));

    JsonNode p = page(report, SPLIT);
    assertThat(perfect(p)).containsExactly("/paragraphs/precision", "/paragraphs/f1");
    double precision = boundaries / (boundaries + 1.0);
    assertThat(p.at("/paragraphs/precision").asDouble()).isCloseTo(precision, within(EXACT));
    assertThat(p.at("/characters/lost").asInt()).isZero();

    JsonNode all = report.get("overall");
    assertThat(all.at("/articles/recall").asDouble()).isCloseTo((truth - 1.0) / truth, within(EXACT));
    assertThat(all.at("/articles/precision").asDouble()).isEqualTo(1.0);
    assertThat(all.at("/fields/headline/accuracy").asDouble())
        .isCloseTo((truth - 2.0) / truth, within(EXACT)); // one article unmatched, one retitled
    // Every other page keeps its perfect score.
    for (JsonNode page : report.get("pages")) {
      if (!List.of(MERGED, RETITLED, SPLIT).contains(page.get("page").asText())) {
        assertThat(perfect(page)).as(page.get("page").asText()).isEmpty();
      }
    }
  }

  @Test
  void missingAndExtraOutputsAreReported() throws IOException {
    Files.delete(out.resolve(MERGED + ScoreCommand.JSON_SUFFIX));
    Files.writeString(out.resolve("stray.json"), "{\"articles\":[]}");
    MainTest.Result r = MainTest.run("score", TESTDATA.toString(), out.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(out.resolve(MERGED + ".json") + ": no such file; scored as a page with no article")
        .contains(out.resolve("stray.json") + ": no expected page in " + TESTDATA + ", not scored");
    assertThat(r.out()).startsWith("page").contains("\nall ").contains("accuracy")
        .contains(MERGED + " ");
    JsonNode report = score(1);
    assertThat(report.get("missing")).extracting(JsonNode::asText).containsExactly(MERGED);
    assertThat(report.get("extra")).extracting(JsonNode::asText).containsExactly("stray");
    assertThat(page(report, MERGED).at("/articles/recall").asDouble()).isZero();
  }

  @Test
  void itHasHelp() {
    MainTest.Result r = MainTest.run("score", "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("TRUTH_DIR").contains("docs/contract.md").contains("--json");
  }

  @Test
  void aFolderThatDoesNotExistIsAUsageError() {
    MainTest.Result r = MainTest.run("score", TESTDATA.toString(), out.resolve("none").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is not a directory").doesNotContain("Exception");
  }

  private ObjectNode read(String name) throws IOException {
    return (ObjectNode) PageJson.mapper().readTree(out.resolve(name + ScoreCommand.JSON_SUFFIX).toFile());
  }

  private void write(String name, JsonNode page) throws IOException {
    PageJson.mapper().writeValue(out.resolve(name + ScoreCommand.JSON_SUFFIX).toFile(), page);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }
}
