package io.github.baozhi.ocr;

import io.github.baozhi.Box;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ALTO v2, v3 and v4 with StAX, by local name whatever the namespace (or none).
 *
 * <ul>
 *   <li>{@code Description}: {@code MeasurementUnit} is every page's unit (coordinates stay in it;
 *       {@code pixel} when absent); {@code sourceImageInformation/fileName} the image; the first
 *       {@code processingSoftware} of an {@code ocrProcessingStep} (else of any processing step,
 *       v4's {@code Processing} too) names the engine, {@code softwareName} and {@code
 *       softwareVersion} unless the name already ends with it.
 *   <li>{@code Layout/Page}: one page each, {@code WIDTH} and {@code HEIGHT} its size (0 when
 *       absent). Blocks are read wherever they stand in it: {@code PrintSpace}, the margins, and
 *       {@code ComposedBlock}s nested to any depth.
 *   <li>{@code TextBlock}: a region with role TEXT (ALTO does not classify text).
 *   <li>{@code TextLine}, {@code String}: {@code HPOS}, {@code VPOS}, {@code WIDTH}, {@code HEIGHT}
 *       may be decimals and are rounded (the far edge as {@code round(HPOS + WIDTH)}); a negative
 *       size is an error. {@code CONTENT} is kept exactly, {@code SUBS_CONTENT} ignored, {@code WC}
 *       is the confidence (outside 0 to 1, none). A String with an empty CONTENT is left out. A
 *       line whose Strings are not all placed keeps its text but has no words. A line without a box
 *       takes the union of its words'.
 *   <li>Line text: ALTO marks spaces with {@code SP}, whose attributes are never read (a negative
 *       WIDTH is common and harmless). Two Strings are joined by one space where an SP stands
 *       between them and by none where none does; a line with no SP at all comes from an engine
 *       that writes none, and its Strings are joined by single spaces. Tesseract writes an SP
 *       between every two Strings, Han characters included, so its ALTO and hOCR give the same
 *       text; baozhi's normaliser removes the spaces between Han characters.
 *   <li>Tesseract up to 5.5.2 writes {@code WC} as {@code "0."} followed by its integer percentage
 *       (tesseract-ocr/tesseract#4615): 8 % comes out as {@code 0.8} and 100 % as {@code 0.100}.
 *       When the engine is Tesseract of such a version (or of a version that cannot be read), a
 *       WC of that shape is read as the percentage it encodes, so that ALTO and hOCR of one run
 *       agree.
 *   <li>{@code HYP}: the printed hyphen at a line end; its CONTENT is appended to the text with no
 *       space and is a word of its own, placed by its attributes or, lacking them, as a box of no
 *       width at the right edge of the word before it (of the line when there is none).
 * </ul>
 */
final class AltoReader {

  private static final InputFormat FORMAT = InputFormat.ALTO;

  private static final String ROOT = "alto";

  /** Room for the element stack of a Tesseract file (8 deep); it grows for deeper ones. */
  private static final int INITIAL_STACK = 32;
  private static final String DEFAULT_UNIT = "pixel";

  /** The largest confidence: ALTO's WC runs from 0 to 1. */
  private static final double WC_SCALE = 1;

  /** Tesseract's confidences are integer percentages. */
  private static final double PERCENT = 100;

  /** {@code tesseract 5.3.0}, {@code tesseract v5.0.0-alpha}: the version's three numbers. */
  private static final Pattern TESSERACT = Pattern.compile(
      "(?i)^tesseract\\b\\D*(\\d{1,6})\\.(\\d{1,6})(?:\\.(\\d{1,6}))?");

  /** The last Tesseract release known to write WC as "0." + percentage (issue #4615). */
  private static final int[] LAST_WC_BUG = {5, 5, 2};

  /** A WC as Tesseract's bug writes it: "0." and one to three digits. */
  private static final Pattern TESSERACT_WC = Pattern.compile("0\\.(\\d{1,3})");

  private AltoReader() {}

  static List<OcrPage> read(byte[] bytes) {
    return SecureXml.read(bytes, FORMAT, reader -> new Parse(reader).run());
  }

  /** A box read from HPOS, VPOS, WIDTH and HEIGHT: null when any of them is absent. */
  private static final class BoxAttributes {
    String hpos;
    String vpos;
    String width;
    String height;

    void clear() {
      hpos = null;
      vpos = null;
      width = null;
      height = null;
    }

    /** Takes the attribute if it is one of the four; returns whether it was. */
    boolean take(String name, String value) {
      switch (name) {
        case "HPOS" -> hpos = value;
        case "VPOS" -> vpos = value;
        case "WIDTH" -> width = value;
        case "HEIGHT" -> height = value;
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  /** One pass over the events, with the open page, blocks and line. */
  private static final class Parse {
    private final XMLStreamReader r;
    private String[] stack = new String[INITIAL_STACK];
    private int depth;

    private final List<OcrPage> pages = new ArrayList<>();
    private String unit = DEFAULT_UNIT;
    private String image = "";
    private String engine;
    private String fallbackEngine;
    private String softwareName;
    private String softwareVersion;
    private boolean wcAsPercent;

    /** The element whose text is being collected, or null. */
    private String collecting;
    private final StringBuilder text = new StringBuilder();

    private PageDraft page;
    private final Deque<PageDraft.Region> blocks = new ArrayDeque<>();
    private final Deque<Integer> blockDepths = new ArrayDeque<>();
    private boolean inLine;
    private Box lineBox;
    private boolean pendingSpace;
    private Box lastWordBox;
    private final LineAssembler line = new LineAssembler();
    private final BoxAttributes box = new BoxAttributes();

    Parse(XMLStreamReader r) {
      this.r = r;
    }

    List<OcrPage> run() throws XMLStreamException {
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT -> start(SecureXml.localName(r));
          case XMLStreamConstants.END_ELEMENT -> end();
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (collecting != null) {
              text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
          }
          default -> {
            // Comments, processing instructions and the DTD carry nothing.
          }
        }
      }
      if (pages.isEmpty()) {
        throw new OcrFormatException(FORMAT, "no Layout/Page element in the file");
      }
      return pages;
    }

    private String parent() {
      return depth >= 2 ? stack[depth - 2] : "";
    }

    /** Whether an element above the one at {@code index} of the stack is named {@code name}. */
    private boolean inside(String name, int index) {
      for (int i = index - 1; i >= 0; i--) {
        if (stack[i].equals(name)) {
          return true;
        }
      }
      return false;
    }

    private void start(String name) {
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth++] = name;
      if (depth == 1 && !name.equals(ROOT)) {
        throw SecureXml.error(FORMAT, r, "the root element is " + name + ", not " + ROOT);
      }
      switch (name) {
        case "String" -> string();
        case "SP" -> {
          if (inLine) {
            pendingSpace = true;
            line.markedSpace();
          }
        }
        case "TextLine" -> startLine();
        case "HYP" -> hyphen();
        case "TextBlock" -> startBlock();
        case "GraphicalElement", "Illustration" -> placed(name);
        case "Page" -> startPage();
        case "MeasurementUnit" -> collectIf(parent().equals("Description"), name);
        case "fileName" -> collectIf(parent().equals("sourceImageInformation"), name);
        case "softwareName", "softwareVersion" -> collectIf(
            parent().equals("processingSoftware"), name);
        case "processingSoftware" -> {
          softwareName = null;
          softwareVersion = null;
        }
        default -> {
          // Other elements (ComposedBlock, PrintSpace, margins…) only hold others.
        }
      }
    }

    private void collectIf(boolean wanted, String name) {
      if (wanted) {
        collecting = name;
        text.setLength(0);
      }
    }

    private void end() {
      String name = stack[--depth];
      if (name.equals(collecting)) {
        collecting = null;
        String value = text.toString().strip();
        switch (name) {
          case "MeasurementUnit" -> unit = value.isEmpty() ? DEFAULT_UNIT : value;
          case "fileName" -> image = image.isEmpty() ? value : image;
          case "softwareName" -> softwareName = value;
          default -> softwareVersion = value;
        }
        return;
      }
      switch (name) {
        case "TextLine" -> endLine();
        case "TextBlock" -> {
          if (!blockDepths.isEmpty() && blockDepths.peek() == depth) {
            blockDepths.pop();
            blocks.pop();
          }
        }
        case "Page" -> endPage();
        case "processingSoftware" -> endSoftware();
        default -> {
          // Nothing to close.
        }
      }
    }

    private void endSoftware() {
      if (softwareName == null || softwareName.isEmpty()) {
        return;
      }
      String name = softwareName;
      if (softwareVersion != null && !softwareVersion.isEmpty()
          && !softwareName.endsWith(softwareVersion)) {
        name = softwareName + " " + softwareVersion;
      }
      // Called at the end tag: the processingSoftware element is at stack[depth].
      if (inside("ocrProcessingStep", depth)) {
        engine = engine == null ? name : engine;
      } else {
        fallbackEngine = fallbackEngine == null ? name : fallbackEngine;
      }
    }

    private String engineName() {
      return engine != null ? engine : fallbackEngine != null ? fallbackEngine : "";
    }

    private static boolean hasWcBug(String engine) {
      if (!engine.regionMatches(true, 0, "tesseract", 0, "tesseract".length())) {
        return false;
      }
      Matcher m = TESSERACT.matcher(engine);
      if (!m.find()) {
        return true;
      }
      int[] version = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
      return Arrays.compare(version, LAST_WC_BUG) <= 0;
    }

    private void startPage() {
      if (page != null) {
        throw SecureXml.error(FORMAT, r, "a Page inside a Page");
      }
      page = new PageDraft();
      wcAsPercent = hasWcBug(engineName());
      for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
        String attribute = r.getAttributeLocalName(i);
        if (attribute.equals("WIDTH")) {
          page.width = Numbers.round(size("Page", attribute, r.getAttributeValue(i)));
        } else if (attribute.equals("HEIGHT")) {
          page.height = Numbers.round(size("Page", attribute, r.getAttributeValue(i)));
        }
      }
    }

    private void endPage() {
      page.unit = unit;
      page.image = image;
      page.engine = engineName();
      pages.add(page.build());
      page = null;
      blocks.clear();
      blockDepths.clear();
    }

    private void startBlock() {
      if (page == null) {
        throw SecureXml.error(FORMAT, r, "a TextBlock outside any Page");
      }
      String id = boxAndId();
      blocks.push(page.region(id, box("TextBlock", id), OcrRole.TEXT));
      blockDepths.push(depth - 1);
    }

    /** Takes the element's box attributes into {@link #box}; returns its ID, or "". */
    private String boxAndId() {
      String id = "";
      box.clear();
      for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
        String attribute = r.getAttributeLocalName(i);
        if (!box.take(attribute, r.getAttributeValue(i)) && attribute.equals("ID")) {
          id = r.getAttributeValue(i);
        }
      }
      return id;
    }

    /**
     * The box of a graphical element or an illustration, where it has one, kept for the page:
     * Tesseract and FineReader write the rules they find as graphical elements (the layout keeps
     * the long thin ones), photos and drawings as illustrations.
     */
    private void placed(String element) {
      if (page == null) {
        return;
      }
      Box b = box(element, boxAndId());
      if (b != null && element.equals("Illustration")) {
        page.figure(b);
      } else if (b != null) {
        page.rule(b);
      }
    }

    private void startLine() {
      if (page == null) {
        throw SecureXml.error(FORMAT, r, "a TextLine outside any Page");
      }
      if (inLine) {
        throw SecureXml.error(FORMAT, r, "a TextLine inside a TextLine");
      }
      String id = boxAndId();
      lineBox = box("TextLine", id);
      inLine = true;
      pendingSpace = false;
      lastWordBox = null;
      line.clear();
    }

    private void endLine() {
      inLine = false;
      Box b = lineBox != null ? lineBox : line.box();
      if (b == null) {
        throw SecureXml.error(FORMAT, r,
            "a TextLine with neither HPOS, VPOS, WIDTH and HEIGHT nor placed Strings");
      }
      page.line(line.text(true), b, line.words(), line.meanConfidence(), OcrRole.TEXT,
          blocks.peek());
    }

    private void string() {
      if (!inLine) {
        return;
      }
      String content = "";
      String id = "";
      String wc = null;
      box.clear();
      for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
        String attribute = r.getAttributeLocalName(i);
        String value = r.getAttributeValue(i);
        if (!box.take(attribute, value)) {
          switch (attribute) {
            case "CONTENT" -> content = value;
            case "WC" -> wc = value;
            case "ID" -> id = value;
            default -> {
              // SUBS_CONTENT, STYLEREFS, CC… are not kept.
            }
          }
        }
      }
      if (content.isEmpty()) {
        return;
      }
      Box b = box("String", id);
      double confidence = Double.NaN;
      if (wc != null) {
        double v = Numbers.parse(wc);
        if (Double.isNaN(v)) {
          throw SecureXml.error(FORMAT, r, describe("String", id) + " has WC '" + wc
              + "', which is not a number");
        }
        Matcher tesseract = wcAsPercent ? TESSERACT_WC.matcher(wc) : null;
        confidence = tesseract != null && tesseract.matches()
            ? Numbers.confidence(Integer.parseInt(tesseract.group(1)), PERCENT)
            : Numbers.confidence(v, WC_SCALE);
      }
      line.add(content, b, confidence,
          pendingSpace ? LineAssembler.Join.SPACE : LineAssembler.Join.ADJACENT);
      pendingSpace = false;
      if (b != null) {
        lastWordBox = b;
      }
    }

    private void hyphen() {
      if (!inLine) {
        return;
      }
      String content = "";
      box.clear();
      for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
        String attribute = r.getAttributeLocalName(i);
        if (!box.take(attribute, r.getAttributeValue(i)) && attribute.equals("CONTENT")) {
          content = r.getAttributeValue(i);
        }
      }
      if (content.isEmpty()) {
        return;
      }
      Box b = box("HYP", "");
      if (b == null) {
        Box before = lastWordBox != null ? lastWordBox : lineBox;
        if (before != null) {
          b = new Box(before.right(), before.top(), before.right(), before.bottom());
        }
      }
      line.add(content, b, Double.NaN, LineAssembler.Join.HYPHEN);
      pendingSpace = false;
    }

    /** The box of the attributes taken into {@link #box}; null unless all four are there. */
    private Box box(String element, String id) {
      if (box.hpos == null || box.vpos == null || box.width == null || box.height == null) {
        return null;
      }
      String what = describe(element, id);
      double x = coordinate(what, "HPOS", box.hpos);
      double y = coordinate(what, "VPOS", box.vpos);
      double w = size(what, "WIDTH", box.width);
      double h = size(what, "HEIGHT", box.height);
      return new Box(Numbers.round(x), Numbers.round(y), Numbers.round(x + w),
          Numbers.round(y + h));
    }

    private double coordinate(String what, String attribute, String value) {
      double v = Numbers.parse(value);
      if (!Numbers.isCoordinate(v)) {
        throw SecureXml.error(FORMAT, r, what + " has " + attribute + " '" + value
            + "', which is not a coordinate");
      }
      return v;
    }

    private double size(String what, String attribute, String value) {
      double v = Numbers.parse(value);
      if (!Numbers.isSize(v)) {
        throw SecureXml.error(FORMAT, r, what + " has " + attribute + " '" + value
            + (v < 0 ? "', a negative size" : "', which is not a size"));
      }
      return v;
    }

    private static String describe(String element, String id) {
      return id.isEmpty() ? element : element + " '" + id + "'";
    }
  }
}
