package io.github.baozhi.cli;

import io.github.baozhi.ParserOptions;
import io.github.baozhi.Punctuation;
import io.github.baozhi.ocr.InputFormat;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The {@code baozhi} command: converts OCR'd newspaper pages to JSON.
 *
 * <p>Its command line is picocli's model built in code ({@link CommandSpec}, {@link OptionSpec})
 * rather than read from annotations: reading them costs picocli reflection, an annotation proxy
 * per annotation and a generated accessor per option on every run, about a third of a one-page
 * run's CPU (README, "Performance"). The usage message, the errors and the exit codes are
 * picocli's, as before. Each option is declared once below and read once, in {@link #call()}.
 */
public final class Main implements Callable<Integer> {

  /** The files taken from a directory by default: text pages and every engine format's files. */
  static final String DEFAULT_GLOB = "*.{txt,hocr,html,htm,xml,json}";

  private final PositionalParamSpec inputs = PositionalParamSpec.builder()
      .arity("0..1").paramLabel("FILE|DIR")
      .type(List.class).auxiliaryTypes(String.class).initialValue(new ArrayList<String>())
      .description("Pages to parse (files, or directories with -r).")
      .build();

  private final OptionSpec output = OptionSpec.builder("-o", "--output").paramLabel("FILE|DIR")
      .type(Path.class)
      .description("Write to FILE (one input) or into DIR as NAME.json (several inputs).")
      .build();

  private final OptionSpec recursive = flag("<recursive>", "-r", "--recursive")
      .description("Recurse into directories for the files --glob selects.")
      .build();

  private final OptionSpec glob = OptionSpec.builder("--glob").paramLabel("PATTERN")
      .type(String.class).defaultValue(DEFAULT_GLOB)
      .description("Which files to take from a directory (default " + DEFAULT_GLOB + ").")
      .build();

  private final OptionSpec jobs = OptionSpec.builder("-j", "--jobs").paramLabel("N")
      .type(Integer.class)
      .description("Pages parsed at once (default: the number of processors). Output order is the"
          + " same for any N.")
      .build();

  private final OptionSpec quiet = flag("<quiet>", "-q", "--quiet")
      .description("No progress bar and no summary line (failures are still reported).")
      .build();

  private final OptionSpec format = OptionSpec.builder("--format")
      .paramLabel("json|jsonl|html|text|csv|tei").type(Format.class).defaultValue("json")
      .converters(new Choices.OfFormat())
      .description("json: one page document per page (default); jsonl: one record per line (page,"
          + " article, unassigned, diagnostic); html: a review page per page, its articles"
          + " coloured; text: the page in reading order; csv: one article per row, one table;"
          + " tei: a TEI P5 document per page.")
      .build();

  private final OptionSpec csvByteOrderMark = flag("<csvByteOrderMark>", "--csv-bom")
      .description("Open CSV with a UTF-8 byte-order mark, by which spreadsheets (Excel) know it"
          + " is UTF-8.")
      .build();

  private final OptionSpec inputFormat = OptionSpec.builder("--input-format")
      .paramLabel("auto|text|hocr|alto|page|paddle").type(InputFormat.class)
      .defaultValue(Choices.OfInputFormat.AUTO).converters(new Choices.OfInputFormat())
      .completionCandidates(new Choices.InputFormatNames())
      .description("auto (default): each input's format is sniffed from its content; or read every"
          + " input as text, hOCR, ALTO, PAGE XML or PaddleOCR JSON.")
      .build();

  private final OptionSpec pretty = OptionSpec.builder("--pretty").paramLabel("<pretty>")
      .type(Boolean.class).negatable(true)
      .description("Indent the JSON. The default when standard output is a terminal.")
      .build();

  private final OptionSpec issueDate = OptionSpec.builder("--issue-date").paramLabel("YYYY-MM-DD")
      .type(LocalDate.class).converters(new IsoDate())
      .description("Date of the issue, to resolve partial dates such as 10月10日; for every page"
          + " that --manifest and --issue-date-from-path give no date.")
      .build();

  private final OptionSpec manifestFile = OptionSpec.builder("--manifest").paramLabel("FILE")
      .type(Path.class)
      .description("A CSV table (header path,issue_date,paper; UTF-8) giving each page it lists its"
          + " issue date and paper; paths relative to its folder. With no FILE|DIR, its pages are"
          + " the inputs.")
      .build();

  private final OptionSpec issueDateFromPath = OptionSpec.builder("--issue-date-from-path")
      .paramLabel("REGEX").type(String.class)
      .description("Read each page's issue date (and paper) from its path below its input root by"
          + " a regex with named groups: date, or year, month and day; paper. For"
          + " PAPER/YYYY/MM/DD/PAGE.txt: (?<paper>[^/]+)/(?<year>\\d{4})/(?<month>\\d{2})/(?<day>\\d{2})/")
      .build();

  private final OptionSpec encoding = OptionSpec.builder("--encoding").paramLabel("auto|CHARSET")
      .type(Charset.class).defaultValue("auto").converters(new Choices.OfCharset())
      .description("Charset of text input: auto (default) detects it; or UTF-8, GB18030, Big5,"
          + " UTF-16… Engine output declares its own.")
      .build();

  private final OptionSpec replaceBadBytes = flag("<replaceBadBytes>", "--replace-bad-bytes")
      .description("Read a text page that is valid in its charset but for a few bad bytes with"
          + " U+FFFD in their place, and a bad-bytes-replaced diagnostic giving their count and"
          + " offsets (in JSONL too), instead of failing it.")
      .build();

  private final OptionSpec punctuation = OptionSpec.builder("--punctuation")
      .paramLabel("keep|fullwidth").type(Punctuation.class).defaultValue("keep")
      .converters(new Choices.OfPunctuation())
      .completionCandidates(new Choices.PunctuationNames())
      .description("keep (default): punctuation as printed; fullwidth: half-width ,:;()!?"
          + " between CJK characters become ，：；（）！？.")
      .build();

  private final OptionSpec maxInputSize = OptionSpec.builder("--max-input-size").paramLabel("SIZE")
      .type(long.class).initialValue(0L).defaultValue("64MiB").converters(new ByteSize())
      .description("Refuse pages larger than SIZE (default 64MiB; suffixes K, M, G, KiB, MiB, GiB),"
          + " which bounds the memory one page can take.")
      .build();

  private final OptionSpec keepOcrSpaces = flag("<keepOcrSpaces>", "--keep-ocr-spaces")
      .description("Keep the spaces some OCR engines put between Han characters (removed by default"
          + " where a line or page shows that pattern).")
      .build();

  private PrintWriter out;
  private PrintWriter err;
  private InputStream stdin;
  /** Standard output as bytes: page JSON goes here as Jackson wrote it, with no re-encoding. */
  private OutputStream stdout;

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = run(args, standardInputClosed() ? null : System.in,
          new BufferedOutputStream(new FileOutputStream(FileDescriptor.out),
              OutputFiles.OUTPUT_BUFFER), err);
    } catch (OutOfMemoryError e) {
      err.println("baozhi: out of memory; lower --max-input-size or give the JVM more heap (-Xmx)");
      code = 1;
    }
    System.exit(code);
  }

  /**
   * Whether standard input was closed when the JVM started ({@code baozhi <&-}). File descriptor 0
   * is then the first file the JVM opened, its own {@code lib/modules}, which would be read as the
   * page. Linux tells through {@code /proc/self/fd/0}; elsewhere this says false.
   */
  static boolean standardInputClosed() {
    Path descriptors = Path.of("/proc/self/fd");
    if (!Files.isDirectory(descriptors)) {
      return false;
    }
    try {
      Path target = Files.readSymbolicLink(descriptors.resolve("0"));
      return target.startsWith(Path.of(System.getProperty("java.home")).toRealPath());
    } catch (NoSuchFileException closed) {
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException unknown) {
      return false;
    }
  }

  /**
   * Runs the command with the given streams and returns the exit code. Output is UTF-8 and
   * flushed, not closed, before this returns; output that cannot be written makes the code 1.
   *
   * @param stdin standard input, or null when it is closed
   */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, PrintWriter err) {
    Main main = new Main();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), false);
    main.stdin = stdin;
    main.stdout = stdout;
    main.out = out;
    main.err = err;
    CommandLine cli = main.commandLine();
    cli.setOut(out);
    cli.setErr(err);
    if (System.getenv("NO_COLOR") != null) {
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    }
    Errors errors = new Errors(err);
    cli.setParameterExceptionHandler(errors);
    cli.setExecutionExceptionHandler(errors);
    int code = cli.execute(args);
    out.flush();
    try {
      stdout.flush();
      if (out.checkError()) {
        throw new IOException("standard output failed");
      }
    } catch (IOException e) {
      if (!isBrokenPipe(e)) {
        err.println("baozhi: cannot write output: " + reason(e));
        code = Math.max(code, 1);
      }
    }
    err.flush();
    return code;
  }

  /** The command line of {@code baozhi}, with its subcommands {@code completion} and {@code score}. */
  CommandLine commandLine() {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(this)
        .name("baozhi")
        .versionProvider(new ManifestVersion());
    spec.usageMessage()
        .sortOptions(false)
        .autoWidth(true)
        .description(
            "Turns the OCR of Chinese newspaper pages into articles, as JSON: plain text,",
            "or engine output with coordinates (hOCR, ALTO, PAGE XML, PaddleOCR JSON).",
            "With no FILE, or with -, reads standard input.")
        .footer(
            "",
            "Examples:",
            "  baozhi page.txt                      one page, JSON to standard output",
            "  baozhi page.hocr                     hOCR; ALTO or PAGE .xml, PaddleOCR .json",
            "  baozhi -o out/ pages/*.txt           one out/NAME.json per page",
            "  baozhi -r -o out/ archive/           every page file (--glob) under archive/",
            "  baozhi -r -j 2 --glob '*.ocr' -o out/ archive/",
            "  baozhi --format html -o rev/ p.hocr  the page drawn, articles' boxes tinted",
            "  cat page.txt | baozhi --format jsonl one record per line",
            "  baozhi --manifest pages.csv -o out/  the pages listed, each with its date and paper",
            "  baozhi completion bash > ~/.baozhi-completion.bash",
            "  baozhi score truth/ out/ pages/      score out/NAME.json against truth/NAME.json",
            "",
            "Exit status: 0 all inputs parsed, 1 some input could not be read, decoded or",
            "understood, 2 usage error.");
    spec.addPositional(inputs);
    for (OptionSpec option : List.of(output, recursive, glob, jobs, quiet, format, csvByteOrderMark,
        inputFormat, pretty, issueDate, manifestFile, issueDateFromPath, encoding, replaceBadBytes,
        punctuation, maxInputSize, keepOcrSpaces)) {
      spec.addOption(option);
    }
    // What picocli's mixinStandardHelpOptions adds, without the annotated mixin it reads them from.
    spec.addOption(flag("<helpRequested>", "-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(flag("<versionRequested>", "-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
    CommandLine cli = new CommandLine(spec);
    cli.addSubcommand("completion", new Completion().commandLine());
    cli.addSubcommand("score", new ScoreCommand().commandLine());
    return cli;
  }

  /** An option without a value, false unless given, as a {@code boolean} field is to picocli. */
  static OptionSpec.Builder flag(String label, String name, String... names) {
    return OptionSpec.builder(name, names).paramLabel(label).type(boolean.class).initialValue(false);
  }

  /**
   * What picocli does with a usage error (exit code 2) and with an exception from the command
   * (1). A class rather than two lambdas: a lambda for one of picocli's interfaces, which are
   * Java 5 class files, links it when the class-data archive is dumped, and a linked Java 5 class
   * is left out of the archive (with picocli's own handlers that implement it).
   */
  private static final class Errors
      implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    Errors(PrintWriter err) {
      this.err = err;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      // A refused choice's message says all; picocli's "Invalid value for option" would repeat it.
      err.println("baozhi: " + (e.getCause() instanceof Choices.Refused refused
          ? refused.getMessage() : e.getMessage()));
      err.println("Try 'baozhi --help' for more information.");
      err.flush();
      return 2;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine,
        CommandLine.ParseResult parseResult) {
      err.println("baozhi: " + internalError(e));
      return 1;
    }
  }

  /** A bug, reported on one line; the exception's class is no business of the user's. */
  static String internalError(Throwable e) {
    return "internal error, please report it: "
        + (e.getMessage() != null ? e.getMessage() : "no detail (" + e.getClass().getSimpleName() + ")");
  }

  /** An I/O error as its reason alone, without Java's class names (which toString() adds). */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : "input/output error";
  }

  @Override
  public Integer call() {
    List<String> inputs = new ArrayList<>(this.inputs.<List<String>>getValue());
    Path output = this.output.getValue();
    boolean recursive = this.recursive.getValue();
    String glob = this.glob.getValue();
    Integer jobs = this.jobs.getValue();
    boolean quiet = this.quiet.getValue();
    Format format = this.format.getValue();
    boolean csvByteOrderMark = this.csvByteOrderMark.getValue();
    InputFormat inputFormat = this.inputFormat.getValue();
    Boolean pretty = this.pretty.getValue();
    LocalDate issueDate = this.issueDate.getValue();
    Path manifestFile = this.manifestFile.getValue();
    String issueDateFromPath = this.issueDateFromPath.getValue();
    Charset encoding = this.encoding.getValue();
    boolean replaceBadBytes = this.replaceBadBytes.getValue();
    Punctuation punctuation = this.punctuation.getValue();
    long maxInputSize = this.maxInputSize.getValue();
    boolean keepOcrSpaces = this.keepOcrSpaces.getValue();
    Readers readers = new Readers(ParserOptions.builder()
        .charset(encoding)
        .punctuation(punctuation)
        .repairOcrSpacing(!keepOcrSpaces)
        .replaceBadBytes(replaceBadBytes)
        .build());
    Manifest manifest;
    PathPattern pathPattern;
    try {
      manifest = manifestFile == null ? null : Manifest.read(manifestFile);
      pathPattern = issueDateFromPath == null ? null : PathPattern.compile(issueDateFromPath);
    } catch (Manifest.Invalid | PathPattern.Invalid e) {
      return usage(e.getMessage());
    }
    if (inputs.isEmpty() && manifest == null) {
      inputs = List.of("-");
    }
    if (stdin == null && inputs.contains("-")) {
      return usage("no input: standard input is closed; name a FILE, or give the page on standard"
          + " input");
    }
    if (output != null && output.toString().equals("-")) {
      output = null; // "-o -" is standard output, as "-" is standard input
    }
    int workers = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    if (workers < 1) {
      return usage("-j must be at least 1, not " + workers);
    }
    PathMatcher matcher;
    try {
      matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      return usage("bad --glob pattern '" + glob + "': " + e.getMessage());
    }
    Failures failures = new Failures(err);
    InputExpansion expansion = new InputExpansion(recursive, matcher, glob, failures);
    InputExpansion.Expanded found = inputs.isEmpty()
        ? new InputExpansion.Expanded(expansion.listed(manifest), false)
        : expansion.expand(inputs);
    List<String> warnings = new ArrayList<>();
    if (manifest != null && !inputs.isEmpty()) {
      for (Manifest.Row row : manifest.rows()) {
        if (!Files.exists(row.file())) {
          warnings.add(manifest.name() + " row " + row.number() + ": warning: no such file "
              + row.written());
        }
      }
    }
    MetadataRules rules = new MetadataRules(manifest, pathPattern, issueDate);
    List<Input> expanded = new ArrayList<>(found.inputs().size());
    for (Input input : found.inputs()) {
      MetadataRules.Resolution resolved = rules.resolve(input);
      expanded.add(input.with(resolved.metadata()));
      if (resolved.warning() != null) {
        warnings.add(input.display() + ": warning: " + resolved.warning());
      }
    }
    int total = expanded.size() + failures.count();
    boolean indent = pretty != null ? pretty : System.console() != null && output == null;
    boolean metadata = manifest != null || pathPattern != null || issueDate != null;
    OutputFormat writing = format.create(
        new Settings(indent, maxInputSize, csvByteOrderMark, metadata));
    // A directory makes a tree of outputs only when it is read (-r); without -r it is one failure.
    boolean toDirectory = !writing.oneStream() && (total > 1 || found.walkedADirectory());
    if (toDirectory && output == null) {
      return usage("several inputs need -o DIR (or --format jsonl or csv, which write one stream)");
    }
    if (writing.oneStream() && output != null && Files.isDirectory(output)) {
      return usage("--format " + format.name().toLowerCase(java.util.Locale.ROOT)
          + " writes one stream: -o must name a file, not the directory " + output);
    }
    if (toDirectory && Files.exists(output) && !Files.isDirectory(output)) {
      return usage("-o " + output + " must be a directory for several inputs");
    }
    boolean perFile = !writing.oneStream()
        && (toDirectory || output != null && Files.isDirectory(output));
    String refusal = perFile
        ? OutputNames.collisions(output, expanded, writing.extension())
        : OutputNames.overwritesAnInput(output, expanded);
    if (refusal != null) {
      return usage(refusal);
    }
    // The one input to -o FILE is written by its job as it is rendered, as files into -o DIR are.
    Path file = !writing.oneStream() && !perFile ? output : null;
    Conversion job = new Conversion(readers, writing, inputFormat, perFile, stdin, maxInputSize,
        output, file, new OutputFiles());
    boolean batch = total > 1;
    long totalBytes = expanded.stream().mapToLong(Input::size).sum();
    Progress progress = new Progress(err, batch && !quiet && System.console() != null,
        expanded.size(), totalBytes);
    Summary summary = new Summary(writing.parses());
    failures.start(progress);
    warnings.forEach(warning -> err.println("baozhi: " + warning));
    try (OutputFiles.SharedStream shared = writing.oneStream()
        ? new OutputFiles.SharedStream(output, stdout) : null) {
      if (shared != null) {
        writing.begin(shared.stream());
      }
      new Batch<Input, Conversion.Outcome>(workers).run(expanded, job::convert,
          (input, outcome) -> {
            if (outcome.failure() != null) {
              failures.add(input.display(), outcome.failure());
            } else {
              summary.add(outcome);
              if (shared != null) {
                shared.write(outcome.rendered());
              } else if (outcome.rendered() != null) { // else the job has written its files
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
            summary.inputs++;
            progress.update(summary.inputs, summary.seen);
          });
      if (shared != null) {
        shared.commit();
      }
    } catch (IOException | UncheckedIOException e) {
      progress.finish();
      if (isBrokenPipe(e)) {
        return 0; // the reader went away (| head): stop quietly, as Unix tools do
      }
      IOException cause = e instanceof UncheckedIOException unchecked
          ? unchecked.getCause() : (IOException) e;
      err.println("baozhi: cannot write output: " + reason(cause));
      return 1;
    }
    progress.finish();
    if (batch && !quiet) {
      err.println(summary.line(failures.count()));
    } else if (failures.count() > 0 && total > 1) {
      err.println("baozhi: " + failures.count() + " of " + total + " inputs failed");
    }
    err.flush();
    return failures.count() == 0 ? 0 : 1;
  }

  private static boolean isBrokenPipe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    return cause != null && cause.getMessage() != null && cause.getMessage().contains("Broken pipe");
  }

  /** Counts for the closing summary line. */
  private static final class Summary {
    private final long start = System.nanoTime();
    /** Whether pages were parsed ({@code --format text} only lays them out, so has no articles). */
    private final boolean parsed;
    int inputs;
    int pages;
    long articles;
    long unassigned;
    /** Bytes of the pages parsed, for the rate; failed inputs do not count. */
    long bytes;
    /** Bytes of every input looked at, for progress. */
    long seen;

    Summary(boolean parsed) {
      this.parsed = parsed;
    }

    void add(Conversion.Outcome outcome) {
      pages += outcome.pages();
      articles += outcome.articles();
      unassigned += outcome.unassigned();
    }

    String line(int failures) {
      double seconds = (System.nanoTime() - start) / 1e9;
      String counts = parsed
          ? count(pages, "page") + ", " + count(articles, "article") + ", " + unassigned + " unassigned"
          : count(pages, "page");
      return String.format(Locale.ROOT, "baozhi: %s, %d failed in %.1f s (%.1f MB/s)",
          counts, failures, seconds, bytes / 1e6 / Math.max(seconds, 1e-9));
    }
  }

  /** {@code 1 page}, {@code 2 pages}. */
  static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private int usage(String message) {
    err.println("baozhi: " + message);
    err.println("Try 'baozhi --help' for more information.");
    err.flush();
    return 2;
  }

  /** {@code baozhi completion bash}: prints a bash completion script, made by picocli. */
  static final class Completion implements Callable<Integer> {
    private final PositionalParamSpec shell = PositionalParamSpec.builder()
        .paramLabel("SHELL").type(String.class).defaultValue("bash")
        .description("bash (zsh can load it too)")
        .build();

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("completion")
        .addPositional(shell);

    CommandLine commandLine() {
      spec.usageMessage().description("Print a shell completion script: baozhi completion bash"
          + " > /etc/bash_completion.d/baozhi");
      return new CommandLine(spec);
    }

    @Override
    public Integer call() {
      String shell = this.shell.getValue();
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

  /** Reads {@code --issue-date} as an ISO date, with a message that names what is wrong. */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the form"
            + " YYYY-MM-DD, such as 2024-01-31");
      }
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
