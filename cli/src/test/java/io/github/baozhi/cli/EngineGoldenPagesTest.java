package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.ocr.InputFormat;
import io.github.baozhi.ocr.PageReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every engine file of {@code testdata/engine/SET/KIND/} parses to exactly {@code
 * testdata/engine/SET/expected/KIND/NAME.json}, the page JSON the command writes for it (the pages
 * one after another for a file of several).
 *
 * <p>The expectations record what the layout code does today, not a hand-checked truth (that is
 * {@code SET/truth/}): whoever changes the layout or the parser runs with {@code
 * -Dgolden.update=true} and reviews the diff like code.
 */
class EngineGoldenPagesTest {

  private static final Path ENGINE = Path.of(System.getProperty("engine.dir", "../testdata/engine"));
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** The folders of engine output in each set, and the format each holds. */
  private static final Map<String, InputFormat> KINDS = Map.of(
      "hocr", InputFormat.HOCR,
      "hocr-psm3", InputFormat.HOCR,
      "alto", InputFormat.ALTO,
      "paddle", InputFormat.PADDLE,
      "page", InputFormat.PAGE_XML);

  private static final String EXPECTED = "expected";
  private static final String JSON = ".json";

  private static final PageReader READER = PageReader.create(PageParser.create());

  /** An engine file and where its expectation lives. */
  private record Case(Path file, InputFormat format, Path expected) {
    String name() {
      return ENGINE.relativize(file).toString();
    }
  }

  private static List<Path> sets() throws IOException {
    try (Stream<Path> sets = Files.list(ENGINE)) {
      return sets.filter(Files::isDirectory).sorted().toList();
    }
  }

  static List<Case> cases() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (Path set : sets()) {
      for (String kind : new TreeSet<>(KINDS.keySet())) {
        Path folder = set.resolve(kind);
        if (!Files.isDirectory(folder)) {
          continue;
        }
        try (Stream<Path> files = Files.list(folder)) {
          for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.lastIndexOf('.'));
            cases.add(new Case(file, KINDS.get(kind), set.resolve(EXPECTED).resolve(kind).resolve(stem + JSON)));
          }
        }
      }
    }
    return cases;
  }

  @Test
  void everyEngineFileHasAnExpectationAndEveryExpectationAFile() throws IOException {
    List<Case> cases = cases();
    assertThat(cases).as("engine files under %s", ENGINE).hasSizeGreaterThanOrEqualTo(KINDS.size());
    Set<Path> wanted = new TreeSet<>();
    cases.forEach(c -> wanted.add(c.expected()));
    Set<Path> present = new TreeSet<>();
    for (Path set : sets()) {
      Path expected = set.resolve(EXPECTED);
      if (Files.isDirectory(expected)) {
        try (Stream<Path> files = Files.walk(expected)) {
          files.filter(p -> p.toString().endsWith(JSON)).forEach(present::add);
        }
      }
    }
    if (!UPDATE) {
      assertThat(present).as("expectations under %s", ENGINE).isEqualTo(wanted);
    }
  }

  @TestFactory
  Stream<DynamicTest> engineGoldenPages() throws IOException {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  /** The page JSON of every page of an engine file, as the command writes it. */
  static String parse(Path file, InputFormat format) {
    return json(READER.read(file, format));
  }

  /** {@code text} read as {@code format}, as {@link #parse(Path, InputFormat)} reads a file. */
  static String parse(String text, String source, InputFormat format) {
    return json(READER.read(text.getBytes(StandardCharsets.UTF_8), source, format));
  }

  private static String json(List<Page> pages) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    for (Page page : pages) {
      json.writeBytes(PageJson.page(page, true));
    }
    return json.toString(StandardCharsets.UTF_8);
  }

  private static void check(Case c) throws IOException {
    String actual = parse(c.file(), c.format());
    if (UPDATE) {
      Files.createDirectories(c.expected().getParent());
      Files.writeString(c.expected(), actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(c.expected())) {
      fail(c.name() + " has no " + ENGINE.relativize(c.expected()) + "; run with -Dgolden.update=true");
    }
    String expected = Files.readString(c.expected(), StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      List<String> a = expected.lines().toList();
      List<String> b = actual.lines().toList();
      List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(ENGINE.relativize(c.expected()).toString(),
          c.name() + " (parsed now)", a, DiffUtils.diff(a, b), 3);
      fail("engine page " + c.name() + " no longer parses as expected:\n" + String.join("\n", diff));
    }
  }
}
