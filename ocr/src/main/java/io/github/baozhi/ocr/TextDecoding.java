package io.github.baozhi.ocr;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a markup file's encoding and decodes it strictly. The readers decode before they parse so
 * that bytes which are not in the file's encoding are an error naming their offset, not U+FFFD
 * slipped into the text (jsoup's way) or a message printed to standard error (the JDK's StAX does
 * that for malformed UTF-8).
 */
final class TextDecoding {

  /**
   * How much of the start of an HTML file is searched for a {@code <meta charset>}: HTML requires
   * the declaration within the first 1024 bytes; jsoup looks further, and a long {@code <head>} of
   * styles can push it back, so a few kilobytes.
   */
  private static final int META_WINDOW_BYTES = 8 * 1024;

  /** How much of the start is searched for the end of an XML declaration; real ones are short. */
  private static final int DECLARATION_WINDOW_BYTES = 512;

  private static final Pattern XML_ENCODING = Pattern.compile(
      "^<\\?xml\\s[^>]*?encoding\\s*=\\s*[\"']([A-Za-z][A-Za-z0-9._:-]*)[\"']");

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9][A-Za-z0-9._:+-]*)",
      Pattern.CASE_INSENSITIVE);

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private TextDecoding() {}

  /** The encoding of an XML file: its byte-order mark, else its declaration, else UTF-8. */
  static Charset xmlCharset(byte[] bytes, InputFormat format) {
    Charset fromBytes = sixteenBit(bytes);
    if (fromBytes != null) {
      return fromBytes;
    }
    if (startsWith(bytes, UTF8_BOM)) {
      return StandardCharsets.UTF_8;
    }
    String head = latin1(bytes, 0, DECLARATION_WINDOW_BYTES);
    Matcher m = XML_ENCODING.matcher(head);
    return m.find() ? eightBit(m.group(1), format) : StandardCharsets.UTF_8;
  }

  /**
   * The encoding of an HTML file: its byte-order mark, else a {@code <meta>} charset, else an XML
   * declaration's encoding (XHTML), else UTF-8.
   */
  static Charset htmlCharset(byte[] bytes, InputFormat format) {
    Charset fromBytes = sixteenBit(bytes);
    if (fromBytes != null) {
      return fromBytes;
    }
    if (startsWith(bytes, UTF8_BOM)) {
      return StandardCharsets.UTF_8;
    }
    String head = latin1(bytes, 0, META_WINDOW_BYTES);
    Matcher meta = META_CHARSET.matcher(head);
    if (meta.find()) {
      return eightBit(meta.group(1), format);
    }
    Matcher xml = XML_ENCODING.matcher(head);
    return xml.find() ? eightBit(xml.group(1), format) : StandardCharsets.UTF_8;
  }

  /**
   * UTF-16 by its byte-order mark, or by {@code <} as the first character when there is none (an
   * XML file must start with it); null for an 8-bit encoding.
   */
  private static Charset sixteenBit(byte[] b) {
    if (b.length >= 2) {
      if ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || b[0] == 0 && b[1] == '<') {
        return StandardCharsets.UTF_16BE;
      }
      if ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || b[0] == '<' && b[1] == 0) {
        return StandardCharsets.UTF_16LE;
      }
    }
    return null;
  }

  /**
   * The charset a file read as 8-bit bytes declares. A 16-bit one is a contradiction: the
   * declaration was readable byte by byte.
   */
  private static Charset eightBit(String name, InputFormat format) {
    Charset cs;
    try {
      cs = Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new OcrFormatException(format, "the file declares the unknown encoding '" + name + "'");
    }
    String canonical = cs.name();
    if (canonical.startsWith("UTF-16") || canonical.startsWith("UTF-32")) {
      throw new OcrFormatException(format,
          "the file declares " + name + " but its bytes are not " + canonical);
    }
    return cs;
  }

  /**
   * The text of {@code bytes} in {@code cs}, without a leading byte-order mark.
   *
   * @throws OcrFormatException naming the byte offset of the first byte that is not {@code cs}
   */
  static String decode(byte[] bytes, Charset cs, InputFormat format) {
    int start = 0;
    if (cs.equals(StandardCharsets.UTF_8) && startsWith(bytes, UTF8_BOM)) {
      start = UTF8_BOM.length;
    }
    if (cs.equals(StandardCharsets.UTF_8)) {
      // The JDK's own decoding is several times faster than a CharsetDecoder; it replaces bad
      // bytes with U+FFFD, so only a text that has one needs the strict pass to tell.
      String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
      strict(bytes, start, cs, format);
      return text;
    }
    String text = strict(bytes, start, cs, format);
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  private static String strict(byte[] bytes, int start, Charset cs, InputFormat format) {
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(
        (int) Math.min(Integer.MAX_VALUE - 16, (long) Math.ceil(
            (bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    // No overflow: the buffer holds maxCharsPerByte chars for every byte.
    if (result.isError()) {
      throw new OcrFormatException(format, "the bytes at offset " + in.position()
          + " are not valid " + cs.name());
    }
    out.flip();
    return out.toString();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** {@code bytes[from, from + max)} as Latin-1: one char per byte, enough to read ASCII markup. */
  static String latin1(byte[] bytes, int from, int max) {
    int end = (int) Math.min(bytes.length, (long) from + max);
    return new String(bytes, from, Math.max(0, end - from), StandardCharsets.ISO_8859_1);
  }
}
