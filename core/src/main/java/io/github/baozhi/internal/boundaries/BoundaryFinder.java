package io.github.baozhi.internal.boundaries;

import io.github.baozhi.internal.blocks.Block;
import io.github.baozhi.internal.grammar.BylineGrammar;
import io.github.baozhi.internal.grammar.BylineMatch;
import io.github.baozhi.internal.grammar.DatelineGrammar;
import io.github.baozhi.internal.grammar.DatelineMatch;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds article boundaries inside blocks: the dateline that opens a block and the parenthesised
 * byline that closes one, whether it shares the last line or stands on a line of its own.
 */
public final class BoundaryFinder {

  private final DatelineGrammar datelines = new DatelineGrammar();
  private final BylineGrammar bylines = new BylineGrammar();

  public List<Unit> find(List<Block> blocks) {
    List<Unit> units = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      String text = block.text();
      DatelineMatch dateline = datelines.match(text).orElse(null);
      int bodyStart = dateline == null ? 0 : dateline.end();
      BylineMatch byline = bylines.match(text.substring(bodyStart)).orElse(null);
      int bodyEnd = text.length();
      if (byline != null) {
        byline = new BylineMatch(byline.start() + bodyStart, byline.text(), byline.names(), byline.via());
        bodyEnd = byline.start();
      }
      while (bodyStart < bodyEnd && Chars.isSpace(text.charAt(bodyStart))) {
        bodyStart++;
      }
      units.add(new Unit(block, dateline, byline, bodyStart, Math.max(bodyStart, bodyEnd)));
    }
    return List.copyOf(units);
  }
}
