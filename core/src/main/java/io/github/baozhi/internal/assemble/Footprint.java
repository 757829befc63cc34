package io.github.baozhi.internal.assemble;

import io.github.baozhi.Box;
import io.github.baozhi.Confidence;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.Placement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a set of units stands on the page and how sure the engine was of it: the boxes of their
 * lines, one per region (a column piece, a headline), and the confidence over their words. Text
 * input has no placements and gives no boxes and no confidence.
 *
 * @param boxes one box per region the lines stand in, in reading order
 * @param confidence the mean and lowest confidence of the words, or null
 */
record Footprint(List<Box> boxes, Confidence confidence) {

  static final Footprint NONE = new Footprint(List.of(), null);

  /**
   * The box round all the lines of the unit's block, or null for text input, whose lines have no
   * place on a page.
   */
  static Box boxOf(Unit unit) {
    Box box = null;
    for (Line line : unit.block().lines()) {
      if (line.placement() == null) {
        return null;
      }
      box = box == null ? line.placement().box() : box.union(line.placement().box());
    }
    return box;
  }

  static Footprint of(Collection<Unit> units) {
    Map<Line, Boolean> seen = new IdentityHashMap<>();
    List<Line> lines = new ArrayList<>();
    for (Unit u : units) {
      int first = u.firstLine();
      int last = u.lastLine();
      for (Line line : u.block().lines()) {
        if (line.placement() != null && line.number() >= first && line.number() <= last
            && seen.put(line, Boolean.TRUE) == null) {
          lines.add(line);
        }
      }
    }
    return ofLines(lines);
  }

  static Footprint ofLines(List<Line> unsorted) {
    if (unsorted.isEmpty()) {
      return NONE;
    }
    List<Line> lines = new ArrayList<>(unsorted);
    lines.sort(Comparator.comparingInt(Line::number));
    List<Box> boxes = new ArrayList<>();
    Box current = null;
    int region = Integer.MIN_VALUE;
    double sum = 0;
    int count = 0;
    double min = Double.NaN;
    for (Line line : lines) {
      Placement p = line.placement();
      if (current != null && p.region() == region && region >= 0) {
        current = current.union(p.box());
      } else {
        if (current != null) {
          boxes.add(current);
        }
        current = p.box();
        region = p.region();
      }
      sum += p.confidenceSum();
      count += p.confidenceCount();
      if (!Double.isNaN(p.minConfidence())) {
        min = Double.isNaN(min) ? p.minConfidence() : Math.min(min, p.minConfidence());
      }
    }
    boxes.add(current);
    Confidence confidence = count == 0 ? null
        : new Confidence(Math.min(1, Math.max(min, sum / count)), min);
    return new Footprint(List.copyOf(boxes), confidence);
  }
}
