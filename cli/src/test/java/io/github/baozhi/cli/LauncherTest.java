package io.github.baozhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/baozhi}: its first run builds with a stand-in {@code mvn} and says so in one line
 * (issue 14, part 9); and in an install its user cannot write (issue 12, case 13): the class-data
 * archive goes to the user's cache folder, and recording it never prints or changes the exit
 * code. The install is a copy of the script with a stand-in jar; the user is {@code nobody}, which
 * needs root to switch to (as the build runs here), so the test is skipped elsewhere.
 */
class LauncherTest {

  private static final Path SCRIPT = Path.of(System.getProperty("testdata.dir", "../testdata"))
      .toAbsolutePath().getParent().resolve("bin/baozhi");
  private static final String NOBODY = "65534";
  /**
   * The stand-in jar is compiled for the project's baseline: the tests may run on a newer JDK
   * (JAVA_HOME) than the {@code java} on the PATH that the script starts.
   */
  private static final String BASELINE_RELEASE = "17";

  @TempDir Path dir;

  @Test
  void aReadOnlyInstallRecordsItsArchiveInTheUsersCacheAndRunsCleanly() throws Exception {
    Assumptions.assumeTrue(System.getProperty("user.name").equals("root")
        && Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs root and setpriv to run as nobody");
    Path install = installWithoutJar();
    Path jar = install.resolve("cli/target/baozhi.jar");
    standInJar(jar);
    Files.setLastModifiedTime(install.resolve("pom.xml"),
        java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    Path home = Files.createDirectories(dir.resolve("home"));
    UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    Files.setOwner(home, nobody);
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
            Files.isDirectory(p) || p.endsWith("baozhi") ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    for (int run = 1; run <= 2; run++) {
      Process p = new ProcessBuilder("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY,
          "--clear-groups", "env", "HOME=" + home, "PATH=" + System.getenv("PATH"),
          "bash", install.resolve("bin/baozhi").toString(), "page.txt").start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(err).as("run %d", run).isEmpty();
      assertThat(p.exitValue()).as("run %d", run).isZero();
      assertThat(out).isEqualTo("stand-in for page.txt\n");
      try (Stream<Path> cache = Files.list(home.resolve(".cache/baozhi"))) {
        assertThat(cache.map(f -> f.getFileName().toString())).singleElement().asString().endsWith(".jsa");
      }
    }
    assertThat(install.resolve("cli/target/baozhi.jsa")).doesNotExist();
  }

  @Test
  void theArchiveIsRecordedFromATrainingConversionOncePerBuildAndTheRunPrintsOnlyItsOwnOutput()
      throws Exception {
    List<String> pages = List.of("seeds/000_a.txt", "seeds/001_b.txt");
    List<String> enginePages = List.of("testdata/engine/samples/hocr/001_b.hocr",
        "testdata/engine/samples/alto/001_b.xml", "testdata/engine/samples/paddle/001_b.json");
    Path install = builtInstallWithTrainingPages(Stream.concat(pages.stream(), enginePages.stream()).toList());
    Path jar = install.resolve("cli/target/baozhi.jar");
    Path calls = dir.resolve("calls");
    Path archive = install.resolve("cli/target/baozhi.jsa");
    // The seed folder walked as a batch is, and the engine pages named one by one.
    String training = "-r --glob \\*\\.txt -o \\S+/out " + install.resolve("seeds")
        + "\n--format jsonl " + String.join(" ", enginePages.stream().map(p -> install.resolve(p).toString()).toList())
        + "\n";

    Run first = run(install, dir);
    assertThat(first.err()).isEmpty();
    assertThat(first.exit()).isZero();
    assertThat(first.out()).isEqualTo("stand-in for page.txt\n");
    assertThat(Files.readString(calls)).as("trained before the run").matches(training + "page.txt\n");
    assertThat(archive).exists();
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));

    Files.delete(calls);
    Run second = run(install, dir);
    assertThat(second.out()).isEqualTo("stand-in for page.txt\n");
    assertThat(second.err()).isEmpty();
    assertThat(Files.readString(calls)).as("archive kept").isEqualTo("page.txt\n");

    Files.delete(calls);
    Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
        Files.getLastModifiedTime(archive).toMillis() + 1));
    Run rebuilt = run(install, dir);
    assertThat(rebuilt.out()).isEqualTo("stand-in for page.txt\n");
    assertThat(rebuilt.err()).isEmpty();
    assertThat(Files.readString(calls)).as("a rebuilt jar is trained again").matches(training + "page.txt\n");
    assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(Files.getLastModifiedTime(jar));
    try (Stream<Path> target = Files.list(install.resolve("cli/target"))) {
      assertThat(target.map(f -> f.getFileName().toString())).as("no temporary file left")
          .containsExactlyInAnyOrder("baozhi.jar", "baozhi.jsa");
    }
  }

  @Test
  void aDumpThatFailsIsNotTriedAgainUntilTheJarChanges() throws Exception {
    Path install = builtInstallWithTrainingPages(
        List.of("seeds/000_a.txt", "testdata/engine/samples/hocr/001_b.hocr"));
    Path calls = dir.resolve("calls");
    // A JVM that cannot dump an archive (another vendor's, a full disk), and runs all else.
    Path tools = Files.createDirectories(dir.resolve("failing-dump"));
    Path java = tools.resolve("java");
    Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do [ \"$a\" = -Xshare:dump ] && exit 1; done\nexec "
        + Path.of(System.getProperty("java.home"), "bin", "java") + " \"$@\"\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

    Run first = run(install, tools);
    assertThat(first.err()).isEmpty();
    assertThat(first.out()).isEqualTo("stand-in for page.txt\n");
    assertThat(Files.readString(calls)).as("trained once").contains("--format jsonl");
    assertThat(install.resolve("cli/target/baozhi.jsa")).doesNotExist();

    Files.delete(calls);
    Run second = run(install, tools);
    assertThat(second.out()).isEqualTo("stand-in for page.txt\n");
    assertThat(Files.readString(calls)).as("not trained again").isEqualTo("page.txt\n");
  }

  private static final String BUILDING =
      "baozhi: building the command-line tool with Maven (first run, about a minute)…\n";

  @Test
  void theFirstRunSaysOnceThatItBuildsAndRunsMavenQuietlyWithoutColour() throws Exception {
    Path install = installWithoutJar();
    Path built = dir.resolve("built.jar");
    standInJar(built);
    Path tools = standInMaven("cp '" + built + "' cli/target/baozhi.jar");
    Run first = run(install, tools);
    assertThat(first.err()).isEqualTo(BUILDING);
    assertThat(first.exit()).isZero();
    assertThat(first.out()).isEqualTo("stand-in for page.txt\n");
    assertThat(Files.readString(tools.resolve("mvn.args"))).isEqualTo("-B -q -Dstyle.color=never -DskipTests package\n");
    assertThat(Files.readString(tools.resolve("mvn.opts"))).contains("-Djansi.noreset=true");
    Run second = run(install, tools);
    assertThat(second.err()).as("built already").isEmpty();
    assertThat(second.out()).isEqualTo("stand-in for page.txt\n");
  }

  @Test
  void aFailedBuildShowsMavensErrorsAndFails() throws Exception {
    Path install = installWithoutJar();
    Path tools = standInMaven("echo '[ERROR] COMPILATION ERROR: Main.java:[1,1] class expected'; exit 1");
    Run run = run(install, tools);
    assertThat(run.err()).isEqualTo(BUILDING + "[ERROR] COMPILATION ERROR: Main.java:[1,1] class expected\n");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
  }

  private record Run(int exit, String out, String err) {}

  /** A checkout with the script, a pom and source folders, and no jar yet. */
  private Path installWithoutJar() throws IOException {
    Path install = dir.resolve("checkout");
    Files.createDirectories(install.resolve("bin"));
    for (String folder : List.of("core", "ocr", "cli/target")) {
      Files.createDirectories(install.resolve(folder));
    }
    Files.writeString(install.resolve("pom.xml"), "<project/>");
    Files.copy(SCRIPT, install.resolve("bin/baozhi"));
    return install;
  }

  /** A folder holding an {@code mvn} that records how it was called, then runs {@code body}. */
  private Path standInMaven(String body) throws IOException {
    Path tools = Files.createDirectories(dir.resolve("tools"));
    Path mvn = tools.resolve("mvn");
    Files.writeString(mvn, "#!/usr/bin/env bash\n"
        + "printf '%s\\n' \"$*\" > '" + tools.resolve("mvn.args") + "'\n"
        + "printf '%s\\n' \"${MAVEN_OPTS:-}\" > '" + tools.resolve("mvn.opts") + "'\n"
        + body + "\n");
    Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    return tools;
  }

  private static Run run(Path install, Path tools) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", install.resolve("bin/baozhi").toString(), "page.txt");
    builder.environment().put("PATH", tools + java.io.File.pathSeparator + System.getenv("PATH"));
    builder.environment().remove("MAVEN_OPTS");
    Process p = builder.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out, err);
  }

  /**
   * An install whose stand-in jar (logging its calls to {@code calls}) is newer than its sources,
   * so that it is not rebuilt, with the training {@code pages} in place.
   */
  private Path builtInstallWithTrainingPages(List<String> pages) throws Exception {
    Path install = installWithoutJar();
    for (String page : pages) {
      Files.createDirectories(install.resolve(page).getParent());
      Files.writeString(install.resolve(page), "本报讯");
    }
    Path jar = install.resolve("cli/target/baozhi.jar");
    standInJar(jar, dir.resolve("calls"));
    Files.setLastModifiedTime(install.resolve("pom.xml"),
        java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
    return install;
  }

  /** A jar whose main class prints a line, standing in for the shaded one. */
  private void standInJar(Path jar) throws IOException {
    standInJar(jar, null);
  }

  /** The same, appending its arguments as a line to {@code calls} if not null. */
  private void standInJar(Path jar, Path calls) throws IOException {
    Path source = Files.createDirectories(dir.resolve("src")).resolve("StandIn.java");
    String log = calls == null ? "" : " java.nio.file.Files.writeString(java.nio.file.Path.of(\""
        + calls + "\"), String.join(\" \", a) + \"\\n\", java.nio.file.StandardOpenOption.CREATE,"
        + " java.nio.file.StandardOpenOption.APPEND);";
    Files.writeString(source, "public class StandIn { public static void main(String[] a)"
        + " throws Exception {" + log
        + " System.out.println(\"stand-in for \" + String.join(\" \", a)); } }");
    assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", BASELINE_RELEASE, "-d",
        source.getParent().toString(), source.toString())).isZero();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "StandIn");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry("StandIn.class"));
      out.write(Files.readAllBytes(source.resolveSibling("StandIn.class")));
      out.closeEntry();
    }
  }
}
