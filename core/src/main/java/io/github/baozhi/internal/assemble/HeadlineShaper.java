package io.github.baozhi.internal.assemble;

import io.github.baozhi.Headline;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.lines.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a headline group into kicker (引题), title and subtitle. Engine output shows type sizes:
 * the block set clearly largest is the title, blocks over it the kicker, blocks under it the
 * subtitle. Plain text carries no type sizes, so otherwise this goes by arrangement:
 *
 * <ul>
 *   <li>Several blocks: the first is the kicker and the second the title, unless the second opens
 *       with a dash, which marks a subtitle; any further blocks are the subtitle.
 *   <li>One block of several lines: a line opening with a dash starts the subtitle; a first line less than half as wide as the lines below it is a title
 *       over a subtitle; a first line ending in {@code ：} or wholly quoted is a kicker; otherwise
 *       all lines are the title.
 * </ul>
 *
 * The lines of one part are joined with a single space.
 */
final class HeadlineShaper {

  Headline shape(List<Unit> group) {
    int title = largestType(group);
    if (title >= 0) {
      return new Headline(title == 0 ? null : joinSpaced(group.subList(0, title)),
          group.get(title).block().spacedText(), joinSpaced(group.subList(title + 1, group.size())));
    }
    if (group.size() >= 2) {
      String first = group.get(0).block().spacedText();
      String second = group.get(1).block().spacedText();
      String rest = joinSpaced(group.subList(2, group.size()));
      if (isDashed(second)) {
        return new Headline(null, first, join(second, rest));
      }
      return new Headline(first, second, rest);
    }
    List<Line> lines = group.get(0).block().lines();
    if (lines.size() == 1) {
      return new Headline(null, lines.get(0).text(), null);
    }
    for (int i = 1; i < lines.size(); i++) {
      if (isDashed(lines.get(i).text())) {
        return new Headline(null, spaced(lines.subList(0, i)), spaced(lines.subList(i, lines.size())));
      }
    }
    Line first = lines.get(0);
    List<Line> below = lines.subList(1, lines.size());
    int widestBelow = below.stream().mapToInt(Line::width).max().orElse(0);
    String belowText = spaced(below);
    if (first.width() * 2 < widestBelow) {
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
   * smaller); -1 when the group has a block of one line only, no sizes, or none stands out.
   */
  private static int largestType(List<Unit> group) {
    if (group.size() < 2) {
      return -1;
    }
    int largest = -1;
    double size = 0;
    double next = 0;
    for (int i = 0; i < group.size(); i++) {
      Line first = group.get(i).block().lines().get(0);
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

  /** The title is set at least this much larger than the kicker and subtitle round it. */
  private static final double TITLE_LEAD = 1.15;

  /** A subtitle in the 副题 style opens with a dash: {@code ——记全国劳动模范张三}. */
  private static boolean isDashed(String text) {
    return text.startsWith("—") || text.startsWith("－－") || text.startsWith("--") || text.startsWith("―");
  }

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

  private static String join(String a, String b) {
    return b == null ? a : a + " " + b;
  }
}
