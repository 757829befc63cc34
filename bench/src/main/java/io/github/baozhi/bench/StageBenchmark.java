package io.github.baozhi.bench;

import io.github.baozhi.internal.assemble.Assembler;
import io.github.baozhi.internal.blocks.Block;
import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.classify.Classified;
import io.github.baozhi.internal.classify.Classifier;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.LineMeasurer;
import io.github.baozhi.internal.normalise.Normaliser;
import io.github.baozhi.internal.normalise.OcrSpacingRepair;
import io.github.baozhi.internal.normalise.SourceLine;
import java.util.ArrayList;
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
 * Each pipeline stage on its own, fed the previous stage's output prepared in setup, so that the
 * cost of every stage is visible. One operation runs the stage over the whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StageBenchmark {

  @Param({"mix"})
  public String corpus;

  private List<String> texts;
  private final List<List<SourceLine>> sourceLines = new ArrayList<>();
  private final List<List<Line>> lines = new ArrayList<>();
  private final List<List<Block>> blocks = new ArrayList<>();
  private final List<List<Unit>> units = new ArrayList<>();
  private final List<List<Classified>> classified = new ArrayList<>();

  private final Normaliser normaliser = new Normaliser();
  private final OcrSpacingRepair spacing = new OcrSpacingRepair();
  private final LineMeasurer measurer = new LineMeasurer();
  private final BlockBuilder blockBuilder = new BlockBuilder();
  private final BoundaryFinder boundaries = new BoundaryFinder();
  private final Classifier classifier = new Classifier();
  private final Assembler assembler = new Assembler(null, text -> text);

  @Setup
  public void prepare() {
    texts = Corpus.load(corpus).pages();
    for (String text : texts) {
      List<SourceLine> s = spacing.repair(normaliser.normalise(text));
      sourceLines.add(s);
      List<Line> l = measurer.measure(s);
      lines.add(l);
      List<Block> b = blockBuilder.build(l);
      blocks.add(b);
      List<Unit> u = boundaries.find(b);
      units.add(u);
      classified.add(classifier.classify(u));
    }
  }

  @Benchmark
  public void normalise(Blackhole sink) {
    for (String text : texts) {
      sink.consume(spacing.repair(normaliser.normalise(text)));
    }
  }

  @Benchmark
  public void lines(Blackhole sink) {
    for (List<SourceLine> s : sourceLines) {
      sink.consume(measurer.measure(s));
    }
  }

  @Benchmark
  public void blocks(Blackhole sink) {
    for (List<Line> l : lines) {
      sink.consume(blockBuilder.build(l));
    }
  }

  @Benchmark
  public void boundaries(Blackhole sink) {
    for (List<Block> b : blocks) {
      sink.consume(boundaries.find(b));
    }
  }

  @Benchmark
  public void classify(Blackhole sink) {
    for (List<Unit> u : units) {
      sink.consume(classifier.classify(u));
    }
  }

  @Benchmark
  public void assemble(Blackhole sink) {
    for (List<Classified> c : classified) {
      sink.consume(assembler.assemble("bench", c));
    }
  }
}
