package io.github.baozhi.ocr;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** {@link InputFormat#detect(byte[])}: a look at the first few kilobytes. */
final class FormatSniffer {

  /**
   * How much of the start is looked at. Tesseract's hOCR names its classes within the first
   * kilobyte and PaddleOCR 3.x its keys within the first hundred bytes; a few kilobytes leave room
   * for long prologues (comments, a DOCTYPE, styles) and keep sniffing cheap on any input.
   */
  static final int WINDOW_BYTES = 8 * 1024;

  /** Markers of hOCR: its classes and its metadata names. */
  private static final List<String> HOCR_MARKERS = List.of("ocr_page", "ocr_carea", "ocr_par",
      "ocr_line", "ocrx_word", "ocr_header", "ocr_caption", "ocr_textfloat", "ocr-system",
      "ocr-capabilities");

  private static final int UTF8_BOM_LENGTH = 3;

  private FormatSniffer() {}

  static InputFormat detect(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      return sniff(bytes);
    } catch (RuntimeException e) {
      // Sniffing is a guess; no content may make it fail.
      return InputFormat.TEXT;
    }
  }

  private static InputFormat sniff(byte[] bytes) {
    String head = head(bytes);
    int i = 0;
    while (i < head.length() && isSpace(head.charAt(i))) {
      i++;
    }
    if (i == head.length()) {
      return InputFormat.TEXT;
    }
    char first = head.charAt(i);
    if (first == '{' || first == '[') {
      byte[] json = Arrays.copyOf(bytes, Math.min(bytes.length, WINDOW_BYTES));
      return PaddleJsonReader.sniff(json) ? InputFormat.PADDLE : InputFormat.TEXT;
    }
    if (first != '<') {
      return InputFormat.TEXT;
    }
    String root = rootElement(head, i);
    if (root != null) {
      int colon = root.indexOf(':');
      String local = colon < 0 ? root : root.substring(colon + 1);
      if (local.equals("alto")) {
        return InputFormat.ALTO;
      }
      if (local.equals("PcGts")) {
        return InputFormat.PAGE_XML;
      }
    }
    for (String marker : HOCR_MARKERS) {
      if (head.indexOf(marker, i) >= 0) {
        return InputFormat.HOCR;
      }
    }
    return InputFormat.TEXT;
  }

  /**
   * The first {@link #WINDOW_BYTES} as text, byte-order mark dropped: UTF-16 decoded (by its mark
   * or by a {@code <} in one of its halves), anything else one char per byte, which reads ASCII
   * markup and JSON alike whatever the encoding of the rest.
   */
  private static String head(byte[] bytes) {
    int n = Math.min(bytes.length, WINDOW_BYTES);
    if (n >= 2) {
      int b0 = bytes[0] & 0xFF;
      int b1 = bytes[1] & 0xFF;
      if (b0 == 0xFE && b1 == 0xFF) {
        return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
      }
      if (b0 == 0xFF && b1 == 0xFE) {
        return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
      }
      if (b0 == 0 && b1 == '<') {
        return new String(bytes, 0, n, StandardCharsets.UTF_16BE);
      }
      if (b0 == '<' && b1 == 0) {
        return new String(bytes, 0, n, StandardCharsets.UTF_16LE);
      }
    }
    if (n >= UTF8_BOM_LENGTH && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return TextDecoding.latin1(bytes, UTF8_BOM_LENGTH, n - UTF8_BOM_LENGTH);
    }
    return TextDecoding.latin1(bytes, 0, n);
  }

  /**
   * The name of the first element from {@code i}, after the XML declaration, comments, processing
   * instructions and a DOCTYPE; null when the window ends first or the markup is not that.
   */
  private static String rootElement(String s, int i) {
    int n = s.length();
    while (i >= 0 && i < n) {
      while (i < n && isSpace(s.charAt(i))) {
        i++;
      }
      if (i >= n || s.charAt(i) != '<') {
        return null;
      }
      if (s.startsWith("<?", i)) {
        i = after(s, "?>", i + "<?".length());
      } else if (s.startsWith("<!--", i)) {
        i = after(s, "-->", i + "<!--".length());
      } else if (s.startsWith("<!", i)) {
        i = endOfDeclaration(s, i + "<!".length());
      } else {
        int start = i + 1;
        int end = start;
        while (end < n && isNameChar(s.charAt(end))) {
          end++;
        }
        return end > start ? s.substring(start, end) : null;
      }
    }
    return null;
  }

  /** The index after the first {@code end} from {@code from}, or -1. */
  private static int after(String s, String end, int from) {
    int at = s.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  /** The index after the {@code >} that closes a declaration, skipping an internal subset. */
  private static int endOfDeclaration(String s, int i) {
    int brackets = 0;
    char quote = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        brackets++;
      } else if (c == ']') {
        brackets--;
      } else if (c == '>' && brackets <= 0) {
        return i + 1;
      }
    }
    return -1;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '_' || c == '-' || c == '.';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF';
  }
}
