package io.github.baozhi.cli;

import io.github.baozhi.Article;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.LineSpan;
import io.github.baozhi.Page;
import io.github.baozhi.Unassigned;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code --format tei}: one TEI P5 document per page, written with the JDK's StAX writer. Each
 * article is a {@code <div type="article">} holding its {@code <head>} parts ({@code
 * type="kicker"}, {@code "main"}, {@code "sub"}), {@code <dateline>}, one {@code <p>} per body
 * paragraph and {@code <byline>}; the pieces in no article are {@code <ab>}s in a {@code <div
 * type="unassigned">}; diagnostics are {@code <note>}s in the header's {@code <notesStmt>}. Each
 * article and unassigned piece carries its source lines as {@code bz:lines="FIRST-LAST"} (in the
 * namespace {@value #BAOZHI_NS}), the article its 1-based place as {@code n}. Several pages to one
 * output (standard output, {@code -o FILE}) are the {@code <TEI>} documents of a {@code
 * <teiCorpus>}. A page given a paper or issue date ({@link PageMetadata}) has them in its
 * header's {@code <sourceDesc>} as a {@code <bibl>}: {@code <title level="j">} the paper, {@code
 * <date when="YYYY-MM-DD">} the issue, {@code <idno type="source">} the source; a page of which
 * nothing is known keeps the plain {@code <p>} of its source.
 *
 * <p>XML 1.0 cannot hold some characters that a page may (C0 controls but tab, line feed and
 * carriage return; U+FFFE, U+FFFF; lone surrogates): each is written as {@code <g type="U+0001"/>},
 * so that the document stays well-formed and the character is still named.
 */
final class TeiFormat implements OutputFormat {

  static final String TEI_NS = "http://www.tei-c.org/ns/1.0";
  static final String BAOZHI_NS = "https://github.com/baozhi/baozhi/ns/tei";
  private static final String BAOZHI_PREFIX = "bz";
  private static final String INDENT = "  ";

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  TeiFormat(Settings settings) {}

  @Override
  public String extension() {
    return ".tei.xml";
  }

  @Override
  public List<Content> render(ReadInput input, boolean perPage) {
    List<Page> pages = input.pages();
    if (perPage || pages.size() == 1) {
      return pages.stream()
          .<Content>map(page -> out -> write(out, List.of(page), input.metadata(), false)).toList();
    }
    return List.of(out -> write(out, pages, input.metadata(), true));
  }

  private static void write(OutputStream out, List<Page> pages, PageMetadata metadata,
      boolean corpus) throws IOException {
    try {
      Tei tei = new Tei(FACTORY.createXMLStreamWriter(out, "UTF-8"), metadata);
      tei.xml.writeStartDocument("UTF-8", "1.0");
      if (corpus) {
        tei.start(0, "teiCorpus");
        tei.namespaces();
        tei.header(1, "baozhi: " + pages.get(0).source().replaceFirst("#page=1$", ""), List.of());
        for (Page page : pages) {
          tei.document(1, page);
        }
        tei.end(0);
      } else {
        tei.document(0, pages.get(0));
      }
      tei.xml.writeEndDocument();
      tei.xml.flush();
      tei.xml.close();
      out.write('\n');
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  /** The writer, with the few shapes of TEI this format makes. */
  private static final class Tei {
    private final XMLStreamWriter xml;
    private final PageMetadata metadata;

    Tei(XMLStreamWriter xml, PageMetadata metadata) {
      this.xml = xml;
      this.metadata = metadata;
    }

    void namespaces() throws XMLStreamException {
      xml.writeDefaultNamespace(TEI_NS);
      xml.writeNamespace(BAOZHI_PREFIX, BAOZHI_NS);
    }

    void document(int depth, Page page) throws XMLStreamException {
      start(depth, "TEI");
      if (depth == 0) {
        namespaces();
      }
      header(depth + 1, page.source(), page.diagnostics());
      start(depth + 1, "text");
      start(depth + 2, "body");
      List<Article> articles = page.articles();
      for (int i = 0; i < articles.size(); i++) {
        article(depth + 3, articles.get(i), i + 1);
      }
      if (!page.unassigned().isEmpty()) {
        start(depth + 3, "div");
        xml.writeAttribute("type", "unassigned");
        for (Unassigned piece : page.unassigned()) {
          start(depth + 4, "ab");
          lines(piece.lines());
          text(piece.text());
          xml.writeEndElement();
        }
        end(depth + 3);
      }
      if (articles.isEmpty() && page.unassigned().isEmpty()) {
        start(depth + 3, "p"); // a body holds something; an empty page holds an empty paragraph
        xml.writeEndElement();
      }
      end(depth + 2);
      end(depth + 1);
      end(depth);
    }

    void header(int depth, String title, List<Diagnostic> diagnostics) throws XMLStreamException {
      start(depth, "teiHeader");
      start(depth + 1, "fileDesc");
      start(depth + 2, "titleStmt");
      leaf(depth + 3, "title", title);
      end(depth + 2);
      start(depth + 2, "publicationStmt");
      leaf(depth + 3, "p", "Converted from OCR by baozhi.");
      end(depth + 2);
      if (!diagnostics.isEmpty()) {
        start(depth + 2, "notesStmt");
        for (Diagnostic d : diagnostics) {
          start(depth + 3, "note");
          xml.writeAttribute("type", "diagnostic");
          xml.writeAttribute("subtype", d.code());
          xml.writeAttribute("n", Integer.toString(d.line()));
          text(d.message());
          xml.writeEndElement();
        }
        end(depth + 2);
      }
      start(depth + 2, "sourceDesc");
      if (metadata.equals(PageMetadata.NONE)) {
        leaf(depth + 3, "p", title);
      } else {
        start(depth + 3, "bibl");
        leaf(depth + 4, "title", "level", "j", metadata.paper());
        leaf(depth + 4, "date", "when", metadata.issueDateText(), metadata.issueDateText());
        leaf(depth + 4, "idno", "type", "source", title);
        end(depth + 3);
      }
      end(depth + 2);
      end(depth + 1);
      end(depth);
    }

    void article(int depth, Article article, int index) throws XMLStreamException {
      start(depth, "div");
      xml.writeAttribute("type", "article");
      xml.writeAttribute("n", Integer.toString(index));
      lines(article.lines());
      if (article.headline() != null) {
        head(depth + 1, "kicker", article.headline().kicker());
        head(depth + 1, "main", article.headline().title());
        head(depth + 1, "sub", article.headline().subtitle());
      }
      if (article.dateline() != null) {
        leaf(depth + 1, "dateline", article.dateline().text());
      }
      for (String paragraph : article.body()) {
        leaf(depth + 1, "p", paragraph);
      }
      if (article.byline() != null) {
        leaf(depth + 1, "byline", article.byline().text());
      }
      end(depth);
    }

    private void head(int depth, String type, String text) throws XMLStreamException {
      leaf(depth, "head", "type", type, text);
    }

    /** An element of text with one attribute; nothing when the text is null. */
    private void leaf(int depth, String name, String attribute, String value, String text)
        throws XMLStreamException {
      if (text != null) {
        start(depth, name);
        xml.writeAttribute(attribute, value);
        text(text);
        xml.writeEndElement();
      }
    }

    private void lines(LineSpan span) throws XMLStreamException {
      xml.writeAttribute(BAOZHI_PREFIX, BAOZHI_NS, "lines", span.first() + "-" + span.last());
    }

    private void leaf(int depth, String name, String text) throws XMLStreamException {
      start(depth, name);
      text(text);
      xml.writeEndElement();
    }

    /** A new line and the indent of {@code depth}, then the element's start tag. */
    void start(int depth, String name) throws XMLStreamException {
      xml.writeCharacters("\n" + INDENT.repeat(depth));
      xml.writeStartElement("", name, TEI_NS);
    }

    /** The end tag of an element that holds elements, on a line of its own. */
    void end(int depth) throws XMLStreamException {
      xml.writeCharacters("\n" + INDENT.repeat(depth));
      xml.writeEndElement();
    }

    /** The page's text, every character kept: those XML cannot hold as {@code <g>} elements. */
    private void text(String text) throws XMLStreamException {
      int from = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
        if (pair) {
          i++;
          continue;
        }
        if (!allowedInXml(c)) {
          xml.writeCharacters(text.substring(from, i));
          xml.writeEmptyElement("", "g", TEI_NS);
          xml.writeAttribute("type", String.format(Locale.ROOT, "U+%04X", (int) c));
          from = i + 1;
        }
      }
      xml.writeCharacters(text.substring(from));
    }
  }

  /** Whether XML 1.0 holds {@code c} as a character of text (a surrogate only in its pair). */
  static boolean allowedInXml(char c) {
    return c == '\t' || c == '\n' || c == '\r'
        || c >= 0x20 && c <= 0xD7FF
        || c >= 0xE000 && c <= 0xFFFD;
  }
}
