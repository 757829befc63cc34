package io.github.baozhi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.baozhi.PageParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code baozhi score TRUTH_DIR OUT_DIR [INPUT_DIR]}: scores the page documents baozhi wrote
 * against those expected, page by page and overall, as {@code docs/contract.md} defines the
 * figures ({@link FieldScores}, {@link CharactersLost}).
 */
final class ScoreCommand implements Callable<Integer> {

  static final String TRUTH_SUFFIX = ".expected.json";
  static final String JSON_SUFFIX = ".json";
  static final String INPUT_SUFFIX = ".txt";

  /** The fields scored, in the order of the table and the JSON. */
  private static final List<String> FIELDS = List.of("headline", "dateline", "byline", "body");

  // Built in code, as Main's options are (see there why).
  private final PositionalParamSpec truthDirParameter = directory("0", "TRUTH_DIR")
      .required(true).description("The expected page JSON.").build();

  private final PositionalParamSpec outDirParameter = directory("1", "OUT_DIR")
      .required(true).description("baozhi's page JSON (-o DIR).").build();

  private final PositionalParamSpec inputDirParameter = directory("2", "INPUT_DIR").arity("0..1")
      .description("The input pages (NAME.txt), to count the characters lost.").build();

  private final OptionSpec jsonOption = Main.flag("<json>", "--json")
      .description("Write the figures as one JSON document.").build();

  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("score")
      .addPositional(truthDirParameter)
      .addPositional(outDirParameter)
      .addPositional(inputDirParameter)
      .addOption(jsonOption)
      .addOption(Main.flag("<help>", "-h", "--help").usageHelp(true)
          .description("Show this help and exit.").build());

  private Path truthDir;
  private Path outDir;
  private Path inputDir;
  private boolean json;

  private static PositionalParamSpec.Builder directory(String index, String label) {
    return PositionalParamSpec.builder().index(index).paramLabel(label).type(Path.class);
  }

  /** This command's line, for {@code baozhi}'s to add. */
  CommandLine commandLine() {
    spec.usageMessage()
        .sortOptions(false)
        .description(
            "Score page JSON against expected page JSON, matched by file name: NAME.json or",
            "NAME.expected.json in TRUTH_DIR against NAME.json in OUT_DIR. Article precision, recall",
            "and F1, each field's accuracy and similarity, paragraphing, and with INPUT_DIR (NAME.txt)",
            "the characters lost. Definitions: docs/contract.md.")
        .footer("", "Exit status: 0 every page scored, 1 some output missing or unreadable, 2 usage"
            + " error.");
    return new CommandLine(spec);
  }

  /** One page's figures; {@code lost} null when its input was not given or found. */
  private record Scored(String name, FieldScores scores, CharactersLost lost) {}

  @Override
  public Integer call() throws IOException {
    truthDir = truthDirParameter.getValue();
    outDir = outDirParameter.getValue();
    inputDir = inputDirParameter.getValue();
    json = jsonOption.getValue();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path dir : inputDir == null ? List.of(truthDir, outDir) : List.of(truthDir, outDir, inputDir)) {
      if (!Files.isDirectory(dir)) {
        err.println("baozhi score: " + dir + " is not a directory");
        err.println("Try 'baozhi score --help' for more information.");
        err.flush();
        return 2;
      }
    }
    TreeMap<String, Path> truths = pages(truthDir);
    Set<String> extra = new TreeSet<>(pages(outDir).keySet());
    extra.removeAll(truths.keySet());
    List<String> missing = new ArrayList<>();
    List<Scored> scored = new ArrayList<>();
    FieldScores overall = new FieldScores();
    int lostInput = 0;
    int lost = 0;
    boolean counted = false;
    PageParser decoder = PageParser.create();
    for (var entry : truths.entrySet()) {
      String name = entry.getKey();
      JsonNode truth;
      try {
        truth = PageJson.mapper().readTree(entry.getValue().toFile());
      } catch (IOException e) {
        err.println("baozhi score: " + entry.getValue() + ": not JSON, not scored");
        missing.add(name);
        continue;
      }
      Path written = outDir.resolve(name + JSON_SUFFIX);
      JsonNode output;
      try {
        output = PageJson.mapper().readTree(written.toFile());
      } catch (IOException e) {
        err.println("baozhi score: " + written + ": " + (Files.exists(written) ? "not JSON"
            : "no such file") + "; scored as a page with no article");
        missing.add(name);
        output = PageJson.mapper().createObjectNode();
      }
      FieldScores page = new FieldScores();
      page.add(truth, output);
      overall.add(truth, output);
      CharactersLost loss = null;
      Path input = inputDir == null ? null : inputDir.resolve(name + INPUT_SUFFIX);
      if (input != null && Files.isRegularFile(input)) {
        loss = CharactersLost.of(decoder.decode(Files.readAllBytes(input)), output);
        lostInput += loss.input();
        lost += loss.lost();
        counted = true;
      }
      scored.add(new Scored(name, page, loss));
    }
    for (String name : extra) {
      err.println("baozhi score: " + outDir.resolve(name + JSON_SUFFIX)
          + ": no expected page in " + truthDir + ", not scored");
    }
    Scored all = new Scored("all", overall, counted ? new CharactersLost(lostInput, lost) : null);
    if (json) {
      out.println(PageJson.mapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(report(scored, all, missing, extra)));
    } else {
      table(out, scored, all);
    }
    out.flush();
    err.flush();
    return missing.isEmpty() ? 0 : 1;
  }

  /** The pages of a folder by name: NAME.expected.json or NAME.json. */
  private static TreeMap<String, Path> pages(Path dir) throws IOException {
    TreeMap<String, Path> pages = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(Files::isRegularFile).sorted().forEach(file -> {
        String name = file.getFileName().toString();
        if (name.endsWith(TRUTH_SUFFIX)) {
          pages.put(name.substring(0, name.length() - TRUTH_SUFFIX.length()), file);
        } else if (name.endsWith(JSON_SUFFIX)) {
          pages.putIfAbsent(name.substring(0, name.length() - JSON_SUFFIX.length()), file);
        }
      });
    }
    return pages;
  }

  private static void table(PrintWriter out, List<Scored> pages, Scored all) {
    int width = Math.max("page".length(),
        pages.stream().mapToInt(p -> p.name().length()).max().orElse(0));
    String row = "%-" + width + "s %5s %5s %5s %6s %6s %6s %6s %6s %6s %6s %6s %9s%n";
    out.printf(Locale.ROOT, row, "page", "truth", "out", "match", "prec", "recall", "F1",
        "head", "date", "byline", "body", "para", "lost");
    for (Scored page : pages) {
      out.printf(Locale.ROOT, row, cells(page));
    }
    out.printf(Locale.ROOT, row, cells(all));
    FieldScores s = all.scores();
    out.println();
    out.printf(Locale.ROOT, "%-10s %8s %10s%n", "field", "accuracy", "similarity");
    double[] accuracy = {s.headlineAccuracy(), s.datelineAccuracy(), s.bylineAccuracy(),
        s.bodyAccuracy()};
    double[] similarity = {s.headline(), s.dateline(), s.byline(), s.body()};
    for (int i = 0; i < FIELDS.size(); i++) {
      out.printf(Locale.ROOT, "%-10s %8.3f %10.3f%n", FIELDS.get(i), accuracy[i], similarity[i]);
    }
    out.printf(Locale.ROOT, "%-10s precision %.3f, recall %.3f, F1 %.3f%n", "paragraphs",
        s.paragraphPrecision(), s.paragraphRecall(), s.paragraphs());
  }

  /** A table row: similarities per field, and lost as {@code LOST/INPUT} or {@code -}. */
  private static Object[] cells(Scored page) {
    FieldScores s = page.scores();
    return new Object[] {page.name(), s.truthArticles(), s.predictedArticles(),
        s.matchedArticles(), fixed(s.articlePrecision()), fixed(s.articleRecall()),
        fixed(s.articleF1()), fixed(s.headline()), fixed(s.dateline()), fixed(s.byline()),
        fixed(s.body()), fixed(s.paragraphs()),
        page.lost() == null ? "-" : page.lost().lost() + "/" + page.lost().input()};
  }

  private static String fixed(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static ObjectNode report(List<Scored> pages, Scored all, List<String> missing,
      Set<String> extra) {
    ObjectNode report = PageJson.mapper().createObjectNode();
    ArrayNode list = report.putArray("pages");
    pages.forEach(page -> list.add(figures(page)));
    report.set("overall", figures(all));
    missing.forEach(report.putArray("missing")::add);
    extra.forEach(report.putArray("extra")::add);
    return report;
  }

  private static ObjectNode figures(Scored page) {
    FieldScores s = page.scores();
    ObjectNode node = PageJson.mapper().createObjectNode();
    node.put("page", page.name());
    ObjectNode articles = node.putObject("articles");
    articles.put("truth", s.truthArticles());
    articles.put("output", s.predictedArticles());
    articles.put("matched", s.matchedArticles());
    articles.put("precision", s.articlePrecision());
    articles.put("recall", s.articleRecall());
    articles.put("f1", s.articleF1());
    ObjectNode fields = node.putObject("fields");
    double[] accuracy = {s.headlineAccuracy(), s.datelineAccuracy(), s.bylineAccuracy(),
        s.bodyAccuracy()};
    double[] similarity = {s.headline(), s.dateline(), s.byline(), s.body()};
    for (int i = 0; i < FIELDS.size(); i++) {
      ObjectNode field = fields.putObject(FIELDS.get(i));
      field.put("accuracy", accuracy[i]);
      field.put("similarity", similarity[i]);
    }
    ObjectNode paragraphs = node.putObject("paragraphs");
    paragraphs.put("precision", s.paragraphPrecision());
    paragraphs.put("recall", s.paragraphRecall());
    paragraphs.put("f1", s.paragraphs());
    if (page.lost() == null) {
      node.putNull("characters");
    } else {
      ObjectNode characters = node.putObject("characters");
      characters.put("input", page.lost().input());
      characters.put("lost", page.lost().lost());
    }
    return node;
  }
}
