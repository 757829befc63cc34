package io.github.baozhi.cli;

import io.github.baozhi.BaozhiException;
import io.github.baozhi.InputDecodingException;
import io.github.baozhi.ocr.InputFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What each input goes through on a worker: read, parse, render and, into files, write.
 *
 * @param readers the page readers, one for each issue date that an input's metadata gives
 * @param forced the format every input is read as, or null to sniff each
 * @param perFile whether each page goes to a file of its own in {@code directory}
 * @param directory the {@code -o DIR} written into when {@code perFile}
 * @param file the one file that the one input's output goes to, or null
 * @param files the run's writer of output files
 */
record Conversion(Readers readers, OutputFormat format, InputFormat forced, boolean perFile,
    InputStream stdin, long maxInputSize, Path directory, Path file, OutputFiles files) {

  /**
   * Heap a page needs per byte of input at its peak, to refuse before reading it a page that cannot
   * fit: a little under the least that any shape of page needs ({@code bench/memory.sh 10 SHAPE}:
   * garbage 5, prose 6, short lines 11, bylines only 14), so that no page that would fit is
   * refused; one that passes and still runs out of memory fails alone by its OutOfMemoryError.
   */
  static final long HEAP_PER_INPUT_BYTE = 4;

  /**
   * The result of one input's job: its counts and the output for a shared stream (null when it
   * was written to its own files), or why it failed.
   */
  record Outcome(int pages, long articles, long unassigned, byte[] rendered, String failure) {

    static Outcome failed(String why) {
      return new Outcome(0, 0, 0, null, why);
    }
  }

  /**
   * Reads, parses and renders one input. Outputs to files are written here too; output that
   * shares a stream is rendered here and written in input order by the caller.
   */
  Outcome convert(Input input) {
    try {
      String tooLarge = heapFor(input.size());
      if (tooLarge != null) {
        return Outcome.failed(tooLarge);
      }
      byte[] bytes = input.bytes(stdin, maxInputSize);
      tooLarge = heapFor(bytes.length);
      if (tooLarge != null) {
        return Outcome.failed(tooLarge);
      }
      InputFormat kind = forced != null ? forced : sniff(input, bytes);
      ReadInput read = new ReadInput(input, bytes, kind,
          readers.forDate(input.metadata().issueDate()));
      if (format.parses() && read.pages().isEmpty()) {
        return Outcome.failed("the " + kind.displayName() + " file holds no page");
      }
      List<Content> outputs = format.render(read, perFile);
      if (read.pageCount() == 0) {
        return Outcome.failed("the file holds no page");
      }
      return emit(read, outputs);
    } catch (InputDecodingException e) {
      return Outcome.failed(e.getMessage() + (e.charset().isPresent()
          ? "; --replace-bad-bytes reads it with U+FFFD in their place" : ""));
    } catch (UncheckedIOException | BaozhiException e) {
      return Outcome.failed(e.getMessage());
    } catch (IOException e) {
      return Outcome.failed(Main.reason(e));
    } catch (RuntimeException e) {
      // A bug on one odd page must not cost the rest of an archive run; it is still reported.
      return Outcome.failed(Main.internalError(e));
    } catch (OutOfMemoryError e) {
      // The page's objects are garbage once this is thrown; the next page has the heap again.
      return Outcome.failed("out of memory parsing this page of " + ByteSize.format(input.size())
          + "; give the JVM more heap (JAVA_OPTS=-Xmx…)");
    }
  }

  /**
   * Writes each page's output into the directory ({@code NAME.EXT}, or {@code NAME.pageN.EXT}
   * for an input of several pages) or the input's outputs into the one file, as they are made;
   * else joins them for the shared stream.
   */
  private Outcome emit(ReadInput read, List<Content> outputs) throws IOException {
    int pages = read.pageCount();
    if (perFile) {
      for (int i = 0; i < outputs.size(); i++) {
        Path name = read.input().outputName(format.extension(), i + 1, outputs.size());
        files.write(directory.resolve(name), outputs.get(i));
      }
      return new Outcome(pages, read.articles(), read.unassigned(), null, null);
    }
    if (file != null) {
      files.write(file, out -> {
        for (Content output : outputs) {
          output.writeTo(out);
        }
      });
      return new Outcome(pages, read.articles(), read.unassigned(), null, null);
    }
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    for (Content output : outputs) {
      output.writeTo(joined);
    }
    return new Outcome(pages, read.articles(), read.unassigned(), joined.toByteArray(), null);
  }

  /**
   * Why a page of {@code bytes} cannot be parsed in this JVM's heap, or null: it needs about
   * {@link #HEAP_PER_INPUT_BYTE} bytes of heap per byte, and a page that needs more than the
   * whole heap would end the run with an OutOfMemoryError, not fail alone.
   */
  private static String heapFor(long bytes) {
    long heap = Runtime.getRuntime().maxMemory();
    if (bytes <= heap / HEAP_PER_INPUT_BYTE) {
      return null;
    }
    return "a page of " + ByteSize.format(bytes) + " needs about "
        + ByteSize.format(bytes * HEAP_PER_INPUT_BYTE) + " of heap, more than the JVM's "
        + ByteSize.format(heap) + "; give it more (JAVA_OPTS=-Xmx…)";
  }

  /**
   * The format an input sniffs as, refusing a file whose extension promises engine output and
   * whose content is not any ({@code meta.json}, {@code site.html}): read as text, it would only
   * give a page of nonsense.
   */
  private static InputFormat sniff(Input input, byte[] bytes) {
    InputFormat kind = InputFormat.detect(bytes);
    if (kind == InputFormat.TEXT && input.path() != null) {
      String promise = InputFormat.unmetPromise(input.path().getFileName().toString());
      if (promise != null) {
        throw new BaozhiException(promise + "; name the format with --input-format to read it"
            + " anyway");
      }
    }
    return kind;
  }
}
