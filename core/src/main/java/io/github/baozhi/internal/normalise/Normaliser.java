package io.github.baozhi.internal.normalise;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits page text into lines. CRLF, CR and LF all end a line, a byte-order mark is dropped, and
 * each line is put in Unicode normal form C so that composed and decomposed input compare equal.
 * Width forms are left alone: NFKC would rewrite the page's punctuation.
 */
public final class Normaliser {

  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  public List<SourceLine> normalise(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<SourceLine> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    int length = body.length();
    for (int i = 0; i < length; i++) {
      char c = body.charAt(i);
      if (c == '\n' || c == '\r') {
        lines.add(new SourceLine(number++, NFC.normalize(body.substring(start, i))));
        if (c == '\r' && i + 1 < length && body.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < length) {
      lines.add(new SourceLine(number, NFC.normalize(body.substring(start))));
    }
    return List.copyOf(lines);
  }
}
