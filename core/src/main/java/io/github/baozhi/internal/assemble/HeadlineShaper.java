package io.github.baozhi.internal.assemble;

import static io.github.baozhi.internal.evidence.Evidence.SAME_SIZE_SHARE;
import static io.github.baozhi.internal.evidence.Evidence.SUBTITLE_WIDTH_RATIO;
import static io.github.baozhi.internal.evidence.Evidence.TITLE_LEAD;

import io.github.baozhi.Headline;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.lines.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a headline group into kicker (引题), title and subtitle. Engine output shows type sizes:
 * blocks set one under the other in one size are one part (a title of two lines) up to a block
 * opening with a dash, which starts the subtitle, the part set
 * clearly largest is the title, parts over it the kicker, parts under it the subtitle. Plain text carries no type sizes, so otherwise this goes by arrangement:
 *
 * <ul>
 *   <li>Several blocks: the first is the kicker and the second the title, unless the second opens
 *       with a dash, which marks a subtitle; any further blocks are the subtitle.
 *   <li>One block of several lines: a line opening with a dash (in engine output also {@code 一一}) starts the subtitle; a first line less than half as wide as the lines below it is a title
 *       over a subtitle; a first line ending in {@code ：} or wholly quoted is a kicker; otherwise
 *       all lines are the title.
 * </ul>
 *
 * The lines of one part are joined with a single space.
 */
final class HeadlineShaper {

  Headline shape(List<Unit> group) {
    List<List<Unit>> parts = sameSizeRuns(group);
    if (parts.size() == 1 && group.size() > 1) {
      List<Line> lines = linesOf(group);
      int dash = dashedFrom(lines);
      return new Headline(null, spaced(lines.subList(0, dash)),
          spacedOrNull(lines.subList(dash, lines.size())));
    }
    int title = largestType(parts);
    if (title >= 0) {
      List<Line> run = linesOf(parts.get(title));
      int dash = dashedFrom(run);
      List<Line> subtitle = new ArrayList<>(run.subList(dash, run.size()));
      for (List<Unit> part : parts.subList(title + 1, parts.size())) {
        subtitle.addAll(linesOf(part));
      }
      return new Headline(title == 0 ? null : joinParts(parts.subList(0, title)),
          spaced(run.subList(0, dash)), spacedOrNull(subtitle));
    }
    if (parts.size() >= 2) {
      String first = joinSpaced(parts.get(0));
      String second = joinSpaced(parts.get(1));
      String rest = joinParts(parts.subList(2, parts.size()));
      if (isDashed(parts.get(1).get(0).block().lines().get(0))) {
        return new Headline(null, first, join(second, rest));
      }
      return new Headline(first, second, rest);
    }
    List<Line> lines = group.get(0).block().lines();
    if (lines.size() == 1) {
      return new Headline(null, lines.get(0).text(), null);
    }
    int dash = dashedFrom(lines);
    if (dash < lines.size()) {
      return new Headline(null, spaced(lines.subList(0, dash)), spaced(lines.subList(dash, lines.size())));
    }
    Line first = lines.get(0);
    List<Line> below = lines.subList(1, lines.size());
    int widestBelow = below.stream().mapToInt(Line::width).max().orElse(0);
    String belowText = spaced(below);
    if (first.width() * SUBTITLE_WIDTH_RATIO < widestBelow) {
      return new Headline(null, first.text(), belowText);
    }
    if (first.text().endsWith("：") || first.text().endsWith(":") || isQuoted(first.text())) {
      return new Headline(first.text(), belowText, null);
    }
    return new Headline(null, spaced(lines), null);
  }

  /**
   * The block of the group set clearly larger than the others, which is the title whatever its
   * place (engine output shows type sizes: the kicker over it and the subtitle under it are set
   * smaller); -1 when the group has one part only, no sizes, or none stands out.
   */
  private static int largestType(List<List<Unit>> parts) {
    if (parts.size() < 2) {
      return -1;
    }
    int largest = -1;
    double size = 0;
    double next = 0;
    for (int i = 0; i < parts.size(); i++) {
      Line first = parts.get(i).get(0).block().lines().get(0);
      if (first.placement() == null) {
        return -1;
      }
      double s = first.typeScale();
      if (s > size) {
        next = size;
        size = s;
        largest = i;
      } else if (s > next) {
        next = s;
      }
    }
    return size >= TITLE_LEAD * next ? largest : -1;
  }

  /**
   * The group's blocks in runs of one type size, one run a headline part: a title of two lines
   * set one under the other is one title, not a kicker over a title. Without type sizes (plain
   * text) each block is a run of its own.
   */
  private static List<List<Unit>> sameSizeRuns(List<Unit> group) {
    List<List<Unit>> runs = new ArrayList<>();
    double runSize = 0;
    for (Unit unit : group) {
      Line first = unit.block().lines().get(0);
      double size = first.placement() == null ? Double.NaN : first.typeScale();
      if (!runs.isEmpty() && Math.min(size, runSize) >= SAME_SIZE_SHARE * Math.max(size, runSize)) {
        runs.get(runs.size() - 1).add(unit);
      } else {
        runs.add(new ArrayList<>(List.of(unit)));
        runSize = size;
      }
    }
    return runs;
  }

  /**
   * A subtitle in the 副题 style opens with a dash: {@code ——记全国劳动模范张三}. In engine output
   * also with {@code 一一}, two of the character 一, as Tesseract reads the two-em dash (a headline
   * of the page's own text seldom opens so; plain text keeps what the paper printed).
   */
  private static boolean isDashed(Line line) {
    String text = line.text();
    return text.startsWith("—") || text.startsWith("－－") || text.startsWith("--") || text.startsWith("―")
        || line.placement() != null && text.startsWith(DASH_READ_AS_ONES);
  }

  /**
   * Where the subtitle starts in the lines of a run of blocks set in one size: at the first line
   * after the first that opens with a dash, or past the run's end.
   */
  private static int dashedFrom(List<Line> run) {
    for (int i = 1; i < run.size(); i++) {
      if (isDashed(run.get(i))) {
        return i;
      }
    }
    return run.size();
  }

  private static List<Line> linesOf(List<Unit> units) {
    List<Line> lines = new ArrayList<>();
    for (Unit unit : units) {
      lines.addAll(unit.block().lines());
    }
    return lines;
  }

  private static String spacedOrNull(List<Line> lines) {
    return lines.isEmpty() ? null : spaced(lines);
  }

  /** The two-em dash as Tesseract reads it: two of the character 一. */
  private static final String DASH_READ_AS_ONES = "一一";

  private static boolean isQuoted(String text) {
    return text.length() > 2 && (text.startsWith("“") && text.endsWith("”")
        || text.startsWith("「") && text.endsWith("」"));
  }

  private static String spaced(List<Line> lines) {
    List<String> texts = new ArrayList<>();
    for (Line line : lines) {
      texts.add(line.text());
    }
    return String.join(" ", texts);
  }

  private static String joinSpaced(List<Unit> units) {
    List<String> texts = new ArrayList<>();
    for (Unit unit : units) {
      texts.add(unit.block().spacedText());
    }
    return texts.isEmpty() ? null : String.join(" ", texts);
  }

  private static String joinParts(List<List<Unit>> parts) {
    List<Unit> units = new ArrayList<>();
    for (List<Unit> part : parts) {
      units.addAll(part);
    }
    return joinSpaced(units);
  }

  private static String join(String a, String b) {
    return b == null ? a : a + " " + b;
  }
}
