package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Per-page metadata: {@code --manifest} and {@code --issue-date-from-path} give each page its issue
 * date, which resolves its partial dates, and its paper, which every format carries; the manifest
 * wins over the path, the path over {@code --issue-date}; a page that a rule says nothing of is
 * warned about, and a table or pattern that cannot be used is a usage error naming what is wrong.
 */
class PageMetadataTest {

  /** A page whose dateline gives only month and day: 10月10日. */
  static final String PAGE = String.join("\n",
      "零工市场开张",
      "",
      "本报讯 10月10日，全区首家零工市场",
      "正式开张运营，首批入驻用工单位四",
      "十二家。（周立）",
      "");

  /** The documented pattern for {@code PAPER/YYYY/MM/DD/PAGE.txt}. */
  static final String ARCHIVE_PATTERN =
      "(?<paper>[^/]+)/(?<year>\\d{4})/(?<month>\\d{2})/(?<day>\\d{2})/";

  private static final String HEADER = Manifest.PATH + "," + Manifest.ISSUE_DATE + ","
      + Manifest.PAPER + "\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static String date(JsonNode page) {
    return page.get("articles").get(0).get("dateline").get("date").asText();
  }

  private static JsonNode json(Path file) throws IOException {
    return PageJson.mapper().readTree(file.toFile());
  }

  @Test
  void aManifestGivesEachPageItsIssueDateAndPaperAndListsTheInputs() throws IOException {
    write("pages/a/p1.txt", PAGE);
    Path second = write("pages/b/p2.txt", PAGE);
    // A spreadsheet's byte-order mark, a relative and an absolute path, a quoted paper name.
    Path manifest = write("pages/m.csv", "\uFEFF" + HEADER
        + "a/p1.txt,2023-10-11,人民日报\n"
        + second + ",20191011,\"解放日报, 上海\"\n");
    Path out = dir.resolve("out");
    MainTest.Result r = MainTest.run("--manifest", manifest.toString(), "-o", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("warning");
    JsonNode first = json(out.resolve("a/p1.json"));
    assertThat(first.get("source").asText()).isEqualTo("a/p1.txt");
    assertThat(first.get("paper").asText()).isEqualTo("人民日报");
    assertThat(first.get("issue_date").asText()).isEqualTo("2023-10-11");
    assertThat(date(first)).isEqualTo("2023-10-10");
    JsonNode other = json(out.resolve("p2.json"));
    assertThat(other.get("paper").asText()).isEqualTo("解放日报, 上海");
    assertThat(date(other)).isEqualTo("2019-10-10");
  }

  @Test
  void aManifestGivesDatesToTheFilesNamedOnTheCommandLineAndWarnsOfTheRest() throws IOException {
    Path listed = write("p1.txt", PAGE);
    Path unlisted = write("p2.txt", PAGE);
    Path manifest = write("m.csv", HEADER + "p1.txt,2023-10-11,人民日报\ngone.txt,2023-10-11,\n");
    MainTest.Result r = MainTest.run("--format", "jsonl", "--manifest", manifest.toString(),
        listed.toString(), unlisted.toString());
    assertThat(r.exitCode()).isZero();
    List<JsonNode> pages = MainTest.records(r.out(), "page");
    assertThat(pages.get(0).get("issue_date").asText()).isEqualTo("2023-10-11");
    assertThat(pages.get(1).has("issue_date")).isFalse();
    assertThat(r.err()).contains("baozhi: " + manifest + " row 3: warning: no such file gone.txt")
        .contains("baozhi: " + unlisted + ": warning: not in --manifest " + manifest
            + "; no issue date, so partial dates stay --MM-DD");
  }

  @Test
  void aPathPatternGivesEachPageItsIssueDateAndPaper() throws IOException {
    write("archive/renmin/2023/10/11/p1.txt", PAGE);
    write("archive/jiefang/2019/10/11/p1.txt", PAGE);
    MainTest.Result r = MainTest.run("--format", "jsonl", "-r", "--issue-date-from-path",
        ARCHIVE_PATTERN, dir.resolve("archive").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    List<JsonNode> articles = MainTest.records(r.out(), "article");
    assertThat(articles).extracting(a -> a.get("paper").asText()).containsExactly("jiefang", "renmin");
    assertThat(articles).extracting(a -> a.get("issue_date").asText())
        .containsExactly("2019-10-11", "2023-10-11");
    assertThat(articles).extracting(a -> a.get("dateline").get("date").asText())
        .containsExactly("2019-10-10", "2023-10-10");
  }

  @Test
  void aDateGroupReadsCompactAndIsoDates() throws IOException {
    Path compact = write("20231011_p1.txt", PAGE);
    Path iso = write("2019-10-11_p1.txt", PAGE);
    MainTest.Result r = MainTest.run("--format", "jsonl", "--issue-date-from-path",
        "(?<date>[0-9-]{8,10})_", compact.toString(), iso.toString());
    assertThat(MainTest.records(r.out(), "article"))
        .extracting(a -> a.get("dateline").get("date").asText())
        .containsExactly("2023-10-10", "2019-10-10");
  }

  @Test
  void theManifestWinsOverThePathAndThePathOverTheIssueDate() throws IOException {
    Path listed = write("renmin/2001/10/11/p1.txt", PAGE);
    Path matched = write("renmin/2002/10/11/p2.txt", PAGE);
    Path neither = write("loose/p3.txt", PAGE);
    Path manifest = write("m.csv", HEADER + "renmin/2001/10/11/p1.txt,2023-10-11,\n");
    MainTest.Result r = MainTest.run("--format", "jsonl", "--manifest", manifest.toString(),
        "--issue-date-from-path", ARCHIVE_PATTERN, "--issue-date", "2015-10-11",
        listed.toString(), matched.toString(), neither.toString());
    assertThat(r.exitCode()).isZero();
    List<JsonNode> pages = MainTest.records(r.out(), "page");
    assertThat(pages).extracting(p -> p.get("issue_date").asText())
        .containsExactly("2023-10-11", "2002-10-11", "2015-10-11");
    // The manifest's row names no paper, so the path's is taken: field by field.
    assertThat(pages.get(0).get("paper").asText()).isEqualTo("renmin");
    assertThat(pages.get(2).has("paper")).isFalse();
    assertThat(MainTest.records(r.out(), "article"))
        .extracting(a -> a.get("dateline").get("date").asText())
        .containsExactly("2023-10-10", "2002-10-10", "2015-10-10");
    assertThat(r.err()).doesNotContain(listed + ":")
        .contains(matched + ": warning: not in --manifest " + manifest
            + "; issue date 2002-10-11 from its path")
        .contains(neither + ": warning: not in --manifest " + manifest
            + "; the path does not match --issue-date-from-path; issue date 2015-10-11 from"
            + " --issue-date");
  }

  @Test
  void aPathThatGivesNoDateIsWarnedAbout() throws IOException {
    Path noMatch = write("loose/p1.txt", PAGE);
    Path badDate = write("renmin/2023/13/40/p1.txt", PAGE);
    MainTest.Result r = MainTest.run("--format", "jsonl", "--issue-date-from-path",
        ARCHIVE_PATTERN, noMatch.toString(), badDate.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .contains(noMatch + ": warning: the path does not match --issue-date-from-path; no issue"
            + " date, so partial dates stay --MM-DD")
        .contains(badDate + ": warning: the path's date '2023-13-40' is not a date of the form"
            + " YYYY-MM-DD (or YYYYMMDD); no issue date");
    assertThat(MainTest.records(r.out(), "article"))
        .extracting(a -> a.get("dateline").get("date").asText())
        .containsExactly("--10-10", "--10-10");
    // The paper the path names is still carried where the date it gives is no date.
    assertThat(MainTest.records(r.out(), "page").get(1).get("paper").asText()).isEqualTo("renmin");
  }

  @Test
  void thePaperAndIssueDateReachEveryFormat() throws Exception {
    Path input = write("renmin/2023/10/11/p1.txt", PAGE);
    String[] options = {"--issue-date-from-path", ARCHIVE_PATTERN, input.toString()};
    JsonNode page = MainTest.run(with(options, "--format", "json")).json();
    assertThat(page.get("paper").asText()).isEqualTo("renmin");
    assertThat(page.get("issue_date").asText()).isEqualTo("2023-10-11");
    String jsonl = MainTest.run(with(options, "--format", "jsonl")).out();
    for (String type : List.of("page", "article", "unassigned", "diagnostic")) {
      assertThat(MainTest.records(jsonl, type)).allSatisfy(record -> {
        assertThat(record.get("paper").asText()).isEqualTo("renmin");
        assertThat(record.get("issue_date").asText()).isEqualTo("2023-10-11");
      });
    }
    List<Map<String, String>> rows =
        CsvOutputTest.rows(MainTest.run(with(options, "--format", "csv")).out());
    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.get("paper")).isEqualTo("renmin");
      assertThat(row.get("issue_date")).isEqualTo("2023-10-11");
      assertThat(row.get("date")).isEqualTo("2023-10-10");
    });
    Element bibl = (Element) TeiOutputTest.parse(MainTest.run(with(options, "--format", "tei")).out())
        .getElementsByTagNameNS(TeiFormat.TEI_NS, "bibl").item(0);
    Element title = (Element) bibl.getElementsByTagNameNS(TeiFormat.TEI_NS, "title").item(0);
    assertThat(title.getAttribute("level")).isEqualTo("j");
    assertThat(title.getTextContent()).isEqualTo("renmin");
    Element issued = (Element) bibl.getElementsByTagNameNS(TeiFormat.TEI_NS, "date").item(0);
    assertThat(issued.getAttribute("when")).isEqualTo("2023-10-11");
    assertThat(bibl.getElementsByTagNameNS(TeiFormat.TEI_NS, "idno").item(0).getTextContent())
        .isEqualTo(input.toString());
  }

  @Test
  void aPageOfWhichNothingIsKnownHasNoMetadataFieldsOrColumns() throws IOException {
    Path input = write("p1.txt", PAGE);
    JsonNode page = MainTest.run(input.toString()).json();
    assertThat(page.has("paper")).isFalse();
    assertThat(page.has("issue_date")).isFalse();
    assertThat(MainTest.run("--format", "csv", input.toString()).out())
        .startsWith(CsvOutputTest.HEADER + "\r\n");
    assertThat(MainTest.run("--format", "tei", input.toString()).out()).doesNotContain("<bibl");
  }

  @Test
  void anIssueDateAloneIsCarriedAndNamesItsCsvColumns() throws IOException {
    Path input = write("p1.txt", PAGE);
    JsonNode page = MainTest.run("--issue-date", "2023-10-11", input.toString()).json();
    assertThat(page.get("issue_date").asText()).isEqualTo("2023-10-11");
    assertThat(page.has("paper")).isFalse();
    assertThat(CsvOutputTest.rows(MainTest.run("--format", "csv", "--issue-date", "2023-10-11",
        input.toString()).out())).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("paper", "").containsEntry("issue_date", "2023-10-11"));
  }

  @Test
  void aManifestRowWhoseFileIsMissingFailsThatInputAlone() throws IOException {
    write("p1.txt", PAGE);
    Path manifest = write("m.csv", HEADER + "p1.txt,2023-10-11,\nmissing.txt,2023-10-11,\n");
    Path out = dir.resolve("out");
    MainTest.Result r = MainTest.run("-q", "--manifest", manifest.toString(), "-o", out.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("baozhi: missing.txt: no such file (--manifest " + manifest
        + " row 3)");
    assertThat(out.resolve("p1.json")).exists();
    assertNoStackTrace(r);
  }

  @Test
  void aManifestThatCannotBeUsedIsAUsageErrorNamingItsRow() throws IOException {
    Path input = write("p1.txt", PAGE);
    assertUsageError(write("date.csv", HEADER + "p1.txt,2023-10-11,\np2.txt,2023-13-01,\n"),
        input, "row 3: issue_date '2023-13-01' is not a date of the form YYYY-MM-DD (or YYYYMMDD)");
    assertUsageError(write("twice.csv", HEADER + "p1.txt,2023-10-11,\n./p1.txt,2023-10-12,\n"),
        input, "row 3: lists ./p1.txt again, as row 2 does; give each page one row");
    assertUsageError(write("header.csv", "file,date\np1.txt,2023-10-11\n"),
        input, "row 1: the header must name the columns path,issue_date,paper");
    assertUsageError(write("nopath.csv", HEADER + ",2023-10-11,\n"), input, "row 2: no path");
    assertUsageError(write("empty.csv", ""), input, "is empty");
    Files.write(dir.resolve("latin1.csv"), new byte[] {'p', 'a', 't', 'h', '\n', (byte) 0xE9, '\n'});
    assertUsageError(dir.resolve("latin1.csv"), input, "is not UTF-8");
    assertUsageError(dir.resolve("none.csv"), input, "cannot read " + dir.resolve("none.csv")
        + ": no such file");
  }

  @Test
  void aPatternThatCannotBeUsedIsAUsageError() throws IOException {
    Path input = write("p1.txt", PAGE);
    MainTest.Result bad = MainTest.run("--issue-date-from-path", "(?<year>\\d{4}", input.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("baozhi: bad --issue-date-from-path pattern '(?<year>\\d{4}':");
    assertNoStackTrace(bad);
    MainTest.Result noDay = MainTest.run("--issue-date-from-path",
        "(?<year>\\d{4})/(?<month>\\d{2})", input.toString());
    assertThat(noDay.exitCode()).isEqualTo(2);
    assertThat(noDay.err()).contains("has no group (?<date>…) and no group (?<day>…); it needs"
        + " date, or year, month and day");
    assertThat(noDay.out()).isEmpty();
    // A group name in a comment is no group.
    assertThat(MainTest.run("--issue-date-from-path", "(?x)[0-9]+ # (?<date>x)",
        input.toString()).exitCode()).isEqualTo(2);
    assertThat(MainTest.run("--issue-date-from-path", "(?x) (?<date> [0-9]{8} ) # a date",
        input.toString()).exitCode()).isZero();
  }

  private void assertUsageError(Path manifest, Path input, String message) {
    MainTest.Result r = MainTest.run("--manifest", manifest.toString(), input.toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains(message).contains("Try 'baozhi --help'");
    assertThat(r.out()).isEmpty();
    assertNoStackTrace(r);
  }

  private static void assertNoStackTrace(MainTest.Result r) {
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  private static String[] with(String[] options, String... more) {
    String[] all = new String[options.length + more.length];
    System.arraycopy(more, 0, all, 0, more.length);
    System.arraycopy(options, 0, all, more.length, options.length);
    return all;
  }
}
