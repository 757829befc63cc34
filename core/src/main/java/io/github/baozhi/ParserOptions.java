package io.github.baozhi;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Settings for a {@link PageParser}. Immutable; build one with {@link #builder()} or take {@link
 * #defaults()}.
 *
 * @param issueDate the date of the issue the page comes from, used to resolve partial dates such
 *     as {@code 10月10日}; {@code null} when unknown
 * @param charset the charset of byte input, or {@code null} to detect it
 */
public record ParserOptions(LocalDate issueDate, Charset charset) {

  private static final ParserOptions DEFAULTS = new ParserOptions(null, null);

  /** No issue date, charset detected. */
  public static ParserOptions defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The issue date, when one was given. */
  public Optional<LocalDate> issueDateIfKnown() {
    return Optional.ofNullable(issueDate);
  }

  /** Builds {@link ParserOptions}. */
  public static final class Builder {
    private LocalDate issueDate;
    private Charset charset;

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

    public ParserOptions build() {
      return new ParserOptions(issueDate, charset);
    }
  }
}
