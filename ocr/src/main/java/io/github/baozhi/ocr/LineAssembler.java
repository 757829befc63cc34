package io.github.baozhi.ocr;

import io.github.baozhi.Box;
import io.github.baozhi.OcrWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects a line's words and makes its text, box and confidence: the words' texts joined (by
 * single spaces unless the format says otherwise), the union of their boxes, the mean of their
 * confidences. One instance is reused line after line.
 */
final class LineAssembler {

  /** How a word joins the one before it. */
  enum Join {
    /** A space where the format marks one (ALTO's SP); where a line marks none, a space anyway. */
    SPACE,
    /** No space marked before the word. */
    ADJACENT,
    /** A hyphen that ends the line (ALTO's HYP): never a space before it. */
    HYPHEN
  }

  /** Room for the words of a short line; a longer one grows the array. */
  private static final int INITIAL_WORDS = 16;

  private final List<String> texts = new ArrayList<>();
  private final List<Box> boxes = new ArrayList<>();
  private final List<Join> joins = new ArrayList<>();
  private double[] confidences = new double[INITIAL_WORDS];
  private boolean anyMarkedSpace;
  private boolean allPlaced = true;
  private final StringBuilder sb = new StringBuilder();

  void clear() {
    texts.clear();
    boxes.clear();
    joins.clear();
    anyMarkedSpace = false;
    allPlaced = true;
  }

  /** Notes that the format marked a space in this line (an ALTO SP was seen). */
  void markedSpace() {
    anyMarkedSpace = true;
  }

  /**
   * Adds a word; {@code box} is null when the file does not place it, and then the line keeps its
   * text but has no words (a line with only some words placed would mislead the column split).
   */
  void add(String text, Box box, double confidence, Join join) {
    int n = texts.size();
    if (n == confidences.length) {
      confidences = Arrays.copyOf(confidences, n * 2);
    }
    texts.add(text);
    boxes.add(box);
    joins.add(join);
    confidences[n] = confidence;
    allPlaced &= box != null;
  }

  boolean isEmpty() {
    return texts.isEmpty();
  }

  /**
   * The line's text. With {@code spacesMarked} false every two words are joined by a space; with
   * it true (ALTO), a space stands only where the format marked one, unless the line marks none at
   * all, which is an engine that writes no SP elements rather than a line without spaces.
   */
  String text(boolean spacesMarked) {
    sb.setLength(0);
    boolean everywhere = !spacesMarked || !anyMarkedSpace;
    for (int i = 0; i < texts.size(); i++) {
      Join join = joins.get(i);
      if (i > 0 && join != Join.HYPHEN && (everywhere || join == Join.SPACE)) {
        sb.append(' ');
      }
      sb.append(texts.get(i));
    }
    return sb.toString();
  }

  /** The words with their boxes, or none when any word is unplaced. */
  List<OcrWord> words() {
    if (!allPlaced) {
      return List.of();
    }
    List<OcrWord> words = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      words.add(new OcrWord(texts.get(i), boxes.get(i), confidences[i]));
    }
    return words;
  }

  /** The union of the placed words' boxes, or null when none is placed. */
  Box box() {
    Box union = null;
    for (Box b : boxes) {
      if (b != null) {
        union = union == null ? b : union.union(b);
      }
    }
    return union;
  }

  /** The mean of the words' confidences, leaving out those without one; NaN when none has one. */
  double meanConfidence() {
    double sum = 0;
    int n = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (!Double.isNaN(confidences[i])) {
        sum += confidences[i];
        n++;
      }
    }
    // Clamped: the mean of values within 0 and 1 can round a hair outside them.
    return n == 0 ? Double.NaN : Math.min(1.0, Math.max(0.0, sum / n));
  }
}
