package io.github.baozhi.internal.text;

/**
 * Turns half-width {@code ,:;()!?} that sit between CJK characters into their full-width forms,
 * as a Chinese compositor would have set them: {@code 3日,省长} becomes {@code 3日，省长} and {@code
 * 无锡(杭州)数字} becomes {@code 无锡（杭州）数字}. Marks between Latin letters or digits ({@code 1,000},
 * {@code (FAO)}) stay as they are.
 */
public final class PunctuationWidener {

  private static final String HALF = ",:;!?";
  private static final String FULL = "，：；！？";

  private PunctuationWidener() {}

  public static String widen(String text) {
    StringBuilder out = new StringBuilder(text);
    int[] openStack = new int[text.length()];
    boolean[] openConverted = new boolean[text.length()];
    int depth = 0;
    for (int i = 0; i < out.length(); i++) {
      char c = out.charAt(i);
      int mark = HALF.indexOf(c);
      if (mark >= 0) {
        int before = previous(out, i);
        int after = next(out, i);
        if (before >= 0 && Chars.isWide(before) && (after < 0 || Chars.isWide(after))) {
          out.setCharAt(i, FULL.charAt(mark));
        }
      } else if (c == '(') {
        int before = previous(out, i);
        int after = next(out, i);
        boolean convert = (before < 0 || Chars.isWide(before)) && after >= 0 && Chars.isWide(after);
        if (convert) {
          out.setCharAt(i, '（');
        }
        openStack[depth] = i;
        openConverted[depth] = convert;
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
        if (openConverted[depth]) {
          out.setCharAt(i, '）');
        }
      }
    }
    return out.toString();
  }

  private static int previous(CharSequence text, int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return Character.codePointBefore(text, i + 1);
      }
    }
    return -1;
  }

  private static int next(CharSequence text, int index) {
    for (int i = index + 1; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return Character.codePointAt(text, i);
      }
    }
    return -1;
  }
}
