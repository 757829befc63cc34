package io.github.baozhi.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The inputs of the tests: the project's engine samples and the hand-written files. */
final class TestFiles {

  /** The two seed pages of {@code testdata/engine/samples}. */
  static final String PAGE_1 = "001_c82f54578a695e9c";
  static final String PAGE_3 = "003_c87d14da307c1518";

  private TestFiles() {}

  /** {@code testdata/engine/samples}, found through the {@code testdata.dir} property. */
  static Path samples() {
    String dir = System.getProperty("testdata.dir", "../testdata");
    return Path.of(dir, "engine", "samples");
  }

  static byte[] sample(String folder, String name) {
    String extension = switch (folder) {
      case "hocr" -> ".hocr";
      case "alto" -> ".xml";
      case "paddle" -> ".json";
      default -> throw new IllegalArgumentException(folder);
    };
    try {
      return Files.readAllBytes(samples().resolve(folder).resolve(name + extension));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A hand-written file under {@code src/test/resources/io/github/baozhi/ocr/}. */
  static byte[] resource(String path) {
    try (InputStream in = TestFiles.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
