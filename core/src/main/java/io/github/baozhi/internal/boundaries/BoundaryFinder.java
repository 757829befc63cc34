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
      if (text.substring(0, end).isBlank()) {
        units.add(new Unit(block, 0, text.length(), null, null, 0, 0, true));
        continue;
      }
      units.add(split(block, end));
      if (noteStart.isPresent()) {
        units.add(new Unit(block, end, text.length(), null, null, end, end, true));
      }
    }
    return List.copyOf(units);
  }

  private Unit split(Block block, int end) {
    String text = block.text().substring(0, end);
    DatelineMatch dateline = datelines.match(text).orElse(null);
    int bodyStart = dateline == null ? 0 : dateline.end();
    BylineMatch byline = bylines.match(text.substring(bodyStart)).orElse(null);
    int bodyEnd = end;
    if (byline != null) {
      byline = new BylineMatch(byline.start() + bodyStart, byline.text(), byline.names(), byline.via());
      bodyEnd = byline.start();
    }
    while (bodyStart < bodyEnd && Chars.isSpace(text.charAt(bodyStart))) {
      bodyStart++;
    }
    return new Unit(block, 0, end, dateline, byline, bodyStart, Math.max(bodyStart, bodyEnd), false);
  }
}
