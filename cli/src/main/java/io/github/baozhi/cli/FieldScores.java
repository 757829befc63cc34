package io.github.baozhi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores page documents against hand-checked truth ({@code baozhi score}, {@code
 * docs/contract.md} "Scoring against annotated pages"; {@code EngineScoresTest} on engine
 * output, where OCR changes characters and exact field matches alone would say little). Its
 * similarity, matching and paragraph figures are those of the fieldsim scorer that the engine
 * floors were first measured with; each field's exact-match accuracy is counted beside them.
 *
 * <ul>
 *   <li>Text is compared after NFKC with all whitespace removed.
 *   <li>Articles are matched one to one, most similar bodies first, at a body similarity of 0.5 or
 *       more; {@code artF1} is the F1 of those matches.
 *   <li>Each field's similarity is Python's {@code difflib.SequenceMatcher} ratio (without junk
 *       heuristics), averaged over the truth's articles, 0 for an unmatched one and 1 where both
 *       sides are empty.
 *   <li>{@code para} is the F1 of paragraph boundaries over matched articles, each predicted
 *       boundary mapped into the truth body by the alignment of the two bodies and counted within
 *       one character of a truth boundary.
 * </ul>
 */
final class FieldScores {

  /** Bodies less alike than this are never the same article. */
  private static final double MIN_BODY_SIMILARITY = 0.5;

  /** A predicted paragraph boundary this close to a truth one, in characters, is right. */
  private static final int BOUNDARY_SLACK = 1;

  private int truth;
  private int predicted;
  private int matched;
  private double headline;
  private double dateline;
  private double byline;
  private double body;
  private int headlineExact;
  private int datelineExact;
  private int bylineExact;
  private int bodyExact;
  private int boundaryHits;
  private int boundaryFalse;
  private int boundaryMissed;

  /** Adds one page: the truth (the seeds-annotated format) and the page JSON the parser wrote. */
  void add(JsonNode truthPage, JsonNode predictedPage) {
    List<JsonNode> t = list(truthPage.get("articles"));
    List<JsonNode> p = list(predictedPage.get("articles"));
    String[] tb = new String[t.size()];
    String[] pb = new String[p.size()];
    for (int i = 0; i < tb.length; i++) {
      tb[i] = String.join("", paragraphs(t.get(i)));
    }
    for (int j = 0; j < pb.length; j++) {
      pb[j] = String.join("", paragraphs(p.get(j)));
    }
    record Pair(double similarity, int truth, int predicted) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < tb.length; i++) {
      for (int j = 0; j < pb.length; j++) {
        double s = similarity(tb[i], pb[j]);
        if (s >= MIN_BODY_SIMILARITY) {
          pairs.add(new Pair(s, i, j));
        }
      }
    }
    // As Python sorts the (similarity, i, j) tuples, highest first.
    pairs.sort((a, b) -> a.similarity() != b.similarity() ? Double.compare(b.similarity(), a.similarity())
        : a.truth() != b.truth() ? Integer.compare(b.truth(), a.truth())
        : Integer.compare(b.predicted(), a.predicted()));
    int[] match = new int[tb.length];
    Arrays.fill(match, -1);
    boolean[] used = new boolean[pb.length];
    for (Pair pair : pairs) {
      if (match[pair.truth()] < 0 && !used[pair.predicted()]) {
        match[pair.truth()] = pair.predicted();
        used[pair.predicted()] = true;
        matched++;
      }
    }
    truth += tb.length;
    predicted += pb.length;
    for (int i = 0; i < tb.length; i++) {
      JsonNode a = t.get(i);
      if (match[i] < 0) {
        boundaryMissed += Math.max(0, paragraphs(a).size() - 1);
        continue;
      }
      JsonNode b = p.get(match[i]);
      String ta = headlineText(a.get("headline"));
      String tp = headlineText(b.get("headline"));
      headline += similarity(ta, tp);
      headlineExact += ta.equals(tp) ? 1 : 0;
      ta = fieldText(a.get("dateline"));
      tp = fieldText(b.get("dateline"));
      dateline += similarity(ta, tp);
      datelineExact += ta.equals(tp) ? 1 : 0;
      ta = fieldText(a.get("byline"));
      tp = fieldText(b.get("byline"));
      byline += similarity(ta, tp);
      bylineExact += ta.equals(tp) ? 1 : 0;
      body += similarity(tb[i], pb[match[i]]);
      bodyExact += tb[i].equals(pb[match[i]]) ? 1 : 0;
      alignBoundaries(paragraphs(a), paragraphs(b));
    }
  }

  double articleF1() {
    return f1(matched, predicted - matched, truth - matched);
  }

  /** The share of written articles that matched an expected one (1 when none was written). */
  double articlePrecision() {
    return share(matched, predicted);
  }

  /** The share of expected articles that matched a written one (1 when none was expected). */
  double articleRecall() {
    return share(matched, truth);
  }

  int matchedArticles() {
    return matched;
  }

  /** The share of expected articles whose headline (parts joined) was written exactly. */
  double headlineAccuracy() {
    return share(headlineExact, truth);
  }

  double datelineAccuracy() {
    return share(datelineExact, truth);
  }

  double bylineAccuracy() {
    return share(bylineExact, truth);
  }

  double bodyAccuracy() {
    return share(bodyExact, truth);
  }

  double paragraphPrecision() {
    return share(boundaryHits, boundaryHits + boundaryFalse);
  }

  double paragraphRecall() {
    return share(boundaryHits, boundaryHits + boundaryMissed);
  }

  double headline() {
    return truth == 0 ? 1 : headline / truth;
  }

  double dateline() {
    return truth == 0 ? 1 : dateline / truth;
  }

  double byline() {
    return truth == 0 ? 1 : byline / truth;
  }

  double body() {
    return truth == 0 ? 1 : body / truth;
  }

  double paragraphs() {
    return f1(boundaryHits, boundaryFalse, boundaryMissed);
  }

  int truthArticles() {
    return truth;
  }

  int predictedArticles() {
    return predicted;
  }

  private static double f1(int tp, int fp, int fn) {
    double precision = share(tp, tp + fp);
    double recall = share(tp, tp + fn);
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** {@code part / whole}, 1 when the whole is nothing: nothing to find is all found. */
  private static double share(int part, int whole) {
    return whole == 0 ? 1 : (double) part / whole;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    if (array != null) {
      array.forEach(out::add);
    }
    return out;
  }

  /** NFKC, whitespace removed: widths and spaces do not count. */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(nfkc.length());
    nfkc.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** score.py's {@code body_of}: an article's normalised paragraphs, empty ones left out. */
  static List<String> paragraphs(JsonNode article) {
    List<String> out = new ArrayList<>();
    JsonNode body = article.get("body");
    if (body == null || body.isNull()) {
      return out;
    }
    if (body.isTextual()) {
      String p = normalise(body.asText());
      if (!p.isEmpty()) {
        out.add(p);
      }
      return out;
    }
    for (JsonNode p : body) {
      String text = normalise(p.isObject() ? p.path("text").asText("") : p.asText());
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
    return out;
  }

  /** score.py's {@code headline_text}: kicker, title and subtitle normalised, "" for none. */
  static String headlineText(JsonNode h) {
    if (h == null || h.isNull()) {
      return "";
    }
    if (h.isTextual()) {
      return normalise(h.asText());
    }
    StringBuilder out = new StringBuilder();
    for (String part : new String[] {"kicker", "title", "subtitle"}) {
      JsonNode v = h.get(part);
      if (v != null && !v.isNull()) {
        out.append(v.asText());
      }
    }
    return normalise(out.toString());
  }

  /** score.py's {@code field_text}: a dateline's or byline's text normalised, "" for none. */
  static String fieldText(JsonNode f) {
    if (f == null || f.isNull()) {
      return "";
    }
    return normalise(f.isTextual() ? f.asText() : f.path("text").asText(""));
  }

  /** Python's {@code difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()}. */
  static double similarity(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    if (x.length + y.length == 0) {
      return 1;
    }
    int matches = 0;
    for (int[] block : matchingBlocks(x, y)) {
      matches += block[2];
    }
    return 2.0 * matches / (x.length + y.length);
  }

  /**
   * difflib's matching blocks {i, j, size}, in order: the longest common run, then the same on
   * each side of it (the Ratcliff/Obershelp way), without the final sentinel.
   */
  static List<int[]> matchingBlocks(int[] a, int[] b) {
    Map<Integer, int[]> positions = new HashMap<>();
    Map<Integer, Integer> counts = new HashMap<>();
    for (int cp : b) {
      counts.merge(cp, 1, Integer::sum);
    }
    Map<Integer, Integer> filled = new HashMap<>();
    for (int j = 0; j < b.length; j++) {
      int[] at = positions.computeIfAbsent(b[j], k -> new int[counts.get(k)]);
      int n = filled.merge(b[j], 1, Integer::sum) - 1;
      at[n] = j;
    }
    List<int[]> blocks = new ArrayList<>();
    Deque<int[]> queue = new ArrayDeque<>();
    queue.push(new int[] {0, a.length, 0, b.length});
    while (!queue.isEmpty()) {
      int[] q = queue.pop();
      int[] m = longestMatch(a, positions, q[0], q[1], q[2], q[3]);
      if (m[2] > 0) {
        blocks.add(m);
        if (q[0] < m[0] && q[2] < m[1]) {
          queue.push(new int[] {q[0], m[0], q[2], m[1]});
        }
        if (m[0] + m[2] < q[1] && m[1] + m[2] < q[3]) {
          queue.push(new int[] {m[0] + m[2], q[1], m[1] + m[2], q[3]});
        }
      }
    }
    blocks.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] block : blocks) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last[0] + last[2] == block[0] && last[1] + last[2] == block[1]) {
        last[2] += block[2];
      } else {
        merged.add(block.clone());
      }
    }
    return merged;
  }

  /** difflib's {@code find_longest_match} without junk: {i, j, size}, earliest on ties. */
  private static int[] longestMatch(int[] a, Map<Integer, int[]> positions, int alo, int ahi,
      int blo, int bhi) {
    int besti = alo;
    int bestj = blo;
    int bestsize = 0;
    Map<Integer, Integer> lengths = new HashMap<>();
    for (int i = alo; i < ahi; i++) {
      Map<Integer, Integer> next = new HashMap<>();
      int[] at = positions.get(a[i]);
      if (at != null) {
        for (int j : at) {
          if (j < blo) {
            continue;
          }
          if (j >= bhi) {
            break;
          }
          int k = lengths.getOrDefault(j - 1, 0) + 1;
          next.put(j, k);
          if (k > bestsize) {
            besti = i - k + 1;
            bestj = j - k + 1;
            bestsize = k;
          }
        }
      }
      lengths = next;
    }
    return new int[] {besti, bestj, bestsize};
  }

  /** fieldsim's {@code aligned_boundaries}: predicted boundaries mapped into the truth body. */
  private void alignBoundaries(List<String> truthParagraphs, List<String> predictedParagraphs) {
    String t = String.join("", truthParagraphs);
    String p = String.join("", predictedParagraphs);
    int[] x = t.codePoints().toArray();
    int[] y = p.codePoints().toArray();
    int[] map = new int[y.length + 1];
    int i = 0;
    int j = 0;
    List<int[]> blocks = new ArrayList<>(matchingBlocks(x, y));
    blocks.add(new int[] {x.length, y.length, 0});
    for (int[] block : blocks) {
      // The stretch before the block: a replace, delete or insert opcode.
      int i2 = block[0];
      int j2 = block[1];
      for (int jj = j; jj <= j2; jj++) {
        map[jj] = i2 > i && j2 > j ? Math.min(i2, i + (jj - j)) : i;
      }
      for (int k = 0; k <= block[2] && j2 + k <= y.length; k++) {
        map[j2 + k] = i2 + k;
      }
      i = i2 + block[2];
      j = j2 + block[2];
    }
    List<Integer> truthOffsets = offsets(truthParagraphs);
    boolean[] taken = new boolean[truthOffsets.size()];
    int hits = 0;
    List<Integer> predictedOffsets = offsets(predictedParagraphs);
    for (int offset : predictedOffsets) {
      int mapped = map[offset];
      for (int k = 0; k < truthOffsets.size(); k++) {
        if (!taken[k] && Math.abs(mapped - truthOffsets.get(k)) <= BOUNDARY_SLACK) {
          taken[k] = true;
          hits++;
          break;
        }
      }
    }
    boundaryHits += hits;
    boundaryFalse += predictedOffsets.size() - hits;
    boundaryMissed += truthOffsets.size() - hits;
  }

  /** Where each paragraph but the last ends, in code points of the joined body. */
  private static List<Integer> offsets(List<String> paragraphs) {
    List<Integer> out = new ArrayList<>();
    int at = 0;
    for (int k = 0; k + 1 < paragraphs.size(); k++) {
      at += paragraphs.get(k).codePointCount(0, paragraphs.get(k).length());
      out.add(at);
    }
    return out;
  }
}
