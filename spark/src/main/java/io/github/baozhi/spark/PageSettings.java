package io.github.baozhi.spark;

import io.github.baozhi.ParserOptions;
import io.github.baozhi.Punctuation;
import io.github.baozhi.ocr.InputFormat;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What every executor needs to parse pages as the driver was asked to: the {@link ParserOptions}
 * in a serializable form (a {@link Charset} is not serializable, so it travels by name), the
 * format every page is read as (null to sniff each) and the largest page accepted.
 *
 * @param charsetName the charset of text input, or null to detect it
 * @param inputFormat the format every page is read as, or null to sniff each page's
 * @param maxPageBytes pages larger than this go to the errors dataset unparsed
 */
record PageSettings(LocalDate issueDate, String charsetName, Punctuation punctuation,
    boolean repairOcrSpacing, boolean replaceBadBytes, InputFormat inputFormat, long maxPageBytes)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  PageSettings {
    Objects.requireNonNull(punctuation, "punctuation");
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive: " + maxPageBytes);
    }
  }

  static PageSettings of(ParserOptions options, InputFormat inputFormat, long maxPageBytes) {
    return new PageSettings(options.issueDate(),
        options.charset() == null ? null : options.charset().name(), options.punctuation(),
        options.repairOcrSpacing(), options.replaceBadBytes(), inputFormat, maxPageBytes);
  }

  ParserOptions parserOptions() {
    return ParserOptions.builder()
        .issueDate(issueDate)
        .charset(charsetName == null ? null : Charset.forName(charsetName))
        .punctuation(punctuation)
        .repairOcrSpacing(repairOcrSpacing)
        .replaceBadBytes(replaceBadBytes)
        .build();
  }

  PageSettings withInputFormat(InputFormat format) {
    return new PageSettings(issueDate, charsetName, punctuation, repairOcrSpacing, replaceBadBytes,
        format, maxPageBytes);
  }

  PageSettings withMaxPageBytes(long bytes) {
    return new PageSettings(issueDate, charsetName, punctuation, repairOcrSpacing, replaceBadBytes,
        inputFormat, bytes);
  }
}
