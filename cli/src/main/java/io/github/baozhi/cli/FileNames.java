package io.github.baozhi.cli;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Output names made from input names on their bytes. A file name that is not text in the
 * platform's charset ({@code \xff.txt} anywhere, {@code 报纸.txt} under {@code LANG=C}) keeps its
 * bytes in a {@link Path}, but its {@code toString()} has U+FFFD for each byte it cannot decode:
 * names made from that string would give two inputs one output, or no valid path at all. The
 * percent-encoded path of a file URI is made from the bytes, and read back into them, so the
 * extension is changed there.
 */
final class FileNames {

  private static final char DOT = '.';
  private static final String ROOT = "/";

  private FileNames() {}

  /**
   * The file name {@code name} (one element) without its extension (from its last dot, unless
   * that is its first character) and with {@code suffix} instead; its bytes are kept.
   */
  static Path replaceExtension(Path name, String suffix) {
    String text = name.toString();
    if (isText(name, text)) {
      return Path.of(withoutExtension(text) + suffix);
    }
    String raw = Path.of(ROOT).resolve(name).toUri().getRawPath().substring(ROOT.length());
    if (raw.endsWith(ROOT)) {
      raw = raw.substring(0, raw.length() - ROOT.length()); // a folder of that name exists at /
    }
    return Path.of(URI.create("file://" + ROOT + withoutExtension(raw) + suffix)).getFileName();
  }

  /** Whether the name's string is its bytes, decoded without loss. */
  private static boolean isText(Path name, String text) {
    try {
      return Path.of(text).equals(name);
    } catch (InvalidPathException unencodable) {
      return false;
    }
  }

  private static String withoutExtension(String name) {
    int dot = name.lastIndexOf(DOT);
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
