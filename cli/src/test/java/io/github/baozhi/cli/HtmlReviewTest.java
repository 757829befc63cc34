package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Article;
import io.github.baozhi.Box;
import io.github.baozhi.Confidence;
import io.github.baozhi.Headline;
import io.github.baozhi.LineSpan;
import io.github.baozhi.Page;
import io.github.baozhi.PageGeometry;
import io.github.baozhi.Unassigned;
import io.github.baozhi.testdata.BaozhiPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review page's structure, checked with jsoup, and once in a real headless browser. */
class HtmlReviewTest {

  @TempDir Path dir;

  private static Document review(String name) {
    Page page = BaozhiPages.parser(name).parse(BaozhiPages.bytes(name), name + ".txt");
    return Jsoup.parse(HtmlReview.render(List.of(page), BaozhiPages.text(name), null, 0));
  }

  @Test
  void showsEverySourceLineAndEveryArticle() {
    String name = "002_e5f70a9a1c90b099";
    Document doc = review(name);
    Page expected = BaozhiPages.expected(name);
    assertThat(doc.select("#articles article")).hasSize(expected.articles().size());
    assertThat(doc.select("#source ol > li")).hasSize((int) BaozhiPages.text(name).lines().count());
    assertThat(doc.select("#articles article h2").first().text()).isEqualTo("市委常委会召开会议");
    assertThat(doc.select("#articles article").first().select("p.body"))
        .hasSize(expected.articles().get(0).body().size());
  }

  @Test
  void colourCodesSourceLinesBackToTheirArticle() {
    Document doc = review("000_dd68295843c8d82c");
    assertThat(doc.select("#L1").attr("data-article")).isEqualTo("a1");
    assertThat(doc.select("#L202").attr("data-article")).isEqualTo("a5");
    assertThat(doc.select("#L1").attr("style")).startsWith("background:hsl(");
  }

  @Test
  void showsUnassignedTextAndDiagnostics() {
    Document doc = review("001_c82f54578a695e9c");
    assertThat(doc.select("section.unassigned li").first().text()).startsWith("二泉月");
    assertThat(doc.select("#L1").hasClass("unassigned")).isTrue();
    assertThat(doc.select("section.diagnostics h3").text()).isEqualTo("Diagnostics (0)");
  }

  @Test
  void greysAnUnassignedLineInsideAnArticlesSpanAndLinksItToItsPiece() {
    // The box label 核心阅读 (line 11) and the jump line （下转第四版） (line 37) went to unassigned,
    // though they lie inside the article's lines 3–37.
    Document doc = review("credit_line_and_box_label");
    for (String line : List.of("#L11", "#L37")) {
      assertThat(doc.select(line).hasClass("unassigned")).as(line).isTrue();
      assertThat(doc.select(line).attr("style")).as(line).isEmpty();
      assertThat(doc.select(line).attr("data-article")).as(line).isEmpty();
    }
    String piece = doc.select("#L11 > a").attr("href");
    assertThat(piece).matches("#u[0-9]+");
    assertThat(doc.select(piece).text()).isEqualTo("核心阅读 (lines 11–11)");
    assertThat(doc.select(piece + " a").attr("href")).isEqualTo("#L11");
    assertThat(doc.select("#L13").attr("style")).startsWith("background:hsl(");
    assertThat(doc.select("#L13").attr("data-article")).isEqualTo("a1");
  }

  @Test
  void linksEachArticleToItsSourceLinesAndEachLineBackToItsArticle() {
    Document doc = review("credit_line_and_box_label");
    assertThat(doc.select("#a1 p.lines > a").attr("href")).isEqualTo("#L3");
    assertThat(doc.select("#a1 p.lines").text()).isEqualTo("lines 3–37");
    assertThat(doc.select("#L13 > a").attr("href")).isEqualTo("#a1");
    assertThat(doc.select("#L13 > a").text()).isEqualTo("近年来，浙江安吉坚持生态优");
    assertThat(doc.select("#L12 a")).as("a blank line links nowhere").isEmpty();
    assertThat(doc.select("style").html()).contains(":target{");
  }

  @Test
  void everyLinkLandsOnAnElementOfThePage() {
    for (String name : List.of("credit_line_and_box_label", "000_dd68295843c8d82c", "001_c82f54578a695e9c")) {
      Document doc = review(name);
      assertThat(doc.select("a[href]")).as(name).isNotEmpty();
      for (org.jsoup.nodes.Element link : doc.select("a[href]")) {
        assertThat(link.attr("href")).as(name).startsWith("#");
        assertThat(doc.getElementById(link.attr("href").substring(1))).as(name + " " + link.attr("href")).isNotNull();
      }
    }
  }

  @Test
  void namesChineseFontsInItsStyle() {
    String style = review("002_e5f70a9a1c90b099").select("style").html();
    assertThat(style).contains("'Noto Serif CJK SC'", "'Noto Sans CJK SC'", "'Source Han Serif SC'",
        "'PingFang SC'", "'Microsoft YaHei'", "'SimSun'", ",serif;");
  }

  @Test
  void escapesEveryPieceOfText() {
    String text = "<script>alert(1)</script>\n\n本报讯 <b>测试</b>。（王五）\n";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int code = Main.run(new String[] {"--format", "html"},
        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        out, new PrintWriter(new StringWriter()));
    assertThat(code).isZero();
    Document doc = Jsoup.parse(out.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("b")).isEmpty();
    assertThat(doc.select("#L1").text()).isEqualTo("<script>alert(1)</script>");
  }

  /** A page of engine output whose every piece of text, and the engine and image names, are markup. */
  private static Page hostileEnginePage() {
    Article article = new Article(new Headline(null, "<script>alert(1)</script>", null), null,
        List.of("<b>正文</b>"), null, new LineSpan(1, 2), List.of(new Box(10, 20, 60, 40), new Box(10, 50, 60, 90)),
        new Confidence(0.9, 0.5));
    Unassigned label = new Unassigned("<img src=x onerror=alert(1)>", new LineSpan(3, 3),
        List.of(new Box(70, 20, 90, 30)), null);
    return new Page("p.hocr", List.of(article), List.of(label), List.of(),
        new PageGeometry(100, 200, "pixel", "\"><script>alert(2)</script>.png", "<i>engine</i>"));
  }

  @Test
  void drawsEngineOutputWithOneBoxPerPieceAndEscapesItAll() {
    Document doc = Jsoup.parse(HtmlReview.render(List.of(hostileEnginePage()), null, dir, 1 << 20));
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("b, img, i")).isEmpty();
    assertThat(doc.select("svg").attr("viewBox")).isEqualTo("0 0 100 200");
    assertThat(doc.select("svg rect.box[data-article=a1]")).hasSize(2);
    assertThat(doc.select("svg rect.box[data-article=a1]").first().attr("x")).isEqualTo("10");
    assertThat(doc.select("svg rect.box[data-article=a1]").first().attr("height")).isEqualTo("20");
    assertThat(doc.select("svg rect.box[data-article=a1] > title").first().text()).isEqualTo("<script>alert(1)</script>");
    assertThat(doc.select("svg rect.box.unassigned")).hasSize(1);
    assertThat(doc.select("svg rect.outline")).hasSize(1);
    assertThat(doc.select(".image-note").text()).contains("<script>alert(2)</script>.png").contains("not found");
    assertThat(doc.select("#a1 p.confidence").text()).isEqualTo("confidence 0.900 (lowest 0.500)");
    assertThat(doc.select("#source ol")).isEmpty();
  }

  @Test
  void embedsOnlyImagesThatABrowserShows() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("set/hocr"));
    Files.write(dir.resolve("set/scan.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    Files.writeString(folder.resolve("notes.png"), "not an image");
    assertThat(HtmlReview.imageUri("scan.png", folder, 1 << 20)).isEqualTo("data:image/png;base64,iVBORw0KGgo=");
    assertThat(HtmlReview.imageUri("notes.png", folder, 1 << 20)).isNull();
    assertThat(HtmlReview.imageUri("scan.png", folder, 4)).as("over the size limit").isNull();
    assertThat(HtmlReview.imageUri("nul\0.png", folder, 1 << 20)).isNull();
  }

  private static Path chromium() {
    Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    Assumptions.assumeTrue(chromium != null,
        "Chromium is not installed (apt-get install chromium); skipping the browser check");
    return chromium;
  }

  @Test
  void theDrawingOfEngineOutputOpensInHeadlessChromium() throws IOException, InterruptedException {
    Path chromium = chromium();
    Path out = Files.createDirectories(dir.resolve("out"));
    Main.run(new String[] {"--format", "html", "-q", "-o", out.toString(),
            Path.of(System.getProperty("testdata.dir", "../testdata"), "engine/samples/hocr/001_c82f54578a695e9c.hocr").toString()},
        InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(), new PrintWriter(new StringWriter()));
    Document dom = Jsoup.parse(dumpDom(chromium, out.resolve("001_c82f54578a695e9c.html")));
    assertThat(dom.select("svg rect.box[data-article]")).isNotEmpty();
    assertThat(dom.select("svg image.scan").attr("href")).startsWith("data:image/png;base64,");
  }

  private String dumpDom(Path chromium, Path html) throws IOException, InterruptedException {
    Process dump = new ProcessBuilder(concat(chromium.toString(), chromiumFlags(), "--dump-dom",
            html.toUri().toString()))
        .redirectError(dir.resolve("chromium-dump.log").toFile()).start();
    String dom = new String(dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return dom;
  }

  private String[] chromiumFlags() {
    return new String[] {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile")};
  }

  @Test
  void opensInHeadlessChromium() throws IOException, InterruptedException {
    Path chromium = chromium();
    Path out = Files.createDirectories(dir.resolve("out"));
    Main.run(new String[] {"--format", "html", "-q", "-o", out.toString(),
            Path.of(System.getProperty("testdata.dir", "../testdata"), "002_e5f70a9a1c90b099.txt").toString()},
        InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(), new PrintWriter(new StringWriter()));
    Path html = out.resolve("002_e5f70a9a1c90b099.html");
    Path shot = dir.resolve("shot.png");
    String[] flags = chromiumFlags();
    Process screenshot = new ProcessBuilder(concat(chromium.toString(), flags,
            "--window-size=1400,900", "--screenshot=" + shot, html.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertThat(screenshot.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(1000);
    assertThat(Jsoup.parse(dumpDom(chromium, html)).select("#articles article")).hasSize(4);
  }

  private static String[] concat(String first, String[] middle, String... last) {
    String[] all = new String[1 + middle.length + last.length];
    all[0] = first;
    System.arraycopy(middle, 0, all, 1, middle.length);
    System.arraycopy(last, 0, all, 1 + middle.length, last.length);
    return all;
  }
}
