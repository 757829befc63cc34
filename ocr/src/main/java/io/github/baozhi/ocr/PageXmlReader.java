package io.github.baozhi.ocr;

import io.github.baozhi.Box;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRole;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads PAGE XML (the 2013-07-15 and 2019-07-15 schemas; Transkribus, OCR-D) with StAX, by local
 * name whatever the namespace.
 *
 * <ul>
 *   <li>{@code Metadata/Creator} is the engine; {@code Page} gives the image ({@code
 *       imageFilename}) and size ({@code imageWidth}, {@code imageHeight}).
 *   <li>{@code ReadingOrder}: its {@code OrderedGroup}s (children by {@code index}) and {@code
 *       UnorderedGroup}s (children as written), nested to any depth, list the regions; {@code
 *       RegionRefIndexed}, {@code RegionRef} and a group's own {@code regionRef} name them. The
 *       page's regions come in that order, each where it is first named; regions it does not name,
 *       and all of them when there is no reading order, follow in document order. A name that is
 *       no TextRegion (an image, a table) is passed over.
 *   <li>{@code SeparatorRegion}: the bounds of its {@code Coords}, one of the page's rules; of an
 *       {@code ImageRegion} or {@code GraphicRegion}, one of its figures.
 *   <li>{@code TextRegion}: a region, nested ones too, wherever it stands (table cells included).
 *       Its role is its {@code type} (heading, caption, header, footer, page-number; marginalia and
 *       floating are FLOATING; anything else TEXT), or where it has none the {@code structure
 *       {type:…}} of its {@code custom} attribute (Transkribus), or else its parent region's. Its
 *       lines take its role.
 *   <li>{@code TextLine}, {@code Word}: the bounds of {@code Coords points="x,y x,y …"} or of the
 *       older {@code <Point x y>} children (decimals rounded); the text of the first {@code
 *       TextEquiv}'s {@code Unicode}, or of the one with the lowest {@code index} where they are
 *       indexed, kept exactly, with its {@code conf} as the confidence (outside 0 to 1, none). A
 *       line without a TextEquiv of its own takes its words joined by single spaces; a line
 *       without {@code conf} the mean of its words'. A line without Coords takes the union of its
 *       words'. Glyphs are not read.
 * </ul>
 */
final class PageXmlReader {

  private static final InputFormat FORMAT = InputFormat.PAGE_XML;

  private static final String ROOT = "PcGts";

  /** Room for the element stack of a usual file; it grows for deeper ones. */
  private static final int INITIAL_STACK = 32;

  private static final double CONF_SCALE = 1;

  /** Transkribus writes the region type as {@code custom="structure {type:heading;}"}. */
  private static final Pattern CUSTOM_TYPE =
      Pattern.compile("structure\\s*\\{[^}]*?\\btype\\s*:\\s*([^;}\\s]+)");

  private static final Map<String, OcrRole> ROLES = Map.of(
      "heading", OcrRole.HEADING,
      "caption", OcrRole.CAPTION,
      "header", OcrRole.HEADER,
      "footer", OcrRole.FOOTER,
      "page-number", OcrRole.PAGE_NUMBER,
      "marginalia", OcrRole.FLOATING,
      "floating", OcrRole.FLOATING);

  private PageXmlReader() {}

  static List<OcrPage> read(byte[] bytes) {
    return SecureXml.read(bytes, FORMAT, reader -> new Parse(reader).run());
  }

  /** A reading-order group or reference, kept until the regions are known. */
  private static final class OrderNode {
    final boolean ordered;
    final String regionRef;
    final long index;
    final int position;
    final List<OrderNode> children = new ArrayList<>();

    OrderNode(boolean ordered, String regionRef, long index, int position) {
      this.ordered = ordered;
      this.regionRef = regionRef;
      this.index = index;
      this.position = position;
    }
  }

  /** A TextEquiv being read, and the best one so far of its line or word. */
  private static final class Equiv {
    String text;
    double confidence = Double.NaN;
    long index = Long.MAX_VALUE;
    boolean indexed;
  }

  /** One pass over the events, with the open page, regions, line and word. */
  private static final class Parse {
    private final XMLStreamReader r;
    private String[] stack = new String[INITIAL_STACK];
    private int depth;

    private final List<OcrPage> pages = new ArrayList<>();
    private String engine = "";
    private boolean collectingCreator;
    private final StringBuilder text = new StringBuilder();

    private PageDraft page;
    private final Map<String, PageDraft.Region> regionsById = new HashMap<>();
    private OrderNode orderRoot;
    private final Deque<OrderNode> order = new ArrayDeque<>();
    private final Deque<Integer> orderDepths = new ArrayDeque<>();
    private int orderPosition;

    private final Deque<PageDraft.Region> regions = new ArrayDeque<>();
    private final Deque<Integer> regionDepths = new ArrayDeque<>();
    private final Deque<Boolean> regionBoxPending = new ArrayDeque<>();

    private boolean inLine;
    private int lineDepth;
    private String lineId;
    private Box lineBox;
    private Equiv lineEquiv;
    private final LineAssembler words = new LineAssembler();

    private boolean inWord;
    private int wordDepth;
    private String wordId;
    private Box wordBox;
    private Equiv wordEquiv;

    /** The TextEquiv being read (of the line or the word), or null. */
    private Equiv equiv;
    private boolean equivOfWord;
    private boolean collectingUnicode;

    /** The Coords being read from Point children, or -1. */
    private int pointsDepth = -1;
    private String pointsOwner;
    private int minX;
    private int minY;
    private int maxX;
    private int maxY;
    private boolean anyPoint;

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
            if (collectingUnicode || collectingCreator) {
              text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
            }
          }
          default -> {
            // Comments, processing instructions and the DTD carry nothing.
          }
        }
      }
      if (pages.isEmpty()) {
        throw new OcrFormatException(FORMAT, "no Page element in the file");
      }
      return pages;
    }

    private String parent() {
      return depth >= 2 ? stack[depth - 2] : "";
    }

    private String attribute(String name) {
      for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
        if (r.getAttributeLocalName(i).equals(name)) {
          return r.getAttributeValue(i);
        }
      }
      return null;
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
        case "Coords" -> coords();
        case "Point" -> point();
        case "TextEquiv" -> startEquiv();
        case "Unicode" -> {
          if (equiv != null && parent().equals("TextEquiv")) {
            collectingUnicode = true;
            text.setLength(0);
          }
        }
        case "Word" -> startWord();
        case "TextLine" -> startLine();
        case "TextRegion" -> startRegion();
        case "ReadingOrder", "OrderedGroup", "UnorderedGroup", "OrderedGroupIndexed",
            "UnorderedGroupIndexed", "RegionRefIndexed", "RegionRef" -> orderElement(name);
        case "Page" -> startPage();
        case "Creator" -> {
          if (parent().equals("Metadata")) {
            collectingCreator = true;
            text.setLength(0);
          }
        }
        default -> {
          // Other regions, Border, PrintSpace, Glyph, PlainText… carry nothing kept here.
        }
      }
    }

    private void end() {
      String name = stack[--depth];
      switch (name) {
        case "Coords" -> {
          if (pointsDepth == depth) {
            pointsDepth = -1;
            if (!anyPoint) {
              throw SecureXml.error(FORMAT, r, "Coords of " + pointsOwner + " without points");
            }
            assignBox(pointsOwner, new Box(minX, minY, maxX, maxY));
          }
        }
        case "Unicode" -> {
          if (collectingUnicode) {
            collectingUnicode = false;
            equiv.text = text.toString();
          }
        }
        case "TextEquiv" -> endEquiv();
        case "Word" -> {
          if (inWord && depth == wordDepth) {
            endWord();
          }
        }
        case "TextLine" -> {
          if (inLine && depth == lineDepth) {
            endLine();
          }
        }
        case "TextRegion" -> {
          if (!regionDepths.isEmpty() && regionDepths.peek() == depth) {
            regionDepths.pop();
            regions.pop();
            regionBoxPending.pop();
          }
        }
        case "ReadingOrder", "OrderedGroup", "UnorderedGroup", "OrderedGroupIndexed",
            "UnorderedGroupIndexed", "RegionRefIndexed", "RegionRef" -> {
          if (!orderDepths.isEmpty() && orderDepths.peek() == depth) {
            orderDepths.pop();
            order.pop();
          }
        }
        case "Page" -> endPage();
        case "Creator" -> {
          if (collectingCreator) {
            collectingCreator = false;
            engine = engine.isEmpty() ? text.toString().strip() : engine;
          }
        }
        default -> {
          // Nothing to close.
        }
      }
    }

    // ---- Page and reading order

    private void startPage() {
      if (page != null) {
        throw SecureXml.error(FORMAT, r, "a Page inside a Page");
      }
      page = new PageDraft();
      regionsById.clear();
      orderRoot = null;
      order.clear();
      orderDepths.clear();
      orderPosition = 0;
      String image = attribute("imageFilename");
      page.image = image == null ? "" : image;
      page.width = pageSize("imageWidth");
      page.height = pageSize("imageHeight");
    }

    private int pageSize(String attribute) {
      String value = attribute(attribute);
      if (value == null) {
        return 0;
      }
      double v = Numbers.parse(value);
      if (!Numbers.isSize(v)) {
        throw SecureXml.error(FORMAT, r, "Page has " + attribute + " '" + value
            + (v < 0 ? "', a negative size" : "', which is not a size"));
      }
      return Numbers.round(v);
    }

    private void endPage() {
      page.engine = engine;
      List<PageDraft.Region> ordered = new ArrayList<>();
      if (orderRoot != null) {
        Set<PageDraft.Region> seen = new LinkedHashSet<>();
        flatten(orderRoot, seen);
        ordered.addAll(seen);
      }
      pages.add(page.build(ordered));
      page = null;
      regions.clear();
      regionDepths.clear();
      regionBoxPending.clear();
    }

    /**
     * Adds the regions of {@code node} in reading order. Recursive: the depth is bounded by {@link
     * SecureXml#MAX_ELEMENT_DEPTH}.
     */
    private void flatten(OrderNode node, Set<PageDraft.Region> out) {
      if (node.regionRef != null) {
        PageDraft.Region region = regionsById.get(node.regionRef);
        if (region != null) {
          out.add(region);
        }
      }
      List<OrderNode> children = node.children;
      if (node.ordered) {
        children = new ArrayList<>(children);
        children.sort(Comparator.comparingLong((OrderNode n) -> n.index)
            .thenComparingInt(n -> n.position));
      }
      for (OrderNode child : children) {
        flatten(child, out);
      }
    }

    private void orderElement(String name) {
      if (page == null) {
        return;
      }
      boolean isRoot = name.equals("ReadingOrder");
      if (!isRoot && order.isEmpty()) {
        return;
      }
      long index = Long.MAX_VALUE;
      String indexValue = attribute("index");
      if (indexValue != null) {
        double v = Numbers.parse(indexValue);
        if (Double.isNaN(v) || v != Math.rint(v)) {
          throw SecureXml.error(FORMAT, r, name + " has index '" + indexValue
              + "', which is not an integer");
        }
        index = (long) v;
      }
      OrderNode node = new OrderNode(name.startsWith("OrderedGroup"), attribute("regionRef"),
          index, orderPosition++);
      if (isRoot) {
        orderRoot = node;
        order.clear();
        orderDepths.clear();
      } else {
        order.peek().children.add(node);
      }
      order.push(node);
      orderDepths.push(depth - 1);
    }

    // ---- Regions, lines, words

    private void startRegion() {
      if (page == null) {
        throw SecureXml.error(FORMAT, r, "a TextRegion outside any Page");
      }
      String id = attribute("id");
      String type = attribute("type");
      if (type == null) {
        String custom = attribute("custom");
        if (custom != null) {
          Matcher m = CUSTOM_TYPE.matcher(custom);
          type = m.find() ? m.group(1) : null;
        }
      }
      OcrRole role = type != null ? ROLES.getOrDefault(type, OcrRole.TEXT)
          : regions.isEmpty() ? OcrRole.TEXT : regions.peek().role;
      PageDraft.Region region = page.region(id, null, role);
      if (id != null && !id.isEmpty()) {
        regionsById.putIfAbsent(id, region);
      }
      regions.push(region);
      regionDepths.push(depth - 1);
      regionBoxPending.push(true);
    }

    private void startLine() {
      if (page == null) {
        throw SecureXml.error(FORMAT, r, "a TextLine outside any Page");
      }
      if (inLine) {
        throw SecureXml.error(FORMAT, r, "a TextLine inside a TextLine");
      }
      inLine = true;
      lineDepth = depth - 1;
      String id = attribute("id");
      lineId = id == null ? "" : id;
      lineBox = null;
      lineEquiv = null;
      words.clear();
    }

    private void endLine() {
      inLine = false;
      String text;
      double confidence = Double.NaN;
      if (lineEquiv != null && lineEquiv.text != null) {
        text = lineEquiv.text;
        confidence = lineEquiv.confidence;
      } else {
        text = words.text(false);
      }
      if (Double.isNaN(confidence)) {
        confidence = words.meanConfidence();
      }
      Box box = lineBox != null ? lineBox : words.box();
      if (box == null) {
        throw SecureXml.error(FORMAT, r, describe("TextLine", lineId)
            + " has no Coords, nor words with Coords");
      }
      PageDraft.Region region = regions.peek();
      page.line(text, box, words.words(), confidence,
          region == null ? OcrRole.TEXT : region.role, region);
    }

    private void startWord() {
      if (!inLine || inWord) {
        return;
      }
      inWord = true;
      wordDepth = depth - 1;
      String id = attribute("id");
      wordId = id == null ? "" : id;
      wordBox = null;
      wordEquiv = null;
    }

    private void endWord() {
      inWord = false;
      String text = wordEquiv == null || wordEquiv.text == null ? "" : wordEquiv.text;
      if (text.isEmpty()) {
        return;
      }
      if (wordBox == null) {
        throw SecureXml.error(FORMAT, r, describe("Word", wordId) + " has no Coords");
      }
      words.add(text, wordBox, wordEquiv.confidence, LineAssembler.Join.SPACE);
    }

    private void startEquiv() {
      String owner = parent();
      boolean ofWord = inWord && owner.equals("Word") && depth - 2 == wordDepth;
      boolean ofLine = inLine && !inWord && owner.equals("TextLine") && depth - 2 == lineDepth;
      if (!ofWord && !ofLine) {
        return;
      }
      Equiv e = new Equiv();
      String index = attribute("index");
      if (index != null) {
        double v = Numbers.parse(index);
        if (Double.isNaN(v) || v != Math.rint(v)) {
          throw SecureXml.error(FORMAT, r, "TextEquiv has index '" + index
              + "', which is not an integer");
        }
        e.index = (long) v;
        e.indexed = true;
      }
      String conf = attribute("conf");
      if (conf != null) {
        double v = Numbers.parse(conf);
        if (Double.isNaN(v)) {
          throw SecureXml.error(FORMAT, r, "TextEquiv has conf '" + conf
              + "', which is not a number");
        }
        e.confidence = Numbers.confidence(v, CONF_SCALE);
      }
      equiv = e;
      equivOfWord = ofWord;
    }

    private void endEquiv() {
      if (equiv == null) {
        return;
      }
      Equiv e = equiv;
      equiv = null;
      Equiv best = equivOfWord ? wordEquiv : lineEquiv;
      if (best == null || e.indexed && (!best.indexed || e.index < best.index)) {
        if (equivOfWord) {
          wordEquiv = e;
        } else {
          lineEquiv = e;
        }
      }
    }

    // ---- Coordinates

    /**
     * Whose Coords these are: "TextRegion", "TextLine", "Word", "SeparatorRegion", or null for
     * anything else.
     */
    private String coordsOwner() {
      String owner = parent();
      int ownerDepth = depth - 2;
      if ((owner.equals("SeparatorRegion") || owner.equals("ImageRegion")
          || owner.equals("GraphicRegion")) && page != null) {
        return owner;
      }
      if (owner.equals("Word") && inWord && ownerDepth == wordDepth) {
        return owner;
      }
      if (owner.equals("TextLine") && inLine && !inWord && ownerDepth == lineDepth) {
        return owner;
      }
      if (owner.equals("TextRegion") && !regionDepths.isEmpty()
          && regionDepths.peek() == ownerDepth && regionBoxPending.peek()) {
        return owner;
      }
      return null;
    }

    private void coords() {
      String owner = coordsOwner();
      if (owner == null) {
        return;
      }
      String points = attribute("points");
      if (points == null) {
        pointsDepth = depth - 1;
        pointsOwner = owner;
        anyPoint = false;
        return;
      }
      assignBox(owner, bounds(points, owner));
    }

    private void assignBox(String owner, Box box) {
      switch (owner) {
        case "Word" -> wordBox = box;
        case "TextLine" -> lineBox = box;
        case "SeparatorRegion" -> page.rule(box);
        case "ImageRegion", "GraphicRegion" -> page.figure(box);
        default -> {
          regions.peek().box(box);
          regionBoxPending.pop();
          regionBoxPending.push(false);
        }
      }
    }

    /** A Point child of Coords being read from points. */
    private void point() {
      if (pointsDepth != depth - 2) {
        return;
      }
      int x = pointCoordinate(attribute("x"), "x");
      int y = pointCoordinate(attribute("y"), "y");
      if (!anyPoint) {
        minX = x;
        maxX = x;
        minY = y;
        maxY = y;
        anyPoint = true;
      } else {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }

    private int pointCoordinate(String value, String attribute) {
      double v = Numbers.parse(value);
      if (!Numbers.isCoordinate(v)) {
        throw SecureXml.error(FORMAT, r, "Point of " + pointsOwner + " has " + attribute + " '"
            + value + "', which is not a coordinate");
      }
      return Numbers.round(v);
    }

    /** The bounds of {@code points}, {@code x,y} pairs separated by whitespace. */
    private Box bounds(String points, String owner) {
      int n = points.length();
      int i = 0;
      int count = 0;
      int left = 0;
      int top = 0;
      int right = 0;
      int bottom = 0;
      while (true) {
        while (i < n && Character.isWhitespace(points.charAt(i))) {
          i++;
        }
        if (i == n) {
          break;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(points.charAt(i))) {
          i++;
        }
        int comma = start;
        while (comma < i && points.charAt(comma) != ',') {
          comma++;
        }
        double x = comma == i ? Double.NaN : Numbers.parse(points, start, comma);
        double y = comma == i ? Double.NaN : Numbers.parse(points, comma + 1, i);
        if (!Numbers.isCoordinate(x) || !Numbers.isCoordinate(y)) {
          throw SecureXml.error(FORMAT, r, "Coords of " + owner + " has the point '"
              + points.substring(start, i) + "', which is not x,y");
        }
        int px = Numbers.round(x);
        int py = Numbers.round(y);
        if (count == 0) {
          left = px;
          right = px;
          top = py;
          bottom = py;
        } else {
          left = Math.min(left, px);
          right = Math.max(right, px);
          top = Math.min(top, py);
          bottom = Math.max(bottom, py);
        }
        count++;
      }
      if (count == 0) {
        throw SecureXml.error(FORMAT, r, "Coords of " + owner + " without points");
      }
      return new Box(left, top, right, bottom);
    }

    private static String describe(String element, String id) {
      return id.isEmpty() ? element : element + " '" + id + "'";
    }
  }
}
