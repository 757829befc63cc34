package io.github.baozhi.bench;

import io.github.baozhi.PageParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Steady-state parse cost on one thread as CPU time, beside wall time: on a shared machine a
 * JMH run's wall time per operation takes in every moment the thread waits for a core, while
 * the thread's CPU time does not, so two versions measured one after the other at a load of 4
 * to 6 compare within a few per cent. One operation parses every page of the corpus once.
 *
 * <p>Usage: {@code java -Dbaozhi.root=. -cp bench/target/benchmarks.jar
 * io.github.baozhi.bench.ThreadCpu [CORPUS [WARM_UP_S [BATCHES [OPS_PER_BATCH]]]]} (defaults
 * {@code seeds 8 60 40}); add {@code -XX:TieredStopAtLevel=1} for C1, the CLI's mode below 400
 * MiB, and {@code -XX:CompileCommand=quiet -XX:CompileCommand=inline,java.lang.String::checkIndex}
 * to run as {@code bin/baozhi} does (it inlines that one bounds check, which C1 calls out of line).
 * Prints the median and the best batch of CPU and wall time per operation, and MB/s of UTF-8
 * input at the median CPU time.
 */
public final class ThreadCpu {

  private ThreadCpu() {}

  public static void main(String[] args) {
    Corpus corpus = Corpus.load(args.length > 0 ? args[0] : "seeds");
    double warmUpSeconds = args.length > 1 ? Double.parseDouble(args[1]) : 8;
    int batches = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    int opsPerBatch = args.length > 3 ? Integer.parseInt(args[3]) : 40;
    PageParser parser = PageParser.create();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
    while (System.nanoTime() < warmUpEnd) {
      sink += parseAll(parser, corpus);
    }
    double[] cpu = new double[batches];
    double[] wall = new double[batches];
    for (int b = 0; b < batches; b++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      for (int i = 0; i < opsPerBatch; i++) {
        sink += parseAll(parser, corpus);
      }
      cpu[b] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / opsPerBatch;
      wall[b] = (System.nanoTime() - wallStart) / 1e6 / opsPerBatch;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf("cpu ms/op median %.4f best %.4f | wall ms/op median %.4f best %.4f | "
        + "%.1f MB/s at the median cpu (%d articles)%n", cpu[batches / 2], cpu[0],
        wall[batches / 2], wall[0], corpus.utf8Bytes() / 1e3 / cpu[batches / 2], sink);
  }

  private static long parseAll(PageParser parser, Corpus corpus) {
    long articles = 0;
    for (String page : corpus.pages()) {
      articles += parser.parse(page).articles().size();
    }
    return articles;
  }
}
