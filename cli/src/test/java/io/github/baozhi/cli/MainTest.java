package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: inputs, outputs, formats and exit codes (README "Command line", {@code docs/contract.md}). */
class MainTest {

  static final String PAGE = String.join("\n",
      "零工市场开张",
      "",
      "本报讯 11月8日，全区首家零工市场",
      "正式开张运营，首批入驻用工单位四",
      "十二家。（周立）",
      "");

  @TempDir Path dir;

  record Result(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      return PageJson.mapper().readTree(out);
    }
  }

  static Result run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = Main.run(args, stdin, out, new PrintWriter(err));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  static Result run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  /** The JSONL records of {@code type} in {@code jsonl}, in order. */
  static List<JsonNode> records(String jsonl, String type) {
    return jsonl.lines().map(line -> {
      try {
        return PageJson.mapper().readTree(line);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).filter(record -> record.get("type").asText().equals(type)).toList();
  }

  private Path page(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Standard output that fails every write with {@code message}, as a closed pipe or full disk does. */
  static OutputStream failingOutput(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw new IOException(message);
      }
    };
  }

  @Test
  void aReaderThatGoesAwayStopsTheRunQuietly() throws IOException {
    Path page = page("a.txt", PAGE);
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--format", "jsonl", page.toString(), page.toString()},
        InputStream.nullInputStream(), failingOutput("Broken pipe"), new PrintWriter(err));
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void anOutputThatCannotBeWrittenIsOneErrorLine() throws IOException {
    Path page = page("a.txt", PAGE);
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--format", "jsonl", "-q", page.toString()},
        InputStream.nullInputStream(), failingOutput("No space left on device"), new PrintWriter(err));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString().lines())
        .containsExactly("baozhi: cannot write output: No space left on device");
  }

  @Test
  void oneFileGoesToStandardOutput() throws IOException {
    Path a = page("a.txt", PAGE);
    Result r = run(a.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode json = r.json();
    assertThat(json.get("source").asText()).isEqualTo(a.toString());
    assertThat(json.get("articles").get(0).get("headline").get("title").asText()).isEqualTo("零工市场开张");
    assertThat(json.get("articles").get(0).get("lines").toString()).isEqualTo("[1,5]");
  }

  @Test
  void noInputOrDashReadsStandardInput() throws IOException {
    for (String[] args : List.of(new String[0], new String[] {"-"})) {
      Result r = run(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)), args);
      assertThat(r.exitCode()).isZero();
      assertThat(r.json().get("source").asText()).isEqualTo("-");
      assertThat(r.json().get("articles")).hasSize(1);
    }
  }

  @Test
  void dashOutputFileIsWritten() throws IOException {
    Path out = dir.resolve("page.json");
    Result r = run("-o", out.toString(), page("a.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(PageJson.mapper().readTree(out.toFile()).get("articles")).hasSize(1);
  }

  @Test
  void anOutputThatIsNoRegularFileIsWrittenToNotReplaced() throws IOException {
    // -o /dev/null, through a link to it: renaming a file over the device would replace it.
    Path out = Files.createSymbolicLink(dir.resolve("null.json"), Path.of("/dev/null"));
    for (String format : List.of("json", "jsonl")) {
      Result r = run("--format", format, "-o", out.toString(), page("a.txt", PAGE).toString());

      assertThat(r.exitCode()).isZero();
      assertThat(out).isSymbolicLink();
      assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of("/dev/null"));
    }
  }

  @Test
  void aReviewPageGoesToTheOutputFileToo() throws IOException {
    Path out = dir.resolve("page.html");
    Result r = run("--format", "html", "-o", out.toString(), page("a.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>");
  }

  @Test
  void severalInputsGoIntoTheOutputDirectoryAsNameJson() throws IOException {
    Path out = dir.resolve("out");
    Result r = run("-o", out.toString(), page("a.txt", PAGE).toString(), page("b.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    assertThat(out.resolve("a.json")).exists();
    assertThat(out.resolve("b.json")).exists();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.json", "b.json");
    }
  }

  @Test
  void severalInputsWithoutAnOutputDirectoryAreAUsageError() throws IOException {
    Result r = run(page("a.txt", PAGE).toString(), page("b.txt", PAGE).toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("baozhi: several inputs need -o DIR");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aFormatThatWritesOneStreamRefusesAnOutputDirectory() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    for (String format : List.of("jsonl", "csv")) {
      Result r = run("--format", format, "-o", out.toString(), page("a.txt", PAGE).toString(),
          page("b.txt", PAGE).toString());
      assertThat(r.exitCode()).as(format).isEqualTo(2);
      assertThat(r.err()).as(format).startsWith("baozhi: --format " + format
          + " writes one stream: -o must name a file, not the directory");
      assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
    try (var files = Files.list(out)) {
      assertThat(files).as("nothing written into the directory").isEmpty();
    }
  }

  @Test
  void aMissingFileFailsThatInputOnlyWithExitCodeOne() throws IOException {
    Path out = dir.resolve("out");
    Result r = run("-o", out.toString(), page("a.txt", PAGE).toString(), dir.resolve("nope.txt").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(out.resolve("a.json")).exists();
    List<String> err = r.err().lines().toList();
    assertThat(err).hasSize(2);
    assertThat(err.get(0)).isEqualTo("baozhi: " + dir.resolve("nope.txt") + ": no such file");
    assertThat(err.get(1)).matches("baozhi: 1 page, 1 article, 0 unassigned, 1 failed in \\S+ s \\(\\S+ MB/s\\)");
  }

  @Test
  void aDirectoryNeedsRecursion() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages/2024"));
    Files.writeString(pages.resolve("p1.txt"), PAGE);
    Path out = dir.resolve("out");
    Result without = run("-o", out.toString(), dir.resolve("pages").toString());
    assertThat(without.exitCode()).isEqualTo(1);
    assertThat(without.err()).contains("is a directory (use -r");
    Result with = run("-r", "-o", out.toString(), dir.resolve("pages").toString());
    assertThat(with.exitCode()).isZero();
    assertThat(out.resolve("2024/p1.json")).exists();
  }

  @Test
  void jsonlWritesForEachPageItsRecordThenItsArticlesUnassignedPiecesAndDiagnostics()
      throws IOException {
    String text = "二泉月\n\n" + PAGE;
    Path a = page("a.txt", text);
    Result r = run("--format", "jsonl", "--issue-date", "2024-11-09", a.toString(),
        page("b.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    List<String> types = r.out().lines().map(line -> {
      try {
        return PageJson.mapper().readTree(line).get("type").asText();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    assertThat(String.join(",", types))
        .matches("page,article,unassigned(,diagnostic)*,page,article(,diagnostic)*");
    assertThat(records(r.out(), "page")).extracting(p -> p.get("source").asText())
        .containsExactly(a.toString(), dir.resolve("b.txt").toString());
    JsonNode first = records(r.out(), "page").get(0);
    assertThat(first.get("articles").asInt()).isEqualTo(1);
    assertThat(first.get("unassigned").asInt()).isEqualTo(1);
    List<JsonNode> articles = records(r.out(), "article");
    assertThat(articles).hasSize(2);
    assertThat(articles.get(0).get("index").asInt()).isEqualTo(1);
    assertThat(articles.get(1).get("source").asText()).isEqualTo(dir.resolve("b.txt").toString());
    assertThat(records(r.out(), "unassigned")).singleElement()
        .satisfies(piece -> assertThat(piece.get("text").asText()).isEqualTo("二泉月"));
    JsonNode page = run("--issue-date", "2024-11-09", a.toString()).json();
    assertThat(records(r.out(), "diagnostic")).hasSize(page.get("diagnostics").size());
  }

  @Test
  void theSourceIsThePathRelativeToTheInputRoot() throws IOException {
    page("root/a/p.txt", PAGE);
    page("root/b/p.txt", PAGE);
    Result walked = run("--format", "jsonl", "-r", dir.resolve("root").toString());
    assertThat(records(walked.out(), "page")).extracting(p -> p.get("source").asText())
        .containsExactly("a" + java.io.File.separator + "p.txt", "b" + java.io.File.separator + "p.txt");
    Path named = dir.resolve("root/a/p.txt");
    assertThat(run(named.toString()).json().get("source").asText()).isEqualTo(named.toString());
    Path out = dir.resolve("out");
    assertThat(run("-o", out.toString(), "-r", dir.resolve("root").toString()).exitCode()).isZero();
    assertThat(PageJson.mapper().readTree(out.resolve("b/p.json").toFile()).get("source").asText())
        .isEqualTo("b" + java.io.File.separator + "p.txt");
  }

  @Test
  void issueDateResolvesTheYear() throws IOException {
    Result r = run("--issue-date", "2024-11-09", page("a.txt", PAGE).toString());
    assertThat(r.json().get("articles").get(0).get("dateline").get("date").asText()).isEqualTo("2024-11-08");
  }

  @Test
  void badOptionValuesAreUsageErrors() throws IOException {
    assertThat(run("--issue-date", "yesterday", page("a.txt", PAGE).toString()).exitCode()).isEqualTo(2);
    assertThat(run("--encoding", "klingon", page("a.txt", PAGE).toString()).exitCode()).isEqualTo(2);
    assertThat(run("--format", "xml", page("a.txt", PAGE).toString()).exitCode()).isEqualTo(2);
    assertThat(run("--no-such-option").exitCode()).isEqualTo(2);
  }

  @Test
  void undecodableBytesNameTheFileAndOffset() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xE6, (byte) 0x9C, (byte) 0xAC, (byte) 0xFF, 0x41});
    Result r = run("--encoding", "UTF-8", bad.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("baozhi: " + bad + ": input is not valid UTF-8 at byte offset 3"
        + "; --replace-bad-bytes reads it with U+FFFD in their place");
  }

  @Test
  void aPageWithABadByteFailsAloneUnlessBadBytesAreReplaced() throws IOException {
    Path bad = dir.resolve("bad.txt");
    byte[] good = PAGE.getBytes(StandardCharsets.UTF_8);
    int at = "零工市场开张\n\n本报讯 11月8日，".getBytes(StandardCharsets.UTF_8).length;
    byte[] damaged = new byte[good.length + 1];
    System.arraycopy(good, 0, damaged, 0, at);
    damaged[at] = (byte) 0xFF;
    System.arraycopy(good, at, damaged, at + 1, good.length - at);
    Files.write(bad, damaged);
    Path fine = page("fine.txt", PAGE);
    Result r = run("--format", "jsonl", "-q", bad.toString(), fine.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines().toList()).containsExactly("baozhi: " + bad + ": input is not valid UTF-8 at"
        + " byte offset " + at + " (a UTF-8 page with 1 invalid byte sequence, at byte offset " + at + ");"
        + " --replace-bad-bytes reads it with U+FFFD in their place",
        "baozhi: 1 of 2 inputs failed");
    assertThat(records(r.out(), "page")).singleElement()
        .satisfies(page -> assertThat(page.get("source").asText()).isEqualTo(fine.toString()));

    String diagnostic = "1 invalid byte sequence, at byte offset " + at + " of UTF-8 replaced with U+FFFD";
    Result replaced = run("--format", "jsonl", "--replace-bad-bytes", bad.toString());
    assertThat(replaced.exitCode()).isZero();
    JsonNode line = records(replaced.out(), "article").get(0);
    assertThat(line.get("body").get(0).asText()).startsWith("11月8日，\uFFFD全区");
    assertThat(line.get("diagnostics").get(0).get("code").asText()).isEqualTo("bad-bytes-replaced");
    assertThat(line.get("diagnostics").get(0).get("message").asText()).isEqualTo(diagnostic);
    JsonNode page = run("--replace-bad-bytes", bad.toString()).json();
    assertThat(page.get("diagnostics").get(0).get("message").asText()).isEqualTo(diagnostic);
    assertThat(records(replaced.out(), "diagnostic")).singleElement()
        .satisfies(d -> assertThat(d.get("message").asText()).isEqualTo(diagnostic));
    assertThat(records(run("--format", "jsonl", fine.toString()).out(), "article").get(0)
        .has("diagnostics")).isFalse();
  }

  @Test
  void helpAndVersionWork() {
    Result help = run("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: baozhi").contains("Examples:").contains("--issue-date");
    Result version = run("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("baozhi ");
  }

  /**
   * The usage messages, exactly. picocli's model is built in code ({@code Main.commandLine}); these
   * are the messages its annotated model printed before, so that an option or description changed
   * by mistake shows here (a change on purpose rewrites the file).
   */
  @Test
  void theUsageMessagesAreExactlyTheDocumentedOnes() throws IOException {
    assertThat(run("--help").out()).isEqualTo(resource("usage-baozhi.txt"));
    assertThat(run("score", "--help").out()).isEqualTo(resource("usage-score.txt"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = MainTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** As picocli reads a boolean field: the flag alone, or with {@code =true} or {@code =false}. */
  @Test
  void aFlagTakesAnAttachedTrueOrFalse() throws IOException {
    Path file = page("a.txt", PAGE);
    Result pretty = run("--pretty=true", file.toString());
    assertThat(pretty.exitCode()).isZero();
    assertThat(pretty.out().lines().count()).isGreaterThan(5);
    assertThat(run("--pretty=false", file.toString()).out().strip().lines().count()).isEqualTo(1);
    assertThat(run("--quiet=true", file.toString()).exitCode()).isZero();
    Result bad = run("--keep-ocr-spaces=yes", file.toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).isEqualTo("baozhi: Invalid value for option '--keep-ocr-spaces': 'yes' is"
        + " not a boolean\nTry 'baozhi --help' for more information.\n");
  }

  @Test
  void prettyIndentsAndNoPrettyDoesNot() throws IOException {
    Path file = page("a.txt", PAGE);
    assertThat(run("--pretty", file.toString()).out().lines().count()).isGreaterThan(5);
    assertThat(run("--no-pretty", file.toString()).out().strip().lines().count()).isEqualTo(1);
  }

  private static void assertNoStackTrace(Result r) {
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("Usage:");
  }

  @Test
  void emptyAndWhitespaceOnlyInputAreValidEmptyPages() throws IOException {
    for (String text : List.of("", " \n\u3000\n\t\n")) {
      Result r = run(page("blank.txt", text).toString());
      assertThat(r.exitCode()).isZero();
      assertThat(r.json().get("articles")).isEmpty();
      assertThat(r.json().get("unassigned")).isEmpty();
    }
  }

  @Test
  void binaryDataIsRefusedWithTheOffset() throws IOException {
    Path bin = dir.resolve("image.txt");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
    Result r = run(bin.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("baozhi: " + bin + ": binary data, not text: NUL byte at byte offset 8");
    assertNoStackTrace(r);
  }

  @Test
  void anUnreadableFileFailsWithOneLine() {
    Path mem = Path.of("/proc/self/mem");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(mem), "needs Linux /proc to have an unreadable file as root");
    Result r = run(mem.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("baozhi: /proc/self/mem: cannot read: ");
    assertThat(r.err().strip().lines()).hasSize(1);
    assertNoStackTrace(r);
  }

  @Test
  void pagesOverTheSizeLimitAreRefusedBeforeTheyAreRead() throws IOException {
    Path big = page("big.txt", "本报讯 全区首家零工市场开张。\n".repeat(100));
    Result r = run("--max-input-size", "1K", big.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo(
        "baozhi: " + big + ": input is 4.3 KiB, over the --max-input-size limit of 1 KiB; raise the limit to parse it");
    Result piped = run(new ByteArrayInputStream(Files.readAllBytes(big)), "--max-input-size", "1K");
    assertThat(piped.exitCode()).isEqualTo(1);
    assertThat(piped.err()).contains("over the --max-input-size limit of 1 KiB");
    assertNoStackTrace(piped);
  }

  @Test
  void aBadSizeIsAUsageErrorWithoutTheWholeHelp() throws IOException {
    Result r = run("--max-input-size", "lots", page("a.txt", PAGE).toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly(
        "baozhi: Invalid value for option '--max-input-size': 'lots' is not a size; use a number of bytes or one like 64MiB or 1G",
        "Try 'baozhi --help' for more information.");
  }

  @Test
  void oneBadFileInABatchDoesNotStopTheOthers() throws IOException {
    Path out = dir.resolve("out");
    Path bin = dir.resolve("bin.txt");
    Files.write(bin, new byte[] {'a', 0, 'b'});
    Result r = run("-o", out.toString(), page("a.txt", PAGE).toString(), bin.toString(),
        page("c.txt", PAGE).toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(out.resolve("a.json")).exists();
    assertThat(out.resolve("c.json")).exists();
    assertThat(out.resolve("bin.json")).doesNotExist();
    List<String> err = r.err().lines().toList();
    assertThat(err).hasSize(2);
    assertThat(err.get(0)).isEqualTo("baozhi: " + bin + ": binary data, not text: NUL byte at byte offset 1");
    assertThat(err.get(1)).startsWith("baozhi: 2 pages, 2 articles, 0 unassigned, 1 failed in ");
  }

  @Test
  void outputNamesNeverLeaveTheOutputDirectory() throws IOException {
    Path nested = Files.createDirectories(dir.resolve("in/deep"));
    Path input = nested.resolve("p.txt");
    Files.writeString(input, PAGE);
    Path out = dir.resolve("out");
    Result r = run("-o", out.toString(), dir.resolve("in/deep/../deep/p.txt").toString(), page("q.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    try (var files = Files.walk(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith(".json")))
          .allMatch(p -> p.startsWith(out));
    }
  }

  @Test
  void noTemporaryFilesAreLeftBehind() throws IOException {
    Path out = dir.resolve("out");
    run("-o", out.toString(), page("a.txt", PAGE).toString(), page("b.txt", PAGE).toString());
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void outputOrderIsTheSameForAnyNumberOfWorkers() throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("--format", "jsonl", "-q"));
    for (int i = 0; i < 30; i++) {
      args.add(page(String.format("p%02d.txt", i), PAGE.replace("十二家", i + "家")).toString());
    }
    Result one = run(args.toArray(String[]::new));
    args.add(0, "-j");
    args.add(1, "4");
    Result four = run(args.toArray(String[]::new));
    assertThat(four.exitCode()).isZero();
    assertThat(four.out()).isEqualTo(one.out());
    assertThat(records(four.out(), "article")).hasSize(30);
    assertThat(four.err()).isEmpty();
  }

  @Test
  void aBatchEndsWithASummaryLineUnlessQuiet() throws IOException {
    Path out = dir.resolve("out");
    Result r = run("-o", out.toString(), page("a.txt", PAGE).toString(), page("b.txt", PAGE).toString());
    assertThat(r.err().strip()).matches(
        "baozhi: 2 pages, 2 articles, 0 unassigned, 0 failed in \\S+ s \\(\\S+ MB/s\\)");
    Result quiet = run("-q", "-o", out.toString(), page("a.txt", PAGE).toString(), page("b.txt", PAGE).toString());
    assertThat(quiet.err()).isEmpty();
  }

  @Test
  void globSelectsTheFilesOfADirectory() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("a.ocr"), PAGE);
    Files.writeString(pages.resolve("b.txt"), PAGE);
    Path out = dir.resolve("out");
    Result r = run("-r", "-q", "--glob", "*.ocr", "-o", out.toString(), pages.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(out.resolve("a.json")).exists();
    assertThat(out.resolve("b.json")).doesNotExist();
  }

  @Test
  void zeroWorkersIsAUsageError() throws IOException {
    assertThat(run("-j", "0", page("a.txt", PAGE).toString()).exitCode()).isEqualTo(2);
  }

  @Test
  void dashAsOutputIsStandardOutput() throws IOException {
    Result r = run("-o", "-", page("a.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.json().get("articles")).hasSize(1);
  }

  // Engine output with coordinates: hOCR, ALTO, PAGE XML, PaddleOCR JSON.

  private static final Path TESTDATA = Path.of(System.getProperty("testdata.dir", "../testdata"));
  private static final Path SAMPLES = TESTDATA.resolve("engine/samples");
  static final String P1 = "001_c82f54578a695e9c";
  private static final String P3 = "003_c87d14da307c1518";

  static Path sample(String folder, String name) {
    String extension = switch (folder) {
      case "hocr" -> ".hocr";
      case "paddle" -> ".json";
      default -> ".xml";
    };
    return SAMPLES.resolve(folder).resolve(name + extension);
  }

  /** A copy of {@code file} in the test's folder as {@code name}. */
  private Path copy(Path file, String name) throws IOException {
    Path target = dir.resolve(name);
    Files.createDirectories(target.getParent());
    return Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** An hOCR file of two pages: the two sample pages, one {@code ocr_page} after the other. */
  private Path twoPageHocr(String name) throws IOException {
    return twoPageHocr(dir, name);
  }

  /** {@link #twoPageHocr(String)} in {@code folder}, for the tests of other formats. */
  static Path twoPageHocr(Path folder, String name) throws IOException {
    String first = Files.readString(sample("hocr", P1));
    String second = Files.readString(sample("hocr", P3));
    String secondPage = second.substring(second.indexOf("<body>") + "<body>".length(), second.indexOf("</body>"));
    return Files.writeString(folder.resolve(name), first.replace("</body>", secondPage + "</body>"));
  }

  /** An ALTO file of two pages: the second sample's {@code Page} added to the first's layout. */
  private Path twoPageAlto(String name) throws IOException {
    String first = Files.readString(sample("alto", P1));
    String second = Files.readString(sample("alto", P3));
    String secondPage = second.substring(second.indexOf("<Page "), second.indexOf("</Layout>"));
    return page(name, first.replace("</Layout>", secondPage + "</Layout>"));
  }

  private static List<String> names(Path folder) throws IOException {
    try (var files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()).sorted().toList();
    }
  }

  @Test
  void everyEngineFormatIsReadFromItsContent() throws IOException {
    for (Path input : List.of(sample("hocr", P1), sample("alto", P1), sample("paddle", P1),
        TESTDATA.resolve("engine/dev/page/dev01_bands.xml"))) {
      Result r = run(input.toString());
      assertThat(r.exitCode()).as("%s", input).isZero();
      assertThat(r.err()).isEmpty();
      JsonNode json = r.json();
      assertThat(json.get("source").asText()).isEqualTo(input.toString());
      assertThat(json.get("page").get("unit").asText()).isEqualTo("pixel");
      assertThat(json.get("articles")).isNotEmpty();
    }
  }

  @Test
  void standardInputIsSniffedToo() throws IOException {
    Result r = run(Files.newInputStream(sample("paddle", P3)));
    assertThat(r.exitCode()).isZero();
    assertThat(r.json().get("source").asText()).isEqualTo("-");
    assertThat(r.json().get("page").get("engine").asText()).isEqualTo("PaddleOCR");
  }

  @Test
  void engineInputGetsThePageAndEachPieceItsBoxesAndConfidence() throws IOException {
    JsonNode json = run(sample("hocr", P1).toString()).json();
    assertThat(json.fieldNames()).toIterable()
        .containsExactly("source", "page", "articles", "unassigned", "diagnostics");
    JsonNode page = json.get("page");
    assertThat(page.toString()).isEqualTo("{\"width\":1950,\"height\":2443,\"unit\":\"pixel\","
        + "\"image\":\"img/" + P1 + ".png\",\"engine\":\"tesseract 5.3.0\"}");
    for (JsonNode article : json.get("articles")) {
      assertThat(article.get("boxes")).isNotEmpty().allSatisfy(box -> assertThat(box).hasSize(4));
      JsonNode confidence = article.get("confidence");
      assertThat(confidence.get("mean").asDouble()).isBetween(confidence.get("min").asDouble(), 1.0);
      // three decimals at most
      assertThat(confidence.get("mean").asText()).matches("[01](\\.[0-9]{1,3})?");
    }
    for (JsonNode piece : json.get("unassigned")) {
      assertThat(piece.get("boxes")).isNotEmpty();
    }
    String jsonl = run("--format", "jsonl", sample("hocr", P1).toString()).out();
    assertThat(records(jsonl, "article").get(0).get("boxes")).isEqualTo(json.get("articles").get(0).get("boxes"));
    assertThat(records(jsonl, "unassigned")).allSatisfy(piece -> assertThat(piece.get("boxes")).isNotEmpty());
    assertThat(records(jsonl, "page").get(0).get("page")).isEqualTo(page);
  }

  @Test
  void textInputHasNoPageBoxesOrConfidence() throws IOException {
    JsonNode json = run(page("a.txt", PAGE).toString()).json();
    assertThat(json.fieldNames()).toIterable().containsExactly("source", "articles", "unassigned", "diagnostics");
    assertThat(json.get("articles").get(0).fieldNames()).toIterable()
        .containsExactly("headline", "dateline", "body", "byline", "lines");
    String jsonl = run("--format", "jsonl", page("a.txt", PAGE).toString()).out();
    assertThat(records(jsonl, "article").get(0).has("boxes")).isFalse();
    assertThat(records(jsonl, "page").get(0).has("page")).isFalse();
  }

  @Test
  void inputFormatOverridesSniffing() throws IOException {
    Path hocr = sample("hocr", P1);
    Result asText = run("--input-format", "text", hocr.toString());
    assertThat(asText.exitCode()).isZero();
    assertThat(asText.json().has("page")).isFalse();
    assertThat(asText.json().get("source").asText()).isEqualTo(hocr.toString());
    Result asAlto = run("--input-format", "alto", hocr.toString());
    assertThat(asAlto.exitCode()).isEqualTo(1);
    assertThat(asAlto.err().lines()).hasSize(1);
    assertThat(asAlto.err()).startsWith("baozhi: " + hocr + ": not valid ALTO: ");
    assertNoStackTrace(asAlto);
    Result badName = run("--input-format", "pdf", hocr.toString());
    assertThat(badName.exitCode()).isEqualTo(2);
    assertThat(badName.err().lines()).containsExactly(
        "baozhi: --input-format must be auto, text, hocr, alto, page or paddle, not 'pdf'",
        "Try 'baozhi --help' for more information.");
  }

  @Test
  void aFileThatIsNotTheEngineOutputItsNamePromisesIsOneErrorLine() throws IOException {
    Path out = dir.resolve("out");
    Path meta = page("meta.json", "{\"title\": \"本报讯\"}\n");
    Path svg = page("logo.xml", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    Path site = page("index.html", "<html><body><p>本报讯 全区首家零工市场开张。</p></body></html>\n");
    Result r = run("-o", out.toString(), meta.toString(), svg.toString(), site.toString(),
        page("a.txt", PAGE).toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines().toList()).startsWith(
        "baozhi: " + meta + ": not PaddleOCR JSON, the only JSON baozhi reads; name the format with"
            + " --input-format to read it anyway",
        "baozhi: " + svg + ": neither ALTO nor PAGE XML, the XML baozhi reads; name the format with"
            + " --input-format to read it anyway",
        "baozhi: " + site + ": not hOCR, the only HTML baozhi reads; name the format with"
            + " --input-format to read it anyway");
    assertThat(names(out)).containsExactly("a.json");
    Result named = run("--input-format", "text", meta.toString());
    assertThat(named.exitCode()).isZero();
    assertThat(named.json().get("unassigned")).isNotEmpty();
  }

  @Test
  void malformedEngineFilesFailOneLineEachAndTheBatchGoesOn() throws IOException {
    String hocr = Files.readString(sample("hocr", P1));
    Path truncated = page("truncated.hocr", hocr.substring(0, hocr.length() / 2).replace("bbox 624", "bbox x"));
    Path notPaddle = page("list.json", "[{\"text\": \"本报讯\", \"box\": [1, 2]}]\n");
    String paddle = Files.readString(sample("paddle", P1));
    Path cut = page("cut.json", paddle.substring(0, paddle.length() / 2));
    Path good = copy(sample("paddle", P1), "good.json");
    Path out = dir.resolve("out");
    Result r = run("-o", out.toString(), truncated.toString(), notPaddle.toString(), cut.toString(),
        good.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    List<String> err = r.err().lines().toList();
    assertThat(err).hasSize(4);
    assertThat(err.get(0)).startsWith("baozhi: " + truncated + ": not valid hOCR: ");
    assertThat(err.get(1)).startsWith("baozhi: " + notPaddle + ": not PaddleOCR JSON");
    assertThat(err.get(2)).startsWith("baozhi: " + cut + ": not valid PaddleOCR JSON: ");
    assertThat(err.get(3)).startsWith("baozhi: 1 page, ").contains(" 3 failed in ");
    assertThat(names(out)).containsExactly("good.json");
    assertNoStackTrace(r);
  }

  @Test
  void aMultiPageFileWritesOneDocumentPerPage() throws IOException {
    Path book = twoPageHocr("book.hocr");
    Path out = dir.resolve("out");
    Result r = run("-o", out.toString(), book.toString(), twoPageAlto("scan.xml").toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).startsWith("baozhi: 4 pages, ");
    assertThat(names(out)).containsExactly("book.page1.json", "book.page2.json", "scan.page1.json", "scan.page2.json");
    assertThat(PageJson.mapper().readTree(out.resolve("book.page2.json").toFile()).get("source").asText())
        .isEqualTo(book + "#page=2");
    assertThat(PageJson.mapper().readTree(out.resolve("scan.page1.json").toFile()).get("page").get("height").asInt())
        .isEqualTo(2443);
    assertThat(PageJson.mapper().readTree(out.resolve("scan.page2.json").toFile()).get("page").get("height").asInt())
        .isEqualTo(3142);

    Result stdout = run("--no-pretty", book.toString());
    assertThat(stdout.out().lines().map(line -> {
      try {
        return PageJson.mapper().readTree(line).get("source").asText();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    })).containsExactly(book + "#page=1", book + "#page=2");
    Result jsonl = run("--format", "jsonl", book.toString());
    assertThat(records(jsonl.out(), "page")).extracting(p -> p.get("source").asText())
        .containsExactly(book + "#page=1", book + "#page=2");
    Result text = run("--format", "text", book.toString());
    assertThat(text.out().split("\f")).hasSize(2);
  }

  @Test
  void aMixedDirectoryIsReadWithRecursion() throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.writeString(pages.resolve("a.txt"), PAGE);
    copy(sample("hocr", P1), "pages/b.hocr");
    copy(sample("hocr", P3), "pages/2024/c.html");
    copy(sample("alto", P1), "pages/d.xml");
    copy(TESTDATA.resolve("engine/dev/page/dev01_bands.xml"), "pages/e.xml");
    copy(sample("paddle", P3), "pages/f.json");
    Files.writeString(pages.resolve("notes.md"), "not a page");
    Path out = dir.resolve("out");
    Result r = run("-r", "-q", "-o", out.toString(), pages.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(names(out)).containsExactly("2024/c.json", "a.json", "b.json", "d.json", "e.json", "f.json");
    assertThat(PageJson.mapper().readTree(out.resolve("a.json").toFile()).has("page")).isFalse();
    assertThat(PageJson.mapper().readTree(out.resolve("2024/c.json").toFile()).has("page")).isTrue();
  }

  @Test
  void twoInputsThatWouldWriteOneFileAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path txt = page("p.txt", PAGE);
    Path hocr = copy(sample("hocr", P1), "p.hocr");
    Path out = dir.resolve("out");
    Result r = run("-o", out.toString(), page("a.txt", PAGE).toString(), txt.toString(), hocr.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly(
        "baozhi: " + txt + " and " + hocr + " would both write " + out.resolve("p.json")
            + "; rename one or convert them separately",
        "Try 'baozhi --help' for more information.");
    assertThat(out).doesNotExist();
    Result paged = run("-o", out.toString(), hocr.toString(), page("p.page1.txt", PAGE).toString());
    assertThat(paged.exitCode()).as("p.hocr may have pages, whose p.page1.json p.page1.txt writes too").isEqualTo(2);
    assertThat(paged.err()).contains("would both write " + out.resolve("p.page1.json"));
  }

  @Test
  void engineInputAsTextIsItsReadingOrderWhoseLinesTheJsonCounts() throws IOException {
    Path alto = sample("alto", P1);
    Result text = run("--format", "text", alto.toString());
    assertThat(text.exitCode()).isZero();
    List<String> lines = text.out().lines().toList();
    JsonNode article = run(alto.toString()).json().get("articles").get(0);
    String title = article.get("headline").get("title").asText();
    assertThat(lines.get(article.get("lines").get(0).asInt() - 1).replace(" ", "")).isEqualTo(title);
    assertThat(text.out()).isEqualTo(io.github.baozhi.PageParser.create().readingOrder(
        io.github.baozhi.ocr.OcrReader.read(Files.readAllBytes(alto), io.github.baozhi.ocr.InputFormat.ALTO).get(0)));
  }

  @Test
  void textInputAsTextHasItsLineEndsNormalised() throws IOException {
    Path crlf = dir.resolve("crlf.txt");
    Files.write(crlf, ("\uFEFF" + PAGE.replace("\n", "\r\n").strip()).getBytes(StandardCharsets.UTF_8));
    Result r = run("--format", "text", crlf.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEqualTo(PAGE);
  }

  @Test
  void severalInputsAsTextGoIntoTheDirectoryButNeverOverAnInput() throws IOException {
    Path out = dir.resolve("out");
    Result r = run("--format", "text", "-o", out.toString(), sample("hocr", P1).toString(),
        page("a.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    assertThat(names(out)).containsExactly(P1 + ".txt", "a.txt");
    assertThat(r.err().strip()).as("nothing is parsed, so there are no articles to count")
        .matches("baozhi: 2 pages, 0 failed in \\S+ s \\(\\S+ MB/s\\)");
    Path input = page("b.txt", PAGE);
    Result over = run("--format", "text", "-o", dir.toString(), input.toString(), sample("paddle", P1).toString());
    assertThat(over.exitCode()).isEqualTo(2);
    assertThat(over.err()).startsWith("baozhi: writing " + dir.resolve("b.txt") + " would overwrite the input "
        + input + "; choose another -o DIR");
    assertThat(Files.readString(input)).isEqualTo(PAGE);
  }

  @Test
  void anOutputFileThatIsTheInputIsRefused() throws IOException {
    Path input = page("a.txt", PAGE);
    Result r = run("--format", "text", "-o", input.toString(), input.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("baozhi: -o " + input + " would overwrite the input " + input);
  }

  @Test
  void theReviewOfEngineInputDrawsEveryBoxOverThePageImage() throws IOException {
    Path out = dir.resolve("out");
    Result r = run("--format", "html", "-o", out.toString(), sample("hocr", P1).toString(),
        copy(sample("alto", P3), "elsewhere/p3.xml").toString());
    assertThat(r.exitCode()).isZero();
    JsonNode json = run(sample("hocr", P1).toString()).json();
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(out.resolve(P1 + ".html").toFile());
    assertThat(doc.select("#articles article")).hasSize(json.get("articles").size());
    for (int i = 0; i < json.get("articles").size(); i++) {
      assertThat(doc.select("svg rect.box[data-article=a" + (i + 1) + "]"))
          .hasSize(json.get("articles").get(i).get("boxes").size());
    }
    int unassignedBoxes = 0;
    for (JsonNode piece : json.get("unassigned")) {
      unassignedBoxes += piece.get("boxes").size();
    }
    assertThat(doc.select("svg rect.box.unassigned")).hasSize(unassignedBoxes);
    assertThat(doc.select("svg rect.box[data-article=a1] > title").first().text())
        .isEqualTo(json.get("articles").get(0).get("headline").get("title").asText());
    assertThat(doc.select("svg").attr("viewBox")).isEqualTo("0 0 1950 2443");
    assertThat(doc.select("svg image.scan").attr("href")).startsWith("data:image/png;base64,iVBOR");
    org.jsoup.nodes.Document moved = org.jsoup.Jsoup.parse(out.resolve("p3.html").toFile());
    assertThat(moved.select("svg image")).isEmpty();
    assertThat(moved.select("svg rect.outline")).hasSize(1);
    assertThat(moved.select(".image-note").text()).contains("img/" + P3 + ".png");
  }

  @Test
  void theReviewOfAMultiPageFileToOneOutputHoldsEveryPage() throws IOException {
    Path book = twoPageHocr("book.hocr");
    Result r = run("--format", "html", book.toString());
    assertThat(r.exitCode()).isZero();
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(r.out());
    assertThat(doc.select("div.page")).hasSize(2);
    assertThat(doc.select("#p2-source h1").text()).isEqualTo(book + "#page=2");
    assertThat(doc.select("#p2-articles article").first().id()).isEqualTo("p2-a1");
  }

  @Test
  void bashCompletionIsGenerated() {
    Result r = run("completion", "bash");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("complete -F").contains("--issue-date");
  }
}
