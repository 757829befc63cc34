package io.github.baozhi;

import java.util.Objects;

/**
 * A warning about a decision the parser was unsure of. Diagnostics never stop a parse.
 *
 * <p>The codes the parser emits (the README lists them too, under "Diagnostics"):
 *
 * <table>
 *   <caption>Diagnostic codes</caption>
 *   <tr><th>Code</th><th>Line</th><th>Meaning</th></tr>
 *   <tr><td>{@code encoding-detected}</td><td>0</td><td>the charset of byte input was guessed
 *       (GB18030 or Big5 by ICU's detection); the message names it and the confidence</td></tr>
 *   <tr><td>{@code bad-bytes-replaced}</td><td>0</td><td>with {@code replaceBadBytes}, invalid
 *       byte sequences were read as U+FFFD; the message gives their count and byte offsets</td></tr>
 *   <tr><td>{@code byline-orphan}</td><td>the byline's</td><td>a byline follows no article
 *       text; it is kept as unassigned</td></tr>
 *   <tr><td>{@code date-relative}</td><td>the dateline's</td><td>the lead dates the story
 *       relatively ({@code 昨天}, {@code 今天}, {@code 前天}); the date is left null and the
 *       message names the date it would mean</td></tr>
 *   <tr><td>{@code date-unresolved}</td><td>the dateline's</td><td>the dateline's date (a day
 *       without a month) could not be made a full date; give an issue date</td></tr>
 * </table>
 *
 * @param code a stable machine-readable code, such as {@code date-unresolved}
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
