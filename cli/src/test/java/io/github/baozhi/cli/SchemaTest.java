package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every golden output, text and engine, and the CLI's page and JSONL output of both kinds of input
 * validate against {@code docs/}; the JSONL records hold all that the page document holds.
 */
class SchemaTest {

  private static final Path DOCS = Path.of(System.getProperty("schema.dir", "../docs"));
  private static final Path TESTDATA = Path.of(System.getProperty("testdata.dir", "../testdata"));
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      builder -> builder.schemaMappers(m -> m.mapPrefix("https://github.com/baozhi/baozhi/docs/",
          DOCS.toAbsolutePath().toUri().toString())));

  private static JsonSchema schema(String name) {
    return FACTORY.getSchema(SchemaLocation.of("https://github.com/baozhi/baozhi/docs/" + name));
  }

  private static void assertValid(JsonSchema schema, JsonNode json, String what) {
    Set<ValidationMessage> errors = schema.validate(json);
    assertThat(errors).as("%s against %s", what, schema.getSchemaLocation()).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> goldenExpectationsFollowThePageSchema() throws IOException {
    JsonSchema page = schema("page.schema.json");
    try (Stream<Path> files = Files.list(TESTDATA)) {
      return files.filter(p -> p.toString().endsWith(".expected.json")).sorted().toList().stream()
          .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
              () -> assertValid(page, PageJson.mapper().readTree(p.toFile()), p.toString())));
    }
  }

  @TestFactory
  Stream<DynamicTest> engineGoldenExpectationsFollowThePageSchema() throws IOException {
    JsonSchema page = schema("page.schema.json");
    try (Stream<Path> files = Files.walk(TESTDATA.resolve("engine"))) {
      List<Path> expectations = files
          .filter(p -> p.getParent().getParent().getFileName().toString().equals("expected"))
          .filter(p -> p.toString().endsWith(".json")).sorted().toList();
      assertThat(expectations).isNotEmpty();
      return expectations.stream().map(p -> DynamicTest.dynamicTest(TESTDATA.relativize(p).toString(),
          () -> assertValid(page, PageJson.mapper().readTree(p.toFile()), p.toString())));
    }
  }

  private static String cli(String... args) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Main.run(args, InputStream.nullInputStream(), out, new PrintWriter(new StringWriter()));
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Checks the page JSON and the JSONL records the command writes for {@code input}, and that the
   * JSONL records hold what the page document does: the same articles, unassigned pieces and
   * diagnostics, so that every character reaches JSONL too.
   */
  private static void assertCliOutputValid(Path input, int articles, String... options)
      throws IOException {
    JsonNode page = PageJson.mapper().readTree(cli(arguments(input, options)));
    assertValid(schema("page.schema.json"), page, "page JSON of " + input);
    assertThat(page.get("articles")).hasSize(articles);
    String lines = cli(arguments(input, options, "--format", "jsonl"));
    JsonSchema record = schema("jsonl.schema.json");
    for (String line : lines.lines().toList()) {
      assertValid(record, PageJson.mapper().readTree(line), "JSONL line of " + input);
    }
    assertThat(MainTest.records(lines, "article")).hasSize(articles);
    for (String type : List.of("page", "article", "unassigned", "diagnostic")) {
      for (String field : List.of("paper", "issue_date")) {
        assertThat(MainTest.records(lines, type)).as("%s records' %s", type, field)
            .allSatisfy(r -> assertThat(r.get(field)).isEqualTo(page.get(field)));
      }
    }
    String[] jsonlOnly = {"type", "source", "paper", "issue_date"};
    assertThat(stripped(MainTest.records(lines, "article"), "type", "source", "paper",
        "issue_date", "index")).containsExactlyElementsOf(page.get("articles"));
    assertThat(stripped(MainTest.records(lines, "unassigned"), jsonlOnly))
        .containsExactlyElementsOf(page.get("unassigned"));
    assertThat(stripped(MainTest.records(lines, "diagnostic"), jsonlOnly))
        .containsExactlyElementsOf(page.get("diagnostics"));
  }

  /** The options, then {@code more}, then the input. */
  private static String[] arguments(Path input, String[] options, String... more) {
    List<String> all = new java.util.ArrayList<>(List.of(options));
    all.addAll(List.of(more));
    all.add(input.toString());
    return all.toArray(String[]::new);
  }

  /** The records without the fields that only JSONL has. */
  private static List<JsonNode> stripped(List<JsonNode> records, String... fields) {
    return records.stream().map(r -> {
      com.fasterxml.jackson.databind.node.ObjectNode copy = r.deepCopy();
      copy.remove(List.of(fields));
      return (JsonNode) copy;
    }).toList();
  }

  @Test
  void cliPageAndJsonlOutputFollowTheSchemas() throws IOException {
    assertCliOutputValid(TESTDATA.resolve("002_e5f70a9a1c90b099.txt"), 4);
  }

  @Test
  void cliOutputWithPaperAndIssueDateFollowsTheSchemas(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("renmin/2023/10/11/p1.txt");
    Files.createDirectories(input.getParent());
    Files.writeString(input, PageMetadataTest.PAGE, StandardCharsets.UTF_8);
    assertCliOutputValid(input, 1, "--issue-date-from-path", PageMetadataTest.ARCHIVE_PATTERN);
    JsonNode page = PageJson.mapper().readTree(
        cli("--issue-date-from-path", PageMetadataTest.ARCHIVE_PATTERN, input.toString()));
    assertThat(page.get("paper").asText()).isEqualTo("renmin");
    assertThat(page.get("issue_date").asText()).isEqualTo("2023-10-11");
  }

  @Test
  void theSchemasRejectAnEmptyPaperAndAnIssueDateThatIsNoDate() throws IOException {
    String page = "{\"source\":\"x\",%s,\"articles\":[],\"unassigned\":[],\"diagnostics\":[]}";
    JsonSchema schema = schema("page.schema.json");
    assertThat(schema.validate(PageJson.mapper().readTree(
        String.format(page, "\"paper\":\"人民日报\",\"issue_date\":\"2023-10-11\"")))).isEmpty();
    assertThat(schema.validate(PageJson.mapper().readTree(String.format(page, "\"paper\":\"\""))))
        .isNotEmpty();
    assertThat(schema.validate(PageJson.mapper().readTree(
        String.format(page, "\"issue_date\":\"2023-13-11\"")))).isNotEmpty();
    assertThat(schema.validate(PageJson.mapper().readTree(
        String.format(page, "\"issue_date\":\"--10-11\"")))).isNotEmpty();
    assertThat(schema("jsonl.schema.json").validate(PageJson.mapper().readTree(
        "{\"type\":\"unassigned\",\"source\":\"x\",\"issue_date\":\"20231011\","
            + "\"text\":\"a\",\"lines\":[1,1]}"))).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> cliOutputOfEngineInputFollowsTheSchemas() {
    Path samples = TESTDATA.resolve("engine/samples");
    return Stream.of("hocr/001_c82f54578a695e9c.hocr", "alto/003_c87d14da307c1518.xml",
            "paddle/001_c82f54578a695e9c.json")
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          Path input = samples.resolve(name);
          JsonNode page = PageJson.mapper().readTree(cli(input.toString()));
          assertThat(page.get("page")).isNotNull();
          assertThat(page.get("articles").get(0).get("boxes")).isNotEmpty();
          assertCliOutputValid(input, page.get("articles").size());
        }));
  }

  @Test
  void theSchemaRejectsWhatTheContractForbids() throws IOException {
    JsonNode bad = PageJson.mapper().readTree(
        "{\"source\":\"x\",\"articles\":[{\"headline\":null,\"dateline\":null,\"body\":[],"
            + "\"byline\":null,\"lines\":[0,1]}],\"unassigned\":[],\"diagnostics\":[]}");
    assertThat(schema("page.schema.json").validate(bad)).isNotEmpty();
    JsonNode noSource = PageJson.mapper().readTree("{\"type\":\"article\",\"index\":1,"
        + "\"headline\":null,\"dateline\":null,\"body\":[],\"byline\":null,\"lines\":[1,1]}");
    assertThat(schema("jsonl.schema.json").validate(noSource)).isNotEmpty();
    assertThat(schema("jsonl.schema.json").validate(PageJson.mapper().readTree(
        "{\"type\":\"article\",\"source\":\"x\",\"index\":1,\"headline\":null,\"dateline\":null,"
            + "\"body\":[],\"byline\":null,\"lines\":[1,1]}"))).isEmpty();
    JsonNode unknownRecord = PageJson.mapper().readTree(
        "{\"type\":\"photo\",\"source\":\"x\",\"text\":\"a\",\"lines\":[1,1]}");
    assertThat(schema("jsonl.schema.json").validate(unknownRecord)).isNotEmpty();
    JsonNode strayField = PageJson.mapper().readTree(
        "{\"type\":\"unassigned\",\"source\":\"x\",\"text\":\"a\",\"lines\":[1,1],\"index\":1}");
    assertThat(schema("jsonl.schema.json").validate(strayField)).isNotEmpty();
    JsonNode pageWithJsonlFields = PageJson.mapper().readTree(
        "{\"source\":\"x\",\"articles\":[],\"unassigned\":[{\"type\":\"unassigned\",\"text\":\"a\","
            + "\"lines\":[1,1]}],\"diagnostics\":[]}");
    assertThat(schema("page.schema.json").validate(pageWithJsonlFields)).isNotEmpty();
    JsonNode threeCornerBox = PageJson.mapper().readTree(
        "{\"source\":\"x\",\"articles\":[],\"unassigned\":[{\"text\":\"a\",\"lines\":[1,1],"
            + "\"boxes\":[[0,0,1]]}],\"diagnostics\":[]}");
    assertThat(schema("page.schema.json").validate(threeCornerBox)).isNotEmpty();
    JsonNode confidenceAboveOne = PageJson.mapper().readTree(
        "{\"source\":\"x\",\"articles\":[],\"unassigned\":[{\"text\":\"a\",\"lines\":[1,1],"
            + "\"boxes\":[],\"confidence\":{\"mean\":1.5,\"min\":0}}],\"diagnostics\":[]}");
    assertThat(schema("page.schema.json").validate(confidenceAboveOne)).isNotEmpty();
  }
}
