package io.github.baozhi.internal.decode;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes decoded in one charset with every invalid byte sequence replaced by U+FFFD, counted and
 * located: what tells a page in that charset with a few bad bytes from a page in another charset.
 *
 * @param charset the charset decoded
 * @param text the text, a leading byte-order mark dropped, U+FFFD for each invalid sequence
 * @param invalid how many invalid (or unmappable) byte sequences there were
 * @param offsets the byte offsets of the first {@link #MAX_OFFSETS} of them
 * @param multibyte how many characters were decoded from more than one byte, or from one byte
 *     outside ASCII: the evidence for the charset that the invalid sequences are weighed against
 */
record Scan(Charset charset, String text, int invalid, List<Long> offsets, int multibyte) {

  /** Enough offsets to find the bad bytes of a damaged page; a page of garbage needs no more. */
  static final int MAX_OFFSETS = 10;

  /**
   * At most one invalid sequence per this many non-ASCII characters makes a page "valid but for a
   * few bad bytes". ICU's detectors use the same proportion: a page with more bad characters than
   * one per 20 double-byte characters gets a confidence of 0.
   */
  static final int CHARACTERS_PER_BAD_SEQUENCE = 20;

  /**
   * Invalid sequences after which a scan stops if they already outnumber the characters they are
   * weighed against: the bytes are then not this charset, and the rest need not be decoded (GB18030
   * read as UTF-8 has an invalid sequence every few bytes). Enough that a page with a few bad bytes
   * close together near its start is still scanned to the end.
   */
  static final int HOPELESS_AFTER = 64;

  private static final char REPLACEMENT = '\uFFFD';
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final char LAST_ASCII = 0x7F;

  Scan {
    offsets = List.copyOf(offsets);
  }

  /** {@code bytes} decoded in {@code charset}, each invalid sequence replaced and counted. */
  static Scan of(byte[] bytes, Charset charset) {
    return of(bytes, charset, false);
  }

  /**
   * {@code bytes} tried as {@code charset}, a candidate of detection: the scan may stop early
   * ({@link #HOPELESS_AFTER}), leaving no text, when they are plainly not that charset.
   */
  static Scan candidate(byte[] bytes, Charset charset) {
    return of(bytes, charset, true);
  }

  private static Scan of(byte[] bytes, Charset charset, boolean mayGiveUp) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The JDK's own decoding is several times faster than a CharsetDecoder and replaces each
      // invalid sequence as the decoder below does; only a text with U+FFFD needs the slow pass.
      String text = new String(bytes, StandardCharsets.UTF_8);
      int nonAscii = nonAsciiUnlessReplaced(text);
      if (nonAscii >= 0) {
        return new Scan(charset, withoutMark(text), 0, List.of(), nonAscii);
      }
    }
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    // Room for maxCharsPerByte chars per byte, and a U+FFFD per invalid sequence (one per byte at
    // worst), so the decoder never overflows.
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
        (long) Math.ceil(bytes.length * (double) Math.max(1, decoder.maxCharsPerByte())) + 1));
    int invalid = 0;
    int nonAscii = 0;
    int counted = 0;
    List<Long> offsets = new ArrayList<>();
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        result = decoder.flush(out);
      }
      if (!result.isError()) {
        break;
      }
      if (offsets.size() < MAX_OFFSETS) {
        offsets.add((long) in.position());
      }
      invalid++;
      in.position(in.position() + result.length());
      nonAscii += nonAscii(out, counted);
      counted = out.position();
      if (mayGiveUp && invalid >= HOPELESS_AFTER
          && (long) invalid * CHARACTERS_PER_BAD_SEQUENCE > nonAscii) {
        return new Scan(charset, "", invalid, offsets, nonAscii);
      }
      out.put(REPLACEMENT);
      counted++;
    }
    nonAscii += nonAscii(out, counted);
    out.flip();
    return new Scan(charset, withoutMark(out.toString()), invalid, offsets, nonAscii);
  }

  /** The non-ASCII characters written to {@code out} since position {@code from}. */
  private static int nonAscii(CharBuffer out, int from) {
    int count = 0;
    for (int i = from; i < out.position(); i++) {
      if (out.get(i) > LAST_ASCII) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether the bytes are this charset: valid, or valid but for a few bad bytes. A scan that
   * stopped early (its text empty) is not.
   */
  boolean nearlyValid() {
    return (long) invalid * CHARACTERS_PER_BAD_SEQUENCE <= multibyte;
  }

  /** What was wrong, for a message: {@code 2 invalid byte sequences, at byte offsets 3, 90}. */
  String where() {
    StringBuilder s = new StringBuilder();
    s.append(invalid).append(invalid == 1 ? " invalid byte sequence, at byte offset "
        : " invalid byte sequences, at byte offsets ");
    for (int i = 0; i < offsets.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(offsets.get(i));
    }
    if (invalid > offsets.size()) {
      s.append(", …");
    }
    return s.toString();
  }

  private static String withoutMark(String text) {
    return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
  }

  /**
   * The non-ASCII characters of {@code text}, or -1 if it holds a U+FFFD: one pass over the text
   * for both, the one a decoded page's every character goes through before it is parsed.
   */
  private static int nonAsciiUnlessReplaced(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > LAST_ASCII) {
        if (c == REPLACEMENT) {
          return -1;
        }
        count++;
      }
    }
    return count;
  }
}
