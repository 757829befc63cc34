package io.github.baozhi.internal.grammar;

import java.util.List;

/**
 * A closing credit found at the end of a paragraph. Its names and source are read from the text
 * when asked for ({@link #credit()}), not when the credit is found: a page may hold hundreds of
 * thousands of credits that close no article (a page of bylines alone), and every one is kept
 * until the page is assembled, while only an article's byline reports names.
 *
 * @param start the offset of the opening parenthesis in the paragraph text
 * @param text the credit as printed, parentheses included
 */
public record BylineMatch(int start, String text) {

  /**
   * What a credit says.
   *
   * @param names the persons credited
   * @param via a source credit or non-person source, or null
   */
  public record Credit(List<String> names, String via) {

    public Credit {
      names = List.copyOf(names);
    }
  }

  /** The persons and the source the credit names. */
  public Credit credit() {
    return BylineGrammar.credit(text);
  }

  /** The persons credited. */
  public List<String> names() {
    return credit().names();
  }

  /** A source credit or non-person source, or null. */
  public String via() {
    return credit().via();
  }
}
