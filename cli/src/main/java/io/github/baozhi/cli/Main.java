package io.github.baozhi.cli;

import io.github.baozhi.BaozhiException;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.ParserOptions;
import io.github.baozhi.Punctuation;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code baozhi} command: converts OCR'd newspaper pages to JSON. */
@Command(
    name = "baozhi",
    mixinStandardHelpOptions = true,
    versionProvider = Main.ManifestVersion.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Turns the OCR text of Chinese newspaper pages into articles, as JSON.",
      "With no FILE, or with -, reads standard input."
    },
    footer = {
      "",
      "Examples:",
      "  baozhi page.txt                      one page, JSON to standard output",
      "  baozhi -o out/ pages/*.txt           one out/NAME.json per page",
      "  baozhi -r -o out/ archive/           every .txt file under archive/",
      "  baozhi -r -j 2 --glob '*.ocr' -o out/ archive/",
      "  cat page.txt | baozhi --format jsonl one article per line",
      "  baozhi completion bash > ~/.baozhi-completion.bash",
      "",
      "Exit status: 0 all inputs parsed, 1 some input could not be read or decoded,",
      "2 usage error."
    })
public final class Main implements Callable<Integer> {

  @Parameters(paramLabel = "FILE|DIR", description = "Pages to parse (.txt files, or directories with -r).")
  private List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      description = "Write to FILE (one input) or into DIR as NAME.json (several inputs).")
  private Path output;

  @Option(names = {"-r", "--recursive"}, description = "Recurse into directories for *.txt files.")
  private boolean recursive;

  @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = "*.txt",
      description = "Which files to take from a directory (default *.txt).")
  private String glob;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Pages parsed at once (default: the number of processors). Output order is the"
          + " same for any N.")
  private Integer jobs;

  @Option(names = {"-q", "--quiet"},
      description = "No progress bar and no summary line (failures are still reported).")
  private boolean quiet;

  @Option(names = "--format", paramLabel = "json|jsonl|html", defaultValue = "json",
      description = "json: one page document per input (default); jsonl: one article per line;"
          + " html: a review page per input, source lines coloured by article.")
  private String format;

  @Option(names = "--pretty", negatable = true,
      description = "Indent the JSON. The default when standard output is a terminal.")
  private Boolean pretty;

  @Option(names = "--issue-date", paramLabel = "YYYY-MM-DD",
      description = "Date of the issue, to resolve partial dates such as 10月10日.")
  private LocalDate issueDate;

  @Option(names = "--encoding", paramLabel = "auto|CHARSET", defaultValue = "auto",
      description = "Charset of the input: auto (default) detects it; or UTF-8, GB18030, Big5, UTF-16…")
  private String encoding;

  @Option(names = "--punctuation", paramLabel = "keep|fullwidth", defaultValue = "keep",
      description = "keep (default): punctuation as printed; fullwidth: half-width ,:;()!? between"
          + " CJK characters become ，：；（）！？.")
  private String punctuation;

  @Option(names = "--max-input-size", paramLabel = "SIZE", defaultValue = "64MiB",
      converter = ByteSize.class,
      description = "Refuse pages larger than SIZE (default 64MiB; suffixes K, M, G, KiB, MiB, GiB),"
          + " which bounds the memory one page can take.")
  private long maxInputSize;

  @Option(names = "--keep-ocr-spaces",
      description = "Keep the spaces some OCR engines put between Han characters (removed by default"
          + " where a line or page shows that pattern).")
  private boolean keepOcrSpaces;

  private PrintWriter out;
  private PrintWriter err;
  private InputStream stdin;
  /** Standard output as bytes: page JSON goes here as Jackson wrote it, with no re-encoding. */
  private OutputStream stdout;

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = run(args, System.in, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
          err);
    } catch (OutOfMemoryError e) {
      err.println("baozhi: out of memory; lower --max-input-size or give the JVM more heap (-Xmx)");
      code = 1;
    }
    System.exit(code);
  }

  /**
   * Runs the command with the given streams and returns the exit code. Output is UTF-8 and
   * flushed, not closed, before this returns.
   */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, PrintWriter err) {
    Main main = new Main();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
    main.stdin = stdin;
    main.stdout = stdout;
    main.out = out;
    main.err = err;
    CommandLine cli = new CommandLine(main);
    cli.addSubcommand("completion", new Completion());
    cli.setOut(out);
    cli.setErr(err);
    if (System.getenv("NO_COLOR") != null) {
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    }
    cli.setParameterExceptionHandler((e, args1) -> {
      err.println("baozhi: " + e.getMessage());
      err.println("Try 'baozhi --help' for more information.");
      err.flush();
      return 2;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      err.println("baozhi: internal error: " + e);
      return 1;
    });
    try {
      return cli.execute(args);
    } finally {
      out.flush();
      try {
        stdout.flush();
      } catch (IOException e) {
        if (!isBrokenPipe(e)) {
          err.println("baozhi: cannot write output: " + e.getMessage());
        }
      }
      err.flush();
    }
  }

  @Override
  public Integer call() {
    if (!format.equals("json") && !format.equals("jsonl") && !format.equals("html")) {
      return usage("--format must be json, jsonl or html, not '" + format + "'");
    }
    Charset charset;
    try {
      charset = encoding.equalsIgnoreCase("auto") ? null : Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return usage("unknown encoding '" + encoding + "'");
    }
    Punctuation widths;
    switch (punctuation.toLowerCase(java.util.Locale.ROOT)) {
      case "keep" -> widths = Punctuation.KEEP;
      case "fullwidth" -> widths = Punctuation.FULLWIDTH;
      default -> {
        return usage("--punctuation must be keep or fullwidth, not '" + punctuation + "'");
      }
    }
    PageParser parser = PageParser.create(ParserOptions.builder()
        .issueDate(issueDate)
        .charset(charset)
        .punctuation(widths)
        .repairOcrSpacing(!keepOcrSpaces)
        .build());
    if (inputs.isEmpty()) {
      inputs = List.of("-");
    }
    if (output != null && output.toString().equals("-")) {
      output = null; // "-o -" is standard output, as "-" is standard input
    }
    int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      return usage("-j must be at least 1, not " + workers);
    }
    java.nio.file.PathMatcher matcher;
    try {
      matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      return usage("bad --glob pattern '" + glob + "': " + e.getMessage());
    }
    Failures failures = new Failures();
    List<Input> expanded = expand(failures, matcher);
    int total = expanded.size() + failures.count;
    boolean toDirectory = !format.equals("jsonl")
        && (total > 1 || inputs.stream().anyMatch(i -> Files.isDirectory(Path.of(i))));
    if (toDirectory && output == null) {
      return usage("several inputs need -o DIR (or --format jsonl)");
    }
    if (toDirectory && Files.exists(output) && !Files.isDirectory(output)) {
      return usage("-o " + output + " must be a directory for several inputs");
    }
    boolean indent = pretty != null ? pretty : System.console() != null && output == null;
    boolean perFile = !format.equals("jsonl") && (toDirectory || output != null && Files.isDirectory(output));
    boolean batch = total > 1;
    long totalBytes = expanded.stream().mapToLong(Input::size).sum();
    Progress progress = new Progress(err, batch && !quiet && System.console() != null,
        expanded.size(), totalBytes);
    Summary summary = new Summary();
    try (JsonlSink jsonl = format.equals("jsonl") ? new JsonlSink(output, stdout) : null) {
      new Batch<Input, Outcome>(workers).run(expanded,
          input -> convert(input, parser, perFile, indent, jsonl != null),
          (input, outcome) -> {
            if (outcome.failure() != null) {
              failures.add(input.display(), outcome.failure());
            } else {
              summary.add(outcome);
              if (jsonl != null) {
                jsonl.write(outcome.rendered());
              } else if (!perFile && output != null) {
                writeAtomically(output, outcome.rendered());
              } else if (!perFile) {
                out.flush();
                stdout.write(outcome.rendered());
                stdout.flush();
              }
            }
            long size = input.size();
            summary.seen += size;
            if (outcome.failure() == null) {
              summary.bytes += size;
            }
            progress.update(summary.pages + failures.count, summary.seen);
          });
    } catch (IOException | UncheckedIOException e) {
      progress.finish();
      if (isBrokenPipe(e)) {
        return 0; // the reader went away (| head): stop quietly, as Unix tools do
      }
      err.println("baozhi: cannot write output: " + e.getMessage());
      return 1;
    }
    progress.finish();
    for (String line : failures.lines) {
      err.println(line);
    }
    if (batch && !quiet) {
      err.println(summary.line(failures.count));
    } else if (failures.count > 0 && total > 1) {
      err.println("baozhi: " + failures.count + " of " + total + " inputs failed");
    }
    err.flush();
    return failures.count == 0 ? 0 : 1;
  }

  private static boolean isBrokenPipe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    return cause != null && cause.getMessage() != null && cause.getMessage().contains("Broken pipe");
  }

  /** The result of one input's job: its page and rendered output, or why it failed. */
  private record Outcome(Page page, byte[] rendered, String failure) {}

  /**
   * Reads, parses and renders one input on a worker. Per-file outputs are written here too; output
   * that shares a stream is rendered here and written in input order by the caller.
   */
  private Outcome convert(Input input, PageParser parser, boolean perFile, boolean indent, boolean jsonl) {
    Page page;
    String html = null;
    try {
      Input.Read read = input.read(parser, stdin, maxInputSize);
      page = read.page();
      if (format.equals("html")) {
        html = HtmlReview.render(page, parser.decode(read.bytes()));
      }
    } catch (UncheckedIOException | BaozhiException e) {
      return new Outcome(null, null, e.getMessage());
    }
    try {
      if (html != null) {
        if (perFile) {
          writeAtomically(output.resolve(input.outputName(".html")), html.getBytes(StandardCharsets.UTF_8));
          return new Outcome(page, null, null);
        }
        return new Outcome(page, html.getBytes(StandardCharsets.UTF_8), null);
      }
      if (perFile) {
        writeAtomically(output.resolve(input.outputName(".json")), PageJson.page(page, indent));
        return new Outcome(page, null, null);
      }
      if (jsonl) {
        return new Outcome(page, PageJson.articleLines(page), null);
      }
      return new Outcome(page, PageJson.page(page, indent), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts for the closing summary line. */
  private static final class Summary {
    private final long start = System.nanoTime();
    int pages;
    long articles;
    long unassigned;
    /** Bytes of the pages parsed, for the rate; failed inputs do not count. */
    long bytes;
    /** Bytes of every input looked at, for progress. */
    long seen;

    void add(Outcome outcome) {
      pages++;
      articles += outcome.page().articles().size();
      unassigned += outcome.page().unassigned().size();
    }

    String line(int failures) {
      double seconds = (System.nanoTime() - start) / 1e9;
      return String.format(java.util.Locale.ROOT,
          "baozhi: %d pages, %d articles, %d unassigned, %d failed in %.1f s (%.1f MB/s)",
          pages, articles, unassigned, failures, seconds, bytes / 1e6 / Math.max(seconds, 1e-9));
    }
  }

  private int usage(String message) {
    err.println("baozhi: " + message);
    err.println("Try 'baozhi --help' for more information.");
    err.flush();
    return 2;
  }

  private List<Input> expand(Failures failures, java.nio.file.PathMatcher matcher) {
    List<Input> expanded = new ArrayList<>();
    for (String name : inputs) {
      if (name.equals("-")) {
        expanded.add(Input.stdin());
        continue;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        if (!recursive) {
          failures.add(name, "is a directory (use -r to read the pages in it)");
          continue;
        }
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(p -> matcher.matches(p.getFileName()))
              .sorted()
              .forEach(p -> expanded.add(Input.file(p, path.relativize(p))));
        } catch (IOException | UncheckedIOException e) {
          failures.add(name, "cannot list directory: " + e.getMessage());
        }
      } else if (!Files.exists(path)) {
        failures.add(name, "no such file");
      } else {
        expanded.add(Input.file(path, path.getFileName()));
      }
    }
    return expanded;
  }

  /**
   * Writes the output to a temporary file beside the target and moves it into place, so that a
   * reader never sees a half-written file and an interrupted run leaves none behind.
   */
  private static void writeAtomically(Path target, byte[] content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".baozhi-", ".tmp");
    try {
      Files.write(temp, content);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** One page to read: a file, or standard input. */
  private record Input(Path path, Path relative, long size) {

    static Input stdin() {
      return new Input(null, Path.of("stdin.txt"), 0);
    }

    /** The file's size is read once, here, for progress and the summary; 0 when unknown. */
    static Input file(Path path, Path relative) {
      long size;
      try {
        size = Files.size(path);
      } catch (IOException e) {
        size = 0;
      }
      return new Input(path, relative, size);
    }

    String display() {
      return path == null ? "-" : path.toString();
    }

    /** NAME.json for NAME.txt, under the same relative folders; never outside the output. */
    Path outputName(String extension) {
      Path normal = relative.normalize();
      if (normal.isAbsolute() || normal.startsWith("..")) {
        normal = normal.getFileName();
      }
      String name = normal.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String json = (dot > 0 ? name.substring(0, dot) : name) + extension;
      Path folder = normal.getParent();
      return folder == null ? Path.of(json) : folder.resolve(json);
    }

    /** A page and the bytes it was parsed from. */
    record Read(Page page, byte[] bytes) {}

    Read read(PageParser parser, InputStream stdin, long maxBytes) {
      try {
        byte[] bytes;
        if (path == null) {
          bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
          if (bytes.length > maxBytes) {
            throw tooLarge("over", maxBytes);
          }
        } else {
          if (size > maxBytes) {
            throw tooLarge(ByteSize.format(size) + ",", maxBytes);
          }
          bytes = Files.readAllBytes(path);
        }
        return new Read(parser.parse(bytes, path == null ? "-" : path.getFileName().toString()), bytes);
      } catch (NoSuchFileException e) {
        throw new UncheckedIOException("no such file", e);
      } catch (AccessDeniedException e) {
        throw new UncheckedIOException("permission denied", e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read: " + e.getMessage(), e);
      }
    }

    private static BaozhiException tooLarge(String size, long maxBytes) {
      return new BaozhiException("input is " + size + " over the --max-input-size limit of "
          + ByteSize.format(maxBytes) + "; raise the limit to parse it");
    }
  }

  /** Failed inputs, one line each. */
  private static final class Failures {
    final List<String> lines = new ArrayList<>();
    int count;

    void add(String input, String message) {
      lines.add("baozhi: " + input + ": " + message);
      count++;
    }
  }

  /** Article lines to standard output or one file. */
  private static final class JsonlSink implements AutoCloseable {
    private final OutputStream target;
    private final boolean ownsTarget;

    JsonlSink(Path file, OutputStream stdout) throws IOException {
      this.ownsTarget = file != null;
      this.target = file != null ? new BufferedOutputStream(Files.newOutputStream(file), 1 << 16) : stdout;
    }

    void write(byte[] lines) throws IOException {
      target.write(lines);
    }

    @Override
    public void close() throws IOException {
      if (ownsTarget) {
        target.close();
      } else {
        target.flush();
      }
    }
  }

  /** {@code baozhi completion bash}: prints a bash completion script, made by picocli. */
  @Command(name = "completion", description = "Print a shell completion script: baozhi completion bash"
      + " > /etc/bash_completion.d/baozhi")
  static final class Completion implements Callable<Integer> {
    @Parameters(paramLabel = "SHELL", defaultValue = "bash", description = "bash (zsh can load it too)")
    private String shell;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      if (!shell.equals("bash") && !shell.equals("zsh")) {
        spec.commandLine().getErr().println("baozhi: completion supports bash and zsh, not '" + shell + "'");
        return 2;
      }
      spec.commandLine().getOut().print(
          picocli.AutoComplete.bash("baozhi", spec.parent().commandLine()));
      spec.commandLine().getOut().flush();
      return 0;
    }
  }

  /** Reads the version from the jar manifest. */
  static final class ManifestVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"baozhi " + (version == null ? "(development build)" : version)};
    }
  }
}
