package io.github.baozhi.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Failed inputs, one line each, printed as they happen (so that an interrupted run has reported
 * what failed before it), once the run has started; the ones found while the command line was
 * read wait until it proves usable, so that a usage error stands alone.
 */
final class Failures {
  private final PrintWriter err;
  private final List<String> waiting = new ArrayList<>();
  private Progress progress;
  private int count;

  Failures(PrintWriter err) {
    this.err = err;
  }

  int count() {
    return count;
  }

  void add(String input, String message) {
    count++;
    String line = "baozhi: " + input + ": " + message;
    if (progress == null) {
      waiting.add(line);
    } else {
      print(line);
    }
  }

  /** Prints the failures so far, and every later one as it is added. */
  void start(Progress bar) {
    progress = bar;
    waiting.forEach(this::print);
    waiting.clear();
  }

  private void print(String line) {
    progress.finish();
    err.println(line);
    err.flush();
  }
}
