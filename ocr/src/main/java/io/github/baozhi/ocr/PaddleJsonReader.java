package io.github.baozhi.ocr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads PaddleOCR's JSON with jackson-core's streaming parser. Each text box is one line with no
 * words (PaddleOCR places whole lines), its confidence the score (outside 0 to 1, none). An entry
 * whose text is empty is kept: it is what the engine read there, and a line with no text adds
 * nothing downstream. The engine is {@code PaddleOCR}, the unit pixels, the page size 0 unless the
 * object carries integer {@code width} and {@code height}.
 *
 * <ul>
 *   <li>3.x, {@code save_to_json} of the OCR pipeline: an object with {@code rec_texts}, {@code
 *       rec_scores}, and {@code rec_boxes} ({@code [x_min, y_min, x_max, y_max]}, preferred) or
 *       {@code rec_polys} (bounds taken), parallel lists that must be as long as {@code
 *       rec_texts}; {@code input_path} is the image. The same object under {@code res}, and
 *       PP-StructureV3's {@code overall_ocr_res}, are read too. {@code dt_polys} is not: after a
 *       score threshold it no longer matches the texts. A list of such objects is a page each.
 *   <li>2.x, {@code ocr()}'s result: a list of {@code [polygon, [text, score]]} entries, one page;
 *       or that list per page, {@code [[entry, …], …]}, a page each, where {@code null} or {@code
 *       []} is a page with no text.
 * </ul>
 */
final class PaddleJsonReader {

  private static final InputFormat FORMAT = InputFormat.PADDLE;

  private static final String ENGINE = "PaddleOCR";

  /**
   * The deepest nesting accepted: 2.x's entries are five lists deep inside the per-page list,
   * 3.x's objects a few more; the limit also bounds the recursion over 2.x's values.
   */
  private static final int MAX_NESTING = 64;

  /** Keys only PaddleOCR's OCR results have, for sniffing; {@code input_path} is PaddleX-wide. */
  private static final Set<String> PADDLE_KEYS = Set.of("rec_texts", "rec_scores", "rec_polys",
      "rec_boxes", "dt_polys", "model_settings", "text_det_params", "textline_orientation_angles",
      "text_rec_score_thresh", "doc_preprocessor_res", "overall_ocr_res");

  private static final Set<String> WRAPPERS = Set.of("res", "overall_ocr_res");

  /** 2.x's shape, counted in lists opened before the first number: entries, or pages of them. */
  private static final int ENTRY_LISTS = 3;
  private static final int PAGE_LISTS = 4;

  private static final String END_OF_FILE = "unexpected end of file";
  private static final String JACKSON_END_OF_INPUT = "Unexpected end-of-input";

  /** PaddleOCR's scores run from 0 to 1. */
  private static final double SCORE_SCALE = 1;

  private static final int BOX_NUMBERS = 4;
  private static final int POINT_NUMBERS = 2;

  private static final JsonFactory JSON = new JsonFactoryBuilder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
      .build();

  private PaddleJsonReader() {}

  static List<OcrPage> read(byte[] bytes) {
    try (JsonParser p = JSON.createParser(bytes)) {
      JsonToken first = p.nextToken();
      List<OcrPage> pages;
      if (first == JsonToken.START_OBJECT) {
        pages = List.of(result(p).page(p));
      } else if (first == JsonToken.START_ARRAY) {
        pages = list(p);
      } else if (first == null) {
        throw new OcrFormatException(FORMAT, "the file is empty");
      } else {
        throw error(p, "expected an object or a list, found " + describe(first));
      }
      if (p.nextToken() != null) {
        throw error(p, "more content after the JSON value");
      }
      return pages;
    } catch (JsonEOFException e) {
      throw error(e, END_OF_FILE);
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      // Jackson says so in several wordings, not all of them a JsonEOFException.
      boolean atEnd = message != null && message.startsWith(JACKSON_END_OF_INPUT);
      throw error(e, atEnd ? END_OF_FILE : message);
    } catch (IOException e) {
      // Only a byte array is read: no I/O can fail, but the API declares it.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether {@code head}, the start of a file (possibly cut anywhere), is JSON in one of
   * PaddleOCR's layouts: an object with one of its keys (also under {@code res}), or 2.x's list.
   */
  static boolean sniff(byte[] head) {
    try (JsonParser p = JSON.createParser(head)) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_OBJECT) {
        return sniffObject(p, 0);
      }
      if (t != JsonToken.START_ARRAY) {
        return false;
      }
      t = p.nextToken();
      if (t == JsonToken.VALUE_NULL) {
        return true;
      }
      if (t == JsonToken.START_OBJECT) {
        return sniffObject(p, 0);
      }
      int lists = 0;
      while (t == JsonToken.START_ARRAY) {
        lists++;
        t = p.nextToken();
      }
      if (lists == 1 && t == JsonToken.END_ARRAY) {
        return true;
      }
      return (lists == ENTRY_LISTS || lists == PAGE_LISTS) && t != null && t.isNumeric()
          && p.nextToken().isNumeric() && p.nextToken() == JsonToken.END_ARRAY;
    } catch (IOException | RuntimeException e) {
      // Cut short or not JSON: no sign of PaddleOCR was seen before.
      return false;
    }
  }

  private static boolean sniffObject(JsonParser p, int level) throws IOException {
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      if (PADDLE_KEYS.contains(name)) {
        return true;
      }
      JsonToken value = p.nextToken();
      if (level == 0 && WRAPPERS.contains(name) && value == JsonToken.START_OBJECT) {
        return sniffObject(p, level + 1);
      }
      p.skipChildren();
    }
    return false;
  }

  // ---- 3.x

  /** The parallel lists of one 3.x result object. */
  private static final class Result {
    List<String> texts;
    List<Double> scores;
    List<Box> boxes;
    List<Box> polys;
    String image = "";
    int width;
    int height;
    Result wrapped;

    OcrPage page(JsonParser p) {
      Result r = texts == null && wrapped != null ? wrapped : this;
      if (r.texts == null) {
        throw error(p, "no rec_texts: not the result of PaddleOCR's OCR pipeline");
      }
      List<Box> placed = r.boxes != null ? r.boxes : r.polys;
      if (placed == null) {
        throw error(p, "rec_texts without rec_boxes or rec_polys to place them");
      }
      int n = r.texts.size();
      if (placed.size() != n || r.scores != null && r.scores.size() != n) {
        throw error(p, "rec_texts has " + n + " entries but "
            + (placed.size() != n ? (r.boxes != null ? "rec_boxes " : "rec_polys ") + placed.size()
                : "rec_scores " + r.scores.size()));
      }
      List<OcrLine> lines = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        double score = r.scores == null ? Double.NaN : Numbers.confidence(r.scores.get(i), SCORE_SCALE);
        lines.add(OcrLine.of(r.texts.get(i), placed.get(i), score));
      }
      String image = r.image.isEmpty() ? this.image : r.image;
      int w = r.width > 0 ? r.width : width;
      int h = r.height > 0 ? r.height : height;
      return new OcrPage(w, h, "pixel", lines, List.of(), ENGINE, image);
    }
  }

  /** The result object whose START_OBJECT was just read. */
  private static Result result(JsonParser p) throws IOException {
    Result r = new Result();
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      switch (name) {
        case "rec_texts" -> r.texts = strings(p, value, name);
        case "rec_scores" -> r.scores = numbers(p, value, name);
        case "rec_boxes" -> r.boxes = boxes(p, value, name);
        case "rec_polys" -> r.polys = polygons(p, value, name);
        case "input_path" -> {
          if (value == JsonToken.VALUE_STRING) {
            r.image = p.getText();
          } else if (value != JsonToken.VALUE_NULL) {
            throw error(p, "input_path is " + describe(value) + ", not a string");
          }
        }
        case "width" -> r.width = dimension(p, value, name);
        case "height" -> r.height = dimension(p, value, name);
        case "res", "overall_ocr_res" -> {
          if (value == JsonToken.START_OBJECT) {
            Result inner = result(p);
            if (r.wrapped == null || r.wrapped.texts == null) {
              r.wrapped = inner;
            }
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
    return r;
  }

  private static int dimension(JsonParser p, JsonToken value, String name) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT) {
      double v = p.getDoubleValue();
      if (Numbers.isSize(v)) {
        return Numbers.round(v);
      }
    }
    p.skipChildren();
    return 0;
  }

  private static List<String> strings(JsonParser p, JsonToken t, String name) throws IOException {
    expectList(p, t, name);
    List<String> out = new ArrayList<>();
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.VALUE_STRING) {
        throw error(p, name + "[" + out.size() + "] is " + describe(t) + ", not a string");
      }
      out.add(p.getText());
    }
    return out;
  }

  private static List<Double> numbers(JsonParser p, JsonToken t, String name) throws IOException {
    expectList(p, t, name);
    List<Double> out = new ArrayList<>();
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == null || !t.isNumeric()) {
        throw error(p, name + "[" + out.size() + "] is " + describe(t) + ", not a number");
      }
      out.add(p.getDoubleValue());
    }
    return out;
  }

  private static List<Box> boxes(JsonParser p, JsonToken t, String name) throws IOException {
    expectList(p, t, name);
    List<Box> out = new ArrayList<>();
    double[] v = new double[BOX_NUMBERS];
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      String what = name + "[" + out.size() + "]";
      if (t != JsonToken.START_ARRAY) {
        throw error(p, what + " is " + describe(t) + ", not [x_min, y_min, x_max, y_max]");
      }
      int n = 0;
      for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (n == BOX_NUMBERS || t == null || !t.isNumeric()) {
          throw error(p, what + " is not [x_min, y_min, x_max, y_max]");
        }
        v[n++] = coordinate(p, what);
      }
      if (n != BOX_NUMBERS) {
        throw error(p, what + " is not [x_min, y_min, x_max, y_max]");
      }
      int x0 = Numbers.round(v[0]);
      int y0 = Numbers.round(v[1]);
      int x1 = Numbers.round(v[2]);
      int y1 = Numbers.round(v[3]);
      if (x1 < x0 || y1 < y0) {
        throw error(p, what + " has a negative size");
      }
      out.add(new Box(x0, y0, x1, y1));
    }
    return out;
  }

  private static List<Box> polygons(JsonParser p, JsonToken t, String name) throws IOException {
    expectList(p, t, name);
    List<Box> out = new ArrayList<>();
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      out.add(polygon(p, t, name + "[" + out.size() + "]"));
    }
    return out;
  }

  /** The bounds of a polygon {@code [[x, y], …]} whose first token is {@code t}. */
  private static Box polygon(JsonParser p, JsonToken t, String what) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      throw error(p, what + " is " + describe(t) + ", not a polygon [[x, y], …]");
    }
    int left = 0;
    int top = 0;
    int right = 0;
    int bottom = 0;
    int points = 0;
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t != JsonToken.START_ARRAY) {
        throw error(p, what + " is not a polygon [[x, y], …]");
      }
      double[] xy = new double[POINT_NUMBERS];
      int n = 0;
      for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (n == POINT_NUMBERS || t == null || !t.isNumeric()) {
          throw error(p, what + " has a point that is not [x, y]");
        }
        xy[n++] = coordinate(p, what);
      }
      if (n != POINT_NUMBERS) {
        throw error(p, what + " has a point that is not [x, y]");
      }
      int x = Numbers.round(xy[0]);
      int y = Numbers.round(xy[1]);
      if (points == 0) {
        left = x;
        right = x;
        top = y;
        bottom = y;
      } else {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
      points++;
    }
    if (points == 0) {
      throw error(p, what + " is a polygon without points");
    }
    return new Box(left, top, right, bottom);
  }

  private static double coordinate(JsonParser p, String what) throws IOException {
    double v = p.getDoubleValue();
    if (!Numbers.isCoordinate(v)) {
      throw error(p, what + " has " + p.getText() + ", which is not a coordinate");
    }
    return v;
  }

  private static void expectList(JsonParser p, JsonToken t, String name) {
    if (t != JsonToken.START_ARRAY) {
      throw error(p, name + " is " + describe(t) + ", not a list");
    }
  }

  // ---- 2.x, and lists of 3.x results

  /** The pages of a top-level list whose START_ARRAY was just read. */
  private static List<OcrPage> list(JsonParser p) throws IOException {
    List<OcrPage> pages = new ArrayList<>();
    List<OcrLine> entries = new ArrayList<>();
    boolean sawPages = false;
    int index = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
      if (t == JsonToken.START_OBJECT) {
        sawPages = true;
        pages.add(result(p).page(p));
      } else if (t == JsonToken.VALUE_NULL) {
        sawPages = true;
        pages.add(page(List.of()));
      } else if (t == JsonToken.START_ARRAY) {
        List<Object> value = array(p);
        if (isPage(value)) {
          sawPages = true;
          List<OcrLine> lines = new ArrayList<>(value.size());
          for (int i = 0; i < value.size(); i++) {
            lines.add(entry(p, value.get(i), "entry " + i + " of page " + (pages.size() + 1)));
          }
          pages.add(page(lines));
        } else {
          entries.add(entry(p, value, "entry " + index));
        }
      } else {
        throw error(p, "item " + index + " of the list is " + describe(t)
            + ", not a page or an entry [polygon, [text, score]]");
      }
      if (sawPages && !entries.isEmpty()) {
        throw error(p, "the list mixes pages and entries [polygon, [text, score]]");
      }
    }
    if (!sawPages) {
      pages.add(page(entries));
    }
    return pages;
  }

  private static OcrPage page(List<OcrLine> lines) {
    return new OcrPage(0, 0, "pixel", lines, List.of(), ENGINE, "");
  }

  /**
   * The rest of a list whose START_ARRAY was just read, as nested lists of Double, String and
   * null. Recursive: the depth is bounded by {@link #MAX_NESTING}.
   */
  private static List<Object> array(JsonParser p) throws IOException {
    List<Object> out = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (t == JsonToken.START_ARRAY) {
        out.add(array(p));
      } else if (t != null && t.isNumeric()) {
        out.add(p.getDoubleValue());
      } else if (t == JsonToken.VALUE_STRING) {
        out.add(p.getText());
      } else if (t == JsonToken.VALUE_NULL) {
        out.add(null);
      } else {
        throw error(p, "unexpected " + describe(t) + " in a PaddleOCR 2.x result");
      }
    }
    return out;
  }

  /** Whether a list is a page of entries rather than an entry: empty, or its first is an entry. */
  private static boolean isPage(List<Object> value) {
    return value.isEmpty() || value.get(0) instanceof List<?> first && !first.isEmpty()
        && first.get(0) instanceof List<?> second && !second.isEmpty()
        && second.get(0) instanceof List<?>;
  }

  /** A 2.x entry {@code [polygon, [text, score]]} as a line. */
  private static OcrLine entry(JsonParser p, Object value, String what) {
    if (!(value instanceof List<?> entry) || entry.size() != 2
        || !(entry.get(0) instanceof List<?> polygon)
        || !(entry.get(1) instanceof List<?> result) || result.size() != 2
        || !(result.get(0) instanceof String text) || !(result.get(1) instanceof Double score)) {
      throw error(p, what + " is not [polygon, [text, score]]");
    }
    if (polygon.isEmpty()) {
      throw error(p, what + " has a polygon without points");
    }
    int left = Integer.MAX_VALUE;
    int top = Integer.MAX_VALUE;
    int right = Integer.MIN_VALUE;
    int bottom = Integer.MIN_VALUE;
    for (Object point : polygon) {
      if (!(point instanceof List<?> xy) || xy.size() != POINT_NUMBERS
          || !(xy.get(0) instanceof Double x) || !(xy.get(1) instanceof Double y)
          || !Numbers.isCoordinate(x) || !Numbers.isCoordinate(y)) {
        throw error(p, what + " has a point that is not [x, y]");
      }
      left = Math.min(left, Numbers.round(x));
      right = Math.max(right, Numbers.round(x));
      top = Math.min(top, Numbers.round(y));
      bottom = Math.max(bottom, Numbers.round(y));
    }
    return OcrLine.of(text, new Box(left, top, right, bottom), Numbers.confidence(score, SCORE_SCALE));
  }

  // ---- Errors

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the file";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
    };
  }

  private static OcrFormatException error(JsonParser p, String detail) {
    JsonLocation at = p.currentTokenLocation();
    return new OcrFormatException(FORMAT, detail, at.getLineNr(), at.getColumnNr(), null);
  }

  private static OcrFormatException error(JsonProcessingException e, String detail) {
    JsonLocation at = e.getLocation();
    String message = detail == null ? "unreadable JSON" : detail;
    return at == null ? new OcrFormatException(FORMAT, message, -1, -1, e)
        : new OcrFormatException(FORMAT, message, at.getLineNr(), at.getColumnNr(), e);
  }
}
