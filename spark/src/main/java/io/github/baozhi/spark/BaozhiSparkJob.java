package io.github.baozhi.spark;

import io.github.baozhi.ParserOptions;
import io.github.baozhi.Punctuation;
import io.github.baozhi.ocr.InputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code spark-submit} job: parses the pages under an input path into {@code articles/},
 * {@code unassigned/} and {@code errors/} under an output directory, in Parquet or JSON lines.
 *
 * <pre>
 * spark-submit --class io.github.baozhi.spark.BaozhiSparkJob baozhi-spark-job.jar \
 *     [--format parquet|jsonl] [--issue-date YYYY-MM-DD] … INPUT OUTPUT
 * </pre>
 *
 * <p>Exit status 0 when the job ran (pages that could not be read are rows of {@code errors/}), 1
 * when Spark failed, 2 for a usage error, which is told in one line, without a stack trace.
 */
@Command(name = "baozhi-spark", mixinStandardHelpOptions = true, sortOptions = false,
    versionProvider = BaozhiSparkJob.ManifestVersion.class,
    description = {
      "Parses OCR'd newspaper pages (text, hOCR, ALTO, PAGE XML, PaddleOCR JSON) with Spark into",
      "OUTPUT/articles, OUTPUT/unassigned (pieces in no article, and diagnostics) and",
      "OUTPUT/errors (inputs that could not be read)."
    },
    footer = {"", "Exit status: 0 the job ran (unreadable pages are rows of errors/), 1 Spark"
        + " failed, 2 usage error."})
public final class BaozhiSparkJob implements Callable<Integer> {

  /** What each {@code --format} writes with: Spark's Parquet and JSON (lines) sources. */
  enum OutputFormat {
    PARQUET("parquet"),
    JSONL("json");

    final String source;

    OutputFormat(String source) {
      this.source = source;
    }
  }

  @Parameters(index = "0", paramLabel = "INPUT",
      description = "A file, a directory (searched recursively) or a Hadoop glob, on any file"
          + " system Spark reads (file:, hdfs:, s3a:…).")
  private String input;

  @Parameters(index = "1", paramLabel = "OUTPUT",
      description = "The directory to write articles/, unassigned/ and errors/ into.")
  private String output;

  @Option(names = "--format", paramLabel = "parquet|jsonl", defaultValue = "parquet",
      converter = OutputFormatName.class,
      description = "parquet (default) or jsonl: one JSON object per line, part files per task.")
  private OutputFormat format;

  @Option(names = "--glob", paramLabel = "PATTERN", defaultValue = BaozhiSpark.DEFAULT_GLOB,
      description = "Which file names to take (default " + BaozhiSpark.DEFAULT_GLOB + ").")
  private String glob;

  @Option(names = "--input-format", paramLabel = "auto|text|hocr|alto|page|paddle",
      defaultValue = "auto", converter = InputFormatName.class,
      description = "auto (default): each page's format is sniffed; or read every page as that.")
  private InputFormat inputFormat;

  @Option(names = "--issue-date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
      description = "Date of the issue, to resolve partial dates such as 10月10日.")
  private LocalDate issueDate;

  @Option(names = "--encoding", paramLabel = "auto|CHARSET", defaultValue = "auto",
      converter = CharsetName.class,
      description = "Charset of text input: auto (default) detects it; or UTF-8, GB18030, Big5…")
  private Charset encoding;

  @Option(names = "--replace-bad-bytes",
      description = "Read text that is valid but for a few bad bytes with U+FFFD in their place.")
  private boolean replaceBadBytes;

  @Option(names = "--punctuation", paramLabel = "keep|fullwidth", defaultValue = "keep",
      converter = PunctuationName.class,
      description = "keep (default) or fullwidth: half-width ,:;()!? between CJK characters"
          + " become full-width.")
  private Punctuation punctuation;

  @Option(names = "--keep-ocr-spaces",
      description = "Keep the spaces some OCR engines put between Han characters.")
  private boolean keepOcrSpaces;

  @Option(names = "--overwrite", description = "Replace OUTPUT if it exists.")
  private boolean overwrite;

  private PrintWriter out;
  private PrintWriter err;

  /** Runs the job in the session that {@code spark-submit} (or the launcher) configured. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    if (SparkSession.getDefaultSession().isDefined()) {
      SparkSession.getDefaultSession().get().stop();
    }
    System.exit(status);
  }

  /**
   * Runs the job with the given streams and returns its exit status. The session it runs in (the
   * one configured, or one already running) is left running for the caller to stop.
   */
  static int run(String[] args, PrintWriter out, PrintWriter err) {
    BaozhiSparkJob job = new BaozhiSparkJob();
    job.out = out;
    job.err = err;
    CommandLine command = new CommandLine(job).setOut(out).setErr(err)
        .setParameterExceptionHandler((e, arguments) -> {
          err.println("baozhi-spark: " + e.getMessage());
          err.println("Usage: baozhi-spark [OPTIONS] INPUT OUTPUT (--help for more)");
          return UsageError.EXIT_STATUS;
        });
    return command.execute(args);
  }

  @Override
  public Integer call() {
    SparkSession spark;
    try {
      spark = SparkSession.builder().appName("baozhi").getOrCreate();
    } catch (RuntimeException e) {
      return usage("cannot start Spark: " + e.getMessage()
          + " (run with spark-submit --master …, or bin/baozhi-spark for a local run)");
    }
    try {
      return run(spark);
    } catch (UsageError e) {
      return usage(e.getMessage());
    }
  }

  private int run(SparkSession spark) {
    SaveMode mode = overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    if (!overwrite && exists(spark, output)) {
      throw new UsageError(output + " exists; remove it or pass --overwrite");
    }
    if (!matches(spark, input)) {
      throw new UsageError(input + " does not exist (or, as a glob, matches nothing)");
    }
    Dataset<Row> pages;
    try {
      pages = BaozhiSpark.readPages(spark, input, glob);
    } catch (Exception e) {
      // Scala throws AnalysisException, a checked exception, undeclared: for a missing input its
      // message is the whole story ("[PATH_NOT_FOUND] Path does not exist: …").
      if (e instanceof AnalysisException) {
        throw new UsageError(e.getMessage());
      }
      throw e;
    }
    ParserOptions options = ParserOptions.builder()
        .issueDate(issueDate)
        .charset(encoding)
        .punctuation(punctuation)
        .repairOcrSpacing(!keepOcrSpaces)
        .replaceBadBytes(replaceBadBytes)
        .build();
    ParsedPages parsed = BaozhiSpark.create(options).withInputFormat(inputFormat).parse(pages)
        .persist();
    try {
      write(parsed.articles(), "articles", mode);
      write(parsed.unassigned(), "unassigned", mode);
      write(parsed.errors(), "errors", mode);
      out.println("baozhi-spark: " + summary(parsed) + " written to " + output);
      return 0;
    } finally {
      parsed.unpersist();
    }
  }

  private void write(Dataset<Row> rows, String name, SaveMode mode) {
    DataFrameWriter<Row> writer = rows.write().mode(mode).format(format.source);
    if (format == OutputFormat.JSONL) {
      // As the CLI's JSON lines: a field without a value is written as null, not left out.
      writer.option("ignoreNullFields", "false");
    }
    writer.save(new Path(output, name).toString());
  }

  /** How many rows of each kind the job wrote, from the persisted records (no second parse). */
  private static String summary(ParsedPages parsed) {
    return parsed.articles().count() + " articles, " + parsed.unassigned().count()
        + " unassigned pieces and diagnostics, " + parsed.errors().count() + " errors";
  }

  private static boolean exists(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageError("cannot use " + path + " as the output: " + e.getMessage());
    }
  }

  /**
   * Whether {@code path}, a Hadoop glob, matches a file or directory: asked before Spark is, which
   * would log a stack trace for a missing input before it says so.
   */
  private static boolean matches(SparkSession spark, String path) {
    try {
      Path p = new Path(path);
      FileStatus[] found = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).globStatus(p);
      return found != null && found.length > 0;
    } catch (IOException | IllegalArgumentException e) {
      throw new UsageError("cannot read " + path + ": " + e.getMessage());
    }
  }

  private int usage(String message) {
    err.println("baozhi-spark: " + message);
    return UsageError.EXIT_STATUS;
  }

  /** A mistake of the user's: told in one line, exit status 2, no stack trace. */
  static final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final int EXIT_STATUS = 2;

    UsageError(String message) {
      super(message);
    }
  }

  /** {@code --format}. */
  static final class OutputFormatName implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return named("--format", value, OutputFormat.values());
    }
  }

  /** {@code --input-format}: {@code auto} is null, each page's format sniffed. */
  static final class InputFormatName implements CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String value) {
      if (value.strip().equalsIgnoreCase("auto")) {
        return null;
      }
      try {
        return InputFormat.fromName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(
            "--input-format must be auto, text, hocr, alto, page or paddle, not '" + value + "'");
      }
    }
  }

  /** {@code --punctuation}. */
  static final class PunctuationName implements CommandLine.ITypeConverter<Punctuation> {
    @Override
    public Punctuation convert(String value) {
      return named("--punctuation", value, Punctuation.values());
    }
  }

  /** The constant of {@code values} named {@code value} in any case, or a message naming them. */
  private static <E extends Enum<E>> E named(String option, String value, E[] values) {
    for (E e : values) {
      if (e.name().equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    List<String> names = Arrays.stream(values).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    throw new CommandLine.TypeConversionException(option + " must be "
        + String.join(" or ", names) + ", not '" + value + "'");
  }

  /** {@code --encoding}: {@code auto} is null, the charset detected from each page. */
  static final class CharsetName implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      if (value.strip().equalsIgnoreCase("auto")) {
        return null;
      }
      try {
        return Charset.forName(value.strip());
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new CommandLine.TypeConversionException("unknown encoding '" + value + "'");
      }
    }
  }

  /** {@code --issue-date} as an ISO date, with a message that names what is wrong. */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the form"
            + " YYYY-MM-DD, such as 2024-01-31");
      }
    }
  }

  /** Reads the version from the jar manifest. */
  static final class ManifestVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = BaozhiSparkJob.class.getPackage().getImplementationVersion();
      return new String[] {"baozhi-spark " + (version == null ? "(development build)" : version)};
    }
  }
}
