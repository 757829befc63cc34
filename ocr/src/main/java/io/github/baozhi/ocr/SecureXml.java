package io.github.baozhi.ocr;

import io.github.baozhi.OcrPage;
import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX set up for untrusted files, and the translation of its errors. Engine output never needs a
 * DTD, so none is read: no external entity, no external DTD subset, no entity declared in an
 * internal subset (a reference to one is an undeclared-entity error, which is how a billion-laughs
 * file fails at its first {@code &lol9;}). Elements are matched by local name with namespaces off,
 * so that ALTO v2, v3 and v4, both PAGE schemas and files with no namespace all read alike.
 */
final class SecureXml {

  /**
   * The deepest element nesting accepted. Tesseract's ALTO nests 8 deep and PAGE XML's region
   * trees and reading-order groups a dozen or two; a file far deeper is not engine output, and the
   * limit keeps the reading-order walk's recursion short.
   */
  static final int MAX_ELEMENT_DEPTH = 256;

  /** The JDK's name for its element-depth limit (jdk.xml.maxElementDepth, JDK 9 onwards). */
  private static final String MAX_ELEMENT_DEPTH_PROPERTY = "jdk.xml.maxElementDepth";

  /** The JDK parser's message for input that ends inside an element. */
  private static final String PREMATURE_END = "XML document structures must start and end";

  private static final String MESSAGE_MARKER = "Message: ";

  private SecureXml() {}

  /**
   * A reader of {@code text}. The JDK's own implementation is asked for by name, so that another
   * StAX provider on the class path cannot bring other defaults.
   */
  static XMLStreamReader open(String text, InputFormat format) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(MAX_ELEMENT_DEPTH_PROPERTY, MAX_ELEMENT_DEPTH);
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("refused to resolve the external entity " + systemId);
    });
    try {
      return factory.createXMLStreamReader(new StringReader(text));
    } catch (XMLStreamException e) {
      throw error(format, e);
    }
  }

  /** An element's name without its prefix: {@code pc:TextLine} is {@code TextLine}. */
  /** What reads a document's pages off a reader. */
  interface PageParse {
    List<OcrPage> run(XMLStreamReader reader) throws XMLStreamException;
  }

  /**
   * Decodes {@code bytes} in the charset the XML declares, opens them safely and reads their
   * pages with {@code parse}; a parse error becomes an {@link OcrFormatException} of {@code format}.
   */
  static List<OcrPage> read(byte[] bytes, InputFormat format, PageParse parse) {
    String xml = TextDecoding.decode(bytes, TextDecoding.xmlCharset(bytes, format), format);
    XMLStreamReader reader = open(xml, format);
    try {
      return parse.run(reader);
    } catch (XMLStreamException e) {
      throw error(format, e);
    } finally {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        // Closing a reader of a string frees nothing that could fail.
      }
    }
  }

  static String localName(XMLStreamReader reader) {
    String name = reader.getLocalName();
    int colon = name.indexOf(':');
    return colon < 0 ? name : name.substring(colon + 1);
  }

  /** The parser's error as a one-line message with its line and column. */
  static OcrFormatException error(InputFormat format, XMLStreamException e) {
    String message = e.getMessage() == null ? "unreadable XML" : e.getMessage();
    int marker = message.indexOf(MESSAGE_MARKER);
    if (marker >= 0) {
      message = message.substring(marker + MESSAGE_MARKER.length());
    }
    if (message.startsWith(PREMATURE_END)) {
      message = "unexpected end of file";
    }
    Location location = e.getLocation();
    return location == null ? new OcrFormatException(format, message, -1, -1, e)
        : new OcrFormatException(format, message, location.getLineNumber(),
            location.getColumnNumber(), e);
  }

  /** An error found in the file's content, at the reader's current place. */
  static OcrFormatException error(InputFormat format, XMLStreamReader reader, String detail) {
    Location location = reader.getLocation();
    return location == null ? new OcrFormatException(format, detail)
        : new OcrFormatException(format, detail, location.getLineNumber(),
            location.getColumnNumber(), null);
  }
}
