package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** {@code --format tei}: TEI P5 documents, parsed back and compared with the page JSON. */
class TeiOutputTest {

  private static final String TEI = TeiFormat.TEI_NS;
  private static final String BZ = TeiFormat.BAOZHI_NS;

  @TempDir Path dir;

  /** Parses XML as a namespace-aware parser does; a document that is not well-formed fails. */
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && TEI.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }

  private static List<Element> all(Element root, String name) {
    NodeList nodes = root.getElementsByTagNameNS(TEI, name);
    List<Element> found = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static String lines(JsonNode span) {
    return span.get(0).asInt() + "-" + span.get(1).asInt();
  }

  /** Every article and unassigned piece of the page JSON is in the TEI, with its lines. */
  private static void assertSameAsJson(Element tei, JsonNode page) {
    assertThat(tei.getLocalName()).isEqualTo("TEI");
    Element body = all(tei, "body").get(0);
    List<Element> divs = children(body, "div");
    List<Element> articles = divs.stream().filter(d -> d.getAttribute("type").equals("article")).toList();
    assertThat(articles).hasSize(page.get("articles").size());
    for (int i = 0; i < articles.size(); i++) {
      Element div = articles.get(i);
      JsonNode article = page.get("articles").get(i);
      assertThat(div.getAttribute("n")).isEqualTo(Integer.toString(i + 1));
      assertThat(div.getAttributeNS(BZ, "lines")).isEqualTo(lines(article.get("lines")));
      JsonNode headline = article.get("headline");
      if (!headline.isNull()) {
        assertThat(children(div, "head").stream()
            .filter(h -> h.getAttribute("type").equals("main")).findFirst().orElseThrow()
            .getTextContent()).isEqualTo(headline.get("title").asText());
      }
      List<String> paragraphs = children(div, "p").stream().map(Element::getTextContent).toList();
      List<String> body2 = new ArrayList<>();
      article.get("body").forEach(p -> body2.add(p.asText()));
      assertThat(paragraphs).isEqualTo(body2);
      if (!article.get("dateline").isNull()) {
        assertThat(children(div, "dateline").get(0).getTextContent())
            .isEqualTo(article.get("dateline").get("text").asText());
      }
      if (!article.get("byline").isNull()) {
        assertThat(children(div, "byline").get(0).getTextContent())
            .isEqualTo(article.get("byline").get("text").asText());
      }
    }
    List<Element> pieces = divs.stream().filter(d -> d.getAttribute("type").equals("unassigned"))
        .flatMap(d -> children(d, "ab").stream()).toList();
    assertThat(pieces).hasSize(page.get("unassigned").size());
    for (int i = 0; i < pieces.size(); i++) {
      assertThat(pieces.get(i).getTextContent()).isEqualTo(page.get("unassigned").get(i).get("text").asText());
      assertThat(pieces.get(i).getAttributeNS(BZ, "lines"))
          .isEqualTo(lines(page.get("unassigned").get(i).get("lines")));
    }
    assertThat(all(tei, "note")).hasSize(page.get("diagnostics").size());
  }

  @Test
  void aTextPageIsOneTeiDocumentThatHoldsWhatTheJsonHolds() throws Exception {
    Path input = Files.writeString(dir.resolve("a.txt"), "二泉月\n\n" + MainTest.PAGE);
    MainTest.Result r = MainTest.run("--format", "tei", input.toString());
    assertThat(r.exitCode()).isZero();
    Document doc = parse(r.out());
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(TEI);
    assertThat(all(doc.getDocumentElement(), "title").get(0).getTextContent()).isEqualTo(input.toString());
    JsonNode page = MainTest.run(input.toString()).json();
    assertThat(page.get("unassigned")).isNotEmpty();
    assertSameAsJson(doc.getDocumentElement(), page);
  }

  @Test
  void engineSamplesHoldWhatTheirJsonHolds() throws Exception {
    for (String format : List.of("hocr", "alto", "paddle")) {
      Path input = MainTest.sample(format, MainTest.P1);
      assertSameAsJson(parse(MainTest.run("--format", "tei", input.toString()).out()).getDocumentElement(),
          MainTest.run(input.toString()).json());
    }
  }

  @Test
  void severalPagesToOneOutputAreACorpusAndIntoADirectoryADocumentEach() throws Exception {
    Path book = MainTest.twoPageHocr(dir, "book.hocr");
    Document corpus = parse(MainTest.run("--format", "tei", book.toString()).out());
    assertThat(corpus.getDocumentElement().getLocalName()).isEqualTo("teiCorpus");
    assertThat(children(corpus.getDocumentElement(), "TEI")).hasSize(2);
    Path out = Files.createDirectory(dir.resolve("out"));
    assertThat(MainTest.run("--format", "tei", "-o", out.toString(), book.toString()).exitCode()).isZero();
    Document second = parse(Files.readString(out.resolve("book.page2.tei.xml")));
    assertThat(all(second.getDocumentElement(), "title").get(0).getTextContent())
        .isEqualTo(book + "#page=2");
  }

  @Test
  void charactersXmlCannotHoldAreNamedAndTheDocumentStaysWellFormed() throws Exception {
    Path input = Files.writeString(dir.resolve("c.txt"),
        MainTest.PAGE.replace("零工市场", "零工\u0001市场"));
    Document doc = parse(MainTest.run("--format", "tei", input.toString()).out());
    List<Element> glyphs = all(doc.getDocumentElement(), "g");
    assertThat(glyphs).extracting(g -> g.getAttribute("type")).contains("U+0001");
  }

  @Test
  void theXmlCharacterRangeIsXml10s() {
    assertThat(TeiFormat.allowedInXml('\u0001')).isFalse();
    assertThat(TeiFormat.allowedInXml('\uFFFE')).isFalse();
    assertThat(TeiFormat.allowedInXml('\uD800')).isFalse();
    assertThat(TeiFormat.allowedInXml('\t')).isTrue();
    assertThat(TeiFormat.allowedInXml('报')).isTrue();
  }

  @Test
  void anEmptyPageIsStillADocument() throws Exception {
    Path input = Files.writeString(dir.resolve("e.txt"), "");
    Document doc = parse(MainTest.run("--format", "tei", input.toString()).out());
    assertThat(all(doc.getDocumentElement(), "body")).hasSize(1);
  }
}
