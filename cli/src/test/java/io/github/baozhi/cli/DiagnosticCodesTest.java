package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic code the code emits has a row in the README's table and in the Javadoc. */
class DiagnosticCodesTest {

  private static final Path ROOT = Path.of(System.getProperty("schema.dir", "../docs")).getParent();
  private static final Pattern EMITTED = Pattern.compile("new Diagnostic\\(\\s*\"([a-z]+(?:-[a-z]+)*)\"");

  @Test
  void everyEmittedCodeIsDocumentedInTheReadmeAndTheJavadoc() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(ROOT.resolve("core/src/main/java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = EMITTED.matcher(Files.readString(file));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    assertThat(codes).contains("byline-orphan", "date-unresolved");
    String readme = Files.readString(ROOT.resolve("README.md"));
    String javadoc = Files.readString(ROOT.resolve("core/src/main/java/io/github/baozhi/Diagnostic.java"));
    for (String code : codes) {
      assertThat(readme).as("README row for %s", code).contains("| `" + code + "` |");
      assertThat(javadoc).as("Javadoc row for %s", code).contains("<td>{@code " + code + "}</td>");
    }
    assertThat(javadoc).doesNotContain("headline-unmatched");
  }
}
