package io.github.baozhi;

/**
 * Base class of the exceptions baozhi throws. Odd text never raises one: it comes back as data
 * and diagnostics. Only bad arguments and unreadable input do.
 */
public class BaozhiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message that says what went wrong and what to do. */
  public BaozhiException(String message) {
    super(message);
  }

  /** An exception with a message and the underlying cause. */
  public BaozhiException(String message, Throwable cause) {
    super(message, cause);
  }
}
