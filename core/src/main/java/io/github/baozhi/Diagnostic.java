package io.github.baozhi;

import java.util.Objects;

/**
 * A warning about a decision the parser was unsure of. Diagnostics never stop a parse.
 *
 * @param code a stable machine-readable code, such as {@code headline-unmatched}
 * @param message a sentence for people
 * @param line the 1-based source line the warning is about, or 0 for the whole page
 */
public record Diagnostic(String code, String message, int line) {

  /** Checks that code and message are present and the line is not negative. */
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }
}
