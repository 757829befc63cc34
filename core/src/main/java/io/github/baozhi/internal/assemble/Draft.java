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
  /** A credit line standing alone that signs the article ({@code 本报记者 张三}), its byline. */
  Unit closingCredit;
  int firstLine;
  int lastLine;
  /** Every unit that went into the article, headline blocks included, for its footprint. */
  final List<Unit> covered = new ArrayList<>();

  Draft(Unit first) {
    this.datelineUnit = first.dateline() == null ? null : first;
    this.firstLine = first.firstLine();
    this.lastLine = first.lastLine();
  }

  void cover(Unit unit) {
    covered.add(unit);
    firstLine = Math.min(firstLine, unit.firstLine());
    lastLine = Math.max(lastLine, unit.lastLine());
  }

  /**
   * The start of the article's text, for matching headlines: at most {@code maxChars} characters,
   * as the parts that joined with nothing between them make it (its paragraphs, the last cut). A
   * headline sums up the opening, so a long article's tail adds nothing to the match but cost.
   * The parts, not their join: the bigram reader copies them into its buffer one after another,
   * and a joined copy made first would be read once and dropped.
   */
  List<String> opening(int maxChars) {
    List<String> parts = new ArrayList<>(Math.min(paragraphs.size(), maxChars));
    int length = 0;
    for (int i = 0; i < paragraphs.size() && length < maxChars; i++) {
      String text = paragraphs.get(i).text();
      String part = text.length() > maxChars - length ? text.substring(0, maxChars - length) : text;
      parts.add(part);
      length += part.length();
    }
    return parts;
  }
}
