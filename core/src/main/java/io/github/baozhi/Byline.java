package io.github.baozhi;

import java.util.List;
import java.util.Objects;

/**
 * The parenthesised credit that closes an article, such as {@code （惠晓婧、张驰）}.
 *
 * @param text the credit exactly as printed, parentheses included
 * @param names the persons credited, possibly empty
 * @param via a source credit such as {@code 新华社} for {@code （据新华社）}, or a non-person source;
 *     {@code null} when the credit names only persons
 */
public record Byline(String text, List<String> names, String via) {

  /** Copies the names and checks that the text is present. */
  public Byline {
    Objects.requireNonNull(text, "text");
    names = List.copyOf(names);
  }
}
