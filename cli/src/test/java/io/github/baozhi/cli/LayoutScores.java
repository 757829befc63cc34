package io.github.baozhi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The figures of {@code shared/tools/score.py}, the scorer issue #11 is judged by, for the
 * layout pages: articles matched one to one, most similar bodies first, at a body similarity
 * (difflib's ratio, {@link FieldScores#similarity}) of {@value #MIN_BODY_SIMILARITY} or more;
 * article F1; exact bodies; the F1 of paragraph boundaries as exact offsets in the joined body;
 * exact headlines (parts joined), datelines and bylines, each over the truth's articles; and
 * quality, the mean of those six. Text compared after NFKC with whitespace removed ({@link
 * FieldScores#normalise}). {@link FieldScores} ({@code baozhi score}) is a different scorer:
 * it matches from 0.5, and counts a boundary within a character after aligning the bodies.
 */
final class LayoutScores {

  /** score.py's threshold: bodies less alike are not the same article. */
  static final double MIN_BODY_SIMILARITY = 0.8;

  private int truth;
  private int predicted;
  private int matched;
  private int bodyExact;
  private int paragraphHits;
  private int paragraphFalse;
  private int paragraphMissed;
  private int headlineOk;
  private int datelineOk;
  private int bylineOk;

  /** Adds one page: its truth and the page JSON the parser wrote. */
  void add(JsonNode truthPage, JsonNode predictedPage) {
    List<JsonNode> t = new ArrayList<>();
    truthPage.path("articles").forEach(t::add);
    List<JsonNode> p = new ArrayList<>();
    predictedPage.path("articles").forEach(p::add);
    record Pair(double similarity, int truth, int predicted) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      for (int j = 0; j < p.size(); j++) {
        pairs.add(new Pair(FieldScores.similarity(String.join("", FieldScores.paragraphs(t.get(i))),
            String.join("", FieldScores.paragraphs(p.get(j)))), i, j));
      }
    }
    // As Python sorts the (similarity, i, j) tuples, highest first.
    pairs.sort((a, b) -> a.similarity() != b.similarity()
        ? Double.compare(b.similarity(), a.similarity())
        : a.truth() != b.truth() ? Integer.compare(b.truth(), a.truth())
        : Integer.compare(b.predicted(), a.predicted()));
    int[] match = new int[t.size()];
    java.util.Arrays.fill(match, -1);
    Set<Integer> used = new HashSet<>();
    for (Pair pair : pairs) {
      if (pair.similarity() >= MIN_BODY_SIMILARITY && match[pair.truth()] < 0
          && used.add(pair.predicted())) {
        match[pair.truth()] = pair.predicted();
        matched++;
      }
    }
    truth += t.size();
    predicted += p.size();
    for (int i = 0; i < t.size(); i++) {
      List<String> tp = FieldScores.paragraphs(t.get(i));
      if (match[i] < 0) {
        paragraphMissed += Math.max(0, tp.size() - 1);
        continue;
      }
      JsonNode a = t.get(i);
      JsonNode b = p.get(match[i]);
      List<String> pp = FieldScores.paragraphs(b);
      bodyExact += String.join("", tp).equals(String.join("", pp)) ? 1 : 0;
      Set<Integer> tbd = boundaries(tp);
      Set<Integer> pbd = boundaries(pp);
      Set<Integer> both = new HashSet<>(tbd);
      both.retainAll(pbd);
      paragraphHits += both.size();
      paragraphFalse += pbd.size() - both.size();
      paragraphMissed += tbd.size() - both.size();
      headlineOk += FieldScores.headlineText(a.get("headline")).equals(FieldScores.headlineText(b.get("headline"))) ? 1 : 0;
      datelineOk += FieldScores.fieldText(a.get("dateline")).equals(FieldScores.fieldText(b.get("dateline"))) ? 1 : 0;
      bylineOk += FieldScores.fieldText(a.get("byline")).equals(FieldScores.fieldText(b.get("byline"))) ? 1 : 0;
    }
  }

  private static Set<Integer> boundaries(List<String> paragraphs) {
    Set<Integer> out = new HashSet<>();
    int at = 0;
    for (int k = 0; k + 1 < paragraphs.size(); k++) {
      at += paragraphs.get(k).codePointCount(0, paragraphs.get(k).length());
      out.add(at);
    }
    return out;
  }

  private static double f1(int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    double q = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    return p + q == 0 ? 0 : 2 * p * q / (p + q);
  }

  private double share(int part) {
    return (double) part / Math.max(1, truth);
  }

  double articleF1() {
    return f1(matched, predicted - matched, truth - matched);
  }

  double body() {
    return share(bodyExact);
  }

  double paragraphF1() {
    return f1(paragraphHits, paragraphFalse, paragraphMissed);
  }

  double headline() {
    return share(headlineOk);
  }

  double dateline() {
    return share(datelineOk);
  }

  double byline() {
    return share(bylineOk);
  }

  /** score.py's quality: the mean of the six figures. */
  double quality() {
    return (articleF1() + body() + paragraphF1() + headline() + dateline() + byline()) / 6;
  }

  /** The six figures and quality, as the table and the failure messages print them. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "quality=%.3f art_f1=%.3f body=%.3f para_f1=%.3f head=%.3f date=%.3f by=%.3f"
            + " (articles %d expected, %d written, %d matched)",
        quality(), articleF1(), body(), paragraphF1(), headline(), dateline(), byline(), truth,
        predicted, matched);
  }
}
