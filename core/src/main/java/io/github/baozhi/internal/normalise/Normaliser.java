package io.github.baozhi.internal.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits page text into lines. CRLF, CR and LF all end a line and a leading byte-order mark is
 * dropped. The characters themselves are kept exactly: no Unicode normal form is applied, because
 * even NFC rewrites CJK compatibility ideographs (U+F900…) that archives must see as printed, and
 * NFKC would rewrite the page's punctuation widths.
 */
public final class Normaliser {

  public List<SourceLine> normalise(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<SourceLine> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    int length = body.length();
    for (int i = 0; i < length; i++) {
      char c = body.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new SourceLine(number++, body.substring(start, i)));
        if (c == '\r' && i + 1 < length && body.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < length) {
      lines.add(new SourceLine(number, body.substring(start)));
    }
    return List.copyOf(lines);
  }
}
