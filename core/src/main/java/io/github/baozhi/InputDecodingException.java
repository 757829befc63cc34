package io.github.baozhi;

/**
 * The input bytes could not be read or decoded as text. The message names the charset and, where
 * known, the byte offset; pass an explicit charset in {@link ParserOptions} if detection guessed
 * wrong.
 */
public final class InputDecodingException extends BaozhiException {

  private static final long serialVersionUID = 1L;

  private final long byteOffset;

  /** An undecodable-input error at {@code byteOffset} (-1 when unknown), caused by {@code cause}. */
  public InputDecodingException(String message, long byteOffset, Throwable cause) {
    super(message, cause);
    this.byteOffset = byteOffset;
  }

  /** @return the offset of the first undecodable byte, or -1 when unknown */
  public long byteOffset() {
    return byteOffset;
  }
}
