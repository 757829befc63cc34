package io.github.baozhi;

import java.util.Objects;

/**
 * The headline of an article: an optional kicker (引题), the title and an optional subtitle (副题).
 * The lines of one part are joined with a single space.
 *
 * @param kicker the kicker above the title, or {@code null}
 * @param title the main title, never null or blank
 * @param subtitle the subtitle below the title, or {@code null}
 */
public record Headline(String kicker, String title, String subtitle) {

  /** Checks that the title is present and not blank. */
  public Headline {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("headline title is blank");
    }
  }
}
