package io.github.baozhi.layouts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * Lays article text out as an OCR text page of a {@link LayoutVariant} and writes its truth.
 *
 * <p>A page holds {@value #MIN_ARTICLES} to {@value #MAX_ARTICLES} articles drawn from the pool.
 * Each article gets a dateline of a common form (or none) and a byline that fits it (a credit in
 * the dateline leaves none at the end), is set at one column width in one house style ({@link
 * ColumnSetter.Kinsoku}, squeezing or not), and flows through columns of
 * one height per page: where a column ends a blank line stands (OCR reads the next column after
 * white space), wherever that falls. Modules (headline blocks, articles, page furniture) are
 * separated by a blank line. Page furniture (a page label at the head, the editor's line at the
 * foot) and column labels belong to no article: the truth lists them as unassigned.
 *
 * <p>A page is one a reader could split: an article that does not follow a headline block opens
 * with a dateline or follows one that closed with a byline (otherwise nothing on the page, not
 * even for a reader, says where it starts), so such an article is given a {@code 本报讯}.
 */
public final class LayoutGenerator {

  /** Articles per page: a page of briefs holds more, a feature page fewer. */
  static final int MIN_ARTICLES = 3;

  static final int MAX_ARTICLES = 5;

  /** Lines per column, the column's depth a module gets: short modules to a half-page column. */
  static final int MIN_COLUMN_LINES = 6;

  static final int MAX_COLUMN_LINES = 16;

  /** Share of articles printed without a headline where headlines are printed (briefs). */
  static final double NO_HEADLINE = 0.1;

  /** Share of articles ending in a byline set on a line of its own (right-aligned credit). */
  static final double BYLINE_OWN_LINE = 0.25;

  /** Chance of a page label at the head and of the editor's line at the foot. */
  static final double FURNITURE = 0.5;

  /** Chance, on a column-labels page, that a headline has a column name above it. */
  static final double COLUMN_LABEL = 0.5;

  /** Chance that a paragraph (of two lines or more) breaks after its first line. */
  static final double FIRST_LINE_BREAK = 0.5;

  /**
   * Chance that an article is set pushing out (推出) rather than hanging (推入), and that it is set
   * squeezing its pause marks: house styles differ, even between the articles of one seed page
   * (seed 001's second article is set line for line as a pushing, squeezing setter sets it, its
   * first article as one that does not squeeze).
   */
  static final double PUSH_OUT = 0.5;

  static final double SQUEEZE = 0.5;

  /** Chance, under headlines MIXED, that an article's headline stands after it. */
  static final double HEADLINE_AFTER = 0.5;

  private static final String[] REPORTERS = {"王明", "李海秀", "张华", "陈静", "刘洋", "赵磊",
      "孙婷婷", "周晓方", "吴昊", "郑敏", "欧阳澄", "林昭宏"};
  private static final String[] PLACES = {"北京", "上海", "杭州", "南京", "广州", "成都", "武汉",
      "西安"};
  private static final String[] CNA_PLACES = {"台北", "台中", "高雄", "新竹", "台南", "花蓮"};
  private static final String[] PAGE_LABELS = {"要闻", "A2", "综合新闻", "第3版 经济",
      "2024年5月28日 星期二"};
  private static final String[] COLUMN_LABELS = {"经济观察", "社会纵横", "城事", "民生视点",
      "文化"};
  private static final String[] EDITORS = {"王五", "赵六", "钱晓", "孙一凡"};

  private final List<SourceArticle> pool;
  private final Transliterator toTraditional = Transliterator.getInstance("Hans-Hant");

  /** A generator drawing article text from {@code pool}. Not thread-safe (ICU transliterator). */
  LayoutGenerator(List<SourceArticle> pool) {
    this.pool = List.copyOf(pool);
  }

  /** A generator drawing the articles of {@code file} ({@code testdata/layouts/articles.json}). */
  public static LayoutGenerator reading(Path file) throws IOException {
    return new LayoutGenerator(SourceArticle.read(file));
  }

  /** One page: its name, its text and its truth. */
  public record GeneratedPage(String name, String text, ObjectNode truth) {}

  /** The article as laid out: text, the credits it was given, width and where its headline is. */
  private record Placed(SourceArticle text, String dateline, boolean datelineSpaced,
      String byline, boolean bylineOwnLine, boolean headline, boolean after, int width,
      String label, ColumnSetter.Kinsoku kinsoku, boolean squeeze) {}

  /** Page {@code seed} of {@code variant}; the same arguments give the same page. */
  public GeneratedPage page(LayoutVariant variant, int seed) {
    SplittableRandom random = new SplittableRandom(variant.name().hashCode() * 1_000_003L + seed);
    boolean traditional = variant.script() == LayoutVariant.Script.TRADITIONAL;
    UnaryOperator<String> script = traditional ? toTraditional::transliterate : s -> s;
    int count = MIN_ARTICLES + random.nextInt(MAX_ARTICLES - MIN_ARTICLES + 1);
    List<Integer> drawn = new ArrayList<>();
    while (drawn.size() < count) {
      int k = random.nextInt(pool.size());
      if (!drawn.contains(k)) {
        drawn.add(k);
      }
    }
    List<Placed> articles = new ArrayList<>();
    for (int k : drawn) {
      articles.add(place(variant, pool.get(k).map(script), random, script, traditional,
          articles.isEmpty() ? null : articles.get(articles.size() - 1)));
    }
    List<String> unassigned = new ArrayList<>();
    List<String> out = new ArrayList<>();
    if (random.nextDouble() < FURNITURE) {
      String label = script.apply(PAGE_LABELS[random.nextInt(PAGE_LABELS.length)]);
      unassigned.add(label);
      module(out, List.of(label));
    }
    int height = MIN_COLUMN_LINES + random.nextInt(MAX_COLUMN_LINES - MIN_COLUMN_LINES + 1);
    int[] inColumn = {0};
    for (Placed a : articles) {
      if (a.label != null) {
        unassigned.add(a.label);
        module(out, List.of(a.label));
      }
      if (a.headline && !a.after) {
        module(out, a.text.headlineLines());
      }
      body(out, a, variant, random, height, inColumn);
      if (a.headline && a.after && variant.headlines() != LayoutVariant.Headlines.PAGE_END) {
        module(out, a.text.headlineLines());
      }
    }
    if (variant.headlines() == LayoutVariant.Headlines.PAGE_END) {
      articles.stream().filter(Placed::headline).forEach(a -> module(out, a.text.headlineLines()));
    }
    if (random.nextDouble() < FURNITURE) {
      String editor = script.apply("责任编辑：" + EDITORS[random.nextInt(EDITORS.length)]);
      unassigned.add(editor);
      module(out, List.of(editor));
    }
    String name = variant.name() + "-" + String.format("%02d", seed);
    return new GeneratedPage(name, String.join("\n", out) + "\n",
        truth(name, articles, unassigned));
  }

  private Placed place(LayoutVariant v, SourceArticle text, SplittableRandom random,
      UnaryOperator<String> script, boolean traditional, Placed before) {
    boolean headline = switch (v.headlines()) {
      case NONE -> false;
      case PAGE_END -> true; // a page-end headline block lists every article's
      default -> random.nextDouble() >= NO_HEADLINE;
    };
    boolean after = v.headlines() == LayoutVariant.Headlines.AFTER
        || v.headlines() == LayoutVariant.Headlines.PAGE_END
        || v.headlines() == LayoutVariant.Headlines.MIXED && random.nextDouble() < HEADLINE_AFTER;
    String reporter = script.apply(REPORTERS[random.nextInt(REPORTERS.length)]);
    String place = script.apply(PLACES[random.nextInt(PLACES.length)]);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    String dateline;
    String byline = null;
    boolean spaced = false;
    int form = random.nextInt(10);
    switch (form) {
      case 0, 1 -> {
        dateline = null;
        int b = random.nextInt(10);
        byline = b < 5 ? "（记者 " + reporter + "）" : b < 7 ? "（" + reporter + "）" : null;
      }
      case 2, 3, 4 -> {
        dateline = "本报讯";
        spaced = true;
        byline = random.nextInt(10) < 7 ? "（" + reporter + "）" : "（记者 " + reporter + "）";
      }
      case 5 -> dateline = "本报讯（记者 " + reporter + "）";
      case 6 -> dateline = "本报" + place + month + "月" + day + "日电（记者 " + reporter + "）";
      case 7 -> dateline = "新华社" + place + month + "月" + day + "日电（记者 " + reporter + "）";
      case 8 -> dateline = "新华社" + place + month + "月" + day + "日电";
      default -> dateline = "据新华社" + place + month + "月" + day + "日电";
    }
    if (traditional && (form == 7 || form == 8) && random.nextBoolean()) {
      dateline = "（中央社記者" + reporter + CNA_PLACES[random.nextInt(CNA_PLACES.length)] + day
          + "日電）";
    }
    boolean separated = headline && !after
        || before != null && before.headline && before.after
            && v.headlines() != LayoutVariant.Headlines.PAGE_END
        || before == null || before.byline != null;
    if (dateline == null && (!separated || v.headlines() == LayoutVariant.Headlines.NONE
        || v.breaks() == LayoutVariant.Breaks.AFTER_DATELINE_LINE)) {
      dateline = "本报讯";
      spaced = true;
    }
    int width = v.minWidth() + random.nextInt(v.maxWidth() - v.minWidth() + 1);
    String label = v.columnLabels() && headline && !after && random.nextDouble() < COLUMN_LABEL
        ? script.apply(COLUMN_LABELS[random.nextInt(COLUMN_LABELS.length)]) : null;
    return new Placed(text, dateline == null ? null : script.apply(dateline), spaced,
        byline == null ? null : script.apply(byline), random.nextDouble() < BYLINE_OWN_LINE,
        headline, after, width, label,
        random.nextDouble() < PUSH_OUT ? ColumnSetter.Kinsoku.PUSH_OUT : ColumnSetter.Kinsoku.HANG,
        random.nextDouble() < SQUEEZE);
  }

  /** Appends a module's lines after a blank line (none at the page head). */
  private static void module(List<String> out, List<String> lines) {
    blank(out);
    out.addAll(lines);
  }

  private static void blank(List<String> out) {
    if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
      out.add("");
    }
  }

  /** The article's text lines, with its paragraph gaps and column breaks. */
  private static void body(List<String> out, Placed a, LayoutVariant v, SplittableRandom random,
      int height, int[] inColumn) {
    ColumnSetter setter = new ColumnSetter(a.width, v.quotes(), a.kinsoku, a.squeeze);
    List<String> paragraphs = new ArrayList<>(a.text.paragraphs());
    if (a.dateline != null) {
      paragraphs.set(0, a.dateline + (a.datelineSpaced ? " " : "") + paragraphs.get(0));
    }
    if (a.byline != null && !a.bylineOwnLine) {
      int last = paragraphs.size() - 1;
      paragraphs.set(last, paragraphs.get(last) + a.byline);
    }
    blank(out);
    for (int p = 0; p < paragraphs.size(); p++) {
      List<String> lines = v.paragraphPerLine() ? List.of(paragraphs.get(p))
          : setter.set(paragraphs.get(p));
      if (p > 0 && v.paragraphGaps()) {
        blank(out);
      }
      boolean breakAfterFirst = lines.size() > 1 && !v.paragraphPerLine()
          && (v.breaks() == LayoutVariant.Breaks.AFTER_FIRST_LINE && p > 0
              && random.nextDouble() < FIRST_LINE_BREAK
          || v.breaks() == LayoutVariant.Breaks.AFTER_DATELINE_LINE && p == 0);
      for (int k = 0; k < lines.size(); k++) {
        out.add(lines.get(k));
        if (v.paragraphPerLine()) {
          continue; // text extracted from PDF: no columns
        }
        inColumn[0]++;
        if (inColumn[0] >= height || k == 0 && breakAfterFirst) {
          blank(out);
          inColumn[0] = 0;
        }
      }
    }
    if (a.byline != null && a.bylineOwnLine) {
      out.add(a.byline);
    }
  }

  private static ObjectNode truth(String name, List<Placed> articles, List<String> unassigned) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode page = f.objectNode();
    page.put("source", name + ".txt");
    ArrayNode list = page.putArray("articles");
    for (Placed a : articles) {
      ObjectNode o = list.addObject();
      if (a.headline) {
        ObjectNode h = o.putObject("headline");
        h.put("kicker", a.text.kicker());
        h.put("title", a.text.title());
        h.put("subtitle", a.text.subtitle());
      } else {
        o.putNull("headline");
      }
      o.put("dateline", a.dateline);
      o.put("byline", a.byline);
      ArrayNode body = o.putArray("body");
      a.text.paragraphs().forEach(body::add);
      o.putArray("subheads");
    }
    ArrayNode rest = page.putArray("unassigned");
    unassigned.forEach(rest::add);
    return page;
  }
}
