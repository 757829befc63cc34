package io.github.baozhi.bench;

import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Whole-page parse throughput on one thread. One operation parses the whole corpus; {@code
 * bench/run.sh} divides the corpus size by the time per operation to give MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

  @Param({"seeds", "mix"})
  public String corpus;

  private Corpus pages;
  private final PageParser parser = PageParser.create();

  @Setup
  public void load() {
    pages = Corpus.load(corpus);
    System.err.println("corpus " + corpus + ": " + pages.utf8Bytes() + " bytes");
  }

  @Benchmark
  public void parse(Blackhole sink) {
    for (String page : pages.pages()) {
      Page result = parser.parse(page);
      sink.consume(result);
    }
  }
}
