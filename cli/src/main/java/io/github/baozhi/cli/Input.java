package io.github.baozhi.cli;

import io.github.baozhi.BaozhiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * One input to read: a file, or standard input.
 *
 * @param path the file, or null for standard input
 * @param relative the path its outputs mirror under {@code -o DIR}: the file name of a file named
 *     on the command line, the path below the directory of one found with {@code -r}
 * @param size the file's size in bytes, read once for progress and the summary; 0 when unknown
 * @param rootRelative the path its pages report as their source ({@link #source()})
 * @param metadata the paper and issue date its pages carry ({@link MetadataRules})
 */
record Input(Path path, Path relative, long size, Path rootRelative, PageMetadata metadata) {

  /** The longest array a JVM allocates: a few bytes short of Integer.MAX_VALUE. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  static Input stdin() {
    return new Input(null, Path.of("stdin.txt"), 0, null, PageMetadata.NONE);
  }

  /**
   * A file; its size is read once, here, for progress and the summary (0 when unknown).
   *
   * @param relative the path its outputs mirror under {@code -o DIR}
   * @param rootRelative its path relative to its input root, the source of its pages
   */
  static Input file(Path path, Path relative, Path rootRelative) {
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      size = 0;
    }
    return new Input(path, relative, size, rootRelative, PageMetadata.NONE);
  }

  /** The same input, its pages carrying {@code given}. */
  Input with(PageMetadata given) {
    return new Input(path, relative, size, rootRelative, given);
  }

  /** How messages name the input: its path as given, or {@code -}. */
  String display() {
    return path == null ? "-" : path.toString();
  }

  /**
   * The name its pages report as their source: its path relative to its input root, that is the
   * path as named on the command line ({@code a/p.txt}) or, for a file found with {@code -r}, its
   * path below that directory ({@code 2024/01/p.txt}); {@code -} for standard input. So two
   * files of one name in different folders never share a source.
   */
  String source() {
    return path == null ? "-" : rootRelative.toString();
  }

  /** The folder the input is in (where a review looks for page images), or null for stdin. */
  Path folder() {
    return path == null ? null : path.toAbsolutePath().getParent();
  }

  /**
   * The relative path without the extension, under the same relative folders ({@code
   * 2024/p1} for {@code 2024/p1.txt}); never outside the output.
   */
  Path stem() {
    return renamed("");
  }

  /**
   * NAME.json for NAME.txt or NAME.hocr, with {@code extension}; page {@code page} of an input of
   * several pages is NAME.pageN.json. The name keeps the input name's bytes.
   */
  Path outputName(String extension, int page, int pages) {
    return renamed((pages == 1 ? "" : ".page" + page) + extension);
  }

  /** The relative path with its extension replaced by {@code suffix}; never outside the output. */
  private Path renamed(String suffix) {
    Path normal = relative.normalize();
    if (normal.isAbsolute() || normal.startsWith("..")) {
      normal = normal.getFileName();
    }
    Path name = FileNames.replaceExtension(normal.getFileName(), suffix);
    Path folder = normal.getParent();
    return folder == null ? name : folder.resolve(name);
  }

  /**
   * The input's bytes, refused when over {@code maxBytes}: a regular file by its size before it
   * is read, standard input, a pipe, a FIFO or a device ({@code /dev/zero}) by counting while
   * reading, which stops one byte past the limit.
   */
  byte[] bytes(InputStream stdin, long maxBytes) {
    try {
      if (path != null && Files.isRegularFile(path)) {
        if (size > maxBytes) {
          throw tooLarge(ByteSize.format(size) + ", over", maxBytes);
        }
        return Files.readAllBytes(path);
      }
      try (InputStream file = path == null ? null : Files.newInputStream(path)) {
        byte[] bytes = (file != null ? file : stdin)
            .readNBytes((int) Math.min(MAX_ARRAY_LENGTH, maxBytes + 1));
        if (bytes.length > maxBytes) {
          throw tooLarge("over", maxBytes);
        }
        return bytes;
      }
    } catch (NoSuchFileException | AccessDeniedException e) {
      throw new UncheckedIOException(Main.reason(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read: " + Main.reason(e), e);
    }
  }

  private static BaozhiException tooLarge(String size, long maxBytes) {
    return new BaozhiException("input is " + size + " the --max-input-size limit of "
        + ByteSize.format(maxBytes) + "; raise the limit to parse it");
  }
}
