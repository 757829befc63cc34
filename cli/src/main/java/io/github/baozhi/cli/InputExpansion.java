package io.github.baozhi.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The inputs named on the command line made into the list of pages to read: {@code -} is
 * standard input, a file is itself, a directory read with {@code -r} is the files {@code --glob}
 * selects in its tree. What cannot be read is a failure of its own, and the rest is still read.
 */
final class InputExpansion {

  /** The inputs found, and whether a directory was read (its outputs then make a tree). */
  record Expanded(List<Input> inputs, boolean walkedADirectory) {}

  private final boolean recursive;
  private final PathMatcher matcher;
  private final String glob;
  private final Failures failures;

  /**
   * @param glob the {@code --glob} pattern, for messages; {@code matcher} is made from it
   */
  InputExpansion(boolean recursive, PathMatcher matcher, String glob, Failures failures) {
    this.recursive = recursive;
    this.matcher = matcher;
    this.glob = glob;
    this.failures = failures;
  }

  Expanded expand(List<String> names) {
    List<Input> expanded = new ArrayList<>();
    boolean walked = false;
    for (String name : names) {
      if (name.equals("-")) {
        expanded.add(Input.stdin());
        continue;
      }
      Path path;
      try {
        path = Path.of(name);
      } catch (InvalidPathException e) {
        // The JVM decoded the argument in the platform's charset (LANG=C: ASCII) and lost bytes.
        failures.add(name, "the name cannot be given in this locale's charset; use a UTF-8 locale"
            + " (LANG=C.UTF-8), or -r on its folder");
        continue;
      }
      if (Files.isDirectory(path)) {
        if (!recursive) {
          failures.add(name, "is a directory (use -r to read the pages in it)");
          continue;
        }
        walked = true;
        walk(name, path, expanded);
      } else if (!Files.exists(path)) {
        failures.add(name, "no such file");
      } else {
        expanded.add(Input.file(path, path.getFileName(), path));
      }
    }
    return new Expanded(expanded, walked);
  }

  /**
   * The pages a manifest lists, in its order, when it is the run's list of inputs: each row's
   * file, its source and its place under {@code -o DIR} the path as the row writes it. A row whose
   * file is missing, or is a directory, is a failure of its own.
   */
  List<Input> listed(Manifest manifest) {
    List<Input> listed = new ArrayList<>();
    for (Manifest.Row row : manifest.rows()) {
      String where = " (--manifest " + manifest.name() + " row " + row.number() + ")";
      if (Files.isDirectory(row.file())) {
        failures.add(row.written(), "is a directory, not a page" + where);
      } else if (!Files.exists(row.file())) {
        failures.add(row.written(), "no such file" + where);
      } else {
        Path written = Path.of(row.written());
        listed.add(Input.file(row.file(), written, written));
      }
    }
    return listed;
  }

  /**
   * Adds the files {@code --glob} selects under the directory {@code path} (named {@code name} on
   * the command line), sorted. A link given on the command line is followed (links inside are
   * not, but for files); a subfolder that cannot be read is one failure, and the rest of the tree
   * is still read; a directory in which nothing matches is a failure too, rather than silence.
   */
  private void walk(String name, Path path, List<Input> expanded) {
    List<Input> found = new ArrayList<>();
    int failed = failures.count();
    try {
      Path root = Files.isSymbolicLink(path) ? path.toRealPath() : path;
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          boolean regular = attributes.isRegularFile()
              || attributes.isSymbolicLink() && Files.isRegularFile(file);
          if (regular && matcher.matches(file.getFileName())) {
            Path relative = root.relativize(file);
            found.add(Input.file(path.resolve(relative), relative, relative));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          failures.add(path.resolve(root.relativize(file)).toString(),
              "cannot read: " + Main.reason(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      failures.add(name, "cannot list directory: " + Main.reason(e));
      return;
    }
    found.sort(Comparator.comparing(Input::relative));
    expanded.addAll(found);
    if (found.isEmpty() && failures.count() == failed) {
      failures.add(name, "no file in it matches --glob '" + glob + "'");
    }
  }
}
