package io.github.baozhi.internal.lines;

import io.github.baozhi.PageGeometry;
import java.util.List;

/**
 * What a front end hands to the later stages: the page's lines in reading order, and the lines it
 * set aside because they belong to no article whatever the text says (page furniture and captions
 * the engine marked as such, marks read from column rules).
 *
 * @param lines the lines that run through the text stages, in reading order
 * @param asides lines for the page's unassigned text as they are
 * @param geometry what engine output says of the page, or null for text input
 */
public record Measured(List<Line> lines, List<Line> asides, PageGeometry geometry) {

  public Measured {
    lines = List.copyOf(lines);
    asides = List.copyOf(asides);
  }
}
