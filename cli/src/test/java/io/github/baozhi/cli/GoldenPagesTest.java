package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.github.baozhi.PageParser;
import io.github.baozhi.ParserOptions;
import io.github.baozhi.Punctuation;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
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

  /**
   * The parser for a page: defaults, or the options in {@code NAME.options} (a properties file
   * with {@code issue-date}, {@code punctuation} and {@code repair-ocr-spacing}).
   */
  private static PageParser parserFor(String name) throws IOException {
    Path optionsFile = TESTDATA.resolve(name + ".options");
    if (!Files.exists(optionsFile)) {
      return PageParser.create();
    }
    Properties props = new Properties();
    try (var reader = Files.newBufferedReader(optionsFile, StandardCharsets.UTF_8)) {
      props.load(reader);
    }
    ParserOptions.Builder options = ParserOptions.builder();
    if (props.containsKey("issue-date")) {
      options.issueDate(LocalDate.parse(props.getProperty("issue-date")));
    }
    if (props.containsKey("punctuation")) {
      options.punctuation(Punctuation.valueOf(props.getProperty("punctuation").toUpperCase(Locale.ROOT)));
    }
    if (props.containsKey("repair-ocr-spacing")) {
      options.repairOcrSpacing(Boolean.parseBoolean(props.getProperty("repair-ocr-spacing")));
    }
    return PageParser.create(options.build());
  }

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
    return pageNames().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
  }

  private static void check(String name) throws IOException {
    Path page = TESTDATA.resolve(name + ".txt");
    Path expectedFile = TESTDATA.resolve(name + ".expected.json");
    String actual = PageJson.write(PageJson.page(parserFor(name).parse(page)), true) + "\n";
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(expectedFile)) {
      fail(name + ".txt has no " + expectedFile.getFileName() + "; run with -Dgolden.update=true");
    }
    String expected = Files.readString(expectedFile, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      List<String> a = expected.lines().toList();
      List<String> b = actual.lines().toList();
      List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(
          name + ".expected.json", name + " (parsed now)", a, DiffUtils.diff(a, b), 3);
      fail("golden page " + name + ".txt no longer parses as expected:\n" + String.join("\n", diff));
    }
  }
}
