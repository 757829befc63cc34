package io.github.baozhi.layouts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An article's text before layout: its headline parts (a part's lines joined by one space, as in
 * {@code seeds/annotated/}) and its paragraphs. Datelines and bylines are the generator's.
 *
 * @param kicker the kicker, or null
 * @param title the title
 * @param subtitle the subtitle, or null
 * @param paragraphs the body's paragraphs
 */
record SourceArticle(String kicker, String title, String subtitle, List<String> paragraphs) {

  /** The articles of {@code testdata/layouts/articles.json}, in file order. */
  static List<SourceArticle> read(Path file) throws IOException {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    List<SourceArticle> out = new ArrayList<>();
    for (JsonNode a : root.get("articles")) {
      JsonNode h = a.get("headline");
      List<String> paragraphs = new ArrayList<>();
      a.get("body").forEach(p -> paragraphs.add(p.asText()));
      out.add(new SourceArticle(text(h.get("kicker")), text(h.get("title")),
          text(h.get("subtitle")), List.copyOf(paragraphs)));
    }
    return List.copyOf(out);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /** The article with every text mapped (script conversion). */
  SourceArticle map(UnaryOperator<String> f) {
    return new SourceArticle(kicker == null ? null : f.apply(kicker), f.apply(title),
        subtitle == null ? null : f.apply(subtitle), paragraphs.stream().map(f).toList());
  }

  /** The headline's printed lines: each part on its own lines, split where its text has a space. */
  List<String> headlineLines() {
    List<String> lines = new ArrayList<>();
    for (String part : new String[] {kicker, title, subtitle}) {
      if (part != null) {
        lines.addAll(List.of(part.strip().split(" +")));
      }
    }
    return lines;
  }
}
