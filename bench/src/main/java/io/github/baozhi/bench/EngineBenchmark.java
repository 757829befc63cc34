package io.github.baozhi.bench;

import io.github.baozhi.OcrPage;
import io.github.baozhi.PageParser;
import io.github.baozhi.ocr.InputFormat;
import io.github.baozhi.ocr.OcrReader;
import java.nio.file.Path;
import java.util.List;
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
 * hOCR to articles on one thread: reading the file (jsoup), rebuilding columns and reading order,
 * and the text stages. One operation converts one file of {@code megabytes} MB, either a document
 * of many pages ({@code pages}) or the same content stacked into one tall page ({@code tall}).
 * {@code read} times the reader alone; {@code parse} reading and parsing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class EngineBenchmark {

  @Param({"10"})
  public int megabytes;

  @Param({"pages", "tall"})
  public String shape;

  private byte[] file;
  private final PageParser parser = PageParser.create();

  @Setup
  public void load() {
    Path root = Path.of(System.getProperty("baozhi.root", "."));
    file = EngineFiles.hocr(root, megabytes * 1_000_000L, shape.equals("tall"));
    System.err.println("hOCR " + shape + ": " + file.length + " bytes");
  }

  @Benchmark
  public void read(Blackhole sink) {
    sink.consume(OcrReader.read(file, InputFormat.HOCR));
  }

  @Benchmark
  public void parse(Blackhole sink) {
    List<OcrPage> pages = OcrReader.read(file, InputFormat.HOCR);
    for (OcrPage page : pages) {
      sink.consume(parser.parse(page, "bench.hocr"));
    }
  }
}
