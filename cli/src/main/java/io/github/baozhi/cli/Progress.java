package io.github.baozhi.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on a terminal: files done, MB/s and the time left. Redrawn at most five
 * times a second; silent when not enabled (not a terminal, or {@code --quiet}).
 */
final class Progress {

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean enabled;
  private final int totalPages;
  private final long totalBytes;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled, int totalPages, long totalBytes) {
    this.err = err;
    this.enabled = enabled;
    this.totalPages = totalPages;
    this.totalBytes = totalBytes;
  }

  void update(int pagesDone, long bytesDone) {
    long now = System.nanoTime();
    if (!enabled || now - lastDraw < REDRAW_NANOS && pagesDone < totalPages) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double fraction = totalBytes > 0 ? (double) bytesDone / totalBytes
        : totalPages > 0 ? (double) pagesDone / totalPages : 1;
    int filled = (int) Math.round(fraction * BAR_WIDTH);
    double rate = bytesDone / 1e6 / seconds;
    long eta = fraction > 0 ? Math.round(seconds * (1 - fraction) / fraction) : 0;
    err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d files  %.1f MB/s  ETA %d:%02d ",
        "=".repeat(filled), " ".repeat(BAR_WIDTH - filled), pagesDone, totalPages, rate,
        eta / 60, eta % 60));
    err.flush();
    drawn = true;
  }

  /** Clears the bar so that the summary line starts on a clean line. */
  void finish() {
    if (drawn) {
      err.print("\r" + " ".repeat(BAR_WIDTH + 60) + "\r");
      err.flush();
    }
  }
}
