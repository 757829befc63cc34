package io.github.baozhi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages benchmarks parse: the real seed pages, or a larger mix of every golden page in
 * {@code testdata/} (UTF-8 ones) stitched into pages of about 40 KB, the size of a broadsheet page.
 */
public final class Corpus {

  private final List<String> pages;
  private final long utf8Bytes;

  private Corpus(List<String> pages) {
    this.pages = List.copyOf(pages);
    this.utf8Bytes = pages.stream().mapToLong(p -> p.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  public List<String> pages() {
    return pages;
  }

  public long utf8Bytes() {
    return utf8Bytes;
  }

  /** {@code seeds} or {@code mix}, from the project directory named by {@code -Dbaozhi.root}. */
  public static Corpus load(String name) {
    return load(name, Path.of(System.getProperty("baozhi.root", ".")));
  }

  /** {@code seeds} or {@code mix}, read from the project directory {@code root}. */
  public static Corpus load(String name, Path root) {
    try {
      if (name.equals("seeds")) {
        return new Corpus(readAll(root.resolve("seeds")));
      }
      if (name.equals("mix")) {
        List<String> sources = readAll(root.resolve("testdata"));
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (int round = 0; round < 8; round++) {
          for (String source : sources) {
            page.append(source).append("\n\n");
            if (page.length() > 14_000) {
              pages.add(page.toString());
              page.setLength(0);
            }
          }
        }
        return new Corpus(pages);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("no corpus " + name + "; use seeds or mix");
  }

  private static List<String> readAll(Path dir) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.contains("\uFFFD")) {
          texts.add(text);
        }
      }
    }
    return texts;
  }
}
