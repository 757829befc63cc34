package io.github.baozhi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * How many characters of a page's input its page document does not hold ({@code baozhi score
 * … INPUT_DIR}): the input and the document's text (headlines, datelines, bodies, bylines,
 * unassigned pieces) each normalised as the scorer compares text, and counted with their repeats.
 * The hyphen that ends an input line is left out, since the parser drops it where it joins a word
 * broken across two lines; whitespace does not count. By the contract this is 0.
 *
 * @param input the input's characters counted
 * @param lost those not in the document
 */
record CharactersLost(int input, int lost) {

  /** The hyphen that breaks a word at a line's end. */
  private static final String LINE_END_HYPHEN = "-";

  static CharactersLost of(String inputText, JsonNode page) {
    StringBuilder kept = new StringBuilder();
    inputText.lines().forEach(line -> {
      String end = line.stripTrailing();
      kept.append(end.endsWith(LINE_END_HYPHEN)
          ? end.substring(0, end.length() - LINE_END_HYPHEN.length()) : end);
    });
    Map<Integer, Integer> wanted = counts(FieldScores.normalise(kept.toString()));
    Map<Integer, Integer> written = counts(FieldScores.normalise(text(page)));
    int total = 0;
    int lost = 0;
    for (Map.Entry<Integer, Integer> e : wanted.entrySet()) {
      total += e.getValue();
      lost += Math.max(0, e.getValue() - written.getOrDefault(e.getKey(), 0));
    }
    return new CharactersLost(total, lost);
  }

  /** Every text the document holds, one after another. */
  private static String text(JsonNode page) {
    StringBuilder out = new StringBuilder();
    for (JsonNode article : page.path("articles")) {
      JsonNode headline = article.path("headline");
      if (headline.isTextual()) {
        out.append(headline.asText());
      }
      for (String part : new String[] {"kicker", "title", "subtitle"}) {
        out.append(headline.path(part).asText(""));
      }
      for (String field : new String[] {"dateline", "byline"}) {
        JsonNode value = article.path(field);
        out.append(value.isTextual() ? value.asText() : value.path("text").asText(""));
      }
      article.path("body").forEach(paragraph -> out.append(paragraph.asText("")));
    }
    page.path("unassigned").forEach(piece ->
        out.append(piece.isTextual() ? piece.asText() : piece.path("text").asText("")));
    return out.toString();
  }

  private static Map<Integer, Integer> counts(String text) {
    Map<Integer, Integer> counts = new HashMap<>();
    text.codePoints().forEach(cp -> counts.merge(cp, 1, Integer::sum));
    return counts;
  }
}
