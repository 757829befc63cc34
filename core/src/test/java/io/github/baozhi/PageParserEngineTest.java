package io.github.baozhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.baozhi.support.Copy;
import io.github.baozhi.support.EnginePages;
import io.github.baozhi.support.EnginePages.ArticleModule;
import io.github.baozhi.support.EnginePages.Engine;
import io.github.baozhi.support.EnginePages.Ink;
import io.github.baozhi.support.EnginePages.Options;
import io.github.baozhi.support.EnginePages.Part;
import io.github.baozhi.support.EnginePages.Story;
import io.github.baozhi.support.EnginePages.Typeset;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole parser on engine output with coordinates: pages set by {@link EnginePages} and read
 * in each engine style, compared with the articles that were set. Text is compared without
 * whitespace, which engines keep or drop as they please (word engines write no space between Han
 * characters; a line engine reads the space after 本报讯).
 */
class PageParserEngineTest {

  private static final PageParser PARSER = PageParser.create();

  /** Three articles side by side over a fourth set across the page, two with column rules. */
  private static final Part FRONT = EnginePages.stack(
      EnginePages.row(ArticleModule.of(Copy.PARKS, 3, 12).gutter(2, true),
          ArticleModule.of(Copy.LIBRARY, 2, 12).titleScale(1.8)),
      ArticleModule.of(Copy.STATION, 4, 14).gutter(2, true).titleScale(2.2),
      ArticleModule.of(Copy.MARKET, 3, 13).flushLeft());

  private static Typeset set(Part layout, Engine engine) {
    return EnginePages.set(layout, Options.of(engine).seed(42));
  }

  private static String squash(String text) {
    return text == null ? null : text.replaceAll("[\\s\\u3000]", "");
  }

  private static <T> String field(T value, Function<T, String> text) {
    return value == null ? null : squash(text.apply(value));
  }

  /** The page's articles as their parts' text without whitespace, for comparing with stories. */
  private static List<List<Object>> found(Page page) {
    List<List<Object>> out = new ArrayList<>();
    for (Article a : page.articles()) {
      out.add(List.of(
          String.valueOf(field(a.headline(), Headline::kicker)),
          String.valueOf(field(a.headline(), Headline::title)),
          String.valueOf(field(a.headline(), Headline::subtitle)),
          String.valueOf(field(a.dateline(), Dateline::text)),
          a.body().stream().map(PageParserEngineTest::squash).toList(),
          String.valueOf(field(a.byline(), Byline::text))));
    }
    return out;
  }

  private static List<List<Object>> expected(List<Story> stories) {
    List<List<Object>> out = new ArrayList<>();
    for (Story s : stories) {
      out.add(List.of(String.valueOf(squash(s.kicker())), String.valueOf(squash(s.headlineTitle())),
          String.valueOf(squash(s.subtitle())), String.valueOf(squash(s.dateline())),
          s.paragraphs().stream().map(PageParserEngineTest::squash).toList(),
          String.valueOf(squash(s.byline()))));
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void everyArticleIsFoundWithItsHeadlineDatelineParagraphsAndByline(Engine engine) {
    Typeset page = set(FRONT, engine);

    assertThat(found(PARSER.parse(page.page(), "front"))).isEqualTo(expected(page.stories()));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aKickerOverTheTitleIsFoundAsTheKicker(Engine engine) {
    Typeset page = EnginePages.set(EnginePages.stack(ArticleModule.of(Copy.SPRING, 3, 12),
        ArticleModule.of(Copy.MARKET, 3, 12)), Options.of(engine).seed(0));

    assertThat(found(PARSER.parse(page.page(), "spring"))).isEqualTo(expected(page.stories()));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aTitleOfTwoLinesSetInOneSizeIsOneTitle(Engine engine) {
    // Flush left over one narrow column, each line of the title is a block of its own.
    Typeset page = set(EnginePages.row(ArticleModule.of(Copy.PARKS, 3, 12),
        ArticleModule.of(Copy.MARKET.withTitle("老菜场改造\n换了新模样"), 1, 10).flushLeft()
            .titleScale(1.5)), engine);

    assertThat(found(PARSER.parse(page.page(), "two-line title"))).isEqualTo(expected(page.stories()));
  }

  @ParameterizedTest
  @EnumSource(value = Engine.class, mode = EnumSource.Mode.EXCLUDE, names = "PADDLE_LINES")
  void aBoxNameSetASizeUnderTheTitleSharingNoWordWithTheArticleIsNoKicker(Engine engine) {
    // 市井百态 is no stock column name; set at 1.4 times the body over a title at 1.5, it shares
    // no word with the article under it, as a box's name does not and a kicker would. (PaddleOCR's
    // padded boxes leave no white between the two: one block, read as one headline.)
    Typeset page = set(EnginePages.stack(ArticleModule.of(Copy.PARKS, 3, 12),
        ArticleModule.of(Copy.MARKET.withKicker("市井百态"), 3, 12).titleScale(1.5)), engine);

    Page parsed = PARSER.parse(page.page(), "box name");

    assertThat(parsed.articles()).hasSize(2);
    assertThat(parsed.articles().get(1).headline().kicker()).isNull();
    assertThat(squash(parsed.articles().get(1).headline().title()))
        .isEqualTo(squash(Copy.MARKET.headlineTitle()));
    assertThat(parsed.unassigned()).anySatisfy(u -> assertThat(squash(u.text())).isEqualTo("市井百态"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aColumnsNameSetOverABriefsHeadInBodyTypeIsNoKicker(Engine engine) {
    // 县域短讯 is no stock column name the grammar knows; set at 1.4 times the body over a brief's
    // head at 1.05, flush left, it shares no word with the brief: a kicker is set smaller than its
    // title, never larger, so this is the name of the column the brief opens.
    Typeset page = set(EnginePages.stack(ArticleModule.of(Copy.PARKS, 3, 12),
        ArticleModule.of(Copy.MARKET.withKicker("县域短讯"), 1, 12).flushLeft().titleScale(1.05)),
        engine);

    Page parsed = PARSER.parse(page.page(), "column name");

    assertThat(parsed.articles()).hasSize(2);
    assertThat(parsed.articles().get(1).headline().kicker()).isNull();
    assertThat(squash(parsed.articles().get(1).headline().title()))
        .isEqualTo(squash(Copy.MARKET.headlineTitle()));
    assertThat(parsed.unassigned()).anySatisfy(u -> assertThat(squash(u.text())).isEqualTo("县域短讯"));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aBoxsTitleGoesToTheBoxUnderItThoughALeadElsewhereSharesItsWords(Engine engine) {
    // PARKS, whose headline the page leaves out, then MARKET, then a box explaining a term of
    // PARKS's lead: its title shares every word with that lead and none with the box's text.
    Story box = Story.of("新建改建口袋公园", null, null,
        "指在街角、路边见缝插绿建成的小型绿地，面积多在一千平方米以内，居民出门几分钟就能走到。");
    Typeset page = set(EnginePages.stack(
        ArticleModule.of(new Story(null, null, null, Copy.PARKS.dateline(), Copy.PARKS.paragraphs(),
            Copy.PARKS.byline()), 3, 12),
        ArticleModule.of(Copy.MARKET, 3, 12), ArticleModule.of(box, 2, 12)), engine);

    List<Article> articles = PARSER.parse(page.page(), "box title").articles();

    assertThat(articles).hasSize(3);
    assertThat(articles.get(2).headline()).isNotNull();
    assertThat(squash(articles.get(2).headline().title())).isEqualTo(squash(box.headlineTitle()));
    assertThat(articles.get(0).headline()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anArticleInFourShortColumnsIsFoundWhole(Engine engine) {
    Typeset page = set(EnginePages.stack(ArticleModule.of(Copy.PARKS, 3, 12),
        ArticleModule.of(Copy.MARKET, 4, 14).flushLeft()), engine);

    assertThat(found(PARSER.parse(page.page(), "market"))).isEqualTo(expected(page.stories()));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theDatelinesPartsAreReadFromTheEnginesText(Engine engine) {
    Page page = PARSER.parse(set(FRONT, engine).page(), "front");

    Dateline station = page.articles().get(2).dateline();
    assertThat(station.source()).isEqualTo("新华社");
    assertThat(station.place()).isEqualTo("杭州");
    assertThat(station.date()).isEqualTo("--04-01");
    assertThat(page.articles().get(2).byline().names()).containsExactly("周立新", "孙雨桐");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void eachArticlesBoxesHoldTheBoxesOfItsWords(Engine engine) {
    Typeset page = set(FRONT, engine);

    List<Article> articles = PARSER.parse(page.page(), "front").articles();

    assertThat(articles).hasSameSizeAs(page.stories());
    for (int i = 0; i < articles.size(); i++) {
      List<Box> boxes = articles.get(i).boxes();
      assertThat(page.inks().get(i)).as("article %d", i)
          .allSatisfy(ink -> assertThat(boxes).anySatisfy(b -> assertThat(contains(b, ink.box())).isTrue()));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anArticleHasABoxForItsHeadlineAndOneForEachColumn(Engine engine) {
    Typeset page = set(FRONT, engine);

    List<Article> articles = PARSER.parse(page.page(), "front").articles();

    for (int i = 0; i < articles.size(); i++) {
      Story s = page.stories().get(i);
      // A headline of kicker, title and subtitle is one box, or one per line where white parts them.
      int headlineLines = (s.kicker() == null ? 0 : 1) + s.title().split("\n").length
          + (s.subtitle() == null ? 0 : 1);
      int columns = page.columns().get(i).size();
      assertThat(articles.get(i).boxes()).as("article %d", i)
          .hasSizeBetween(columns + 1, columns + headlineLines);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Engine.class, names = {"TESSERACT_ROWS", "COLUMN_WORDS"})
  void unassignedPiecesCarryTheBoxesOfTheMarksTheyHold(Engine engine) {
    Typeset page = EnginePages.set(FRONT, Options.of(engine).specks(5).seed(42));

    Page parsed = PARSER.parse(page.page(), "front");

    assertThat(page.marks()).isNotEmpty();
    assertThat(parsed.unassigned()).allSatisfy(u -> assertThat(u.boxes()).isNotEmpty());
    for (Ink mark : page.marks()) {
      assertThat(parsed.unassigned()).as("%s at %s", mark.text(), mark.box())
          .anySatisfy(u -> assertThat(u.boxes()).anySatisfy(b -> assertThat(contains(b, mark.box())).isTrue()));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void anArticlesConfidenceIsTheMeanAndLowestOfItsWords(Engine engine) {
    Typeset page = set(FRONT, engine);

    List<Article> articles = PARSER.parse(page.page(), "front").articles();

    for (int i = 0; i < articles.size(); i++) {
      DoubleSummaryStatistics given = page.inks().get(i).stream()
          .mapToDouble(Ink::confidence).summaryStatistics();
      Confidence c = articles.get(i).confidence();
      assertThat(c.min()).as("article %d", i).isEqualTo(given.getMin());
      if (engine == Engine.PADDLE_LINES) {
        // Lines, not words, are scored: each character counts with its line's confidence.
        assertThat(c.mean()).as("article %d", i).isBetween(given.getMin(), given.getMax());
      } else {
        assertThat(c.mean()).as("article %d", i).isCloseTo(given.getAverage(), within(1e-9));
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theReadingOrderTextGivesTheColumnsInOrder(Engine engine) {
    Typeset page = set(FRONT, engine);

    List<String> lines = new ArrayList<>();
    for (String line : PARSER.readingOrder(page.page()).split("\n")) {
      if (!line.isBlank() && !line.equals("|")) {
        lines.add(squash(line));
      }
    }

    assertThat(lines).isEqualTo(page.readingOrder());
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void theLineSpansCountTheLinesOfTheReadingOrderText(Engine engine) {
    Typeset page = set(FRONT, engine);
    String[] order = PARSER.readingOrder(page.page()).split("\n", -1);

    Page parsed = PARSER.parse(page.page(), "front");

    Article market = parsed.articles().get(3);
    assertThat(squash(order[market.lines().first() - 1])).isEqualTo("老菜场变身社区便民中心");
    assertThat(squash(order[market.lines().last() - 1])).endsWith("贴近居民生活。");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aBylineReadWithAnAngleBracketForItsParenthesisIsKept(Engine engine) {
    Story story = new Story(null, Copy.PARKS.title(), null, Copy.PARKS.dateline(),
        Copy.PARKS.paragraphs(), "〈陈晓雯）");
    Typeset page = set(EnginePages.stack(ArticleModule.of(story, 3, 12),
        ArticleModule.of(Copy.MARKET, 3, 12)), engine);

    Page parsed = PARSER.parse(page.page(), "p");

    assertThat(found(parsed)).isEqualTo(expected(page.stories()));
    assertThat(parsed.articles().get(0).byline().names()).containsExactly("陈晓雯");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aDatelineWithOneStraySpaceIsFound(Engine engine) {
    // PaddleOCR writes the space it sees between 12 and 日; word engines write none.
    Story story = new Story(null, Copy.STATION.title(), null, "新华社北京9月12 日电",
        Copy.STATION.paragraphs(), Copy.STATION.byline());
    Typeset page = set(ArticleModule.of(story, 3, 14), engine);

    Article article = PARSER.parse(page.page(), "p").articles().get(0);

    assertThat(squash(article.dateline().text())).isEqualTo("新华社北京9月12日电");
    assertThat(article.dateline().source()).isEqualTo("新华社");
    assertThat(article.dateline().date()).isEqualTo("--09-12");
    assertThat(squash(article.body().get(0))).startsWith("地铁三号线北延段今天上午");
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void aPageScannedAskewWithSpecksReadsAsTheLevelPageDoes(Engine engine) {
    Typeset askew = EnginePages.set(FRONT, Options.of(engine).skew(0.4).specks(6).seed(42));

    assertThat(found(PARSER.parse(askew.page(), "askew"))).isEqualTo(expected(askew.stories()));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void thePageGeometryIsTheEnginesPage(Engine engine) {
    Typeset page = set(FRONT, engine);

    PageGeometry geometry = PARSER.parse(page.page(), "front").geometry();

    assertThat(geometry).isEqualTo(new PageGeometry(page.page().width(), page.page().height(),
        "pixel", "", page.page().engine()));
  }

  private static boolean contains(Box outer, Box inner) {
    return outer.left() <= inner.left() && outer.top() <= inner.top()
        && outer.right() >= inner.right() && outer.bottom() >= inner.bottom();
  }
}
