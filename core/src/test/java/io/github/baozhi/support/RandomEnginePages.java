package io.github.baozhi.support;

import io.github.baozhi.support.EnginePages.Align;
import io.github.baozhi.support.EnginePages.ArticleModule;
import io.github.baozhi.support.EnginePages.Engine;
import io.github.baozhi.support.EnginePages.Options;
import io.github.baozhi.support.EnginePages.Part;
import io.github.baozhi.support.EnginePages.Story;
import io.github.baozhi.support.EnginePages.Typeset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random newspaper pages in coordinates, for property tests: one to four articles of random news
 * copy (sentences of two-character words, numbers, Latin words, quotes), with and without
 * kicker, subtitle, dateline and byline, set as a single module, a stack, a row or an L, in one
 * of the three engine styles, optionally turned and specked. The same seed gives the same page.
 */
public final class RandomEnginePages {

  private static final String[] WORDS = {
    "城市", "发展", "项目", "建设", "企业", "服务", "群众", "社区", "工作", "推进", "经济", "改革",
    "创新", "乡村", "振兴", "文化", "旅游", "交通", "教育", "医疗", "生态", "环境", "保护", "科技",
    "产业", "市场", "政策", "居民", "公园", "地铁", "线路", "车站", "学校", "学生", "老师", "医院",
    "农业", "粮食", "春耕", "水利", "工程", "道路", "桥梁", "港口", "物流", "外贸", "就业", "岗位",
    "人才", "培训", "安全", "生产", "检查", "整改", "消防", "应急", "演练", "志愿", "活动", "群体",
    "养老", "托育", "街道", "村民", "合作", "平台", "数据", "智能", "制造", "能源", "电力", "绿色",
    "低碳", "垃圾", "分类", "河道", "治理", "湿地", "森林", "景区", "游客", "节日", "演出", "展览"
  };
  private static final String[] NUMBERS = {"2024年", "3月", "12日", "5.8%", "300余", "1200万元", "GDP", "5G", "AI"};
  private static final String[] DATELINES = {
    "本报讯", "本报讯（记者 钱程）", "本报北京3月11日电（记者 李海秀）", "新华社北京2月27日电", "晚报讯",
    "新华社杭州4月1日电（记者 张三、李四）"
  };
  private static final String[] BYLINES = {"（陈晓雯）", "（记者 周立新 通讯员 孙雨桐）", "（王拓）", "（据新华社）"};

  private final Random random;

  public RandomEnginePages(long seed) {
    this.random = new Random(seed);
  }

  /** A random page, read in a random style. */
  public Typeset page() {
    Engine engine = Engine.values()[random.nextInt(3)];
    return page(engine);
  }

  /** A random page, read by {@code engine}. */
  public Typeset page(Engine engine) {
    Part layout = layout();
    double skew = random.nextInt(3) == 0 ? (random.nextDouble() - 0.5) : 0;
    Options options = Options.of(engine).cell(20 + random.nextInt(13)).skew(skew)
        .specks(random.nextInt(3) == 0 ? random.nextInt(6) : 0).jitter(random.nextInt(4))
        .seed(random.nextLong());
    return EnginePages.set(layout, options);
  }

  private Part layout() {
    switch (random.nextInt(5)) {
      case 0:
        return module(1 + random.nextInt(5));
      case 1:
        return EnginePages.stack(module(2 + random.nextInt(3)), module(2 + random.nextInt(3)));
      case 2:
        return EnginePages.row(module(1 + random.nextInt(3)), module(1 + random.nextInt(3)));
      case 3:
        return EnginePages.row(
            EnginePages.stack(module(2 + random.nextInt(2)), module(2 + random.nextInt(2))),
            module(1));
      default:
        return EnginePages.stack(module(3 + random.nextInt(2)),
            EnginePages.row(module(1 + random.nextInt(2)), module(1 + random.nextInt(2))));
    }
  }

  private ArticleModule module(int columns) {
    int cells = 8 + random.nextInt(11);
    int gutter = 1 + random.nextInt(3);
    double scale = 1.5 + random.nextInt(11) / 10.0;
    int width = columns * cells + (columns - 1) * gutter;
    Story story = story(columns * cells * 4, (int) Math.floor(width / scale));
    ArticleModule m = new ArticleModule(story, columns, cells, gutter, random.nextBoolean(),
        random.nextBoolean() ? Align.CENTRED : Align.FLUSH_LEFT, scale, EnginePages.HEAD_GAP);
    return m;
  }

  /** A story of at least {@code minChars} characters with a title of at most {@code titleCells}. */
  public Story story(int minChars, int titleCells) {
    List<String> paragraphs = new ArrayList<>();
    List<String> used = new ArrayList<>();
    int length = 0;
    while (length < minChars || paragraphs.isEmpty()) {
      String p = paragraph(used);
      paragraphs.add(p);
      length += p.length();
    }
    String title = null;
    if (random.nextInt(6) > 0) {
      StringBuilder t = new StringBuilder();
      int words = Math.max(1, Math.min(2 + random.nextInt(4), titleCells / 2));
      for (int i = 0; i < words; i++) {
        t.append(used.get(random.nextInt(Math.min(used.size(), 12))));
      }
      title = t.toString();
    }
    String dateline = random.nextInt(3) > 0 ? pick(DATELINES) : null;
    String byline = random.nextInt(3) > 0 ? pick(BYLINES) : null;
    Story s = new Story(null, title, null, dateline, paragraphs, byline);
    if (title != null && random.nextInt(4) == 0 && titleCells >= 6) {
      s = s.withKicker(used.get(0) + used.get(1) + used.get(2));
    }
    if (title != null && random.nextInt(4) == 0 && titleCells >= 8) {
      s = s.withSubtitle("——" + used.get(1) + used.get(3) + used.get(2));
    }
    return s;
  }

  private String paragraph(List<String> used) {
    StringBuilder p = new StringBuilder();
    int sentences = 1 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      int clauses = 1 + random.nextInt(3);
      for (int c = 0; c < clauses; c++) {
        int words = 2 + random.nextInt(5);
        for (int w = 0; w < words; w++) {
          String word = random.nextInt(12) == 0 ? pick(NUMBERS) : pick(WORDS);
          if (Character.isLetter(word.codePointAt(0)) && word.codePointAt(0) > 0x80) {
            used.add(word);
          }
          p.append(word);
        }
        if (c < clauses - 1) {
          p.append(random.nextInt(5) == 0 ? "、" : "，");
        }
      }
      if (random.nextInt(8) == 0) {
        p.insert(p.length() - 2, "“").append("”");
      }
      p.append(random.nextInt(10) == 0 ? "！" : "。");
    }
    return p.toString();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
