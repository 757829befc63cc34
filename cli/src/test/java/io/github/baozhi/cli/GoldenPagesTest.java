package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.github.baozhi.testdata.BaozhiPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code testdata/NAME.txt} parses to exactly {@code testdata/NAME.expected.json}.
 *
 * <p>A page may come with {@code NAME.options} to parse it with other than the default options.
 * Run with {@code -Dgolden.update=true} to rewrite the expectations from the current parser,
 * then review the diff like code.
 */
class GoldenPagesTest {

  private static final Path TESTDATA = Path.of(System.getProperty("testdata.dir", "../testdata"));
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** The pages in the source folder, to check that the fixtures artifact holds them all. */
  static List<String> pageNames() throws IOException {
    try (Stream<Path> files = Files.list(TESTDATA)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length()))
          .sorted()
          .toList();
    }
  }

  @Test
  void theFixturesArtifactHoldsEveryPage() throws IOException {
    assertThat(BaozhiPages.names()).isEqualTo(pageNames());
  }

  @Test
  void everyPageHasAnExpectationAndEveryExpectationAPage() throws IOException {
    Set<String> pages = new TreeSet<>(pageNames());
    Set<String> expectations = new TreeSet<>();
    try (Stream<Path> files = Files.list(TESTDATA)) {
      files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".expected.json"))
          .forEach(n -> expectations.add(n.substring(0, n.length() - ".expected.json".length())));
    }
    if (!UPDATE) {
      assertThat(expectations).as("expectations in %s", TESTDATA).isEqualTo(pages);
    }
    assertThat(pages).as("golden pages in %s", TESTDATA).hasSizeGreaterThanOrEqualTo(10);
  }

  @TestFactory
  Stream<DynamicTest> goldenPages() throws IOException {
    // Pages are read through the fixtures API, the one loader, built from testdata/ in this same
    // reactor run; updates are written back to testdata/.
    return BaozhiPages.names().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  private static void check(String name) throws IOException {
    Path expectedFile = TESTDATA.resolve(name + ".expected.json");
    String actual = new String(PageJson.page(
        BaozhiPages.parser(name).parse(BaozhiPages.bytes(name), name + ".txt"), true), StandardCharsets.UTF_8);
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expectedFile)) {
      fail(name + ".txt has no " + expectedFile.getFileName() + "; run with -Dgolden.update=true");
    }
    String expected = BaozhiPages.expectedJson(name);
    if (!expected.equals(actual)) {
      List<String> a = expected.lines().toList();
      List<String> b = actual.lines().toList();
      List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
          name + ".expected.json", name + " (parsed now)", a, DiffUtils.diff(a, b), 3);
      fail("golden page " + name + ".txt no longer parses as expected:\n" + String.join("\n", diff));
    }
  }
}
