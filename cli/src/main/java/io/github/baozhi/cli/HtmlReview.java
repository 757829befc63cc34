package io.github.baozhi.cli;

import io.github.baozhi.Article;
import io.github.baozhi.Box;
import io.github.baozhi.Confidence;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.LineSpan;
import io.github.baozhi.Page;
import io.github.baozhi.PageGeometry;
import io.github.baozhi.Unassigned;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * A self-contained HTML page for reviewing the parse of one input, each article on the right and
 * on the left what it came from. For text input that is the source text with line numbers, every
 * line coloured like the article it went into; for engine output it is a drawing of the page, the
 * page image under it when one is found, with every article's boxes tinted in its colour and the
 * unassigned pieces grey. An input of several pages gives one page section after another.
 *
 * <p>Built with jsoup, so every piece of page text is escaped; the image is embedded as a data URI
 * so that the file needs nothing beside it.
 */
final class HtmlReview {

  /**
   * Fonts with Chinese glyphs, named so that a browser finds whichever the machine has (Noto CJK
   * and Source Han on Linux, PingFang on macOS, Microsoft YaHei and SimSun on Windows), the serif
   * faces of the printed page first; a browser without any falls back to its default serif.
   */
  static final String CJK_FONTS = "'Noto Serif CJK SC','Noto Serif CJK TC','Source Han Serif SC',"
      + "'Source Han Serif TC','Noto Sans CJK SC','Noto Sans CJK TC','Source Han Sans SC',"
      + "'Source Han Sans TC','PingFang SC','PingFang TC','Microsoft YaHei','SimSun',serif";

  private static final String STYLE = String.join("\n",
      "body{font-family:" + CJK_FONTS + ";margin:0}",
      ".page{display:flex;gap:1em}",
      ".source,.articles{flex:1;overflow:auto;height:100vh;padding:1em;box-sizing:border-box}",
      // Latin letters and digits in a monospaced face; a browser takes each Han character from the
      // first face in the list that has it.
      ".source ol{font-family:'Noto Sans Mono CJK SC',monospace," + CJK_FONTS + ";margin:0;padding-left:4em}",
      ".source li{white-space:pre-wrap}",
      ".source li.unassigned{background:#eee}",
      ".source li a{display:block;color:inherit;text-decoration:none}",
      ".source li a:hover{text-decoration:underline}",
      // A followed link marks where it lands: the source line, the article or the unassigned piece.
      ":target{outline:3px solid #333;outline-offset:-3px}",
      "svg.drawing{width:100%;height:auto;max-height:calc(100vh - 5em);background:#fff}",
      "svg.drawing rect.box{fill-opacity:.35;stroke-width:1.5}",
      ".image-note{color:#888;font-size:.8em}",
      "article{border-left:6px solid;padding:.3em .8em;margin-bottom:1em}",
      "h2{margin:.2em 0;font-size:1.2em} .kicker,.subtitle{color:#555;margin:0}",
      ".dateline{font-weight:bold} .byline{color:#555} .lines,.confidence{color:#888;font-size:.8em}",
      "section.unassigned li,section.diagnostics li{font-family:monospace}");

  /** Colours of unassigned boxes: they belong to nothing, so they carry no hue. */
  private static final String UNASSIGNED_FILL = "#999";
  private static final String UNASSIGNED_STROKE = "#666";

  /** Spread of the article hues round the colour wheel, so that neighbours differ clearly. */
  private static final int HUE_STEP = 67;
  private static final int FULL_CIRCLE = 360;

  /** The first bytes of the image formats every browser shows, and their media types. */
  private static final List<Signature> IMAGE_SIGNATURES = List.of(
      new Signature(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 0, "image/png"),
      new Signature(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, 0, "image/jpeg"),
      new Signature(new byte[] {'G', 'I', 'F', '8'}, 0, "image/gif"),
      new Signature(new byte[] {'W', 'E', 'B', 'P'}, 8, "image/webp"));

  private record Signature(byte[] magic, int offset, String mediaType) {
    boolean matches(byte[] bytes) {
      if (bytes.length < offset + magic.length) {
        return false;
      }
      for (int i = 0; i < magic.length; i++) {
        if (bytes[offset + i] != magic[i]) {
          return false;
        }
      }
      return true;
    }
  }

  private HtmlReview() {}

  /**
   * The review page for the pages of one input.
   *
   * @param pages the input's pages: one for text input, one or more for engine output
   * @param text for text input, the text the page was parsed from; null for engine output
   * @param folder the input's folder, where page images are looked for (and in the folder above)
   * @param maxImageBytes the largest image to embed
   */
  static String render(List<Page> pages, String text, Path folder, long maxImageBytes) {
    Document doc = Document.createShell("");
    // SVG names are case-sensitive (viewBox); browsers repair lower case, other readers need not.
    doc.parser(Parser.htmlParser().settings(ParseSettings.preserveCase));
    doc.title("baozhi review: " + pages.get(0).source());
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("style").appendChild(new DataNode(STYLE));
    for (int p = 0; p < pages.size(); p++) {
      // A lone page keeps the plain ids (#source, #L1, #a1); several pages prefix theirs.
      String prefix = pages.size() == 1 ? "" : "p" + (p + 1) + "-";
      Page page = pages.get(p);
      Element section = doc.body().appendElement("div").addClass("page");
      if (!prefix.isEmpty()) {
        section.id("p" + (p + 1));
      }
      Element left = section.appendElement("div").addClass("source").id(prefix + "source");
      left.appendElement("h1").text(page.source());
      int shown = 0;
      if (page.geometry() == null) {
        String source = text == null ? "" : text;
        sourceLines(left, page, source, prefix);
        shown = (int) source.lines().count();
      } else {
        drawing(left, page, folder, maxImageBytes, prefix);
      }
      articles(section.appendElement("div").addClass("articles").id(prefix + "articles"), page, prefix,
          shown);
    }
    return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
  }

  /**
   * The source text, one list item per line, each line that went somewhere a link to it: an
   * unassigned piece's lines are grey and link to the piece, even where they lie inside an
   * article's span (a label, a jump line), and the other lines of an article's span are tinted in
   * its colour and link to the article.
   */
  private static void sourceLines(Element left, Page page, String text, String prefix) {
    List<String> lines = text.lines().toList();
    // For each line, the 1-based number of the unassigned piece and of the article it lies in, or 0.
    int[] piece = new int[lines.size() + 1];
    int[] article = new int[lines.size() + 1];
    for (int k = 0; k < page.unassigned().size(); k++) {
      claim(piece, page.unassigned().get(k).lines(), k + 1);
    }
    for (int i = 0; i < page.articles().size(); i++) {
      claim(article, page.articles().get(i).lines(), i + 1);
    }
    Element list = left.appendElement("ol");
    for (int n = 1; n <= lines.size(); n++) {
      Element li = list.appendElement("li").id(prefix + "L" + n);
      String target = null;
      if (piece[n] > 0) {
        li.addClass("unassigned");
        target = unassignedId(prefix, piece[n] - 1);
      } else if (article[n] > 0) {
        target = prefix + "a" + article[n];
        li.attr("style", "background:" + tint(article[n] - 1)).attr("data-article", target);
      }
      String line = lines.get(n - 1);
      if (target == null || line.isBlank()) {
        li.text(line);
      } else {
        li.appendElement("a").attr("href", "#" + target).text(line);
      }
    }
  }

  private static String unassignedId(String prefix, int index) {
    return prefix + "u" + (index + 1);
  }

  /**
   * The page drawn in its own units (the SVG's view box), so that boxes need no scaling and the
   * browser fits the whole to the column.
   */
  private static void drawing(Element left, Page page, Path folder, long maxImageBytes, String prefix) {
    PageGeometry geometry = page.geometry();
    int width = geometry.width();
    int height = geometry.height();
    if (width <= 0 || height <= 0) {
      // The file does not give the page size: the extent of what is on it will do.
      List<Box> all = new ArrayList<>();
      page.articles().forEach(a -> all.addAll(a.boxes()));
      page.unassigned().forEach(u -> all.addAll(u.boxes()));
      Box extent = all.isEmpty() ? new Box(0, 0, 1, 1) : Box.union(all);
      width = Math.max(1, extent.right());
      height = Math.max(1, extent.bottom());
    }
    Element svg = left.appendElement("svg").addClass("drawing")
        .attr("xmlns", "http://www.w3.org/2000/svg")
        .attr("viewBox", "0 0 " + width + " " + height)
        .attr("role", "img");
    String image = geometry.image().isEmpty() ? null : imageUri(geometry.image(), folder, maxImageBytes);
    if (image != null) {
      svg.appendElement("image").addClass("scan").attr("href", image)
          .attr("x", "0").attr("y", "0")
          .attr("width", String.valueOf(width)).attr("height", String.valueOf(height))
          .attr("preserveAspectRatio", "none");
    } else {
      svg.appendElement("rect").addClass("outline").attr("x", "0").attr("y", "0")
          .attr("width", String.valueOf(width)).attr("height", String.valueOf(height))
          .attr("fill", "none").attr("stroke", "#999").attr("vector-effect", "non-scaling-stroke");
      left.appendElement("p").addClass("image-note").text(geometry.image().isEmpty()
          ? "The file names no page image; boxes are drawn on an outline of the page."
          : "Page image " + geometry.image() + " not found beside the input (or too large or not"
              + " PNG, JPEG, GIF or WebP); boxes are drawn on an outline of the page.");
    }
    for (int i = 0; i < page.articles().size(); i++) {
      Article a = page.articles().get(i);
      String label = a.headline() == null ? "(no headline)" : a.headline().title();
      for (Box box : a.boxes()) {
        rect(svg, box, fill(i), stroke(i), label).attr("data-article", prefix + "a" + (i + 1));
      }
    }
    for (Unassigned u : page.unassigned()) {
      for (Box box : u.boxes()) {
        rect(svg, box, UNASSIGNED_FILL, UNASSIGNED_STROKE, u.text()).addClass("unassigned");
      }
    }
  }

  private static Element rect(Element svg, Box box, String fill, String stroke, String title) {
    Element rect = svg.appendElement("rect").addClass("box")
        .attr("x", String.valueOf(box.left())).attr("y", String.valueOf(box.top()))
        .attr("width", String.valueOf(box.width())).attr("height", String.valueOf(box.height()))
        .attr("fill", fill).attr("stroke", stroke).attr("vector-effect", "non-scaling-stroke");
    rect.appendElement("title").text(title);
    return rect;
  }

  /**
   * The page image as a data URI, or null: looked for relative to the input's folder, then to the
   * folder above it (engines run beside the images often write their output into a folder of its
   * own, as in {@code testdata/engine}); an absolute name is taken as it is. Only images a
   * browser shows, no larger than {@code maxBytes}, are embedded.
   */
  static String imageUri(String name, Path folder, long maxBytes) {
    Path base = folder == null ? Path.of("") : folder;
    List<Path> candidates = new ArrayList<>();
    try {
      Path named = Path.of(name);
      candidates.add(base.resolve(named));
      Path above = base.toAbsolutePath().getParent();
      if (!named.isAbsolute() && above != null) {
        candidates.add(above.resolve(named));
      }
    } catch (InvalidPathException e) {
      return null; // a name no file can have
    }
    for (Path candidate : candidates) {
      try {
        if (!Files.isRegularFile(candidate) || Files.size(candidate) > maxBytes) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(candidate);
        for (Signature signature : IMAGE_SIGNATURES) {
          if (signature.matches(bytes)) {
            return "data:" + signature.mediaType() + ";base64," + Base64.getEncoder().encodeToString(bytes);
          }
        }
      } catch (IOException | SecurityException e) {
        // An image that cannot be read is no reason to fail the review: the outline is drawn.
      }
    }
    return null;
  }

  /**
   * The articles, unassigned pieces and diagnostics. For text input each line span links to its
   * first source line; engine input shows no source lines, so its spans stay plain text.
   */
  private static void articles(Element right, Page page, String prefix, int sourceLines) {
    for (int i = 0; i < page.articles().size(); i++) {
      Article a = page.articles().get(i);
      Element art = right.appendElement("article").id(prefix + "a" + (i + 1))
          .attr("style", "border-color:" + stroke(i));
      if (a.headline() != null) {
        if (a.headline().kicker() != null) {
          art.appendElement("p").addClass("kicker").text(a.headline().kicker());
        }
        art.appendElement("h2").text(a.headline().title());
        if (a.headline().subtitle() != null) {
          art.appendElement("p").addClass("subtitle").text(a.headline().subtitle());
        }
      } else {
        art.appendElement("h2").addClass("no-headline").text("(no headline)");
      }
      if (a.dateline() != null) {
        art.appendElement("p").addClass("dateline").text(a.dateline().text()
            + (a.dateline().date() == null ? "" : "  [" + a.dateline().date() + "]"));
      }
      for (String paragraph : a.body()) {
        art.appendElement("p").addClass("body").text(paragraph);
      }
      if (a.byline() != null) {
        art.appendElement("p").addClass("byline").text(a.byline().text());
      }
      spanTo(art.appendElement("p").addClass("lines"), a.lines(), prefix, sourceLines);
      if (a.confidence() != null) {
        art.appendElement("p").addClass("confidence").text(confidence(a.confidence()));
      }
    }
    Element unassigned = right.appendElement("section").addClass("unassigned");
    unassigned.appendElement("h3").text("Unassigned (" + page.unassigned().size() + ")");
    Element ul = unassigned.appendElement("ul");
    for (int k = 0; k < page.unassigned().size(); k++) {
      Unassigned u = page.unassigned().get(k);
      Element li = ul.appendElement("li").id(unassignedId(prefix, k)).text(u.text() + "  (");
      spanTo(li, u.lines(), prefix, sourceLines);
      li.appendText(")");
    }
    Element diagnostics = right.appendElement("section").addClass("diagnostics");
    diagnostics.appendElement("h3").text("Diagnostics (" + page.diagnostics().size() + ")");
    Element dl = diagnostics.appendElement("ul");
    for (Diagnostic d : page.diagnostics()) {
      dl.appendElement("li").text(d.code() + " line " + d.line() + ": " + d.message());
    }
  }

  private static String span(LineSpan lines) {
    return "lines " + lines.first() + "–" + lines.last();
  }

  /** "lines 3–37", a link to line 3 where the page shows its source lines. */
  private static void spanTo(Element parent, LineSpan lines, String prefix, int sourceLines) {
    if (lines.first() >= 1 && lines.first() <= sourceLines) {
      parent.appendElement("a").addClass("to-source").attr("href", "#" + prefix + "L" + lines.first())
          .text(span(lines));
    } else {
      parent.appendText(span(lines));
    }
  }

  private static String confidence(Confidence c) {
    return String.format(Locale.ROOT, "confidence %.3f (lowest %.3f)", c.mean(), c.min());
  }

  /** Gives the lines of a span to {@code number} where no earlier one has them. */
  private static void claim(int[] owners, LineSpan span, int number) {
    for (int n = Math.max(1, span.first()); n <= Math.min(span.last(), owners.length - 1); n++) {
      // An article's span can reach a headline far down the page; keep the first owner's colour.
      if (owners[n] == 0) {
        owners[n] = number;
      }
    }
  }

  /** The pale background of an article's source lines. */
  private static String tint(int index) {
    return hsl(index, 90);
  }

  /** The fill of an article's boxes, seen through over the page image. */
  private static String fill(int index) {
    return hsl(index, 50);
  }

  /** An article's border and box outlines. */
  private static String stroke(int index) {
    return hsl(index, 55);
  }

  private static String hsl(int index, int lightness) {
    return "hsl(" + (index * HUE_STEP % FULL_CIRCLE) + ",70%," + lightness + "%)";
  }
}
