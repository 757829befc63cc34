package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format csv}: one article per row, RFC 4180, read back with a CSV reader. */
class CsvOutputTest {

  static final String HEADER = "source,index,kicker,title,subtitle,dateline,dateline_source,"
      + "place,date,reporters,body,byline,names,via,first_line,last_line";

  /** A page whose text holds what CSV must quote: a comma, a double quote, two paragraphs. */
  private static final String PAGE = String.join("\n",
      "零工市场开张",
      "",
      "本报讯 11月8日，全区首家零工市场",
      "正式开张运营，首批入驻用工单位四",
      "十二家，口号是\"就业,就在家门口\"。",
      "  市场每天早上七点开门，晚上",
      "六点关门。（周立、王芳）",
      "");

  @TempDir Path dir;

  private Path page(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static List<Map<String, String>> rows(String csv) throws IOException {
    CsvMapper mapper = new CsvMapper();
    try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      List<Map<String, String>> rows = new ArrayList<>();
      it.forEachRemaining(rows::add);
      return rows;
    }
  }

  @Test
  void eachArticleIsARowWhoseFieldsReadBackAsTheJsonHasThem() throws IOException {
    Path input = page("a.txt", PAGE);
    String csv = MainTest.run("--format", "csv", input.toString()).out();
    JsonNode article = MainTest.run(input.toString()).json().get("articles").get(0);
    assertThat(article.get("body")).hasSize(2);
    List<Map<String, String>> rows = rows(csv);
    assertThat(rows).hasSize(1);
    Map<String, String> row = rows.get(0);
    assertThat(row.get("source")).isEqualTo(input.toString());
    assertThat(row.get("index")).isEqualTo("1");
    assertThat(row.get("title")).isEqualTo(article.get("headline").get("title").asText());
    assertThat(row.get("dateline")).isEqualTo("本报讯");
    assertThat(row.get("body")).isEqualTo(article.get("body").get(0).asText()
        + CsvFormat.PARAGRAPH_SEPARATOR + article.get("body").get(1).asText());
    assertThat(row.get("body")).contains("\"就业,就在家门口\"");
    assertThat(row.get("byline")).isEqualTo("（周立、王芳）");
    assertThat(row.get("names")).isEqualTo("周立;王芳");
    assertThat(row.get("kicker")).isEmpty();
    assertThat(row.get("first_line")).isEqualTo("1");
    assertThat(row.get("last_line")).isEqualTo("7");
  }

  @Test
  void theTableIsRfc4180() throws IOException {
    String csv = MainTest.run("--format", "csv", page("a.txt", PAGE).toString()).out();
    assertThat(csv).startsWith(HEADER + "\r\n").endsWith("\r\n");
    // The quote inside a quoted field is doubled; the paragraph break is inside the quotes.
    assertThat(csv).contains("口号是\"\"就业,就在家门口\"\"。\n");
    assertThat(csv.split("\r\n")).hasSize(2);
  }

  @Test
  void everyInputGoesIntoOneTableUnderOneHeader() throws IOException {
    Path out = dir.resolve("all.csv");
    MainTest.Result r = MainTest.run("--format", "csv", "-q", "-o", out.toString(),
        page("a.txt", PAGE).toString(), page("b.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    String csv = Files.readString(out);
    assertThat(csv.split(HEADER, -1)).hasSize(2);
    assertThat(rows(csv)).extracting(row -> row.get("source"))
        .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString());
  }

  @Test
  void aByteOrderMarkOpensTheTableOnlyWhenAskedFor() throws IOException {
    Path input = page("a.txt", PAGE);
    byte[] plain = MainTest.run("--format", "csv", input.toString()).out()
        .getBytes(StandardCharsets.UTF_8);
    byte[] marked = MainTest.run("--format", "csv", "--csv-bom", input.toString()).out()
        .getBytes(StandardCharsets.UTF_8);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(plain).startsWith("source,".getBytes(StandardCharsets.UTF_8));
    assertThat(marked).startsWith(bom);
    assertThat(marked).hasSize(plain.length + bom.length);
  }

  @Test
  void engineInputGivesARowPerArticleOfEveryPage() throws IOException {
    Path book = MainTest.twoPageHocr(dir, "book.hocr");
    String csv = MainTest.run("--format", "csv", book.toString()).out();
    String jsonl = MainTest.run("--format", "jsonl", book.toString()).out();
    assertThat(rows(csv)).extracting(row -> row.get("source") + " " + row.get("index"))
        .containsExactlyElementsOf(MainTest.records(jsonl, "article").stream()
            .map(a -> a.get("source").asText() + " " + a.get("index").asText()).toList());
  }
}
