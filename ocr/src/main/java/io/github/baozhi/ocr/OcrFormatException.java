package io.github.baozhi.ocr;

import io.github.baozhi.BaozhiException;
import java.util.Objects;

/**
 * A file could not be read as the engine output it was said to be: it is malformed, truncated, in
 * another format, or holds values that are not what the format allows (a coordinate that is not a
 * number, a negative size, bytes that are not in the declared encoding). The message is one line
 * that names the format and, where known, the place: {@code not valid ALTO: unexpected end of file
 * at line 12, column 5}.
 */
public class OcrFormatException extends BaozhiException {

  private static final long serialVersionUID = 1L;

  private final InputFormat format;
  private final int line;
  private final int column;

  /**
   * An error in a file of {@code format}, with {@code detail} saying what is wrong and where, when
   * the place is not a line and column.
   */
  public OcrFormatException(InputFormat format, String detail) {
    this(format, detail, -1, -1, null);
  }

  /**
   * An error at {@code line} and {@code column} (1-based; -1 when unknown) of a file of {@code
   * format}, caused by {@code cause} (may be null).
   */
  public OcrFormatException(
      InputFormat format, String detail, int line, int column, Throwable cause) {
    super(message(format, detail, line, column), cause);
    this.format = format;
    this.line = line > 0 ? line : -1;
    this.column = line > 0 && column > 0 ? column : -1;
  }

  private static String message(InputFormat format, String detail, int line, int column) {
    Objects.requireNonNull(format, "format");
    StringBuilder sb = new StringBuilder("not valid ").append(format.displayName()).append(": ");
    // A parser's message can span lines; the promise is one line.
    sb.append(detail.strip().replaceAll("\\s*\\R\\s*", " "));
    if (line > 0) {
      sb.append(" at line ").append(line);
      if (column > 0) {
        sb.append(", column ").append(column);
      }
    }
    return sb.toString();
  }

  /** @return the format the file was read as */
  public InputFormat format() {
    return format;
  }

  /** @return the 1-based line of the error, or -1 when unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column of the error, or -1 when unknown */
  public int column() {
    return column;
  }
}
