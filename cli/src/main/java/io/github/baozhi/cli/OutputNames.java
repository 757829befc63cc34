package io.github.baozhi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks made on output names before anything is written: two inputs must not write one
 * file, and no output may replace an input. All of it is known from the names, so a run that
 * would break either is refused whole.
 */
final class OutputNames {

  /** The page number that a multi-page input adds to its output names: {@code NAME.page2.json}. */
  private static final Pattern PAGE_SUFFIX = Pattern.compile("(.*)\\.page[0-9]+");

  private OutputNames() {}

  /**
   * Why the outputs of {@code inputs} in {@code -o output} cannot all be written, or null. Two
   * inputs of one name but for the extension ({@code p.txt}, {@code p.hocr}) would write the same
   * {@code p.json}; an input of several pages writes {@code p.page1.json}…, which an input {@code
   * p.page1.txt} would write too; and no output may replace an input ({@code --format text} of
   * {@code p.txt} into its own folder).
   */
  static String collisions(Path output, List<Input> inputs, String extension) {
    Path dir = realPath(output);
    Map<Path, Input> stems = new HashMap<>();
    for (Input input : inputs) {
      Input other = stems.putIfAbsent(dir.resolve(input.stem()).normalize(), input);
      if (other != null) {
        return collision(output, other, input, input.outputName(extension, 1, 1));
      }
    }
    for (Input input : inputs) {
      Matcher paged = PAGE_SUFFIX.matcher(input.stem().getFileName().toString());
      if (paged.matches()) {
        Path stem = dir.resolve(input.stem()).normalize();
        Path base = stem.resolveSibling(FileNames.replaceExtension(stem.getFileName(), ""));
        Input multi = stems.get(base);
        if (multi != null) {
          return collision(output, multi, input, input.outputName(extension, 1, 1));
        }
      }
    }
    for (Input input : inputs) {
      if (input.path() == null) {
        continue;
      }
      Path file = realPath(input.path());
      String name = file.getFileName().toString();
      if (!name.endsWith(extension)) {
        continue;
      }
      Path stem = file.resolveSibling(FileNames.replaceExtension(file.getFileName(), ""));
      Matcher paged = PAGE_SUFFIX.matcher(stem.getFileName().toString());
      Input writer = stems.get(stem);
      if (writer == null && paged.matches()) {
        writer = stems.get(stem.resolveSibling(FileNames.replaceExtension(stem.getFileName(), "")));
      }
      if (writer != null) {
        return "writing " + output.resolve(writer.outputName(extension, 1, 1)) + " would overwrite"
            + " the input " + input.display() + "; choose another -o DIR";
      }
    }
    return null;
  }

  private static String collision(Path output, Input first, Input second, Path name) {
    return first.display() + " and " + second.display() + " would both write "
        + output.resolve(name) + "; rename one or convert them separately";
  }

  /** With {@code -o FILE}, why FILE must not be written: it is the input. Else null. */
  static String overwritesAnInput(Path output, List<Input> inputs) {
    if (output == null || !Files.exists(output)) {
      return null;
    }
    for (Input input : inputs) {
      if (input.path() != null && realPath(input.path()).equals(realPath(output))) {
        return "-o " + output + " would overwrite the input " + input.display();
      }
    }
    return null;
  }

  /** The real path where there is one (links resolved), else the absolute normalised path. */
  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }
}
