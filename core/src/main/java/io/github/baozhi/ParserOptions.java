package io.github.baozhi;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Settings for a {@link PageParser}. Immutable; build one with {@link #builder()} or take {@link
 * #defaults()}.
 *
 * @param issueDate the date of the issue the page comes from, used to resolve partial dates such
 *     as {@code 10月10日} and {@code 27日电}; {@code null} when unknown
 * @param charset the charset of byte input, or {@code null} to detect it
 * @param punctuation how the output sets punctuation widths; {@link Punctuation#KEEP} by default
 * @param repairOcrSpacing whether to remove the spaces some OCR engines put between every two Han
 *     characters, on lines and pages that show that pattern; on by default
 * @param replaceBadBytes whether byte input that is text but for a few invalid byte sequences is
 *     read with U+FFFD in their place (and a {@code bad-bytes-replaced} diagnostic giving their
 *     count and offsets) instead of failing with an {@link InputDecodingException}; off by default
 */
public record ParserOptions(LocalDate issueDate, Charset charset, Punctuation punctuation,
    boolean repairOcrSpacing, boolean replaceBadBytes) {

  private static final ParserOptions DEFAULTS = builder().build();

  /** Checks that a punctuation setting is present. */
  public ParserOptions {
    Objects.requireNonNull(punctuation, "punctuation");
  }

  /** Options that fail on invalid bytes, as before {@code replaceBadBytes} was an option. */
  public ParserOptions(
      LocalDate issueDate, Charset charset, Punctuation punctuation, boolean repairOcrSpacing) {
    this(issueDate, charset, punctuation, repairOcrSpacing, false);
  }

  /** No issue date, charset detected, punctuation kept, OCR spacing repaired, bad bytes an error. */
  public static ParserOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ParserOptions}. */
  public static final class Builder {
    private LocalDate issueDate;
    private Charset charset;
    private Punctuation punctuation = Punctuation.KEEP;
    private boolean repairOcrSpacing = true;
    private boolean replaceBadBytes;

    private Builder() {}

    /** The date of the issue, or {@code null} when unknown. */
    public Builder issueDate(LocalDate issueDate) {
      this.issueDate = issueDate;
      return this;
    }

    /** The charset of byte input, or {@code null} (the default) to detect it. */
    public Builder charset(Charset charset) {
      this.charset = charset;
      return this;
    }

    /** How the output sets punctuation widths. */
    public Builder punctuation(Punctuation punctuation) {
      this.punctuation = Objects.requireNonNull(punctuation, "punctuation");
      return this;
    }

    /** Whether to remove OCR spacing between Han characters (default true). */
    public Builder repairOcrSpacing(boolean repairOcrSpacing) {
      this.repairOcrSpacing = repairOcrSpacing;
      return this;
    }

    /** Whether invalid byte sequences become U+FFFD instead of an error (default false). */
    public Builder replaceBadBytes(boolean replaceBadBytes) {
      this.replaceBadBytes = replaceBadBytes;
      return this;
    }

    /** The options built so far. */
    public ParserOptions build() {
      return new ParserOptions(issueDate, charset, punctuation, repairOcrSpacing, replaceBadBytes);
    }
  }
}
