package io.github.baozhi.internal.pipeline;

import io.github.baozhi.Page;
import io.github.baozhi.internal.assemble.Assembler;
import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.classify.Classifier;
import io.github.baozhi.internal.lines.Measured;

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

  public Page run(String source, Measured measured) {
    var blocks = blockBuilder.build(measured.lines());
    var units = boundaryFinder.find(blocks);
    var classified = classifier.classify(units);
    return assembler.assemble(source, classified, measured.asides(), measured.geometry());
  }
}
