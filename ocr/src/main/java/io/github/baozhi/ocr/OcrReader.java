package io.github.baozhi.ocr;

import io.github.baozhi.OcrPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Reads OCR engine output with coordinates into {@link OcrPage}s, one per page in the file: an
 * hOCR {@code ocr_page}, an ALTO {@code Page}, a PAGE XML {@code Page}; PaddleOCR writes one page
 * per file in 3.x, and 2.x's per-page lists give one each. The readers are stateless and safe to
 * call from any thread.
 *
 * <p>Files are treated as untrusted: XML is read without DTDs or external entities, nothing is
 * fetched, nesting is bounded, and the work is linear in the input. Anything wrong with the content
 * is an {@link OcrFormatException} with a one-line message; see each format's reader for what is
 * read and how ambiguous cases are settled.
 */
public final class OcrReader {

  private OcrReader() {}

  /**
   * The pages of {@code bytes} read as {@code format}.
   *
   * @throws OcrFormatException for a malformed file, or one that is not in {@code format}
   * @throws IllegalArgumentException for {@link InputFormat#TEXT}, which has no pages to read here
   *     ({@link io.github.baozhi.PageParser} reads text)
   */
  public static List<OcrPage> read(byte[] bytes, InputFormat format) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(format, "format");
    return switch (format) {
      case HOCR -> HocrReader.read(bytes);
      case ALTO -> AltoReader.read(bytes);
      case PAGE_XML -> PageXmlReader.read(bytes);
      case PADDLE -> PaddleJsonReader.read(bytes);
      case TEXT -> throw new IllegalArgumentException(
          "text has no engine coordinates to read; parse it with PageParser");
    };
  }

  /**
   * The pages of {@code in} read to its end as {@code format}; the stream is not closed.
   *
   * @throws OcrFormatException for a malformed file, or one that is not in {@code format}
   * @throws IllegalArgumentException for {@link InputFormat#TEXT}
   * @throws UncheckedIOException when reading the stream fails
   */
  public static List<OcrPage> read(InputStream in, InputFormat format) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(format, "format");
    if (format == InputFormat.TEXT) {
      return read(new byte[0], format);
    }
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the " + format.displayName() + " input", e);
    }
    return read(bytes, format);
  }
}
