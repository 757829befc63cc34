package io.github.baozhi.internal.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import io.github.baozhi.InputDecodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Decodes page bytes. With a charset given, in that charset. Otherwise only in the charsets that
 * Chinese pages are written in: UTF-16 by its byte-order mark or by a clear pattern of NUL bytes,
 * UTF-8 by its byte-order mark or because the bytes are UTF-8, else GB18030 or Big5, the one the
 * bytes are valid in, told apart by ICU's detection where they are valid in both. Never a
 * single-byte charset (any bytes are valid in one, so choosing it only turns a damaged page into
 * mojibake), and never a guess of low confidence.
 *
 * <p>A page that is valid in one of those charsets but for a few bad bytes (at most one invalid
 * sequence per {@value Scan#CHARACTERS_PER_BAD_SEQUENCE} non-ASCII characters) is that charset
 * with bad bytes: it fails, naming the charset and the offset, unless bad bytes are to be
 * replaced, when it decodes with U+FFFD in their place and says so.
 */
public final class PageDecoder {

  /** The result: the text, and sentences on what was guessed and what was replaced (or null). */
  public record Decoded(String text, String detected, String replaced) {}

  /** The multi-byte charsets of Chinese pages other than Unicode's, in order of preference. */
  private static final List<Charset> CHINESE =
      List.of(Charset.forName("GB18030"), Charset.forName("Big5"));

  /**
   * ICU gives a confidence of 10 to text with too few double-byte characters to tell, or with none
   * of the charset's common characters: no evidence. A guess needs clearly more.
   */
  static final int MIN_CONFIDENCE = 25;

  /** Bytes given to ICU's detection: some 20,000 characters, far more than it needs to tell. */
  private static final int DETECTION_WINDOW = 64 * 1024;

  private static final int UTF16_UNIT = 2;

  /**
   * How many more NULs UTF-16 text has in the high half of its code units than in the low: a page
   * of Han characters has about one ASCII character (line feed, digit, space) in 20 and one Han
   * character in 256 with a zero low byte, so about ten times as many (three times on a short page
   * dense with 一 and 开); binary data has about as many on each side.
   */
  private static final int NUL_SIDE_RATIO = 2;
  private static final byte LINE_FEED = '\n';

  private PageDecoder() {}

  /**
   * Decodes {@code bytes} in {@code charset}, or detects it when null.
   *
   * @param replaceBadBytes whether invalid byte sequences become U+FFFD instead of an error
   * @throws InputDecodingException if the bytes are not text in the charset (given or detected)
   */
  public static Decoded decode(byte[] bytes, Charset charset, boolean replaceBadBytes) {
    if (charset != null) {
      if (!isWide(charset)) {
        rejectBinary(bytes);
      }
      return accept(Scan.of(bytes, charset), null, replaceBadBytes, false);
    }
    Charset byMark = byteOrderMark(bytes);
    if (byMark != null) {
      return accept(Scan.of(bytes, byMark), null, replaceBadBytes, false);
    }
    // Most pages hold no NUL byte: then they are neither UTF-16 (whose line feeds have one) nor
    // binary data, and one pass over the bytes has told both.
    int nul = firstNul(bytes);
    Charset byNuls = nul < 0 ? null : utf16ByNuls(bytes);
    if (byNuls != null) {
      return accept(Scan.of(bytes, byNuls), "input has no byte-order mark; decoded as "
          + byNuls.name() + " by its NUL bytes; pass the charset if this is wrong", replaceBadBytes, true);
    }
    if (nul >= 0) {
      throw binary(nul);
    }
    Scan utf8 = Scan.candidate(bytes, StandardCharsets.UTF_8);
    if (utf8.invalid() == 0 || utf8.nearlyValid()) {
      // Valid UTF-8 sequences do not happen by chance in other charsets' text: a page of them is
      // UTF-8, and its few invalid ones are damage (even where the bytes happen to be GB18030).
      return accept(utf8, null, replaceBadBytes, true);
    }
    return detect(bytes, replaceBadBytes);
  }

  /** GB18030 or Big5: whichever is (nearly) valid, with the fewer bad bytes, then by ICU. */
  private static Decoded detect(byte[] bytes, boolean replaceBadBytes) {
    List<Scan> candidates = new ArrayList<>();
    for (Charset charset : CHINESE) {
      Scan scan = Scan.candidate(bytes, charset);
      if (scan.nearlyValid()) {
        candidates.add(scan);
      }
    }
    if (candidates.isEmpty()) {
      throw new InputDecodingException("cannot tell the charset of the input: it is not UTF-8,"
          + " GB18030 or Big5, nor any of them with a few bad bytes; pass one explicitly", -1, null);
    }
    CharsetDetector detector = new CharsetDetector();
    // ICU's recognisers each read all they are given; the start of a page tells as well.
    detector.setText(bytes.length <= DETECTION_WINDOW ? bytes : Arrays.copyOf(bytes, DETECTION_WINDOW));
    CharsetMatch[] matches = detector.detectAll();
    candidates.sort(Comparator.comparingInt(Scan::invalid)
        .thenComparing(Comparator.comparingInt((Scan s) -> confidence(matches, s.charset())).reversed()));
    Scan best = candidates.get(0);
    int confidence = confidence(matches, best.charset());
    boolean tied = candidates.size() > 1 && candidates.get(1).invalid() == best.invalid()
        && confidence(matches, candidates.get(1).charset()) == confidence;
    if (confidence < MIN_CONFIDENCE || tied) {
      throw new InputDecodingException("cannot tell the charset of the input: it is not UTF-8, and"
          + " " + best.charset().name() + " is only a guess (confidence " + confidence + "%);"
          + " pass one explicitly", -1, null);
    }
    return accept(best, "input is not UTF-8; decoded as " + best.charset().name()
        + " (detected, confidence " + confidence + "%); pass the charset if this is wrong",
        replaceBadBytes, true);
  }

  private static int confidence(CharsetMatch[] matches, Charset charset) {
    for (CharsetMatch m : matches) {
      if (m.getName().equalsIgnoreCase(charset.name())) {
        return m.getConfidence();
      }
    }
    return 0;
  }

  /**
   * The scan's text, or the error its invalid sequences make. {@code detected} says the charset
   * was found, not given: the error then says the page is that charset but for its bad bytes.
   */
  private static Decoded accept(Scan scan, String guess, boolean replaceBadBytes, boolean detected) {
    if (scan.invalid() == 0) {
      return new Decoded(scan.text(), guess, null);
    }
    if (!replaceBadBytes) {
      long first = scan.offsets().get(0);
      throw new InputDecodingException("input is not valid " + scan.charset().name()
          + " at byte offset " + first + (detected ? " (a " + scan.charset().name() + " page with "
          + scan.where() + ")" : ""), first, null, scan.charset());
    }
    return new Decoded(scan.text(), guess, scan.where() + " of " + scan.charset().name()
        + " replaced with U+FFFD");
  }

  private static boolean isWide(Charset charset) {
    return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
  }

  /**
   * Text in an ASCII-compatible charset never holds a NUL byte; binary data (images, PDFs,
   * archives) nearly always does, and would otherwise decode into nonsense.
   */
  private static void rejectBinary(byte[] bytes) {
    int nul = firstNul(bytes);
    if (nul >= 0) {
      throw binary(nul);
    }
  }

  /** Where the first NUL byte stands, or -1. */
  private static int firstNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static InputDecodingException binary(int offset) {
    return new InputDecodingException("binary data, not text: NUL byte at byte offset " + offset,
        offset, null);
  }

  private static Charset byteOrderMark(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * UTF-16 without a byte-order mark, by the clear pattern its ASCII characters make: an even
   * number of bytes, a line feed code unit ({@code 0A 00} little-endian), and NUL bytes in the high
   * half of code units {@value #NUL_SIDE_RATIO} times as often as in the low half. Han characters
   * put a NUL in the low half once in 256 (U+4E00 is {@code 00 4E} little-endian), each line feed,
   * digit and space one in the high half; binary data has NULs on both sides alike. Null when the
   * bytes show no such pattern.
   */
  private static Charset utf16ByNuls(byte[] bytes) {
    if (bytes.length % UTF16_UNIT != 0) {
      return null;
    }
    int[] nuls = new int[UTF16_UNIT];
    int[] lineFeeds = new int[UTF16_UNIT];
    for (int i = 0; i < bytes.length; i += UTF16_UNIT) {
      for (int half = 0; half < UTF16_UNIT; half++) {
        if (bytes[i + half] == 0) {
          nuls[half]++;
          if (bytes[i + 1 - half] == LINE_FEED) {
            lineFeeds[half]++;
          }
        }
      }
    }
    if (lineFeeds[1] > 0 && nuls[1] >= (long) NUL_SIDE_RATIO * nuls[0]) {
      return StandardCharsets.UTF_16LE; // "\n" is 0A 00: the NUL comes second
    }
    if (lineFeeds[0] > 0 && nuls[0] >= (long) NUL_SIDE_RATIO * nuls[1]) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }
}
