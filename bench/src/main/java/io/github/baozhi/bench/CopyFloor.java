package io.github.baozhi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The floor under a batch run, for {@code bench/curve.sh}: what any converter of a folder of pages
 * must do and nothing more. Each {@code .txt} file of IN_DIR is read, decoded from UTF-8 and
 * encoded again, and written to OUT_DIR/NAME.json as the CLI writes its files (a new file in the
 * folder, renamed over the target), on as many threads as the CLI's {@code -j}. The JVM's start
 * is counted too: it is part of every run of the CLI.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.github.baozhi.bench.CopyFloor IN_DIR OUT_DIR [JOBS]}
 */
public final class CopyFloor {

  private CopyFloor() {}

  public static void main(String[] args) throws Exception {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int jobs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Files.createDirectories(out);
    List<Path> pages;
    try (Stream<Path> files = Files.list(in)) {
      pages = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    ExecutorService workers = Executors.newFixedThreadPool(jobs);
    try {
      List<Future<?>> done = pages.stream()
          .<Future<?>>map(page -> workers.submit(() -> copy(page, out)))
          .toList();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      workers.shutdown();
    }
  }

  private static void copy(Path page, Path out) {
    try {
      String text = new String(Files.readAllBytes(page), StandardCharsets.UTF_8);
      String name = page.getFileName().toString();
      Path target = out.resolve(name.substring(0, name.length() - ".txt".length()) + ".json");
      Path temp = out.resolve("." + name + ".tmp");
      Files.write(temp, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
