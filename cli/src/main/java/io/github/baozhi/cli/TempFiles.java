package io.github.baozhi.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The temporary files outputs are written to before they are moved into place. Each is created
 * as any new file is, so that the output follows the umask (a JDK temporary file is 0600), and
 * the ones not yet moved are deleted when the JVM exits, by SIGINT or SIGTERM too: an interrupted
 * run leaves neither a truncated output nor a {@code .baozhi-*.tmp} behind.
 *
 * <p>The random part of a name need only make collisions rare, not be unpredictable: a file is
 * made only if no file (or link) has the name ({@code O_EXCL}), else another name is drawn. So it
 * comes from {@link ThreadLocalRandom}, without the lock and the cost of {@code SecureRandom}
 * on each of a batch's thousands of files, and is printed from a long made non-negative (an
 * unsigned long is printed through {@code BigInteger}).
 */
final class TempFiles {

  private static final String PREFIX = ".baozhi-";
  private static final String SUFFIX = ".tmp";
  /** The radix of the random part of a name: digits and letters, as the JDK's temp files have. */
  private static final int NAME_RADIX = 36;

  /** Guarded by the class: the files made and not yet moved or deleted. */
  private static final Set<Path> LIVE = new HashSet<>();
  private static boolean hooked;
  /** Set by the shutdown hook: no file may be made after it has deleted the others. */
  private static boolean closing;

  private TempFiles() {}

  /** A temporary file and the open stream that writes it. */
  record Temp(Path path, OutputStream out) {}

  /**
   * A new file in {@code dir}, open for writing, deleted at exit unless moved or deleted before.
   * It is opened once, here: opening it again by its name could make it anew after the shutdown
   * hook has deleted it.
   */
  static Temp create(Path dir) throws IOException {
    while (true) {
      Path temp = dir.resolve(PREFIX
          + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, NAME_RADIX) + SUFFIX);
      synchronized (TempFiles.class) {
        if (closing) {
          throw new IOException("the run is being stopped");
        }
        hook();
        OutputStream out;
        try {
          out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException taken) {
          continue;
        }
        LIVE.add(temp);
        return new Temp(temp, out);
      }
    }
  }

  /** Moves {@code temp} over {@code target}, atomically where the file system can. */
  static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    forget(temp);
  }

  /** Deletes {@code temp} if it is still there. */
  static void delete(Path temp) throws IOException {
    try {
      Files.deleteIfExists(temp);
    } finally {
      forget(temp);
    }
  }

  private static synchronized void forget(Path temp) {
    LIVE.remove(temp);
  }

  private static void hook() {
    if (!hooked) {
      hooked = true;
      Runtime.getRuntime().addShutdownHook(new Thread(TempFiles::deleteAll, "baozhi-cleanup"));
    }
  }

  private static synchronized void deleteAll() {
    closing = true;
    for (Path temp : LIVE) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // Exiting: nothing more can be done about it, and nothing else may be printed.
      }
    }
    LIVE.clear();
  }
}
