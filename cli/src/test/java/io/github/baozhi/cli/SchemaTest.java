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
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every golden output and the CLI's page and JSONL output validate against {@code docs/}. */
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

  @Test
  void cliPageAndJsonlOutputFollowTheSchemas() throws IOException {
    Path seed = TESTDATA.resolve("002_e5f70a9a1c90b099.txt");
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    Main.run(new String[] {seed.toString()}, InputStream.nullInputStream(), out,
        new PrintWriter(new StringWriter()));
    assertValid(schema("page.schema.json"),
        PageJson.mapper().readTree(out.toString(StandardCharsets.UTF_8)), "page JSON");

    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    Main.run(new String[] {"--format", "jsonl", seed.toString()}, InputStream.nullInputStream(),
        bytes, new PrintWriter(new StringWriter()));
    String lines = bytes.toString(StandardCharsets.UTF_8);
    JsonSchema article = schema("article-line.schema.json");
    assertThat(lines.lines()).hasSize(4);
    for (String line : lines.lines().toList()) {
      assertValid(article, PageJson.mapper().readTree(line), "JSONL line");
    }
  }

  @Test
  void theSchemaRejectsWhatTheContractForbids() throws IOException {
    JsonNode bad = PageJson.mapper().readTree(
        "{\"source\":\"x\",\"articles\":[{\"headline\":null,\"dateline\":null,\"body\":[],"
            + "\"byline\":null,\"lines\":[0,1]}],\"unassigned\":[],\"diagnostics\":[]}");
    assertThat(schema("page.schema.json").validate(bad)).isNotEmpty();
    JsonNode noSource = PageJson.mapper().readTree(
        "{\"headline\":null,\"dateline\":null,\"body\":[],\"byline\":null,\"lines\":[1,1]}");
    assertThat(schema("article-line.schema.json").validate(noSource)).isNotEmpty();
  }
}
