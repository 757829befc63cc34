package io.github.baozhi.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writing output files: each to a temporary file beside its target, moved into place when it is
 * whole, so that a reader never sees a half-written file and an interrupted run leaves none
 * behind; and the one stream that every input of a JSONL or CSV run shares. One instance serves
 * one run: it makes each output directory once, not once per file. A target that is no regular
 * file ({@code /dev/null}, a pipe) is written to directly and never replaced.
 */
final class OutputFiles {

  /** Bytes buffered before a write to an output: enough to make writes few, small beside a page. */
  static final int OUTPUT_BUFFER = 1 << 16;

  /**
   * Each worker's buffer, used for every file it writes: a buffer of {@link #OUTPUT_BUFFER} bytes
   * made afresh for each of a batch's thousands of small files cost more than the file's write.
   */
  private static final ThreadLocal<byte[]> BUFFERS =
      ThreadLocal.withInitial(() -> new byte[OUTPUT_BUFFER]);

  /** The directories made (or found) in this run; a file's directory is looked at once. */
  private final Set<Path> made = ConcurrentHashMap.newKeySet();

  /**
   * Writes {@code content} to {@code target} atomically: into a new file in the target's
   * directory (made if missing), which is renamed over the target once it is whole.
   */
  void writeAtomically(Path target, Content content) throws IOException {
    if (isSpecial(target)) {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), OUTPUT_BUFFER)) {
        content.writeTo(out);
      }
      return;
    }
    Path parent = target.toAbsolutePath().getParent();
    if (!made.contains(parent)) {
      Files.createDirectories(parent);
      made.add(parent);
    }
    TempFiles.Temp temp;
    try {
      temp = TempFiles.create(parent);
    } catch (NoSuchFileException gone) {
      // The directory was removed during the run: make it again, as the first file did.
      Files.createDirectories(parent);
      temp = TempFiles.create(parent);
    }
    boolean moved = false;
    try {
      try (OutputStream out = new FileBuffer(BUFFERS.get(), temp.out())) {
        content.writeTo(out);
      }
      TempFiles.moveIntoPlace(temp.path(), target);
      moved = true;
    } finally {
      if (!moved) {
        temp.out().close();
        TempFiles.delete(temp.path());
      }
    }
  }

  /**
   * Whether {@code target} is there and no regular file: a device ({@code /dev/null}), a pipe, a
   * terminal. Such a target is written to, never replaced: renaming a file over {@code /dev/null}
   * would put a regular file in its place for every program on the machine.
   */
  static boolean isSpecial(Path target) {
    return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
  }

  /**
   * As {@link #writeAtomically}, for a worker: a failure becomes the input's failure, naming the
   * file that could not be written.
   */
  void write(Path target, Content content) {
    try {
      writeAtomically(target, content);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + Main.reason(e), e);
    }
  }


  /**
   * A temporary file's stream through its worker's buffer, written when the buffer is full and
   * when it is closed, so that a page's file is one write. A flush writes nothing: no one reads the
   * file before it is whole and moved into place (the JSON writer flushes before its last
   * newline). Closing it closes the file.
   */
  private static final class FileBuffer extends OutputStream {
    private final byte[] buffer;
    private final OutputStream file;
    private int count;

    FileBuffer(byte[] buffer, OutputStream file) {
      this.buffer = buffer;
      this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
      if (count == buffer.length) {
        drain();
      }
      buffer[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (length > buffer.length - count) {
        drain();
        if (length > buffer.length) {
          file.write(bytes, offset, length);
          return;
        }
      }
      System.arraycopy(bytes, offset, buffer, count, length);
      count += length;
    }

    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
      try {
        drain();
      } finally {
        file.close();
      }
    }

    private void drain() throws IOException {
      if (count > 0) {
        file.write(buffer, 0, count);
        count = 0;
      }
    }
  }

  /**
   * Every input's output in one stream, standard output or one file. The file is written as the
   * other files are: to a temporary file beside it, moved into place by {@link #commit()} once
   * everything is written, so that a full disk or an interrupt leaves the old file (or none) and
   * no temporary file.
   */
  static final class SharedStream implements AutoCloseable {
    private final OutputStream target;
    private final Path file;
    private final Path temp;
    private boolean committed;

    /** A stream into {@code file}, or into {@code stdout} when it is null. */
    SharedStream(Path file, OutputStream stdout) throws IOException {
      this.file = file;
      if (file == null) {
        this.temp = null;
        this.target = stdout;
        return;
      }
      if (isSpecial(file)) {
        this.temp = null;
        this.target = new BufferedOutputStream(Files.newOutputStream(file), OUTPUT_BUFFER);
        return;
      }
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      TempFiles.Temp created = TempFiles.create(parent);
      this.temp = created.path();
      this.target = new BufferedOutputStream(created.out(), OUTPUT_BUFFER);
    }

    OutputStream stream() {
      return target;
    }

    void write(byte[] bytes) throws IOException {
      target.write(bytes);
    }

    /** Everything is written: the file takes its place. */
    void commit() throws IOException {
      if (temp != null) {
        target.close();
        TempFiles.moveIntoPlace(temp, file);
      } else if (file != null) {
        target.flush();
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (temp == null && file != null) {
        target.close();
      } else if (temp == null) {
        target.flush();
      } else if (!committed) {
        try {
          target.close();
        } finally {
          TempFiles.delete(temp);
        }
      }
    }
  }
}
