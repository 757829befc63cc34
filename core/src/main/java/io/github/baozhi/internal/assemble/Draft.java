package io.github.baozhi.internal.assemble;

import io.github.baozhi.internal.boundaries.Unit;
import java.util.ArrayList;
import java.util.List;

/** An article being put together: the units that went into it, in page order. */
final class Draft {

  /** A body paragraph and the unit it came from. */
  record Paragraph(String text, Unit unit) {}

  final Unit datelineUnit;
  final List<Paragraph> paragraphs = new ArrayList<>();
  Unit bylineUnit;
  int firstLine;
  int lastLine;

  Draft(Unit first) {
    this.datelineUnit = first.dateline() == null ? null : first;
    this.firstLine = first.firstLine();
    this.lastLine = first.lastLine();
  }

  void cover(Unit unit) {
    firstLine = Math.min(firstLine, unit.firstLine());
    lastLine = Math.max(lastLine, unit.lastLine());
  }

  /**
   * The start of the article's text, for matching headlines: at most {@code paragraphCount}
   * paragraphs and {@code maxChars} characters. A headline sums up the opening, so a long article's
   * tail adds nothing to the match but cost.
   */
  String opening(int paragraphCount, int maxChars) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(paragraphCount, paragraphs.size()) && out.length() < maxChars; i++) {
      out.append(paragraphs.get(i).text());
    }
    return out.length() > maxChars ? out.substring(0, maxChars) : out.toString();
  }
}
