package io.github.baozhi.internal.boundaries;

import io.github.baozhi.internal.blocks.Block;
import io.github.baozhi.internal.grammar.BylineGrammar;
import io.github.baozhi.internal.grammar.BylineMatch;
import io.github.baozhi.internal.grammar.DatelineGrammar;
import io.github.baozhi.internal.grammar.DatelineMatch;
import io.github.baozhi.internal.grammar.NoteGrammar;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Finds article boundaries inside blocks: the dateline that opens a block, and at its end the
 * parenthesised byline, whether it shares the last line or stands on a line of its own. A trailing
 * production note (editor note, photo credit) is split off into a unit of its own first, so that
 * the byline before it is still found.
 */
public final class BoundaryFinder {

  private final DatelineGrammar datelines = new DatelineGrammar();
  private final BylineGrammar bylines = new BylineGrammar();
  private final NoteGrammar notes = new NoteGrammar();

  public List<Unit> find(List<Block> blocks) {
    List<Unit> units = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      String text = block.text();
      OptionalInt noteStart = notes.trailing(text);
      int end = noteStart.orElse(text.length());
      if (Chars.isBlankBefore(text, end)) {
        units.add(new Unit(block, 0, text.length(), null, Unit.NO_BYLINE, 0, 0, true));
        continue;
      }
      units.add(split(block, end));
      if (noteStart.isPresent()) {
        units.add(new Unit(block, end, text.length(), null, Unit.NO_BYLINE, end, end, true));
      }
    }
    return List.copyOf(units);
  }

  private Unit split(Block block, int end) {
    String full = block.text();
    // Most blocks have no trailing note: work on the block's text itself rather than a copy.
    String text = end == full.length() ? full : full.substring(0, end);
    // The column measure found each line's dateline on the line alone; where the block's text
    // runs on from its first line, the grammar takes that over only where it is the same answer.
    DatelineMatch dateline = datelines.match(text, block.lines().get(0).dateline()).orElse(null);
    int bodyStart = dateline == null ? 0 : dateline.end();
    // Tested in place, not with Optional.filter: a lambda that captures bodyStart is a new
    // object linked through a method handle on every block (1 % of the parse under C1).
    BylineMatch byline = bylines.match(text).orElse(null);
    if (byline != null && byline.start() < bodyStart) {
      byline = null;
    }
    int bodyEnd = byline == null ? end : byline.start();
    int start = bodyStart;
    while (start < bodyEnd && Chars.isSpace(text.charAt(start))) {
      start++;
    }
    int bylineStart = byline == null ? Unit.NO_BYLINE : byline.start();
    return new Unit(block, 0, end, dateline, bylineStart, start, Math.max(start, bodyEnd), false);
  }
}
