package io.github.baozhi.internal.boundaries;

import io.github.baozhi.internal.blocks.Block;
import io.github.baozhi.internal.grammar.BylineMatch;
import io.github.baozhi.internal.grammar.DatelineMatch;

/**
 * A block with the dateline that opens it and the byline that closes it split off.
 *
 * @param block the block
 * @param dateline the dateline at the start of the block, or null
 * @param byline the credit at the end of the block, or null
 * @param bodyStart where the text between dateline and byline starts in the block's text
 * @param bodyEnd where that text ends
 */
public record Unit(Block block, DatelineMatch dateline, BylineMatch byline, int bodyStart, int bodyEnd) {

  /** The text between dateline and byline, without surrounding spaces. */
  public String body() {
    return block.text().substring(bodyStart, bodyEnd).strip();
  }

  /** True when nothing but a dateline and/or byline is in the block. */
  public boolean hasNoBody() {
    return body().isEmpty();
  }
}
