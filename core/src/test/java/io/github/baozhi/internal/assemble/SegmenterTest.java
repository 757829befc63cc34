package io.github.baozhi.internal.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Diagnostic;
import io.github.baozhi.Unassigned;
import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.classify.Classifier;
import io.github.baozhi.internal.lines.LineMeasurer;
import io.github.baozhi.internal.normalise.Normaliser;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * How the page's units are cut into draft articles and runs of headline blocks, before any
 * headline is attached: on small pages with a 15-cell column.
 */
class SegmenterTest {

  private static final String PARKS = AssemblerTest.PARKS;
  private static final String METRO = AssemblerTest.METRO;

  private static Segmenter.Segments segment(String... parts) {
    String text = String.join("\n\n", parts);
    var units = new Classifier().classify(new BoundaryFinder().find(
        new BlockBuilder().build(new LineMeasurer().measure(new Normaliser().normalise(text)))));
    return new Segmenter().segment(new ArrayDeque<>(units),
        new Renderer(null, UnaryOperator.identity()));
  }

  private static List<String> runTexts(Segmenter.Segments s, int run) {
    return s.runs().get(run).blocks().stream().map(Unit::text).toList();
  }

  @Test
  void aDatelineOpensADraftAndTheHeadlinesBetweenTwoDraftsFormOneRunWithBothBeside() {
    Segmenter.Segments s = segment(PARKS, "地铁五号线完成调试", "年底开通", METRO);

    assertThat(s.drafts()).hasSize(2);
    assertThat(s.runs()).hasSize(1);
    assertThat(runTexts(s, 0)).containsExactly("地铁五号线完成调试", "年底开通");
    assertThat(s.runs().get(0).before()).isSameAs(s.drafts().get(0));
    assertThat(s.runs().get(0).after()).isSameAs(s.drafts().get(1));
  }

  @Test
  void headlinesAtThePageEndFormARunWithNoArticleAfterIt() {
    Segmenter.Segments s = segment(PARKS, METRO, "六百余名市民北郊植树");

    assertThat(s.runs()).singleElement().satisfies(run -> {
      assertThat(run.before()).isSameAs(s.drafts().get(1));
      assertThat(run.after()).isNull();
    });
  }

  @Test
  void aLeadInEndingInAColonStaysInTheBodyOfTheOpenArticle() {
    Segmenter.Segments s = segment(String.join("\n",
        "本报讯 记者昨日从市交通运输局",
        "获悉，地铁五号线首列车已完成静",
        "态调试。"), "下一步工作安排：", String.join("\n",
        "本月下旬将开展动车调试，预计年",
        "底开通初期运营。"));

    assertThat(s.drafts()).singleElement().satisfies(d -> assertThat(d.paragraphs)
        .extracting(Draft.Paragraph::text).contains("下一步工作安排："));
    assertThat(s.runs()).isEmpty();
  }

  @Test
  void anEndMarkClosesTheArticleAndTheTextAfterItOpensAnother() {
    String wire = String.join("\n",
        "新华社北京12月5日电 记者5日从",
        "有关部门获悉，今年冬春农田水利",
        "建设已经全面启动。（完）");
    String next = String.join("\n",
        "从本周起，市民服务中心每周二晚",
        "上增设夜间窗口，开放到二十时。");

    Segmenter.Segments s = segment(wire, next);

    assertThat(s.drafts()).hasSize(2);
    assertThat(s.drafts().get(1).paragraphs).extracting(Draft.Paragraph::text)
        .containsExactly("从本周起，市民服务中心每周二晚上增设夜间窗口，开放到二十时。");
    assertThat(s.unassigned()).extracting(Unassigned::text).containsExactly("（完）");
    assertThat(segment(wire.replace("（完）", "（待续）"), next).drafts()).hasSize(2);
    assertThat(segment(wire.replace("（完）", ""), next).drafts()).hasSize(1);
  }

  @Test
  void aBylineAfterNoArticleTextIsUnassignedWithADiagnostic() {
    Segmenter.Segments s = segment("（记者 周立）");

    assertThat(s.drafts()).isEmpty();
    assertThat(s.unassigned()).extracting(Unassigned::text).containsExactly("（记者 周立）");
    assertThat(s.diagnostics()).extracting(Diagnostic::code).containsExactly("byline-orphan");
  }

  private static final String OPEN_BRIEF = String.join("\n",
      "本报讯 记者昨日从市交通运输局",
      "获悉，地铁五号线首列车已完成静",
      "态调试。");

  @Test
  void anEnumeratedSubheadInsideAnArticleStaysInItsBody() {
    Segmenter.Segments s = segment(OPEN_BRIEF, "■下一步安排", String.join("\n",
        "本月下旬将开展动车调试，预计年",
        "底开通初期运营。"));

    assertThat(s.drafts()).singleElement().satisfies(d -> assertThat(d.paragraphs)
        .extracting(Draft.Paragraph::text).contains("■下一步安排"));
    assertThat(s.runs()).isEmpty();
  }

  /** An article of 96 letters about the old village and its cherry trees, no byline. */
  private static final String VILLAGE = String.join("\n",
      "本报讯 周末的溪口古村，山坡上",
      "的樱花开得正盛，游人沿着石板路",
      "一路拍照，村口的停车场早早停满",
      "了车。溪口古村共接待游客两万三",
      "千多人次，比去年同期增加三成多",
      "。村里的民宿也早早订满，村民们",
      "说，樱花开了，古村也热闹起来了。");

  /** The village article's next section: the villagers, the visitors, the old village's street. */
  private static final String VILLAGERS = String.join("\n",
      "游客一多，村民的小买卖也热闹了",
      "。古村主街两旁，村民摆起了青团",
      "和米糕的小摊。");

  @Test
  void aPlainLineWhoseNextParagraphGoesOnWithTheStoryIsAnInBodySubhead() {
    // Plain text shows no type size: the line is a subhead because the text after it names the
    // story's village, villagers and visitors again.
    Segmenter.Segments s = segment(VILLAGE, "村民吃上“旅游饭”", VILLAGERS);

    assertThat(s.drafts()).singleElement().satisfies(d -> assertThat(d.paragraphs)
        .extracting(Draft.Paragraph::text).contains("村民吃上“旅游饭”"));
    assertThat(s.runs()).isEmpty();
  }

  @Test
  void theWholeSectionUnderAPlainLineCountsForTheStoryNotOnlyItsFirstParagraph() {
    // The section's first paragraph is one short sentence on the tea gardens that names nothing the
    // story named; the paragraphs after it, down to the next head, go on with the villagers.
    Segmenter.Segments s = segment(VILLAGE, "村民吃上“旅游饭”", "后山茶园也迎来采茶季。", VILLAGERS);

    assertThat(s.drafts()).singleElement().satisfies(d -> assertThat(d.paragraphs)
        .extracting(Draft.Paragraph::text).contains("村民吃上“旅游饭”", "后山茶园也迎来采茶季。"));
    assertThat(s.runs()).isEmpty();
  }

  @Test
  void theSectionUnderAPlainLineEndsAtTheNextHead() {
    // The story's villagers come back only under another head: the line heads the tea-garden
    // text alone, which names nothing the village story named.
    Segmenter.Segments s = segment(VILLAGE, "村民吃上“旅游饭”", "后山茶园也迎来采茶季。",
        "古村樱花节闭幕", VILLAGERS);

    assertThat(s.drafts().get(0).paragraphs).extracting(Draft.Paragraph::text)
        .doesNotContain("村民吃上“旅游饭”", "后山茶园也迎来采茶季。");
  }

  @Test
  void aSubheadLongerThanTheColumnItsEdgeCutIsStillAnInBodySubhead() {
    // Its first line fills the column, and the rest of it stands on the next line. (After a
    // paragraph that ends short of the column: a full line after one that ends at the column's
    // edge reads as the paragraph going on past a column break.)
    Segmenter.Segments s = segment(VILLAGE, "游客说，樱花值得一看。", "村民吃上旅游饭之后纷纷办起了民\n宿",
        VILLAGERS);

    assertThat(s.drafts()).singleElement().satisfies(d -> assertThat(d.paragraphs)
        .extracting(Draft.Paragraph::text).contains("村民吃上旅游饭之后纷纷办起了民宿"));
    assertThat(s.runs()).isEmpty();
  }

  @Test
  void aSubheadWhoseOpeningQuoteWentDownWithItsCharacterIsStillAnInBodySubhead() {
    // A line may be broken neither after the opening quote of “羊” nor before its closing one: the
    // three cells went down together, and the first line stops two cells short of the column.
    Segmenter.Segments s = segment(VILLAGE, "游客说，樱花值得一看。", "村民们都说溪口古村人人都属\n“羊”",
        VILLAGERS);

    assertThat(s.drafts()).singleElement().satisfies(d -> assertThat(d.paragraphs)
        .extracting(Draft.Paragraph::text).contains("村民们都说溪口古村人人都属“羊”"));
    assertThat(s.runs()).isEmpty();
  }

  @Test
  void aPlainLineOverTextOfAnotherStoryHeadsAnArticleOfItsOwn() {
    Segmenter.Segments s = segment(VILLAGE, "隔着玻璃看师傅修文物", String.join("\n",
        "县博物馆的文物修复室本月起对观",
        "众开放，修复室的一面墙换成了大",
        "块玻璃。"));

    assertThat(s.drafts()).hasSize(2);
    assertThat(runTexts(s, 0)).containsExactly("隔着玻璃看师傅修文物");
  }

  @Test
  void textThatOpensLikeANewsLeadStartsAnArticleEvenOnTheSameStory() {
    // When it happened, in the first clause: a lead, though it names the village again.
    Segmenter.Segments s = segment(VILLAGE, "古村樱花节开幕", String.join("\n",
        "溪口古村樱花节近日开幕，村民和",
        "游客一起在石板路上看樱花。"));

    assertThat(s.drafts()).hasSize(2);
    assertThat(runTexts(s, 0)).containsExactly("古村樱花节开幕");
  }

  @Test
  void anArticleOfAFewLinesIsNotDividedBySubheadsYet() {
    // A brief of 35 letters: the line after it heads the next brief, however alike the two are.
    Segmenter.Segments s = segment(String.join("\n",
        "本报讯 溪口古村的樱花开得正盛，",
        "游人沿着石板路一路拍照，村民摆",
        "起了小摊。"), "村民吃上“旅游饭”", VILLAGERS);

    assertThat(s.drafts()).hasSize(2);
  }

  @Test
  void thePapersAndThePagesNamesBeforeTheRunningHeadsLastLineAreItsNotAKicker() {
    Segmenter.Segments s = segment("青弋日报", "第6版", "教育", "2026年2月24日 星期二",
        "开学第一课", VILLAGE);

    assertThat(s.unassigned()).extracting(Unassigned::text)
        .containsExactly("青弋日报", "第6版", "教育", "2026年2月24日 星期二");
    assertThat(runTexts(s, 0)).containsExactly("开学第一课");
  }

  @Test
  void withoutARunningHeadTheShortLinesOverTheFirstArticleAreItsHeadline() {
    Segmenter.Segments s = segment("教育", "开学第一课", VILLAGE);

    assertThat(s.unassigned()).isEmpty();
    assertThat(runTexts(s, 0)).containsExactly("教育", "开学第一课");
  }

  @Test
  void anEnumeratedHeadRightBeforeADatelineHeadsTheArticleThatDatelineOpens() {
    // A column of briefs heads each with a bullet: the open brief ends at the next dateline, and
    // the head over that dateline is the next brief's, not a subhead of the one before.
    Segmenter.Segments s = segment(OPEN_BRIEF, "■新区公交线路调整", METRO);

    assertThat(s.drafts()).hasSize(2);
    assertThat(s.drafts().get(0).paragraphs).extracting(Draft.Paragraph::text)
        .doesNotContain("■新区公交线路调整");
    assertThat(runTexts(s, 0)).containsExactly("■新区公交线路调整");
    assertThat(s.runs().get(0).after()).isSameAs(s.drafts().get(1));
  }

  @Test
  void aTwoLineLeadInEndingInAColonAtAColumnsFootStaysInTheBodyOfTheOpenArticle() {
    // Issue #11, class 2: shaped like a headline (two short lines, one comma, no full stop), the
    // lead-in ends its column, and the items it announces open the next.
    Segmenter.Segments s = segment(OPEN_BRIEF, String.join("\n",
        "今年，区里为居民带来四件",
        "“实事”："), String.join("\n",
        "修道路。全年改造背街小巷32",
        "条，新增停车泊位1500个。"));

    assertThat(s.drafts()).singleElement().satisfies(d -> assertThat(d.paragraphs)
        .extracting(Draft.Paragraph::text).containsSubsequence(
            "今年，区里为居民带来四件“实事”：", "修道路。全年改造背街小巷32条，新增停车泊位1500个。"));
    assertThat(s.runs()).isEmpty();
  }
}
