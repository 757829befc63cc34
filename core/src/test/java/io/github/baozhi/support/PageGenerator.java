package io.github.baozhi.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes random newspaper pages in the seeds' OCR style, for property tests: articles with and
 * without datelines, bylines and headlines, wrapped to a random column width with the paragraph
 * indent dropped, column breaks, headlines before, after or far from their article, noise lines,
 * Latin words, split Latin words, emoji and supplementary-plane ideographs.
 */
public final class PageGenerator {

  /** Where headlines stand relative to their articles. */
  public enum HeadlinePlacement { BEFORE, AFTER, PAGE_END, MIXED }

  /** A generated page and how it was laid out. */
  public record GeneratedPage(String text, HeadlinePlacement placement, int columnCells) {
    @Override
    public String toString() {
      return "GeneratedPage[" + placement + ", " + columnCells + " cells]\n" + text;
    }
  }

  private static final String HAN =
      "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"
          + "而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把"
          + "性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质"
          + "气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活"
          + "市委书记区县镇街道企业项目发展创新服务民生经济建设改革推进会议强调要求部署落实工作";
  private static final String TRADITIONAL = "國會議發展經濟報導記者臺灣體育學術圖書館電視聯絡";
  private static final String[] LATIN = {"GDP", "CEO", "5G", "AI", "Co-operative", "Labour", "FAO", "SUV"};
  private static final String[] EXTRA = {"😀", "\uD840\uDC00", "\uD840\uDC01", "\uD87E\uDC04", "·", "—", "……"};
  private static final String[] DATELINES = {
    "本报讯", "本报讯 ", "晚报讯", "本报北京5月27日电（记者 李海秀）", "新华社北京2月27日电（记者 张三、李四）",
    "本報訊", "（中央社記者王小明台北10日電）", "【新华社重庆十四日电】", "据新华社北京2月20日电", "本报讯（记者 周立）"
  };
  private static final String[] NAMES = {"陈菁菁", "惠晓婧、张驰", "据新华社", "王拓", "记者 周立", "天易", "区委政研室"};
  private static final String[] NOISE = {"要闻", "A2", "2022年10月11日 星期二", "责任编辑：王五", "二泉月", "※※※", "|", "·"};

  private final Random random;

  public PageGenerator(long seed) {
    this.random = new Random(seed);
  }

  public GeneratedPage page(int columnCells, HeadlinePlacement placement, boolean paragraphPerLine) {
    int articleCount = 1 + random.nextInt(5);
    // Column breaks fall every so many lines, as a column runs down the page.
    int columnLength = 6 + random.nextInt(20);
    int sinceBreak = 0;
    List<String> out = new ArrayList<>();
    List<List<String>> pageEnd = new ArrayList<>();
    if (random.nextInt(4) == 0) {
      out.add(pick(NOISE));
      out.add("");
    }
    for (int a = 0; a < articleCount; a++) {
      List<String> paragraphs = new ArrayList<>();
      int paragraphCount = 1 + random.nextInt(4);
      for (int p = 0; p < paragraphCount; p++) {
        paragraphs.add(paragraph());
      }
      List<String> headline = random.nextInt(5) > 0 ? headline(paragraphs.get(0)) : List.of();
      if (random.nextInt(3) > 0) {
        paragraphs.set(0, pick(DATELINES) + paragraphs.get(0));
      }
      HeadlinePlacement where = placement == HeadlinePlacement.MIXED
          ? HeadlinePlacement.values()[random.nextInt(3)] : placement;
      if (where == HeadlinePlacement.BEFORE && !headline.isEmpty()) {
        out.addAll(headline);
        out.add("");
      }
      String byline = random.nextInt(4) > 0 ? "（" + pick(NAMES) + "）" : null;
      for (int p = 0; p < paragraphs.size(); p++) {
        String text = paragraphs.get(p);
        boolean last = p == paragraphs.size() - 1;
        if (last && byline != null && random.nextBoolean()) {
          text = text + (random.nextBoolean() ? " " : "") + byline;
          byline = null;
        }
        List<String> lines = paragraphPerLine ? List.of(text) : wrap(text, columnCells);
        for (String line : lines) {
          out.add(line);
          if (++sinceBreak >= columnLength) {
            out.add("");
            sinceBreak = 0;
          }
        }
        if (paragraphPerLine || random.nextBoolean()) {
          out.add("");
        }
      }
      if (byline != null) {
        out.add(byline);
      }
      out.add("");
      if (where == HeadlinePlacement.AFTER && !headline.isEmpty()) {
        out.addAll(headline);
        out.add("");
      } else if (where == HeadlinePlacement.PAGE_END && !headline.isEmpty()) {
        pageEnd.add(headline);
      }
      if (random.nextInt(8) == 0) {
        out.add(pick(NOISE));
        out.add("");
      }
    }
    for (List<String> headline : pageEnd) {
      out.addAll(headline);
      out.add("");
    }
    return new GeneratedPage(String.join("\n", out), placement, columnCells);
  }

  /** Arbitrary characters, newlines and punctuation: no page at all. */
  public String garbage(int length) {
    StringBuilder out = new StringBuilder();
    while (out.length() < length) {
      switch (random.nextInt(8)) {
        case 0 -> out.append('\n');
        case 1 -> out.append("（）()【】〔〕“”。，、：".charAt(random.nextInt(13)));
        case 2 -> out.appendCodePoint(random.nextInt(0x30000));
        case 3 -> out.append(pick(DATELINES));
        case 4 -> out.append(' ');
        case 5 -> out.append(pick(EXTRA));
        default -> out.append(HAN.charAt(random.nextInt(HAN.length())));
      }
    }
    return out.toString();
  }

  private String paragraph() {
    StringBuilder out = new StringBuilder();
    int sentences = 1 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      int clauses = 1 + random.nextInt(3);
      for (int c = 0; c < clauses; c++) {
        out.append(words(3 + random.nextInt(8)));
        out.append(c < clauses - 1 ? "，" : pick(new String[] {"。", "。", "。", "！", "？", "。”"}));
      }
    }
    return out.toString();
  }

  private String words(int count) {
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < count; w++) {
      int kind = random.nextInt(30);
      if (kind == 0) {
        out.append(pick(LATIN));
      } else if (kind == 1) {
        out.append(1 + random.nextInt(2030));
      } else if (kind == 2) {
        out.append(pick(EXTRA));
      } else if (kind == 3) {
        out.append("2020-2021");
      } else if (kind == 4) {
        out.append(TRADITIONAL.charAt(random.nextInt(TRADITIONAL.length())));
      } else {
        out.append(HAN.charAt(random.nextInt(HAN.length())));
        out.append(HAN.charAt(random.nextInt(HAN.length())));
      }
    }
    return out.toString();
  }

  /** One to three headline lines, mostly drawn from the lead so that they match it. */
  private List<String> headline(String lead) {
    List<String> lines = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    int[] content = lead.codePoints().filter(Character::isIdeographic).toArray();
    for (int i = 0; i < count; i++) {
      int length = 4 + random.nextInt(10);
      if (content.length > length && random.nextInt(4) > 0) {
        int start = random.nextInt(content.length - length);
        lines.add(new String(content, start, length));
      } else {
        lines.add(words(2 + random.nextInt(5)));
      }
    }
    return lines;
  }

  /** Wraps to the column, first line two cells short, like OCR of a newspaper column. */
  static List<String> wrap(String text, int columnCells) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    double width = 0;
    double limit = columnCells - 2;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      double cells = cp < 0x1100 && cp != '“' && cp != '”' && cp != '—' && cp != '·' ? 0.5 : 1;
      if (width + cells > limit && line.length() > 0 && "，。、；：？！”）".indexOf(cp) < 0) {
        lines.add(line.toString());
        line.setLength(0);
        width = 0;
        limit = columnCells;
      }
      line.appendCodePoint(cp);
      width += cells;
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
