package io.github.baozhi.ocr;

import java.util.Locale;
import java.util.Map;

/**
 * The kinds of input baozhi reads: plain text, or the output of an OCR engine with coordinates.
 */
public enum InputFormat {
  /** Plain text, one printed line per line: what {@link io.github.baozhi.PageParser} reads. */
  TEXT("text", "text"),
  /** hOCR, the HTML of Tesseract, OCRopus and kraken. */
  HOCR("hocr", "hOCR"),
  /** ALTO XML, versions 2 to 4. */
  ALTO("alto", "ALTO"),
  /** PAGE XML (PcGts), the 2013-07-15 and 2019-07-15 schemas of Transkribus and OCR-D. */
  PAGE_XML("page", "PAGE XML"),
  /** PaddleOCR's JSON: the 3.x {@code save_to_json} object or the 2.x result list. */
  PADDLE("paddle", "PaddleOCR JSON");

  private final String cliName;
  private final String displayName;

  InputFormat(String cliName, String displayName) {
    this.cliName = cliName;
    this.displayName = displayName;
  }

  /**
   * Sniffs the format from the content. A byte-order mark and leading whitespace are skipped and
   * only the first few kilobytes are looked at:
   *
   * <ul>
   *   <li>XML whose root element is {@code alto} is {@link #ALTO}, {@code PcGts} is {@link
   *       #PAGE_XML} (any namespace or prefix);
   *   <li>markup that uses hOCR's classes ({@code ocr_page}, {@code ocr_line}, {@code ocrx_word}…)
   *       or its {@code ocr-system} metadata near the start is {@link #HOCR};
   *   <li>JSON in one of PaddleOCR's layouts is {@link #PADDLE}: an object with the keys of 3.x's
   *       {@code save_to_json} (also under {@code res}), or 2.x's list of {@code [polygon, [text,
   *       score]]} entries, wrapped per page or not, with empty pages as {@code null} or {@code []};
   *   <li>anything else is {@link #TEXT}: plain text, empty input, binary data, other XML and HTML,
   *       and JSON that is not PaddleOCR's (there is no JSON format of its own to refuse it as; a
   *       caller that wants to refuse JSON can check the first character).
   * </ul>
   *
   * <p>A bare {@code []} is {@link #TEXT}: it has nothing to tell PaddleOCR's empty result from any
   * other empty list, though {@link OcrReader#read(byte[], InputFormat)} reads it as an empty
   * PaddleOCR page when told the format.
   *
   * @param bytes the content, not null
   * @return the format; never throws for any content
   */
  public static InputFormat detect(byte[] bytes) {
    return FormatSniffer.detect(bytes);
  }

  /**
   * The format for a command-line name: {@code text}, {@code hocr}, {@code alto}, {@code page},
   * {@code paddle}, in any case.
   *
   * @throws IllegalArgumentException for any other name, naming the choices
   */
  public static InputFormat fromName(String name) {
    if (name != null) {
      String key = name.strip().toLowerCase(Locale.ROOT);
      for (InputFormat format : values()) {
        if (format.cliName.equals(key)) {
          return format;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown input format '" + name + "': choose text, hocr, alto, page or paddle");
  }

  /**
   * What a file's extension promises when the format is sniffed, by extension: a file named so
   * whose content {@link #detect} finds to be no engine output at all is better refused than read
   * as a page of text (which a JSON or XML file of another kind would otherwise become).
   */
  private static final Map<String, String> PROMISES = Map.of(
      "json", "not PaddleOCR JSON, the only JSON baozhi reads",
      "xml", "neither ALTO nor PAGE XML, the XML baozhi reads",
      "hocr", "not hOCR",
      "html", "not hOCR, the only HTML baozhi reads",
      "htm", "not hOCR, the only HTML baozhi reads");

  /**
   * What the extension of a file promises that content sniffed as {@link #TEXT} is not, for a
   * message such as {@code "not PaddleOCR JSON, the only JSON baozhi reads"}; null where the name
   * promises nothing ({@code page.txt}, a name without an extension).
   *
   * @param fileName a file name or a path with {@code /} or the platform's separators, not null
   * @return the broken promise, or null
   */
  public static String unmetPromise(String fileName) {
    String name = fileName.substring(Math.max(fileName.lastIndexOf('/'),
        fileName.lastIndexOf(java.io.File.separatorChar)) + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? null : PROMISES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** @return the format's command-line name: {@code text}, {@code hocr}, {@code page}… */
  public String cliName() {
    return cliName;
  }

  /** @return the format's name for messages: {@code hOCR}, {@code ALTO}, {@code PAGE XML}… */
  public String displayName() {
    return displayName;
  }
}
