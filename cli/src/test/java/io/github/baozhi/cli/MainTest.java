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

/** The command line of {@code shared/contract.md}: inputs, outputs, formats and exit codes. */
class MainTest {

  private static final String PAGE = String.join("\n",
      "零工市场开张",
      "",
      "本报讯 11月8日，全区首家零工市场",
      "正式开张运营，首批入驻用工单位四",
      "十二家。（周立）",
      "");

  @TempDir Path dir;

  private record Result(int exitCode, String out, String err) {
    JsonNode json() throws IOException {
      return PageJson.mapper().readTree(out);
    }
  }

  private static Result run(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int code = Main.run(args, stdin, out, new PrintWriter(err));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
  }

  private static Result run(String... args) {
    return run(InputStream.nullInputStream(), args);
  }

  private Path page(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** Standard output that fails every write with {@code message}, as a closed pipe or full disk does. */
  private static OutputStream failingOutput(String message) {
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
    Result r = run(page("a.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode json = r.json();
    assertThat(json.get("source").asText()).isEqualTo("a.txt");
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
  void aMissingFileFailsThatInputOnlyWithExitCodeOne() throws IOException {
    Path out = dir.resolve("out");
    Result r = run("-o", out.toString(), page("a.txt", PAGE).toString(), dir.resolve("nope.txt").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(out.resolve("a.json")).exists();
    List<String> err = r.err().lines().toList();
    assertThat(err).hasSize(2);
    assertThat(err.get(0)).isEqualTo("baozhi: " + dir.resolve("nope.txt") + ": no such file");
    assertThat(err.get(1)).matches("baozhi: 1 pages, 1 articles, 0 unassigned, 1 failed in \\S+ s \\(\\S+ MB/s\\)");
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
  void jsonlWritesOneArticlePerLineWithItsSource() throws IOException {
    Result r = run("--format", "jsonl", page("a.txt", PAGE).toString(), page("b.txt", PAGE).toString());
    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(PageJson.mapper().readTree(lines.get(1)).get("source").asText()).isEqualTo("b.txt");
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
    assertThat(r.err().strip()).isEqualTo("baozhi: " + bad + ": input is not valid UTF-8 at byte offset 3");
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
    assertThat(four.out().lines()).hasSize(30);
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

  @Test
  void bashCompletionIsGenerated() {
    Result r = run("completion", "bash");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("complete -F").contains("--issue-date");
  }
}
