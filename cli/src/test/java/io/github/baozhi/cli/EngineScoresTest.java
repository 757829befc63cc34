package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.baozhi.ocr.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How well engine output parses: every page of {@code testdata/engine/SET/KIND/} against the
 * hand-checked truth in {@code SET/truth/}, scored by {@link FieldScores} (article F1 and each
 * field's similarity, as OCR changes characters). The table is printed and written to {@code
 * target/engine-scores.md} (the README shows it); each figure must reach the floor recorded for
 * it in {@code testdata/engine/floors.csv}, so that a change that parses engine output worse fails
 * the build. Raise a floor when a change makes a figure better.
 *
 * <p>The kind {@code text} is no engine's: each page's printed lines ({@code SET/layout/}) as
 * plain text in column order, as the seed pages come ({@link #columnOrderText}), for the text
 * pipeline on every set's layouts.
 */
class EngineScoresTest {

  private static final Path ENGINE = Path.of(System.getProperty("engine.dir", "../testdata/engine"));
  private static final Path FLOORS = ENGINE.resolve("floors.csv");
  private static final ObjectMapper MAPPER = PageJson.mapper();

  /** The kind read from {@code SET/layout/NAME.json} as column-order text. */
  private static final String TEXT = "text";

  /** The kinds of engine output, in the order the table lists them, with the format of each. */
  private static final Map<String, InputFormat> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("hocr", InputFormat.HOCR);
    KINDS.put("alto", InputFormat.ALTO);
    KINDS.put("hocr-psm3", InputFormat.HOCR);
    KINDS.put("paddle", InputFormat.PADDLE);
    KINDS.put("page", InputFormat.PAGE_XML);
    KINDS.put(TEXT, InputFormat.TEXT);
  }

  private static final String[] FIGURES = {"artF1", "head", "date", "by", "body", "para"};

  /** The scores of one kind of engine output in one set. */
  private record Row(String set, String kind, int pages, FieldScores scores) {
    double figure(String name) {
      return switch (name) {
        case "artF1" -> scores.articleF1();
        case "head" -> scores.headline();
        case "date" -> scores.dateline();
        case "by" -> scores.byline();
        case "body" -> scores.body();
        case "para" -> scores.paragraphs();
        default -> throw new IllegalArgumentException(name);
      };
    }
  }

  @Test
  void everyKindOfEngineOutputParsesAtLeastAsWellAsItsFloor() throws IOException {
    List<Row> rows = score();
    assertThat(rows).as("engine output with truth under %s", ENGINE).isNotEmpty();
    String table = table(rows);
    System.out.println(table);
    Path report = Path.of("target", "engine-scores.md");
    Files.createDirectories(report.getParent());
    Files.writeString(report, table, StandardCharsets.UTF_8);

    Map<String, double[]> floors = floors();
    List<String> below = new ArrayList<>();
    for (Row row : rows) {
      double[] floor = floors.get(row.set() + "," + row.kind());
      assertThat(floor).as("a floor for %s/%s in %s", row.set(), row.kind(), FLOORS).isNotNull();
      for (int f = 0; f < FIGURES.length; f++) {
        double value = row.figure(FIGURES[f]);
        if (value + 1e-9 < floor[f]) {
          below.add(String.format(Locale.ROOT, "%s/%s %s: %.3f, floor %.3f", row.set(), row.kind(),
              FIGURES[f], value, floor[f]));
        }
      }
    }
    assertThat(below).as("figures below their floor in %s", FLOORS).isEmpty();
  }

  private static List<Row> score() throws IOException {
    List<Row> rows = new ArrayList<>();
    List<Path> sets;
    try (Stream<Path> s = Files.list(ENGINE)) {
      sets = s.filter(p -> Files.isDirectory(p.resolve("truth"))).sorted().toList();
    }
    for (Path set : sets) {
      for (Map.Entry<String, InputFormat> kind : KINDS.entrySet()) {
        boolean text = kind.getKey().equals(TEXT);
        Path folder = set.resolve(text ? "layout" : kind.getKey());
        if (!Files.isDirectory(folder)) {
          continue;
        }
        FieldScores scores = new FieldScores();
        int pages = 0;
        List<Path> files;
        try (Stream<Path> f = Files.list(folder)) {
          files = f.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          String name = file.getFileName().toString();
          Path truth = set.resolve("truth").resolve(name.substring(0, name.lastIndexOf('.')) + ".json");
          if (!Files.exists(truth)) {
            continue;
          }
          String json = text
              ? EngineGoldenPagesTest.parse(columnOrderText(MAPPER.readTree(file.toFile())), name,
                  kind.getValue())
              : EngineGoldenPagesTest.parse(file, kind.getValue());
          scores.add(MAPPER.readTree(truth.toFile()), MAPPER.readTree(json));
          pages++;
        }
        rows.add(new Row(set.getFileName().toString(), kind.getKey(), pages, scores));
      }
    }
    return rows;
  }

  /**
   * A page's printed lines as OCR text in column order, the way the seed pages come: every region
   * of the renderer's layout (a headline part, a paragraph's piece in one column, a caption, a
   * label) in reading order, its lines one per line, a blank line between regions, so that a
   * blank line marks a paragraph's end and a column break alike and nothing tells a subhead or a
   * headline by its size.
   */
  static String columnOrderText(JsonNode layout) {
    Map<String, List<String>> byRegion = new LinkedHashMap<>();
    for (String group : List.of("articles", "unassigned")) {
      for (JsonNode piece : layout.path(group)) {
        for (JsonNode line : piece.path("lines")) {
          byRegion.computeIfAbsent(line.path("region").asText(), r -> new ArrayList<>())
              .add(line.path("text").asText());
        }
      }
    }
    List<String> regions = new ArrayList<>();
    for (JsonNode id : layout.path("reading_order")) {
      List<String> lines = byRegion.get(id.asText());
      if (lines != null) {
        regions.add(String.join("\n", lines));
      }
    }
    return String.join("\n\n", regions) + "\n";
  }

  private static String table(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append("| Set | Engine output | Pages | Articles (truth / found) | Article F1 | Headline | Dateline | Byline | Body | Paragraphs |\n");
    out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Row row : rows) {
      out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d / %d |", row.set(), row.kind(),
          row.pages(), row.scores().truthArticles(), row.scores().predictedArticles()));
      for (String figure : FIGURES) {
        out.append(String.format(Locale.ROOT, " %.3f |", row.figure(figure)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** {@code set,kind,artF1,head,date,by,body,para} per line; {@code #} starts a comment. */
  private static Map<String, double[]> floors() throws IOException {
    Map<String, double[]> floors = new LinkedHashMap<>();
    for (String line : Files.readAllLines(FLOORS, StandardCharsets.UTF_8)) {
      String row = line.strip();
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      String[] cells = row.split(",");
      double[] values = new double[FIGURES.length];
      for (int f = 0; f < FIGURES.length; f++) {
        values[f] = Double.parseDouble(cells[2 + f]);
      }
      floors.put(cells[0] + "," + cells[1], values);
    }
    return floors;
  }
}
