package io.github.baozhi.ocr;

import io.github.baozhi.Box;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads hOCR (Tesseract, OCRopus, kraken) with jsoup's HTML parser, which never fetches the DTD
 * that Tesseract's XHTML declares, nor any other resource.
 *
 * <ul>
 *   <li>{@code ocr_page}: one page each; its {@code bbox} gives the size (the far corner, since
 *       coordinates are measured from the image's origin), {@code image} the image. Lines outside
 *       any {@code ocr_page} go to a page of unknown size.
 *   <li>{@code ocr_carea}: a region with role TEXT; its box is the {@code bbox}, or the union of its
 *       lines' boxes. {@code ocr_par} adds nothing the model keeps.
 *   <li>Lines: {@code ocr_line} (TEXT), {@code ocr_header} (HEADING), {@code ocr_textfloat}
 *       (FLOATING), {@code ocr_caption} (CAPTION). Their text is the words' texts joined by single
 *       spaces and their confidence the mean of the words'; a line without words (OCRopus,
 *       kraken) takes its own text, whitespace collapsed, and a confidence of NaN.
 *   <li>{@code ocrx_word}: a word with its {@code bbox} and {@code x_wconf} (0 to 100, read as 0
 *       to 1; outside that range, no confidence). A word without text is left out. The model has no
 *       level below the word, so {@code ocrx_cinfo} character boxes inside a word are used only
 *       when the word has no {@code bbox} of its own (their union); {@code ocrx_cinfo} directly in
 *       a line with no words are that line's words (characters).
 *   <li>{@code ocr_separator}, {@code ocr_photo} and {@code ocr_image} are skipped with all they
 *       hold, but a separator's {@code bbox} is kept as one of the page's rules, a photo's or image's
 *       as one of its figures; words outside any
 *       line are not read (no engine writes them).
 *   <li>Text is as jsoup's {@link Element#text()} gives it: HTML entities decoded, whitespace
 *       (the no-break space too) collapsed. The encoding is the byte-order mark's, else the
 *       {@code <meta>} charset's, else the XML declaration's, else UTF-8.
 *   <li>{@code <meta name="ocr-system">} is the engine.
 * </ul>
 */
final class HocrReader {

  private static final InputFormat FORMAT = InputFormat.HOCR;

  private static final Map<String, OcrRole> LINE_ROLES = Map.of(
      "ocr_line", OcrRole.TEXT,
      "ocr_header", OcrRole.HEADING,
      "ocr_textfloat", OcrRole.FLOATING,
      "ocr_caption", OcrRole.CAPTION);

  private static final String PAGE = "ocr_page";
  private static final String AREA = "ocr_carea";
  private static final String WORD = "ocrx_word";
  private static final String CHARACTER = "ocrx_cinfo";

  /** A rule Tesseract found on the page, between columns or modules. */
  private static final String SEPARATOR = "ocr_separator";

  /** Classes whose elements hold no text the model keeps. */
  private static final List<String> SKIPPED = List.of(SEPARATOR, "ocr_photo", "ocr_image");

  /** hOCR's confidences are percentages. */
  private static final double WORD_CONFIDENCE_SCALE = 100;

  private static final int BOX_NUMBERS = 4;

  private HocrReader() {}

  static List<OcrPage> read(byte[] bytes) {
    String html = TextDecoding.decode(bytes, TextDecoding.htmlCharset(bytes, FORMAT), FORMAT);
    Document doc = Parser.htmlParser().parseInput(html, "");
    Walker walker = new Walker(engine(doc));
    try {
      NodeTraversor.filter(walker, doc);
      walker.endPage();
    } catch (BadElement e) {
      throw locate(html, e);
    }
    if (!walker.sawHocr) {
      throw new OcrFormatException(FORMAT,
          "no hOCR elements (ocr_page, ocr_carea, ocr_line, ocrx_word) in the file");
    }
    return walker.pages;
  }

  /** A fault in one element, thrown inside the walk and given its place in {@link #locate}. */
  private static final class BadElement extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Element element;

    BadElement(Element element, String detail) {
      super(detail, null, false, false);
      this.element = element;
    }
  }

  private static BadElement bad(Element e, String detail) {
    return new BadElement(e, detail);
  }

  /**
   * The error with the line and column of the faulty element. Tracking positions slows jsoup's
   * parse by half or more, so the file is parsed again with tracking only once it is known to be
   * bad, and the element found by its path of sibling indices, the same in both trees.
   */
  private static OcrFormatException locate(String html, BadElement bad) {
    List<Integer> path = new ArrayList<>();
    for (Node n = bad.element; n.parentNode() != null; n = n.parentNode()) {
      path.add(n.siblingIndex());
    }
    Node n = Parser.htmlParser().setTrackPosition(true).parseInput(html, "");
    for (int i = path.size() - 1; i >= 0 && n != null; i--) {
      int index = path.get(i);
      n = index < n.childNodeSize() ? n.childNode(index) : null;
    }
    if (n == null || !n.sourceRange().isTracked()) {
      return new OcrFormatException(FORMAT, bad.getMessage());
    }
    Range.Position start = n.sourceRange().start();
    return new OcrFormatException(FORMAT, bad.getMessage(), start.lineNumber(),
        start.columnNumber(), null);
  }

  private static String engine(Document doc) {
    for (Element meta : doc.head().getElementsByTag("meta")) {
      if (meta.attr("name").equalsIgnoreCase("ocr-system")) {
        return meta.attr("content").strip();
      }
    }
    return "";
  }

  /** The element's hOCR class: its first class that starts with {@code ocr}, or null. */
  private static String hocrClass(Element e) {
    // The HTML parser lower-cases attribute names, so the exact-case lookup suffices.
    String classes = e.attributes().get("class");
    int at = classes.indexOf("ocr");
    while (at >= 0) {
      if (at == 0 || Character.isWhitespace(classes.charAt(at - 1))) {
        int end = at;
        while (end < classes.length() && !Character.isWhitespace(classes.charAt(end))) {
          end++;
        }
        return classes.substring(at, end);
      }
      at = classes.indexOf("ocr", at + 1);
    }
    return null;
  }

  private static String title(Element e) {
    return e.attributes().get("title");
  }

  /**
   * The element's text, whitespace collapsed and trimmed as {@link Element#text()} gives it,
   * without its traversal for the usual word of one text node.
   */
  private static String text(Element e) {
    if (e.childNodeSize() == 1 && e.childNode(0) instanceof TextNode t) {
      return t.text().trim();
    }
    return e.text();
  }

  /** The element named for a message: its class and id. */
  private static String describe(Element e, String hocrClass) {
    String id = e.id();
    return id.isEmpty() ? hocrClass : hocrClass + " '" + id + "'";
  }

  /**
   * The {@code bbox} of {@code e}, or null when it has none.
   *
   * @throws BadElement when it is not four numbers of a box with a size of 0 or more
   */
  private static Box bbox(HocrTitle title, Element e, String hocrClass) {
    double[] v = title.numbers("bbox");
    if (v == null) {
      return null;
    }
    if (v.length != BOX_NUMBERS || !Numbers.isCoordinate(v[0]) || !Numbers.isCoordinate(v[1])
        || !Numbers.isCoordinate(v[2]) || !Numbers.isCoordinate(v[3])) {
      throw bad(e, describe(e, hocrClass)
          + " has a bbox that is not four coordinates: '" + title.raw("bbox") + "'");
    }
    int x0 = Numbers.round(v[0]);
    int y0 = Numbers.round(v[1]);
    int x1 = Numbers.round(v[2]);
    int y1 = Numbers.round(v[3]);
    if (x1 < x0 || y1 < y0) {
      throw bad(e, describe(e, hocrClass)
          + " has a bbox of negative size: '" + title.raw("bbox") + "'");
    }
    return new Box(x0, y0, x1, y1);
  }

  /** The union of the boxes of {@code x_bboxes} (four numbers per character), or null. */
  private static Box characterBoxes(HocrTitle title, Element e) {
    double[] v = title.numbers("x_bboxes");
    if (v == null || v.length == 0) {
      return null;
    }
    if (v.length % BOX_NUMBERS != 0) {
      throw bad(e, describe(e, CHARACTER)
          + " has x_bboxes that are not four coordinates per character");
    }
    Box union = null;
    for (int i = 0; i < v.length; i += BOX_NUMBERS) {
      for (int k = 0; k < BOX_NUMBERS; k++) {
        if (!Numbers.isCoordinate(v[i + k])) {
          throw bad(e, describe(e, CHARACTER)
              + " has x_bboxes that are not coordinates: '" + title.raw("x_bboxes") + "'");
        }
      }
      int x0 = Numbers.round(v[i]);
      int y0 = Numbers.round(v[i + 1]);
      int x1 = Numbers.round(v[i + 2]);
      int y1 = Numbers.round(v[i + 3]);
      if (x1 < x0 || y1 < y0) {
        throw bad(e, describe(e, CHARACTER)
            + " has a character box of negative size");
      }
      Box b = new Box(x0, y0, x1, y1);
      union = union == null ? b : union.union(b);
    }
    return union;
  }

  /** Walks the document once, keeping the open page, regions and line. */
  private static final class Walker implements NodeFilter {
    final List<OcrPage> pages = new ArrayList<>();
    final String engine;
    boolean sawHocr;

    private PageDraft page;
    private Element pageElement;
    private final Deque<Element> areaElements = new ArrayDeque<>();
    private final Deque<PageDraft.Region> areas = new ArrayDeque<>();
    private Element lineElement;
    private String lineClass;
    private Box lineBox;
    private final LineAssembler line = new LineAssembler();

    Walker(String engine) {
      this.engine = engine;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element)) {
        return FilterResult.CONTINUE;
      }
      Element e = (Element) node;
      String cls = hocrClass(e);
      if (cls == null) {
        return FilterResult.CONTINUE;
      }
      if (SKIPPED.contains(cls)) {
        if (lineElement == null) {
          Box box = bbox(HocrTitle.parse(title(e)), e, cls);
          if (box != null && cls.equals(SEPARATOR)) {
            page().rule(box);
          } else if (box != null) {
            page().figure(box);
          }
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (lineElement != null) {
        if (cls.equals(WORD)) {
          word(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (cls.equals(CHARACTER)) {
          character(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }
      if (cls.equals(PAGE)) {
        startPage(e);
      } else if (cls.equals(AREA)) {
        sawHocr = true;
        HocrTitle title = HocrTitle.parse(title(e));
        areaElements.push(e);
        areas.push(page().region(e.id(), bbox(title, e, cls), OcrRole.TEXT));
      } else if (LINE_ROLES.containsKey(cls)) {
        sawHocr = true;
        page();
        lineElement = e;
        lineClass = cls;
        lineBox = bbox(HocrTitle.parse(title(e)), e, cls);
        line.clear();
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node == lineElement) {
        endLine();
      } else if (!areaElements.isEmpty() && node == areaElements.peek()) {
        areaElements.pop();
        areas.pop();
      } else if (node == pageElement) {
        endPage();
      }
      return FilterResult.CONTINUE;
    }

    private void startPage(Element e) {
      endPage();
      sawHocr = true;
      HocrTitle title = HocrTitle.parse(title(e));
      page = new PageDraft();
      pageElement = e;
      Box box = bbox(title, e, PAGE);
      if (box != null) {
        if (box.right() < 0 || box.bottom() < 0) {
          throw bad(e, describe(e, PAGE) + " has a negative size");
        }
        page.width = box.right();
        page.height = box.bottom();
      }
      String image = title.string("image");
      page.image = image == null ? "" : image;
      page.engine = engine;
    }

    /** The open page, or a page of unknown size for content outside any {@code ocr_page}. */
    private PageDraft page() {
      if (page == null) {
        page = new PageDraft();
        page.engine = engine;
      }
      return page;
    }

    void endPage() {
      if (page != null) {
        pages.add(page.build());
      }
      page = null;
      pageElement = null;
      areaElements.clear();
      areas.clear();
    }

    private void word(Element e) {
      String text = text(e);
      if (text.isEmpty()) {
        return;
      }
      HocrTitle title = HocrTitle.parse(title(e));
      Box box = bbox(title, e, WORD);
      if (box == null && e.childrenSize() > 0) {
        Elements characters = e.getElementsByClass(CHARACTER);
        for (Element c : characters) {
          Box b = characterBoxes(HocrTitle.parse(title(c)), c);
          if (b != null) {
            box = box == null ? b : box.union(b);
          }
        }
      }
      if (box == null) {
        throw bad(e, describe(e, WORD) + " has no bbox");
      }
      line.add(text, box, confidence(title, "x_wconf", e, WORD), LineAssembler.Join.SPACE);
    }

    private void character(Element e) {
      String text = text(e);
      if (text.isEmpty()) {
        return;
      }
      HocrTitle title = HocrTitle.parse(title(e));
      Box box = characterBoxes(title, e);
      if (box == null) {
        box = bbox(title, e, CHARACTER);
      }
      if (box == null) {
        throw bad(e, describe(e, CHARACTER) + " has no x_bboxes");
      }
      line.add(text, box, confidence(title, "x_conf", e, CHARACTER), LineAssembler.Join.SPACE);
    }

    private double confidence(HocrTitle title, String property, Element e, String cls) {
      double[] v = title.numbers(property);
      if (v == null) {
        return Double.NaN;
      }
      if (v.length != 1 || Double.isNaN(v[0])) {
        throw bad(e, describe(e, cls) + " has a " + property
            + " that is not a number: '" + title.raw(property) + "'");
      }
      return Numbers.confidence(v[0], WORD_CONFIDENCE_SCALE);
    }

    private void endLine() {
      Element e = lineElement;
      lineElement = null;
      String text;
      double confidence;
      List<OcrWord> words;
      Box box = lineBox;
      if (line.isEmpty()) {
        text = e.text();
        confidence = Double.NaN;
        words = List.of();
      } else {
        text = line.text(false);
        confidence = line.meanConfidence();
        words = line.words();
        if (box == null) {
          box = line.box();
        }
      }
      if (box == null) {
        throw bad(e, describe(e, lineClass) + " has no bbox");
      }
      page.line(text, box, words, confidence, LINE_ROLES.get(lineClass), areas.peek());
    }
  }
}
