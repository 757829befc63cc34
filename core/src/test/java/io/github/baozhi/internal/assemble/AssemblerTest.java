package io.github.baozhi.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Article;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.Unassigned;
import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.classify.Classified;
import io.github.baozhi.internal.classify.Classifier;
import io.github.baozhi.internal.lines.LineMeasurer;
import io.github.baozhi.internal.normalise.Normaliser;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** How articles are cut and headlines attached, on small pages with a 15-cell column. */
class AssemblerTest {

  static final String PARKS = String.join("\n",
      "本报讯 3月12日，市植树节主题活",
      "动在北郊森林公园举行，市民志愿",
      "者和驻市部队官兵共六百余人参加，",
      "当天共栽植香樟、银杏等苗木两千",
      "余株。（苏晴）");

  static final String METRO = String.join("\n",
      "本报讯 记者昨日从市交通运输局",
      "获悉，地铁五号线首列车已完成静",
      "态调试，本月下旬将开展动车调试，",
      "预计年底开通初期运营。（韩东）");

  private static Page parse(String... parts) {
    return PageParser.create().parse(String.join("\n\n", parts));
  }

  private static List<String> titles(Page page) {
    return page.articles().stream()
        .map(a -> a.headline() == null ? "-" : a.headline().title())
        .toList();
  }

  @Test
  void aHeadlineBeforeItsArticle() {
    assertThat(titles(parse("市民北郊添新绿", PARKS, "地铁五号线完成调试", METRO)))
        .containsExactly("市民北郊添新绿", "地铁五号线完成调试");
  }

  @Test
  void aHeadlineRightAfterItsArticleGoesBackToIt() {
    assertThat(titles(parse(METRO, "地铁五号线首列车完成静态调试", "六百余名市民北郊植树", PARKS)))
        .containsExactly("地铁五号线首列车完成静态调试", "六百余名市民北郊植树");
  }

  @Test
  void headlinesAtThePageEndFindTheirArticles() {
    Page page = parse(PARKS, METRO, "地铁五号线首列车完成静态调试", "六百余名市民北郊植树");
    assertThat(titles(page)).containsExactly("六百余名市民北郊植树", "地铁五号线首列车完成静态调试");
  }

  @Test
  void aFewLettersStandingAloneWithNoHeadlineDatelineOrBylineAreNoArticle() {
    // A piece of a line left between two articles (a column's end the layout read apart): too
    // short for a brief, it is the page's unassigned text, every character of it kept.
    Page page = parse(PARKS, "种一片新绿。", METRO);

    assertThat(page.articles()).hasSize(2);
    assertThat(page.unassigned()).extracting(Unassigned::text).contains("种一片新绿。");
  }

  @Test
  void twoLinesOfTextStandingAloneAreStillAnArticle() {
    // Twenty letters and more, two lines of the narrowest column: a short item of its own.
    Page page = parse(PARKS, "市园林部门表示，今年还将在城区新增绿地十二处。", METRO);

    assertThat(page.articles()).hasSize(3);
  }

  private static final String GRAIN = String.join("\n",
      "本报讯 今年夏粮收购工作日前启",
      "动，全市设立收购网点六十个，预",
      "计收购小麦二十万吨。");

  @Test
  void headlinesAtThePageEndThatShareLittleWithTheirArticlesTakeTheirPlacesInOrder() {
    // 市民北郊添新绿 shares nothing with the parks story, 轨道交通再添新线 nothing with the metro's;
    // the grain story's headline places them: the page prints its headlines in article order.
    Page page = parse(PARKS, METRO, GRAIN, "市民北郊添新绿", "轨道交通再添新线", "六十个网点收购小麦");

    assertThat(titles(page)).containsExactly("市民北郊添新绿", "轨道交通再添新线", "六十个网点收购小麦");
  }

  @Test
  void leftOverHeadlinesAreNotGuessedWhenTheyOutnumberTheArticlesLeft() {
    // Three headlines share nothing with the two articles left before the grain story: which two
    // are theirs is not known.
    Page page = parse(PARKS, METRO, GRAIN, "市民北郊添新绿", "绿色出行新选择", "城市更加美好",
        "六十个网点收购小麦");

    assertThat(titles(page)).containsExactly("-", "-", "六十个网点收购小麦");
  }

  @Test
  void anArticleWhoseHeadlineIsNotOnThePageGetsNone() {
    Page page = parse(PARKS, METRO, "地铁五号线首列车完成静态调试");
    assertThat(titles(page)).containsExactly("-", "地铁五号线首列车完成静态调试");
  }

  @Test
  void aStrayLabelBelongsToNoArticle() {
    Page page = parse("城事", PARKS);
    assertThat(titles(page)).containsExactly("-");
    assertThat(page.unassigned()).extracting(Unassigned::text).containsExactly("城事");
  }

  @Test
  void aSectionNameSharingItsOnePairWithTheLeadLosesToTheKickerSharingAllOfItsOwn() {
    // 公园 and the kicker both share every bigram with the lead and stand as far from it: the
    // kicker's sixteen pairs are surer evidence than the section name's one. The paper's name
    // between them shares nothing, so nothing grows across it.
    Page page = parse("公园", "江城日报", "市植树节主题活动在北郊森林公园举行", "六百余人栽下两千株苗木", PARKS);
    assertThat(page.articles()).singleElement().satisfies(a -> {
      assertThat(a.headline().kicker()).isEqualTo("市植树节主题活动在北郊森林公园举行");
      assertThat(a.headline().title()).isEqualTo("六百余人栽下两千株苗木");
    });
    assertThat(page.unassigned()).extracting(Unassigned::text).contains("公园");
  }

  @Test
  void aBoxLabelBetweenACreditLineAndTheTextStaysOutOfTheArticle() {
    Page page = parse("本报记者 王  浩", "核心阅读", String.join("\n",
        "近年来，安吉坚持生态优先、绿",
        "色发展，走出了一条经济发展与生",
        "态保护协同共进的新路子。"));
    assertThat(page.articles()).hasSize(1);
    assertThat(page.articles().get(0).dateline().reporters()).containsExactly("王浩");
    assertThat(page.articles().get(0).body()).isNotEmpty();
    assertThat(page.unassigned()).extracting(Unassigned::text).containsExactly("核心阅读");
  }

  @Test
  void aCreditLineUnderAnArticlesTextWithNoTextAfterItSignsThatArticle() {
    String commentary = String.join("\n",
        "涪阳魔芋今年行情不错，离不开林",
        "下套种、精粉加工和保底收购。");
    Page page = parse("魔芋行情不错", commentary, "本报记者 晏秋实", "地铁五号线完成调试", METRO);

    assertThat(titles(page)).containsExactly("魔芋行情不错", "地铁五号线完成调试");
    Article signed = page.articles().get(0);
    assertThat(signed.dateline()).isNull();
    assertThat(signed.byline().text()).isEqualTo("本报记者 晏秋实");
    assertThat(signed.byline().names()).containsExactly("晏秋实");
    // 報道 after the names is no name.
    Page hongKong = parse("寶琳站新增升降機", commentary, "記者 柯雅晴 報道");
    assertThat(hongKong.articles()).hasSize(1);
    assertThat(hongKong.articles().get(0).byline().names()).containsExactly("柯雅晴");
  }

  @Test
  void aCommentatorsSignatureAfterTheTextSignsTheCommentary() {
    String commentary = String.join("\n",
        "一座航站楼从开挖到封顶，两年多",
        "时间里，沿线村庄的道路都修好了。");
    Page page = parse("航站楼从开挖到封顶", commentary, "本报评论员", "地铁五号线完成调试", METRO);

    assertThat(page.articles()).hasSize(2);
    assertThat(page.articles().get(0).byline().text()).isEqualTo("本报评论员");
    assertThat(page.articles().get(0).byline().names()).isEmpty();
    assertThat(page.articles().get(0).byline().via()).isEqualTo("本报评论员");
    assertThat(page.unassigned()).isEmpty();
  }

  @Test
  void aCreditLineWithTextAfterItStillOpensTheArticleItHeads() {
    Page page = parse(PARKS, "本报记者 晏秋实", String.join("\n",
        "初冬时节，涪阳县白马镇的山坡上，",
        "村民们扛着锄头把魔芋挖出来。"));

    assertThat(page.articles()).hasSize(2);
    assertThat(page.articles().get(1).dateline().reporters()).containsExactly("晏秋实");
  }

  @Test
  void textAfterABylineStartsAnArticleWithoutDateline() {
    Page page = parse(PARKS, String.join("\n",
        "今年一季度，全省规模以上工",
        "业增加值同比增长百分之六点八，",
        "增速快于全部规上工业。（王涛）"));
    assertThat(page.articles()).hasSize(2);
    assertThat(page.articles().get(1).dateline()).isNull();
    assertThat(page.articles().get(1).byline().names()).containsExactly("王涛");
  }

  @Test
  void textAfterAHeadlineStartsAnArticleWithoutDateline() {
    Page page = parse("“天问”团队获颁科学探索奖", String.join("\n",
        "记者近日从中国科学院获悉，第",
        "六届科学探索奖获奖名单日前揭晓，",
        "五十名青年科学家获奖。（据新华社）"));
    Article article = page.articles().get(0);
    assertThat(article.dateline()).isNull();
    assertThat(article.headline().title()).isEqualTo("“天问”团队获颁科学探索奖");
    assertThat(article.byline().via()).isEqualTo("新华社");
  }

  @Test
  void enumeratedSubheadsStayInTheBody() {
    Page page = parse(
        "本报讯 新的一年，全区将聚焦重点",
        "一、在科技创新上实现新突破",
        "我们将加快建设科创走廊，引\n进培育高新技术企业一百家以上。",
        "二、在城市更新上展现新面貌",
        "我们将启动老旧小区改造四十\n个，新建口袋公园二十个。（区委）");
    assertThat(page.articles()).hasSize(1);
    assertThat(page.articles().get(0).body()).contains("一、在科技创新上实现新突破", "二、在城市更新上展现新面貌");
  }

  @Test
  void aHeadingInLenticularBracketsStaysInTheBody() {
    Page page = parse(
        "本报讯 地铁3号线二期工程已完成全\n部车站主体结构施工。",
        "【换乘更方便】",
        "二期开通后，市民可在火车站实\n现与1号线的换乘。（周敏）");
    assertThat(page.articles()).hasSize(1);
    assertThat(page.articles().get(0).body()).contains("【换乘更方便】");
  }

  @Test
  void theArticleSpanIncludesItsHeadlineWhereverItStands() {
    Page page = parse(PARKS, METRO, "地铁五号线首列车完成静态调试", "六百余名市民北郊植树");
    assertThat(page.articles().get(0).lines().first()).isEqualTo(1);
    assertThat(page.articles().get(0).lines().last()).isEqualTo(14);
  }

  @Test
  void aLeadInEndingInAColonStaysInTheArticle() {
    Page page = parse(
        "本报讯 全区召开稳就业推进会，部署\n下一阶段重点工作。",
        "会议要求：",
        "一要扩大岗位供给，二要加强技能\n培训，三要兜牢民生底线。（周立）");
    assertThat(page.articles()).hasSize(1);
    assertThat(page.articles().get(0).body()).contains("会议要求：");
  }

  /**
   * A page's units in a queue that, as the assembler takes its last unit, sees which of the
   * others are still held anywhere; nothing but the queue holds them to begin with.
   */
  private static final class WatchedQueue extends ArrayDeque<Classified> {
    final List<WeakReference<Unit>> units = new ArrayList<>();
    final List<Boolean> letGo = new ArrayList<>();

    WatchedQueue(List<Classified> page) {
      super(page);
      page.forEach(c -> units.add(new WeakReference<>(c.unit())));
    }

    @Override
    public Classified poll() {
      if (size() == 1) {
        System.gc(); // clears the references of units that nothing holds strongly
        // All but the last few, which a frame of the assembler or of this test may still hold.
        for (int i = 0; i < units.size() - 3; i++) {
          letGo.add(units.get(i).get() == null);
        }
      }
      return super.poll();
    }
  }

  private static WatchedQueue watched(String text) {
    return new WatchedQueue(new Classifier().classify(new BoundaryFinder().find(
        new BlockBuilder().build(new LineMeasurer().measure(new Normaliser().normalise(text))))));
  }

  @Test
  void aUnitThatEndsInNoArticleIsLetGoOnceAssembledPast() {
    // A page of bylines alone: every line its own block, unit and orphan byline. Were the
    // assembler to keep them until the page is made, every stage's objects of every line would be
    // held with the output (bench/memory.sh 10 bylines).
    int lines = 12;
    WatchedQueue queue = watched("（记者 周立）\n".repeat(lines));
    Page page = new Assembler(null, UnaryOperator.identity()).assemble("-", queue, List.of(), null);

    assertThat(page.unassigned()).hasSize(lines);
    assertThat(queue).isEmpty();
    assertThat(queue.letGo).hasSize(lines - 3).containsOnly(true);
  }

  @Test
  void aColumnLabelOverAKickerAndTitleIsNeitherAndBelongsToNoArticle() {
    // Issue #11, class 6: the column's name stands right over the kicker, which stands over the
    // title; the name heads the column, not the article.
    Page page = parse("社会纵横\n老人家门口吃上热乎饭", "城西社区食堂\n开进老小区", String.join("\n",
        "本报讯 今年3月，城西街道利用闲",
        "置的社区用房改建食堂，每天供应",
        "早、午两餐，让老人在家门口就能",
        "吃上热乎饭。（周雨）"));

    assertThat(page.articles()).singleElement().satisfies(a -> {
      assertThat(a.headline().kicker()).isEqualTo("老人家门口吃上热乎饭");
      assertThat(a.headline().title()).isEqualTo("城西社区食堂 开进老小区");
    });
    assertThat(page.unassigned()).extracting(Unassigned::text).containsExactly("社会纵横");
  }
}
