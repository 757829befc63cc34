package io.github.baozhi.cli;

import java.util.Locale;
import java.util.function.Function;

/** The names of {@code --format}, each with the {@link OutputFormat} that writes it. */
enum Format {
  JSON(JsonFormat::new),
  JSONL(JsonlFormat::new),
  HTML(HtmlFormat::new),
  TEXT(TextFormat::new),
  CSV(CsvFormat::new),
  TEI(TeiFormat::new);

  private final Function<Settings, OutputFormat> maker;

  Format(Function<Settings, OutputFormat> maker) {
    this.maker = maker;
  }

  /** The format, set up as the command line says. */
  OutputFormat create(Settings settings) {
    return maker.apply(settings);
  }

  /** The name on the command line, which picocli also completes. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
