package io.github.baozhi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.baozhi.Article;
import io.github.baozhi.Byline;
import io.github.baozhi.Dateline;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.Headline;
import io.github.baozhi.LineSpan;
import io.github.baozhi.Page;
import io.github.baozhi.Unassigned;
import java.util.List;

/**
 * The page JSON of {@code shared/contract.md}. Fields are built explicitly, in the contract's
 * order, so that the output format is a deliberate decision and not a side effect of record
 * accessors.
 */
public final class PageJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PageJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The page as a JSON tree. */
  public static ObjectNode page(Page page) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", page.source());
    ArrayNode articles = root.putArray("articles");
    for (Article article : page.articles()) {
      articles.add(article(article, null));
    }
    ArrayNode unassigned = root.putArray("unassigned");
    for (Unassigned u : page.unassigned()) {
      ObjectNode node = unassigned.addObject();
      node.put("text", u.text());
      node.set("lines", span(u.lines()));
    }
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : page.diagnostics()) {
      ObjectNode node = diagnostics.addObject();
      node.put("code", d.code());
      node.put("message", d.message());
      node.put("line", d.line());
    }
    return root;
  }

  /** One article; with a non-null {@code source}, the article carries it (JSONL lines do). */
  public static ObjectNode article(Article article, String source) {
    ObjectNode node = MAPPER.createObjectNode();
    if (source != null) {
      node.put("source", source);
    }
    node.set("headline", headline(article.headline()));
    node.set("dateline", dateline(article.dateline()));
    ArrayNode body = node.putArray("body");
    article.body().forEach(body::add);
    node.set("byline", byline(article.byline()));
    node.set("lines", span(article.lines()));
    return node;
  }

  /** Serialises a tree, indented or on one line. */
  public static String write(JsonNode node, boolean pretty) {
    try {
      return pretty
          ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node)
          : MAPPER.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serialises", e);
    }
  }

  /** Streams a tree to {@code writer}, indented or on one line, without building a String. */
  public static void writeTo(java.io.Writer writer, JsonNode node, boolean pretty) throws java.io.IOException {
    com.fasterxml.jackson.databind.ObjectWriter w = pretty
        ? MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT) : MAPPER.writer();
    w.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(writer, node);
  }

  private static JsonNode headline(Headline h) {
    if (h == null) {
      return MAPPER.nullNode();
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("kicker", h.kicker());
    node.put("title", h.title());
    node.put("subtitle", h.subtitle());
    return node;
  }

  private static JsonNode dateline(Dateline d) {
    if (d == null) {
      return MAPPER.nullNode();
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("text", d.text());
    node.put("source", d.source());
    node.put("place", d.place());
    node.put("date", d.date());
    strings(node.putArray("reporters"), d.reporters());
    return node;
  }

  private static JsonNode byline(Byline b) {
    if (b == null) {
      return MAPPER.nullNode();
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("text", b.text());
    strings(node.putArray("names"), b.names());
    node.put("via", b.via());
    return node;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static ArrayNode span(LineSpan span) {
    ArrayNode array = MAPPER.createArrayNode();
    array.add(span.first());
    array.add(span.last());
    return array;
  }
}
