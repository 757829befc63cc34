package io.github.baozhi.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --manifest FILE}: a CSV table that gives pages their issue date and paper. Its header
 * names the columns {@value #PATH}, {@value #ISSUE_DATE} and {@value #PAPER} in any order (other
 * columns are ignored); each row names one page by its path, relative to the manifest's folder or
 * absolute. It is UTF-8, with or without a byte-order mark, read with Jackson's CSV dataformat.
 *
 * <p>Everything wrong with the table itself is a usage error naming its row (the header being
 * row 1): a row without a path, an issue date that is not {@code YYYY-MM-DD} (or {@code
 * YYYYMMDD}), and a page listed twice, since two rows for one page leave it unclear which holds.
 * An empty cell says nothing: the page's date or paper then comes from the path pattern or
 * {@code --issue-date}. A row whose file does not exist is no error of the table's: the command
 * reports it where it matters ({@link Main}).
 */
final class Manifest {

  static final String PATH = "path";
  static final String ISSUE_DATE = "issue_date";
  static final String PAPER = "paper";

  /** The byte-order mark that spreadsheets write at the head of a UTF-8 CSV file. */
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final CsvMapper MAPPER = new CsvMapper();

  /** A table that cannot be used; its message names the file and, where it can, the row. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message);
    }
  }

  /**
   * One page the manifest lists.
   *
   * @param number the row's number in the file, the header being row 1
   * @param written the path as the row writes it, the page's source
   * @param file the page's file: {@code written} resolved against the manifest's folder
   */
  record Row(int number, String written, Path file, PageMetadata metadata) {}

  private final Path name;
  private final List<Row> rows;
  private final Map<Path, Row> byFile;

  private Manifest(Path name, List<Row> rows, Map<Path, Row> byFile) {
    this.name = name;
    this.rows = List.copyOf(rows);
    this.byFile = byFile;
  }

  /** The manifest as named on the command line, for messages. */
  Path name() {
    return name;
  }

  /** The rows, in the file's order. */
  List<Row> rows() {
    return rows;
  }

  /** The row that lists {@code file}, or null: paths compare as the files they name. */
  Row find(Path file) {
    return byFile.get(key(file));
  }

  /** Reads and checks the manifest {@code file}. */
  static Manifest read(Path file) throws Invalid {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new Invalid(file + " is not UTF-8");
    } catch (IOException e) {
      throw new Invalid("cannot read " + file + ": " + Main.reason(e));
    }
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    List<String[]> table = new ArrayList<>();
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(text)) {
      while (it.hasNextValue()) {
        table.add(it.nextValue());
      }
    } catch (IOException | RuntimeException e) {
      throw new Invalid(file + " row " + (table.size() + 1) + ": not CSV: "
          + e.getMessage().lines().findFirst().orElse("unreadable"));
    }
    return parse(file, table);
  }

  private static Manifest parse(Path file, List<String[]> table) throws Invalid {
    if (table.isEmpty()) {
      throw new Invalid(file + " is empty; its first row names the columns " + PATH + ","
          + ISSUE_DATE + "," + PAPER);
    }
    Map<String, Integer> columns = new HashMap<>();
    String[] header = table.get(0);
    for (int i = 0; i < header.length; i++) {
      columns.putIfAbsent(header[i].strip().toLowerCase(Locale.ROOT), i);
    }
    if (!columns.containsKey(PATH)
        || !columns.containsKey(ISSUE_DATE) && !columns.containsKey(PAPER)) {
      throw new Invalid(file + " row 1: the header must name the columns " + PATH + ","
          + ISSUE_DATE + "," + PAPER + " (" + PATH + " and at least one of the others), not '"
          + String.join(",", header) + "'");
    }
    Path folder = file.toAbsolutePath().getParent();
    List<Row> rows = new ArrayList<>();
    Map<Path, Row> byFile = new HashMap<>();
    for (int r = 1; r < table.size(); r++) {
      String[] cells = table.get(r);
      int number = r + 1;
      if (String.join("", cells).isBlank()) {
        continue; // a blank line lists nothing
      }
      String written = cell(cells, columns.get(PATH));
      if (written == null) {
        throw new Invalid(file + " row " + number + ": no " + PATH);
      }
      Path page;
      try {
        page = folder.resolve(written);
      } catch (InvalidPathException e) {
        throw new Invalid(file + " row " + number + ": '" + written + "' is no path");
      }
      String date = cell(cells, columns.get(ISSUE_DATE));
      PageMetadata metadata;
      try {
        metadata = new PageMetadata(cell(cells, columns.get(PAPER)),
            date == null ? null : IssueDates.parse(date));
      } catch (DateTimeException e) {
        throw new Invalid(file + " row " + number + ": " + ISSUE_DATE + " '" + date + "' "
            + IssueDates.NOT_A_DATE);
      }
      Row row = new Row(number, written, page, metadata);
      Row earlier = byFile.putIfAbsent(key(page), row);
      if (earlier != null) {
        throw new Invalid(file + " row " + number + ": lists " + written + " again, as row "
            + earlier.number() + " does; give each page one row");
      }
      rows.add(row);
    }
    return new Manifest(file, rows, byFile);
  }

  /** The cell of {@code column}, stripped, or null when the row has none or it is empty. */
  private static String cell(String[] cells, Integer column) {
    if (column == null || column >= cells.length) {
      return null;
    }
    String value = cells[column].strip();
    return value.isEmpty() ? null : value;
  }

  /**
   * What a path compares by: the real file when it exists (so that a link and its target, or
   * {@code a/../b} and {@code b}, are one page), else the absolute path with dots resolved.
   */
  static Path key(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException | SecurityException e) {
      return absolute;
    }
  }
}
