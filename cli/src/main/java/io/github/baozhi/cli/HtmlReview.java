package io.github.baozhi.cli;

import io.github.baozhi.Article;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.LineSpan;
import io.github.baozhi.Page;
import io.github.baozhi.Unassigned;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A self-contained HTML page for reviewing one parse: the source text with line numbers on the
 * left, each article on the right, and every source line coloured like the article it went into.
 * Built with jsoup, so every piece of page text is escaped.
 */
final class HtmlReview {

  private static final String STYLE = String.join("\n",
      "body{font-family:'Noto Sans CJK SC','Source Han Sans',sans-serif;margin:0;display:flex;gap:1em}",
      "#source,#articles{flex:1;overflow:auto;height:100vh;padding:1em;box-sizing:border-box}",
      "#source ol{font-family:monospace;margin:0;padding-left:4em}",
      "#source li{white-space:pre-wrap}",
      "#source li.unassigned{background:#eee}",
      "article{border-left:6px solid;padding:.3em .8em;margin-bottom:1em}",
      "h2{margin:.2em 0;font-size:1.2em} .kicker,.subtitle{color:#555;margin:0}",
      ".dateline{font-weight:bold} .byline{color:#555} .lines{color:#888;font-size:.8em}",
      "section.unassigned li,section.diagnostics li{font-family:monospace}");

  private HtmlReview() {}

  /** The review page for {@code page}, parsed from {@code text}. */
  static String render(Page page, String text) {
    Document doc = Document.createShell("");
    doc.title("baozhi review: " + page.source());
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
    List<String> lines = text.lines().toList();
    String[] colour = new String[lines.size() + 1];
    String[] owner = new String[lines.size() + 1];
    for (int i = 0; i < page.articles().size(); i++) {
      mark(colour, owner, page.articles().get(i).lines(), hue(i), "a" + (i + 1));
    }
    Element source = doc.body().appendElement("div").id("source");
    source.appendElement("h1").text(page.source());
    Element list = source.appendElement("ol");
    for (int n = 1; n <= lines.size(); n++) {
      Element li = list.appendElement("li").id("L" + n).text(lines.get(n - 1));
      if (colour[n] != null) {
        li.attr("style", "background:" + colour[n]).attr("data-article", owner[n]);
      }
    }
    for (Unassigned u : page.unassigned()) {
      for (int n = u.lines().first(); n <= Math.min(u.lines().last(), lines.size()); n++) {
        list.child(n - 1).addClass("unassigned");
      }
    }
    Element right = doc.body().appendElement("div").id("articles");
    for (int i = 0; i < page.articles().size(); i++) {
      Article a = page.articles().get(i);
      Element art = right.appendElement("article").id("a" + (i + 1))
          .attr("style", "border-color:" + hue(i).replace("90%", "55%"));
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
      art.appendElement("p").addClass("lines")
          .text("lines " + a.lines().first() + "–" + a.lines().last());
    }
    Element unassigned = right.appendElement("section").addClass("unassigned");
    unassigned.appendElement("h3").text("Unassigned (" + page.unassigned().size() + ")");
    Element ul = unassigned.appendElement("ul");
    for (Unassigned u : page.unassigned()) {
      ul.appendElement("li").text(u.text() + "  (lines " + u.lines().first() + "–" + u.lines().last() + ")");
    }
    Element diagnostics = right.appendElement("section").addClass("diagnostics");
    diagnostics.appendElement("h3").text("Diagnostics (" + page.diagnostics().size() + ")");
    Element dl = diagnostics.appendElement("ul");
    for (Diagnostic d : page.diagnostics()) {
      dl.appendElement("li").text(d.code() + " line " + d.line() + ": " + d.message());
    }
    return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
  }

  private static void mark(String[] colour, String[] owner, LineSpan span, String hue, String id) {
    for (int n = span.first(); n <= Math.min(span.last(), colour.length - 1); n++) {
      // An article's span can reach a headline far down the page; keep the first owner's colour.
      if (colour[n] == null) {
        colour[n] = hue;
        owner[n] = id;
      }
    }
  }

  private static String hue(int index) {
    return "hsl(" + (index * 67 % 360) + ",70%,90%)";
  }
}
