package io.github.baozhi.internal.grammar;

import java.util.List;

/**
 * A closing credit found at the end of a paragraph.
 *
 * @param start the offset of the opening parenthesis in the paragraph text
 * @param text the credit as printed, parentheses included
 * @param names the persons credited
 * @param via a source credit or non-person source, or null
 */
public record BylineMatch(int start, String text, List<String> names, String via) {

  public BylineMatch {
    names = List.copyOf(names);
  }
}
