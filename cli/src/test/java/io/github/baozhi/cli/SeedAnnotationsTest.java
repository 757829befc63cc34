package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.text.Normalizer2;
import io.github.baozhi.Article;
import io.github.baozhi.Page;
import io.github.baozhi.testdata.BaozhiPages;
import io.github.baozhi.Unassigned;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The seed pages parse to the hand-checked annotations in {@code seeds/annotated/}, compared the
 * way {@code baozhi score} compares text ({@code docs/contract.md}): after NFKC and with whitespace removed, and with
 * headline parts joined (the kicker/title split cannot always be told from plain text).
 */
class SeedAnnotationsTest {

  private static final Path ANNOTATIONS =
      Path.of(System.getProperty("annotations.dir", "../seeds/annotated"));
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  @TestFactory
  Stream<DynamicTest> seedsMatchTheirAnnotations() throws IOException {
    try (Stream<Path> files = Files.list(ANNOTATIONS)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
          .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }
  }

  private static void check(Path annotation) throws IOException {
    String name = annotation.getFileName().toString().replace(".json", "");
    JsonNode truth = PageJson.mapper().readTree(annotation.toFile());
    Page page = BaozhiPages.parser(name).parse(BaozhiPages.bytes(name), name + ".txt");
    List<String> expected = new ArrayList<>();
    for (JsonNode a : truth.get("articles")) {
      JsonNode h = a.get("headline");
      expected.add("headline: " + (h.isNull() ? null
          : n(text(h.get("kicker")) + text(h.get("title")) + text(h.get("subtitle")))));
      expected.add("dateline: " + (a.get("dateline").isNull() ? null : n(a.get("dateline").asText())));
      for (JsonNode p : a.get("body")) {
        expected.add("  " + n(p.asText()));
      }
      expected.add("byline: " + (a.get("byline").isNull() ? null : n(a.get("byline").asText())));
    }
    for (JsonNode u : truth.get("unassigned")) {
      expected.add("unassigned: " + n(u.isTextual() ? u.asText() : u.get("text").asText()));
    }
    List<String> actual = new ArrayList<>();
    for (Article a : page.articles()) {
      actual.add("headline: " + (a.headline() == null ? null : n(text(a.headline().kicker())
          + text(a.headline().title()) + text(a.headline().subtitle()))));
      actual.add("dateline: " + (a.dateline() == null ? null : n(a.dateline().text())));
      a.body().forEach(p -> actual.add("  " + n(p)));
      actual.add("byline: " + (a.byline() == null ? null : n(a.byline().text())));
    }
    for (Unassigned u : page.unassigned()) {
      actual.add("unassigned: " + n(u.text()));
    }
    assertThat(String.join("\n", actual)).as(name).isEqualTo(String.join("\n", expected));
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? "" : node.asText();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private static String n(String s) {
    return NFKC.normalize(s).replaceAll("\\s+", "");
  }
}
