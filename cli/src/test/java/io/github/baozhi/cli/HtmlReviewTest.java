package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Page;
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

  @Test
  void opensInHeadlessChromium() throws IOException, InterruptedException {
    Path chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser")
        .map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
    Assumptions.assumeTrue(chromium != null,
        "Chromium is not installed (apt-get install chromium); skipping the browser check");
    Path out = Files.createDirectories(dir.resolve("out"));
    Main.run(new String[] {"--format", "html", "-q", "-o", out.toString(),
            Path.of(System.getProperty("testdata.dir", "../testdata"), "002_e5f70a9a1c90b099.txt").toString()},
        InputStream.nullInputStream(), java.io.OutputStream.nullOutputStream(), new PrintWriter(new StringWriter()));
    Path html = out.resolve("002_e5f70a9a1c90b099.html");
    Path shot = dir.resolve("shot.png");
    String[] flags = {"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dir.resolve("profile")};
    Process screenshot = new ProcessBuilder(concat(chromium.toString(), flags,
            "--window-size=1400,900", "--screenshot=" + shot, html.toUri().toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
    assertThat(screenshot.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(1000);
    Process dump = new ProcessBuilder(concat(chromium.toString(), flags, "--dump-dom",
            html.toUri().toString()))
        .redirectError(dir.resolve("chromium-dump.log").toFile()).start();
    String dom = new String(dump.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(dump.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(Jsoup.parse(dom).select("#articles article")).hasSize(4);
  }

  private static String[] concat(String first, String[] middle, String... last) {
    String[] all = new String[1 + middle.length + last.length];
    all[0] = first;
    System.arraycopy(middle, 0, all, 1, middle.length);
    System.arraycopy(last, 0, all, 1 + middle.length, last.length);
    return all;
  }
}
