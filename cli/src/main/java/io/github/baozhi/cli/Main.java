package io.github.baozhi.cli;

import io.github.baozhi.BaozhiException;
import io.github.baozhi.InputDecodingException;
import io.github.baozhi.OcrPage;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.ParserOptions;
import io.github.baozhi.Punctuation;
import io.github.baozhi.ocr.InputFormat;
import io.github.baozhi.ocr.OcrReader;
import io.github.baozhi.ocr.PageReader;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
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
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
      "Turns the OCR of Chinese newspaper pages into articles, as JSON: plain text,",
      "or engine output with coordinates (hOCR, ALTO, PAGE XML, PaddleOCR JSON).",
      "With no FILE, or with -, reads standard input."
    },
    footer = {
      "",
      "Examples:",
      "  baozhi page.txt                      one page, JSON to standard output",
      "  baozhi page.hocr                     hOCR; ALTO or PAGE .xml, PaddleOCR .json",
      "  baozhi -o out/ pages/*.txt           one out/NAME.json per page",
      "  baozhi -r -o out/ archive/           every page file (--glob) under archive/",
      "  baozhi -r -j 2 --glob '*.ocr' -o out/ archive/",
      "  baozhi --format html -o rev/ p.hocr  the page drawn, articles' boxes tinted",
      "  cat page.txt | baozhi --format jsonl one article per line",
      "  baozhi completion bash > ~/.baozhi-completion.bash",
      "",
      "Exit status: 0 all inputs parsed, 1 some input could not be read, decoded or",
      "understood, 2 usage error."
    })
public final class Main implements Callable<Integer> {

  /** The files taken from a directory by default: text pages and every engine format's files. */
  static final String DEFAULT_GLOB = "*.{txt,hocr,html,htm,xml,json}";

  /**
   * What a file's extension promises when the format is sniffed: a file named so whose content is
   * not engine output at all is refused, not read as a page of text (which a JSON or XML file of
   * another kind would otherwise become).
   */
  private static final Map<String, String> PROMISES = Map.of(
      "json", "not PaddleOCR JSON, the only JSON baozhi reads",
      "xml", "neither ALTO nor PAGE XML, the XML baozhi reads",
      "hocr", "not hOCR",
      "html", "not hOCR, the only HTML baozhi reads",
      "htm", "not hOCR, the only HTML baozhi reads");

  /** The page number that a multi-page input adds to its output names: {@code NAME.page2.json}. */
  private static final Pattern PAGE_SUFFIX = Pattern.compile("(.*)\\.page[0-9]+");

  /**
   * Heap a page needs per byte of input at its peak, to refuse before reading it a page that cannot
   * fit: a little under the least that any shape of page needs ({@code bench/memory.sh 10 SHAPE}:
   * garbage 5, prose 6, short lines 11, bylines only 14), so that no page that would fit is
   * refused; one that passes and still runs out of memory fails alone by its OutOfMemoryError.
   */
  static final long HEAP_PER_INPUT_BYTE = 4;

  /** Bytes buffered before a write to an output: enough to make writes few, small beside a page. */
  private static final int OUTPUT_BUFFER = 1 << 16;

  /** The longest array a JVM allocates: a few bytes short of Integer.MAX_VALUE. */
  private static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  /** Tesseract's text output ends each page with a form feed; so do several pages as text here. */
  private static final byte PAGE_BREAK = '\f';

  @Parameters(paramLabel = "FILE|DIR",
      description = "Pages to parse (files, or directories with -r).")
  private List<String> inputs = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
      description = "Write to FILE (one input) or into DIR as NAME.json (several inputs).")
  private Path output;

  @Option(names = {"-r", "--recursive"},
      description = "Recurse into directories for the files --glob selects.")
  private boolean recursive;

  @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = DEFAULT_GLOB,
      description = "Which files to take from a directory (default " + DEFAULT_GLOB + ").")
  private String glob;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Pages parsed at once (default: the number of processors). Output order is the"
          + " same for any N.")
  private Integer jobs;

  @Option(names = {"-q", "--quiet"},
      description = "No progress bar and no summary line (failures are still reported).")
  private boolean quiet;

  @Option(names = "--format", paramLabel = "json|jsonl|html|text", defaultValue = "json",
      description = "json: one page document per page (default); jsonl: one article per line;"
          + " html: a review page per page, its articles coloured; text: the page in reading order.")
  private String format;

  @Option(names = "--input-format", paramLabel = "auto|text|hocr|alto|page|paddle",
      defaultValue = "auto",
      description = "auto (default): each input's format is sniffed from its content; or read every"
          + " input as text, hOCR, ALTO, PAGE XML or PaddleOCR JSON.")
  private String inputFormat;

  @Option(names = "--pretty", negatable = true,
      description = "Indent the JSON. The default when standard output is a terminal.")
  private Boolean pretty;

  @Option(names = "--issue-date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Date of the issue, to resolve partial dates such as 10月10日.")
  private LocalDate issueDate;

  @Option(names = "--encoding", paramLabel = "auto|CHARSET", defaultValue = "auto",
      description = "Charset of text input: auto (default) detects it; or UTF-8, GB18030, Big5,"
          + " UTF-16… Engine output declares its own.")
  private String encoding;

  @Option(names = "--replace-bad-bytes",
      description = "Read a text page that is valid in its charset but for a few bad bytes with"
          + " U+FFFD in their place, and a bad-bytes-replaced diagnostic giving their count and"
          + " offsets (in JSONL too), instead of failing it.")
  private boolean replaceBadBytes;

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

  /** Whether an input was a directory read with -r: its outputs then make a tree under -o DIR. */
  private boolean walkedADirectory;

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
          new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), OUTPUT_BUFFER), err);
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
      err.println("baozhi: " + internalError(e));
      return 1;
    });
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

  /** The output formats, with the extension of the files each writes into a directory. */
  private enum Format {
    JSON(".json"), JSONL(".jsonl"), HTML(".html"), TEXT(".txt");

    final String extension;

    Format(String extension) {
      this.extension = extension;
    }
  }

  @Override
  public Integer call() {
    Format writing;
    try {
      writing = Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return usage("--format must be json, jsonl, html or text, not '" + format + "'");
    }
    InputFormat forced;
    try {
      forced = inputFormat.equalsIgnoreCase("auto") ? null : InputFormat.fromName(inputFormat);
    } catch (IllegalArgumentException e) {
      return usage("--input-format must be auto, text, hocr, alto, page or paddle, not '"
          + inputFormat + "'");
    }
    Charset charset;
    try {
      charset = encoding.equalsIgnoreCase("auto") ? null : Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return usage("unknown encoding '" + encoding + "'");
    }
    Punctuation widths;
    switch (punctuation.toLowerCase(Locale.ROOT)) {
      case "keep" -> widths = Punctuation.KEEP;
      case "fullwidth" -> widths = Punctuation.FULLWIDTH;
      default -> {
        return usage("--punctuation must be keep or fullwidth, not '" + punctuation + "'");
      }
    }
    PageReader reader = PageReader.create(PageParser.create(ParserOptions.builder()
        .issueDate(issueDate)
        .charset(charset)
        .punctuation(widths)
        .repairOcrSpacing(!keepOcrSpaces)
        .replaceBadBytes(replaceBadBytes)
        .build()));
    if (inputs.isEmpty()) {
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
    java.nio.file.PathMatcher matcher;
    try {
      matcher = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      return usage("bad --glob pattern '" + glob + "': " + e.getMessage());
    }
    Failures failures = new Failures(err);
    List<Input> expanded = expand(failures, matcher);
    int total = expanded.size() + failures.count;
    // A directory makes a tree of outputs only when it is read (-r); without -r it is one failure.
    boolean toDirectory = writing != Format.JSONL
        && (total > 1 || walkedADirectory);
    if (toDirectory && output == null) {
      return usage("several inputs need -o DIR (or --format jsonl)");
    }
    if (toDirectory && Files.exists(output) && !Files.isDirectory(output)) {
      return usage("-o " + output + " must be a directory for several inputs");
    }
    boolean indent = pretty != null ? pretty : System.console() != null && output == null;
    boolean perFile = writing != Format.JSONL
        && (toDirectory || output != null && Files.isDirectory(output));
    String refusal = perFile ? collisions(expanded, writing.extension) : overwritesAnInput(expanded);
    if (refusal != null) {
      return usage(refusal);
    }
    // One JSON input to -o FILE is written by its job as it is rendered, as files into -o DIR are.
    Path file = writing == Format.JSON && !perFile && output != null && total == 1 ? output : null;
    Job job = new Job(reader, writing, forced, perFile, indent, stdin, maxInputSize, output, file);
    boolean batch = total > 1;
    long totalBytes = expanded.stream().mapToLong(Input::size).sum();
    Progress progress = new Progress(err, batch && !quiet && System.console() != null,
        expanded.size(), totalBytes);
    Summary summary = new Summary(writing != Format.TEXT);
    failures.start(progress);
    try (JsonlSink jsonl = writing == Format.JSONL ? new JsonlSink(output, stdout) : null) {
      new Batch<Input, Outcome>(workers).run(expanded, job::convert,
          (input, outcome) -> {
            if (outcome.failure() != null) {
              failures.add(input.display(), outcome.failure());
            } else {
              summary.add(outcome);
              if (jsonl != null) {
                jsonl.write(outcome.rendered());
              } else if (!perFile && output != null) {
                if (outcome.rendered() != null) { // else the job has written it
                  writeAtomically(output, outcome.rendered());
                }
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
            summary.inputs++;
            progress.update(summary.inputs, summary.seen);
          });
      if (jsonl != null) {
        jsonl.commit();
      }
    } catch (IOException | UncheckedIOException e) {
      progress.finish();
      if (isBrokenPipe(e)) {
        return 0; // the reader went away (| head): stop quietly, as Unix tools do
      }
      IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
      err.println("baozhi: cannot write output: " + reason(cause));
      return 1;
    }
    progress.finish();
    if (batch && !quiet) {
      err.println(summary.line(failures.count));
    } else if (failures.count > 0 && total > 1) {
      err.println("baozhi: " + failures.count + " of " + total + " inputs failed");
    }
    err.flush();
    return failures.count == 0 ? 0 : 1;
  }

  /**
   * Why the outputs of {@code inputs} in {@code -o DIR} cannot all be written, or null. Two inputs
   * of one name but for the extension ({@code p.txt}, {@code p.hocr}) would write the same {@code
   * p.json}; an input of several pages writes {@code p.page1.json}…, which an input {@code
   * p.page1.txt} would write too; and no output may replace an input ({@code --format text} of
   * {@code p.txt} into its own folder). All of it is known from the names, so the run is refused
   * before anything is written.
   */
  private String collisions(List<Input> inputs, String extension) {
    Path dir = realPath(output);
    Map<Path, Input> stems = new HashMap<>();
    for (Input input : inputs) {
      Input other = stems.putIfAbsent(dir.resolve(input.stem()).normalize(), input);
      if (other != null) {
        return collision(other, input, input.outputName(extension, 1, 1));
      }
    }
    for (Input input : inputs) {
      Matcher paged = PAGE_SUFFIX.matcher(input.stem().getFileName().toString());
      if (paged.matches()) {
        Path stem = dir.resolve(input.stem()).normalize();
        Path base = stem.resolveSibling(FileNames.replaceExtension(stem.getFileName(), ""));
        Input multi = stems.get(base);
        if (multi != null) {
          return collision(multi, input, input.outputName(extension, 1, 1));
        }
      }
    }
    for (Input input : inputs) {
      if (input.path() == null) {
        continue;
      }
      Path file = realPath(input.path());
      String name = file.getFileName().toString();
      if (!name.endsWith(extension)) {
        continue;
      }
      Path stem = file.resolveSibling(FileNames.replaceExtension(file.getFileName(), ""));
      Matcher paged = PAGE_SUFFIX.matcher(stem.getFileName().toString());
      Input writer = stems.get(stem);
      if (writer == null && paged.matches()) {
        writer = stems.get(stem.resolveSibling(FileNames.replaceExtension(stem.getFileName(), "")));
      }
      if (writer != null) {
        return "writing " + output.resolve(writer.outputName(extension, 1, 1)) + " would overwrite"
            + " the input " + input.display() + "; choose another -o DIR";
      }
    }
    return null;
  }

  private String collision(Input first, Input second, Path name) {
    return first.display() + " and " + second.display() + " would both write "
        + output.resolve(name) + "; rename one or convert them separately";
  }

  /** With {@code -o FILE}, why FILE must not be written: it is the input. Else null. */
  private String overwritesAnInput(List<Input> inputs) {
    if (output == null || !Files.exists(output)) {
      return null;
    }
    for (Input input : inputs) {
      if (input.path() != null && realPath(input.path()).equals(realPath(output))) {
        return "-o " + output + " would overwrite the input " + input.display();
      }
    }
    return null;
  }

  /** The real path where there is one (links resolved), else the absolute normalised path. */
  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static boolean isBrokenPipe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    return cause != null && cause.getMessage() != null && cause.getMessage().contains("Broken pipe");
  }

  /**
   * The result of one input's job: its counts and the output for a shared stream (null when it
   * was written to its own files), or why it failed.
   */
  private record Outcome(int pages, long articles, long unassigned, byte[] rendered, String failure) {

    static Outcome failed(String why) {
      return new Outcome(0, 0, 0, null, why);
    }
  }

  /**
   * What each input goes through on a worker: read, parse, render and, into a directory, write.
   *
   * @param forced the format every input is read as, or null to sniff each
   * @param output the directory written into when {@code perFile}
   * @param file the one file that the JSON of the one input is written into, or null
   */
  private record Job(PageReader reader, Format format, InputFormat forced, boolean perFile,
      boolean indent, InputStream stdin, long maxInputSize, Path output, Path file) {

    /**
     * Reads, parses and renders one input. Per-file outputs are written here too; output that
     * shares a stream is rendered here and written in input order by the caller.
     */
    Outcome convert(Input input) {
      try {
        String tooLarge = heapFor(input.size());
        if (tooLarge != null) {
          return Outcome.failed(tooLarge);
        }
        byte[] bytes = input.bytes(stdin, maxInputSize);
        tooLarge = heapFor(bytes.length);
        if (tooLarge != null) {
          return Outcome.failed(tooLarge);
        }
        InputFormat kind = forced != null ? forced : sniff(input, bytes);
        if (format == Format.TEXT) {
          return emit(input, readingOrder(bytes, kind), 0, 0);
        }
        List<Page> pages = reader.read(bytes, input.source(), kind);
        if (pages.isEmpty()) {
          return Outcome.failed("the " + kind.displayName() + " file holds no page");
        }
        List<byte[]> rendered = new ArrayList<>(pages.size());
        long articles = 0;
        long unassigned = 0;
        for (Page page : pages) {
          articles += page.articles().size();
          unassigned += page.unassigned().size();
        }
        if (format == Format.JSON && (perFile || file != null)) {
          return streamed(input, pages, articles, unassigned);
        }
        for (Page page : pages) {
          if (format == Format.JSONL) {
            rendered.add(PageJson.articleLines(page));
          } else if (format == Format.JSON) {
            rendered.add(PageJson.page(page, indent));
          }
        }
        if (format == Format.HTML) {
          String text = kind == InputFormat.TEXT ? reader.parser().decode(bytes) : null;
          if (perFile) {
            for (Page page : pages) {
              rendered.add(html(List.of(page), text, input));
            }
          } else {
            rendered.add(html(pages, text, input));
          }
        }
        return emit(input, rendered, articles, unassigned);
      } catch (InputDecodingException e) {
        return Outcome.failed(e.getMessage() + (e.charset().isPresent()
            ? "; --replace-bad-bytes reads it with U+FFFD in their place" : ""));
      } catch (UncheckedIOException | BaozhiException e) {
        return Outcome.failed(e.getMessage());
      } catch (RuntimeException e) {
        // A bug on one odd page must not cost the rest of an archive run; it is still reported.
        return Outcome.failed(internalError(e));
      } catch (OutOfMemoryError e) {
        // The page's objects are garbage once this is thrown; the next page has the heap again.
        return Outcome.failed("out of memory parsing this page of " + ByteSize.format(input.size())
            + "; give the JVM more heap (JAVA_OPTS=-Xmx…)");
      }
    }

    /**
     * Writes the pages' JSON into their files as it is rendered, never holding it in memory: one
     * file per page into the directory, or every page into the one file.
     */
    private Outcome streamed(Input input, List<Page> pages, long articles, long unassigned) {
      if (file != null) {
        write(file, out -> {
          for (Page page : pages) {
            PageJson.page(page, indent, out);
          }
        });
      } else {
        for (int i = 0; i < pages.size(); i++) {
          Page page = pages.get(i);
          write(output.resolve(input.outputName(format.extension, i + 1, pages.size())),
              out -> PageJson.page(page, indent, out));
        }
      }
      return new Outcome(pages.size(), articles, unassigned, null, null);
    }

    private static void write(Path target, Content content) {
      try {
        writeAtomically(target, content);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write " + target + ": " + reason(e), e);
      }
    }

    /**
     * Why a page of {@code bytes} cannot be parsed in this JVM's heap, or null: it needs about
     * {@link #HEAP_PER_INPUT_BYTE} bytes of heap per byte, and a page that needs more than the
     * whole heap would end the run with an OutOfMemoryError, not fail alone.
     */
    private static String heapFor(long bytes) {
      long heap = Runtime.getRuntime().maxMemory();
      if (bytes <= heap / HEAP_PER_INPUT_BYTE) {
        return null;
      }
      return "a page of " + ByteSize.format(bytes) + " needs about "
          + ByteSize.format(bytes * HEAP_PER_INPUT_BYTE) + " of heap, more than the JVM's "
          + ByteSize.format(heap) + "; give it more (JAVA_OPTS=-Xmx…)";
    }

    /** The pages as text in reading order: the lines that the JSON {@code lines} count. */
    private List<byte[]> readingOrder(byte[] bytes, InputFormat kind) {
      List<byte[]> texts = new ArrayList<>();
      if (kind == InputFormat.TEXT) {
        texts.add(normalisedLines(reader.parser().decode(bytes)).getBytes(StandardCharsets.UTF_8));
      } else {
        for (OcrPage page : OcrReader.read(bytes, kind)) {
          texts.add(reader.parser().readingOrder(page).getBytes(StandardCharsets.UTF_8));
        }
      }
      return texts;
    }

    private byte[] html(List<Page> pages, String text, Input input) {
      Path folder = input.path() == null ? null : input.path().toAbsolutePath().getParent();
      return HtmlReview.render(pages, text, folder, maxInputSize).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes each page's output into the directory ({@code NAME.EXT}, or {@code NAME.pageN.EXT}
     * for an input of several pages), or joins them for the shared stream.
     */
    private Outcome emit(Input input, List<byte[]> rendered, long articles, long unassigned) {
      if (rendered.isEmpty()) {
        return Outcome.failed("the file holds no page");
      }
      if (perFile) {
        for (int i = 0; i < rendered.size(); i++) {
          byte[] bytes = rendered.get(i);
          write(output.resolve(input.outputName(format.extension, i + 1, rendered.size())),
              out -> out.write(bytes));
        }
        return new Outcome(rendered.size(), articles, unassigned, null, null);
      }
      ByteArrayOutputStream joined = new ByteArrayOutputStream();
      for (int i = 0; i < rendered.size(); i++) {
        if (i > 0 && format == Format.TEXT) {
          joined.write(PAGE_BREAK);
        }
        joined.writeBytes(rendered.get(i));
      }
      return new Outcome(rendered.size(), articles, unassigned, joined.toByteArray(), null);
    }
  }

  /**
   * The format an input sniffs as, refusing a file whose extension promises engine output and
   * whose content is not any ({@code meta.json}, {@code site.html}): read as text, it would only
   * give a page of nonsense.
   */
  private static InputFormat sniff(Input input, byte[] bytes) {
    InputFormat kind = InputFormat.detect(bytes);
    if (kind == InputFormat.TEXT && input.path() != null) {
      String name = input.path().getFileName().toString();
      String promise = PROMISES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
      if (promise != null) {
        throw new BaozhiException(promise + "; name the format with --input-format to read it"
            + " anyway");
      }
    }
    return kind;
  }

  /** Text with every line ending in LF, a leading byte-order mark dropped, as the parser reads it. */
  static String normalisedLines(String text) {
    StringBuilder out = new StringBuilder(text.length() + 1);
    text.lines().forEach(line -> out.append(line).append('\n'));
    if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
      out.deleteCharAt(0);
    }
    return out.toString();
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

    void add(Outcome outcome) {
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

  private List<Input> expand(Failures failures, java.nio.file.PathMatcher matcher) {
    List<Input> expanded = new ArrayList<>();
    for (String name : inputs) {
      if (name.equals("-")) {
        expanded.add(Input.stdin());
        continue;
      }
      Path path;
      try {
        path = Path.of(name);
      } catch (java.nio.file.InvalidPathException e) {
        // The JVM decoded the argument in the platform's charset (LANG=C: ASCII) and lost bytes.
        failures.add(name, "the name cannot be given in this locale's charset; use a UTF-8 locale"
            + " (LANG=C.UTF-8), or -r on its folder");
        continue;
      }
      if (Files.isDirectory(path)) {
        if (!recursive) {
          failures.add(name, "is a directory (use -r to read the pages in it)");
          continue;
        }
        walkedADirectory = true;
        walk(name, path, matcher, expanded, failures);
      } else if (!Files.exists(path)) {
        failures.add(name, "no such file");
      } else {
        expanded.add(Input.file(path, path.getFileName()));
      }
    }
    return expanded;
  }

  /**
   * Adds the files {@code --glob} selects under the directory {@code path} (named {@code name} on
   * the command line), sorted. A link given on the command line is followed (links inside are
   * not, but for files); a subfolder that cannot be read is one failure, and the rest of the tree
   * is still read; a directory in which nothing matches is a failure too, rather than silence.
   */
  private void walk(String name, Path path, java.nio.file.PathMatcher matcher, List<Input> expanded,
      Failures failures) {
    List<Input> found = new ArrayList<>();
    int failed = failures.count;
    try {
      Path root = Files.isSymbolicLink(path) ? path.toRealPath() : path;
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          boolean regular = attributes.isRegularFile()
              || attributes.isSymbolicLink() && Files.isRegularFile(file);
          if (regular && matcher.matches(file.getFileName())) {
            Path relative = root.relativize(file);
            found.add(Input.file(path.resolve(relative), relative));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          failures.add(path.resolve(root.relativize(file)).toString(), "cannot read: " + reason(e));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      failures.add(name, "cannot list directory: " + reason(e));
      return;
    }
    found.sort(java.util.Comparator.comparing(Input::relative));
    expanded.addAll(found);
    if (found.isEmpty() && failures.count == failed) {
      failures.add(name, "no file in it matches --glob '" + glob + "'");
    }
  }

  /**
   * Writes the output to a temporary file beside the target and moves it into place, so that a
   * reader never sees a half-written file and an interrupted run leaves none behind.
   */
  private static void writeAtomically(Path target, byte[] content) throws IOException {
    writeAtomically(target, out -> out.write(content));
  }

  /** What goes into an output file, written to its stream. */
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path target, Content content) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    TempFiles.Temp temp = TempFiles.create(parent);
    try {
      try (OutputStream out = new BufferedOutputStream(temp.out(), OUTPUT_BUFFER)) {
        content.writeTo(out);
      }
      TempFiles.moveIntoPlace(temp.path(), target);
    } finally {
      temp.out().close();
      TempFiles.delete(temp.path());
    }
  }

  /** One input to read: a file, or standard input. */
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

    /** The name its pages report as their source: the file name, or {@code -}. */
    String source() {
      return path == null ? "-" : path.getFileName().toString();
    }

    /**
     * The relative path without the extension, under the same relative folders ({@code
     * 2024/p1} for {@code 2024/p1.txt}); never outside the output.
     */
    Path stem() {
      return renamed("");
    }

    /**
     * NAME.json for NAME.txt or NAME.hocr, with {@code extension}; page {@code page} of an input of
     * several pages is NAME.pageN.json. The name keeps the input name's bytes.
     */
    Path outputName(String extension, int page, int pages) {
      return renamed((pages == 1 ? "" : ".page" + page) + extension);
    }

    /** The relative path with its extension replaced by {@code suffix}; never outside the output. */
    private Path renamed(String suffix) {
      Path normal = relative.normalize();
      if (normal.isAbsolute() || normal.startsWith("..")) {
        normal = normal.getFileName();
      }
      Path name = FileNames.replaceExtension(normal.getFileName(), suffix);
      Path folder = normal.getParent();
      return folder == null ? name : folder.resolve(name);
    }

    /**
     * The input's bytes, refused when over {@code maxBytes}: a regular file by its size before it
     * is read, standard input, a pipe, a FIFO or a device ({@code /dev/zero}) by counting while
     * reading, which stops one byte past the limit.
     */
    byte[] bytes(InputStream stdin, long maxBytes) {
      try {
        if (path != null && Files.isRegularFile(path)) {
          if (size > maxBytes) {
            throw tooLarge(ByteSize.format(size) + ", over", maxBytes);
          }
          return Files.readAllBytes(path);
        }
        try (InputStream file = path == null ? null : Files.newInputStream(path)) {
          byte[] bytes = (file != null ? file : stdin)
              .readNBytes((int) Math.min(MAX_ARRAY_LENGTH, maxBytes + 1));
          if (bytes.length > maxBytes) {
            throw tooLarge("over", maxBytes);
          }
          return bytes;
        }
      } catch (NoSuchFileException | AccessDeniedException e) {
        throw new UncheckedIOException(reason(e), e);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read: " + reason(e), e);
      }
    }

    private static BaozhiException tooLarge(String size, long maxBytes) {
      return new BaozhiException("input is " + size + " the --max-input-size limit of "
          + ByteSize.format(maxBytes) + "; raise the limit to parse it");
    }
  }

  /**
   * Failed inputs, one line each, printed as they happen (so that an interrupted run has reported
   * what failed before it), once the run has started; the ones found while the command line was
   * read wait until it proves usable, so that a usage error stands alone.
   */
  private static final class Failures {
    private final PrintWriter err;
    private final List<String> waiting = new ArrayList<>();
    private Progress progress;
    int count;

    Failures(PrintWriter err) {
      this.err = err;
    }

    void add(String input, String message) {
      count++;
      String line = "baozhi: " + input + ": " + message;
      if (progress == null) {
        waiting.add(line);
      } else {
        print(line);
      }
    }

    /** Prints the failures so far, and every later one as it is added. */
    void start(Progress bar) {
      progress = bar;
      waiting.forEach(this::print);
      waiting.clear();
    }

    private void print(String line) {
      progress.finish();
      err.println(line);
      err.flush();
    }
  }

  /**
   * Article lines to standard output or one file. The file is written as the JSON files are: to a
   * temporary file beside it, moved into place by {@link #commit()} once every line is written, so
   * that a full disk or an interrupt leaves the old file (or none) and no temporary file.
   */
  private static final class JsonlSink implements AutoCloseable {
    private final OutputStream target;
    private final Path file;
    private final Path temp;
    private boolean committed;

    JsonlSink(Path file, OutputStream stdout) throws IOException {
      this.file = file;
      if (file == null) {
        this.temp = null;
        this.target = stdout;
        return;
      }
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      TempFiles.Temp created = TempFiles.create(parent);
      this.temp = created.path();
      this.target = new BufferedOutputStream(created.out(), OUTPUT_BUFFER);
    }

    void write(byte[] lines) throws IOException {
      target.write(lines);
    }

    /** Every line is written: the file takes its place. */
    void commit() throws IOException {
      if (temp != null) {
        target.close();
        TempFiles.moveIntoPlace(temp, file);
      }
      committed = true;
    }

    @Override
    public void close() throws IOException {
      if (temp == null) {
        target.flush();
      } else if (!committed) {
        try {
          target.close();
        } finally {
          TempFiles.delete(temp);
        }
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
