package io.github.baozhi.cli;

import static io.github.baozhi.cli.MainTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.baozhi.cli.MainTest.Result;
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
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failure modes of issue 12: no input damaged silently, no batch stopped by one input. Some
 * run the command in a JVM of its own, for what only a process shows (a closed standard input, a
 * small heap, a signal).
 */
class FailureModesTest {

  private static final String PAGE = MainTest.PAGE;

  /** Long enough for a JVM to start and convert a page on a busy 2-core machine. */
  private static final Duration PROCESS_TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path dir;

  private Path page(String name) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, PAGE, StandardCharsets.UTF_8);
    return file;
  }

  private record Exit(int code, String err) {}

  /** {@code baozhi ARGS} in a JVM of its own, through {@code sh -c} for the redirections given. */
  private Exit process(String redirections, List<String> jvm, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", "-c", "exec \"$@\" " + redirections, "sh"));
    command.addAll(baozhi(jvm, args));
    Process p = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(PROCESS_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    return new Exit(p.exitValue(), err);
  }

  /** The command that runs {@code baozhi ARGS} in a JVM with options {@code jvm}. */
  private static List<String> baozhi(List<String> jvm, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path")), Main.class.getName()));
    command.addAll(List.of(args));
    return command;
  }

  // Case 7

  @Test
  void aClosedStandardInputIsNoInputNotTheJdksOwnFile() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
    Exit closed = process("<&-", List.of(), "--format", "jsonl");
    assertThat(closed.code()).isEqualTo(2);
    assertThat(closed.err()).startsWith("baozhi: no input: standard input is closed; name a FILE");
    Result r = run((InputStream) null, "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("baozhi: no input: standard input is closed");
  }

  // Case 5

  @Test
  void theSizeLimitIsCountedWhileReadingStreamsDevicesAndFifos() throws Exception {
    Result piped = run(new ByteArrayInputStream(new byte[4096]), "--max-input-size", "1K");
    assertThat(piped.exitCode()).isEqualTo(1);
    assertThat(piped.err().strip())
        .isEqualTo("baozhi: -: input is over the --max-input-size limit of 1 KiB; raise the limit to parse it");
    Path zero = Path.of("/dev/zero");
    Assumptions.assumeTrue(Files.exists(zero), "needs /dev/zero");
    Result device = assertTimeoutPreemptively(PROCESS_TIMEOUT, () -> run("--max-input-size", "1K", zero.toString()));
    assertThat(device.exitCode()).isEqualTo(1);
    assertThat(device.err().strip())
        .isEqualTo("baozhi: /dev/zero: input is over the --max-input-size limit of 1 KiB; raise the limit to parse it");
  }

  // Case 8

  @Test
  void jsonlToAFileIsAtomicAndAStoppedRunLeavesNoTemporaryFile() throws Exception {
    Path out = dir.resolve("out.jsonl");
    Files.writeString(out, "the last run's lines\n");
    // Standard input that never ends: the run is stopped (SIGTERM, as SIGINT runs the same hooks)
    // while it waits, with its temporary file open.
    Process p = new ProcessBuilder(baozhi(List.of(), "--format", "jsonl", "-o", out.toString(), "-"))
        .redirectErrorStream(true).start();
    long deadline = System.nanoTime() + PROCESS_TIMEOUT.toNanos();
    while (temporaryFiles().isEmpty() && Files.size(out) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    p.destroy();
    assertThat(p.waitFor(PROCESS_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(out)).as("the old output stands until the new one is whole")
        .isEqualTo("the last run's lines\n");
    assertThat(temporaryFiles()).isEmpty();

    Result r = run("--format", "jsonl", "-o", out.toString(), page("a.txt").toString(), page("b.txt").toString());
    assertThat(r.exitCode()).isZero();
    assertThat(MainTest.records(Files.readString(out), "article")).hasSize(2);
    assertThat(temporaryFiles()).isEmpty();
  }

  private List<Path> temporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
    }
  }

  // Case 10

  @Test
  void eachFailureIsPrintedAsItHappensAndTheSummaryStillFollows() throws IOException {
    StringWriter err = new StringWriter();
    List<String> errWhenOutputCame = new ArrayList<>();
    OutputStream stdout = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        errWhenOutputCame.add(err.toString());
        super.write(b, off, len);
      }
    };
    Path missing = dir.resolve("missing.txt");
    Path bin = dir.resolve("bin.txt");
    Files.write(bin, new byte[] {'a', 0, 'b'});
    int code = Main.run(new String[] {"--format", "jsonl", missing.toString(), bin.toString(),
        page("a.txt").toString()}, InputStream.nullInputStream(), stdout, new PrintWriter(err));
    assertThat(code).isEqualTo(1);
    assertThat(errWhenOutputCame).first().asString().isEqualTo(
        "baozhi: " + missing + ": no such file\n"
            + "baozhi: " + bin + ": binary data, not text: NUL byte at byte offset 1\n");
    assertThat(err.toString().lines().toList()).last().asString()
        .startsWith("baozhi: 1 page, 1 article, 0 unassigned, 2 failed in ");
  }

  // Case 11

  @Test
  void outputFilesFollowTheUmask() throws IOException {
    Path out = dir.resolve("out");
    Path json = dir.resolve("one.json");
    Path jsonl = dir.resolve("all.jsonl");
    assertThat(run("-o", out.toString(), page("a.txt").toString(), page("b.txt").toString()).exitCode()).isZero();
    assertThat(run("-o", json.toString(), page("a.txt").toString()).exitCode()).isZero();
    assertThat(run("--format", "jsonl", "-o", jsonl.toString(), page("a.txt").toString()).exitCode()).isZero();
    Path plain = Files.writeString(dir.resolve("plain"), "as any new file is");
    String expected = PosixFilePermissions.toString(Files.getPosixFilePermissions(plain));
    for (Path file : List.of(out.resolve("a.json"), json, jsonl)) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString())
          .isEqualTo(expected);
    }
  }

  @Test
  void helpThatCannotBeWrittenIsAnError() {
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"--help"}, InputStream.nullInputStream(),
        MainTest.failingOutput("No space left on device"), new PrintWriter(err));
    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("baozhi: cannot write output: ");
  }

  @Test
  void aBadIssueDateSaysWhatADateLooksLike() throws IOException {
    Result r = run("--issue-date", "2024-13-01", page("a.txt").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().toList()).containsExactly(
        "baozhi: Invalid value for option '--issue-date': '2024-13-01' is not a date of the form"
            + " YYYY-MM-DD, such as 2024-01-31",
        "Try 'baozhi --help' for more information.");
  }

  @Test
  void aDirectoryWithoutRecursionIsNamed() throws IOException {
    page("pages/p.txt");
    Result r = run(dir.resolve("pages").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err().lines().toList())
        .containsExactly("baozhi: " + dir.resolve("pages") + ": is a directory (use -r to read the pages in it)");
  }

  @Test
  void oneOutputNameTooLongFailsThatInputInOneLineWithoutJavaNames() throws IOException {
    Path longName = page("a".repeat(251) + ".txt"); // 255 bytes; NAME.json is 256, over the limit
    Path out = dir.resolve("out");
    Result r = run("-o", out.toString(), longName.toString(), page("b.txt").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(out.resolve("b.json")).exists();
    List<String> err = r.err().lines().toList();
    assertThat(err).hasSize(2);
    assertThat(err.get(0)).isEqualTo("baozhi: " + longName + ": cannot write " + out.resolve("a".repeat(251)
        + ".json") + ": File name too long");
    assertThat(r.err()).doesNotContain("java.");
  }

  // Case 6

  @Test
  void recursionFollowsALinkGivenAndSaysWhenADirectoryHasNoPage() throws IOException {
    page("real/2024/p.txt");
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
    Path out = dir.resolve("out");
    Result r = run("-r", "-o", out.toString(), link.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(out.resolve("2024/p.json")).exists();
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("notes.md"), "not a page");
    Result none = run("-r", "-o", out.toString(), empty.toString());
    assertThat(none.exitCode()).isEqualTo(1);
    assertThat(none.err().strip()).isEqualTo("baozhi: " + empty + ": no file in it matches --glob '"
        + Main.DEFAULT_GLOB + "'");
  }

  // Case 2

  @Test
  void fileNamesThatAreNotTextKeepTheirBytesDistinct() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    // Java cannot name these files (their bytes are no UTF-8), so the shell makes them.
    Process mk = new ProcessBuilder("bash", "-c", "printf '%s' \"$0\" > $'\\xff.txt'; printf '%s' \"$0\" > $'\\xfe.txt'",
        PAGE).directory(pages.toFile()).start();
    assertThat(mk.waitFor()).isZero();
    Path out = dir.resolve("out");
    Result r = run("-r", "-q", "-o", out.toString(), pages.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(listBytes(out)).containsExactlyInAnyOrder("fe2e6a736f6e", "ff2e6a736f6e"); // \xfe.json, \xff.json
  }

  @Test
  void chineseFileNamesUnderTheCLocaleKeepTheirBytes() throws Exception {
    page("pages/报纸.txt");
    page("pages/新闻.txt");
    ProcessBuilder builder = new ProcessBuilder(baozhi(List.of(), "-r", "-q", "-o", "out", "pages"))
        .directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().put("LC_ALL", "C");
    builder.environment().remove("LANG");
    Process p = builder.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(PROCESS_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    assertThat(err).isEmpty();
    assertThat(p.exitValue()).isZero();
    assertThat(Files.exists(dir.resolve("out/报纸.json"))).isTrue();
    assertThat(Files.exists(dir.resolve("out/新闻.json"))).isTrue();
  }

  /** The names in {@code folder} as the hex of their bytes, as {@code ls} would see them. */
  private static List<String> listBytes(Path folder) throws IOException, InterruptedException {
    Process ls = new ProcessBuilder("bash", "-c", "for f in *; do printf '%s' \"$f\" | od -An -tx1 | tr -d ' \\n'; echo; done")
        .directory(folder.toFile()).start();
    String out = new String(ls.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertThat(ls.waitFor()).isZero();
    return out.lines().toList();
  }

  // Case 4

  @Test
  void aSubfolderThatCannotBeReadFailsAloneAndTheRestIsConverted() throws Exception {
    // A folder whose path is longer than the system's limit (4096 bytes) cannot be opened, even by
    // root, for whom no permission bits would do: made one level at a time from inside.
    String level = "d".repeat(250);
    StringBuilder script = new StringBuilder("cd tree");
    for (int i = 0; i < 18; i++) {
      script.append(" && mkdir ").append(level).append(" && cd ").append(level);
    }
    script.append(" && echo 本报讯 > deep.txt");
    page("tree/a.txt");
    page("tree/z.txt");
    // bash, not sh: dash's cd changes to the whole path, which is over the limit.
    Process mk = new ProcessBuilder("bash", "-c", script.toString()).directory(dir.toFile()).start();
    assertThat(mk.waitFor()).isZero();
    Path out = dir.resolve("out");
    Result r;
    try {
      r = run("-r", "-o", out.toString(), dir.resolve("tree").toString());
    } finally {
      // JUnit's clean-up walks by full path too, and would fail on the deep folders: rm does not.
      Process rm = new ProcessBuilder("rm", "-rf", "tree/" + level).directory(dir.toFile()).start();
      assertThat(rm.waitFor()).isZero();
    }
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(out.resolve("a.json")).exists();
    assertThat(out.resolve("z.json")).exists();
    List<String> err = r.err().lines().toList();
    assertThat(err).hasSize(2);
    assertThat(err.get(0)).startsWith("baozhi: " + dir.resolve("tree").resolve(level))
        .endsWith(": cannot read: File name too long");
    assertThat(err.get(1)).startsWith("baozhi: 2 pages, 2 articles, 0 unassigned, 1 failed");
  }

  @Test
  void aPageTooLargeForTheHeapFailsAloneBeforeItIsParsed() throws Exception {
    // 20 MiB: 4 times that is over a 64 MB heap.
    assertFailsAloneInASmallHeap("big.txt", "短行六个字\n".repeat(20 * 1024 * 1024 / 16),
        "baozhi: big\\.txt: a page of 20 MiB needs about 80 MiB of heap, more than the JVM's \\S+ MiB;"
            + " give it more \\(JAVA_OPTS=-Xmx…\\)");
  }

  @Test
  void aPageThatRunsOutOfMemoryFailsAloneAndTheNextIsConverted() throws Exception {
    // 12 MiB of bylines only, the hungriest shape: passes the check (4 bytes of heap a byte, 48
    // MiB), needs about 14 times its size (bench/memory.sh), 170 MB.
    assertFailsAloneInASmallHeap("bylines.txt", "（记者 周立）\n".repeat(12 * 1024 * 1024 / 20),
        "baozhi: bylines\\.txt: out of memory parsing this page of 12\\.0 MiB; give the JVM more heap"
            + " \\(JAVA_OPTS=-Xmx…\\)");
  }

  @Test
  void jsonWrittenIntoFilesAsItIsMadeIsTheJsonOfStandardOutput() throws IOException {
    Path a = page("a.txt");
    Path b = page("b.txt");
    for (String pretty : List.of("--pretty", "--no-pretty")) {
      String stdout = run(pretty, a.toString()).out();
      Path file = dir.resolve("one" + pretty + ".json");
      Path folder = dir.resolve("out" + pretty);
      assertThat(run(pretty, "-o", file.toString(), a.toString()).exitCode()).isZero();
      assertThat(run(pretty, "-o", folder.toString(), a.toString(), b.toString()).exitCode()).isZero();
      assertThat(Files.readString(file)).isEqualTo(stdout);
      assertThat(Files.readString(folder.resolve("a.json"))).isEqualTo(stdout);
    }
  }

  /** A page {@code name} of {@code text} fails with {@code message} in a 64 MB heap; the next converts. */
  private void assertFailsAloneInASmallHeap(String name, String text, String message) throws Exception {
    Files.writeString(dir.resolve(name), text);
    page("small.txt");
    Exit e = process("", List.of("-Xmx64m"), "-j", "1", "-o", "out", name, "small.txt");
    assertThat(e.code()).isEqualTo(1);
    assertThat(dir.resolve("out/small.json")).exists();
    List<String> err = e.err().lines().toList();
    assertThat(err).hasSize(2);
    assertThat(err.get(0)).matches(message);
    assertThat(err.get(1)).startsWith("baozhi: 1 page, 1 article, 0 unassigned, 1 failed");
  }
}
