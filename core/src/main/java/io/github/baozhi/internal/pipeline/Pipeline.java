package io.github.baozhi.internal.pipeline;

import io.github.baozhi.Page;
import io.github.baozhi.internal.assemble.Assembler;
import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.classify.Classifier;
import io.github.baozhi.internal.lines.Measured;
import java.util.ArrayDeque;

/**
 * The stages every front end hands its lines to: blocks, boundaries, classify, assemble. Text and
 * engine output meet here, so each rule of those stages is written once.
 */
public final class Pipeline {

  private final BlockBuilder blockBuilder = new BlockBuilder();
  private final BoundaryFinder boundaryFinder = new BoundaryFinder();
  private final Classifier classifier = new Classifier();
  private final Assembler assembler;

  public Pipeline(Assembler assembler) {
    this.assembler = assembler;
  }

  /**
   * Runs the stages. Each stage's list goes straight to the next and is held nowhere else, and the
   * assembler takes the units off a queue: so a unit, its block and its byline are garbage once
   * assembled past, and the page's peak heap is its output or its stages' objects, not both.
   */
  public Page run(String source, Measured measured) {
    return assembler.assemble(source,
        new ArrayDeque<>(classifier.classify(boundaryFinder.find(blockBuilder.build(measured.lines())))),
        measured.asides(), measured.geometry());
  }
}
