package io.github.baozhi.internal.pipeline;

import io.github.baozhi.internal.lines.LineMeasurer;
import io.github.baozhi.internal.lines.Measured;
import io.github.baozhi.internal.normalise.Normaliser;
import io.github.baozhi.internal.normalise.OcrSpacingRepair;
import io.github.baozhi.internal.normalise.SourceLine;
import java.util.List;

/** The front end for text in column order: normalise, repair OCR spacing if asked, measure. */
public final class TextFrontEnd {

  private final Normaliser normaliser = new Normaliser();
  private final OcrSpacingRepair spacingRepair = new OcrSpacingRepair();
  private final LineMeasurer measurer = new LineMeasurer();
  private final boolean repairOcrSpacing;

  public TextFrontEnd(boolean repairOcrSpacing) {
    this.repairOcrSpacing = repairOcrSpacing;
  }

  public Measured measure(String text) {
    List<SourceLine> lines = normaliser.normalise(text);
    if (repairOcrSpacing) {
      lines = spacingRepair.repair(lines);
    }
    return new Measured(measurer.measure(lines), List.of(), null);
  }
}
