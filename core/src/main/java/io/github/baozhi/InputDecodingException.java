package io.github.baozhi;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The input bytes could not be read or decoded as text. The message names the charset and, where
 * known, the byte offset; pass an explicit charset in {@link ParserOptions} if detection guessed
 * wrong.
 */
public final class InputDecodingException extends BaozhiException {

  private static final long serialVersionUID = 1L;

  private final long byteOffset;
  private final transient Charset charset;

  /** An undecodable-input error at {@code byteOffset} (-1 when unknown), caused by {@code cause}. */
  public InputDecodingException(String message, long byteOffset, Throwable cause) {
    this(message, byteOffset, cause, null);
  }

  /**
   * An error at {@code byteOffset} in input that is text in {@code charset} but for invalid byte
   * sequences, which {@link ParserOptions#replaceBadBytes()} would replace.
   */
  public InputDecodingException(String message, long byteOffset, Throwable cause, Charset charset) {
    super(message, cause);
    this.byteOffset = byteOffset;
    this.charset = charset;
  }

  /**
   * @return the charset of input that is text in it but for invalid byte sequences (a parser with
   *     {@link ParserOptions#replaceBadBytes()} reads it with U+FFFD in their place); empty for
   *     binary data or a charset that could not be told
   */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /** @return the offset of the first undecodable byte, or -1 when unknown */
  public long byteOffset() {
    return byteOffset;
  }
}
