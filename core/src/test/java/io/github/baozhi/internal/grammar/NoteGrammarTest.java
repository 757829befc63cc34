package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteGrammarTest {

  private final NoteGrammar notes = new NoteGrammar();

  @Test
  void editorNotesButNotTheWiresEditorCredit() {
    assertThat(notes.isNote("（责编：张三）")).isTrue();
    assertThat(notes.isNote("（編輯：張三）A12")).isTrue();
    assertThat(notes.trailing("提早規劃行程。（責任編輯：李四）")).hasValue(7);
    // Alone or with the date the wire was filed it is the article's byline, not a note.
    assertThat(notes.isNote("（编辑：张三）")).isFalse();
    assertThat(notes.isNote("（編輯：張三）1141209")).isFalse();
    assertThat(notes.trailing("提早規劃行程。（編輯：李四）")).isEmpty();
    assertThat(notes.trailing("提早規劃行程。（編輯：李四）1141209")).isEmpty();
  }

  @Test
  void thePagesDateWithAOneTesseractReadAsAClosingBracketIsStillTheDate() {
    assertThat(notes.isNote("2026年]月27日星期二")).isTrue();
    assertThat(notes.isNote("2026年]月]日")).isTrue();
    assertThat(notes.isNote("2026年]]]月27日")).isFalse();
  }

  @Test
  void theRunningHeadsLinesAreItsDateLineAndPageNumberOnly() {
    assertThat(notes.isRunningHead("2026年2月24日 星期二")).isTrue();
    assertThat(notes.isRunningHead("中華民國115年3月17日 星期二")).isTrue();
    assertThat(notes.isRunningHead("第6版")).isTrue();
    assertThat(notes.isRunningHead("A2 要闻")).isTrue();
    assertThat(notes.isRunningHead("A6")).isTrue();
    // A bare number may be a speck or a piece of a line read apart.
    assertThat(notes.isRunningHead("9")).isFalse();
    // Other notes stand anywhere on the page.
    assertThat(notes.isRunningHead("责任编辑：乔慧敏")).isFalse();
    assertThat(notes.isRunningHead("本报记者 乔语彤 摄")).isFalse();
    assertThat(notes.isRunningHead("（下转第2版）")).isFalse();
  }

  @Test
  void photoCredits() {
    assertThat(notes.isNote("本报记者王五摄")).isTrue();
    assertThat(notes.isNote("記者林小美攝")).isTrue();
    assertThat(notes.isNote("图/李四")).isTrue();
    assertThat(notes.isNote("晚报记者 祁蔓 摄")).isTrue();
    assertThat(notes.isNote("都市报记者钱程摄")).isTrue();
    assertThat(notes.isNote("本报记者吕品摄·")).isTrue(); // a speck the engine read after it
    assertThat(notes.isPhotoCredit("晚报记者祁蔓摄")).isTrue();
    assertThat(notes.isPhotoCredit("（编辑：张三）")).isFalse();
    assertThat(notes.isPhotoCredit("他说这是在景区拍摄")).isFalse();
    assertThat(notes.trailing("減輕負擔。（圖：新北市社會局提供）")).hasValue(5);
  }

  @Test
  void aPicturesSourceStandingAloneIsAPhotoCredit() {
    assertThat(notes.isPhotoCredit("資料圖片")).isTrue();
    assertThat(notes.isPhotoCredit("本报资料图片")).isTrue();
    assertThat(notes.isPhotoCredit("新华社发")).isTrue();
    assertThat(notes.isNote("资料图片")).isTrue();
    assertThat(notes.isPhotoCredit("春节档科幻大片")).isFalse();
    // An agency's photographer with the date the picture was taken, as 中央社 prints it.
    assertThat(notes.isPhotoCredit("中央社記者王小明攝114年6月3日")).isTrue();
    assertThat(notes.isPhotoCredit("中央社記者王小明攝 114年6月3日")).isTrue();
    assertThat(notes.isNote("新华社记者李响摄2025年6月3日")).isTrue();
    assertThat(notes.isNote("王小明摄· 2025年12月31日")).isTrue();
    assertThat(notes.isNote("王小明摄影展6月3日")).isFalse();
    // A picture a reader or an office gave: the verb with nothing after it.
    assertThat(notes.isPhotoCredit("讀者提供")).isTrue();
    assertThat(notes.isPhotoCredit("新竹縣政府提供")).isTrue();
    assertThat(notes.isPhotoCredit("校方供圖")).isTrue();
    assertThat(notes.isNote("受访者供图")).isTrue();
    // 供图 after any giver, a firm or a person; running text cut after 提供 is none.
    assertThat(notes.isPhotoCredit("鉴芯微电子供图")).isTrue();
    assertThat(notes.isPhotoCredit("张三供图")).isTrue();
    assertThat(notes.isPhotoCredit("企业提供图")).isFalse();
    assertThat(notes.isPhotoCredit("为市民供图")).isFalse();
    assertThat(notes.isPhotoCredit("社区食堂免费提供午餐")).isFalse();
    assertThat(notes.isNote("该公司还会提供")).isFalse();
    assertThat(notes.isNote("他们所提供")).isFalse();
    assertThat(notes.isNote("记者根据警方提供")).isFalse();
    assertThat(notes.isNote("通过第三方提供")).isFalse();
    assertThat(notes.isPhotoCredit("描绘发展蓝图")).isFalse();
    // Running text cut after 提供 names whom it is given to, not who gave a picture.
    assertThat(notes.isNote("討是否需要為業界提供")).isFalse();
    assertThat(notes.isNote("可由社区服务中心提供")).isFalse();
    assertThat(notes.isNote("市民纷纷前往观看老照片")).isFalse();
  }

  @Test
  void endMarksAloneOrAfterTheLastSentence() {
    assertThat(notes.isNote("（完）")).isTrue();
    assertThat(notes.trailing("第五百二十次飞行。（完）")).hasValue(9);
    assertThat(notes.trailing("第五百二十次飞行（完）")).isEmpty();
  }

  @Test
  void aParenthesisedNoteWithSpacesAroundIsStillANote() {
    assertThat(notes.isNote("  （完）")).isTrue();
    assertThat(notes.isNote("\u3000（下转第三版）")).isTrue();
  }

  @Test
  void aShortPhotoCaptionStandingAloneIsANote() {
    assertThat(notes.isNote("图为安吉县余村一景。")).isTrue();
    assertThat(notes.isNote("圖為台北市信義區夜景。")).isTrue();
    // A long paragraph that happens to open with 图为 stays text.
    assertThat(notes.isNote("图为" + "市民在新建成的口袋公园里休闲健身，".repeat(5) + "享受城市更新带来的变化。"))
        .isFalse();
  }

  @Test
  void jumpLines() {
    assertThat(notes.trailing("推动经济持续回升向好。（下转第三版）")).hasValue(11);
    assertThat(notes.isNote("（上接A1版）")).isTrue();
  }

  @Test
  void aSerialsPartContinuedOrEndedIsAnEndMarkNotACredit() {
    assertThat(notes.isEndMark("（未完待续）")).isTrue();
    assertThat(notes.isEndMark("(未完待續)")).isTrue();
    assertThat(notes.isEndMark("（续完）")).isTrue();
    assertThat(notes.trailing("她把门轻轻带上了。（未完待续）")).hasValue(9);
    assertThat(new BylineGrammar().match("她把门轻轻带上了。（未完待续）")).isEmpty();
    assertThat(new BylineGrammar().match("她把门轻轻带上了。（续完）")).isEmpty();
  }

  @Test
  void aCrossReferenceWhose關TheEngineLostOrMisreadIsStillOne() {
    assertThat(notes.isNote("(相報道刊A6)")).isTrue();
    assertThat(notes.trailing("明年起實施。(相開新闻见A8)")).hasValue(6);
    // Without the noun it is a credit still.
    assertThat(new BylineGrammar().match("明年起實施。（相開）")).isPresent();
  }

  @Test
  void crossReferencesToARelatedStoryElsewhere() {
    assertThat(notes.isNote("（相關新聞刊A9）")).isTrue();
    assertThat(notes.isNote("（相关报道见第5版）")).isTrue();
    assertThat(notes.trailing("加强来往市中心的服务。（详见第3版）")).hasValue(11);
    // A reporter whose name opens with one of those characters is still a credit.
    assertThat(notes.isNote("（相文）")).isFalse();
    assertThat(new BylineGrammar().match("市民可事先查询。（相文）")).isPresent();
  }

  @Test
  void pageFurniture() {
    assertThat(notes.isNote("2022年10月11日 星期二")).isTrue();
    // An engine reads the gap before the weekday as a dot or a comma.
    assertThat(notes.isNote("2025年12月3日.星期三")).isTrue();
    assertThat(notes.isNote("2025年12月3日,星期三")).isTrue();
    assertThat(notes.isNote("2025年6月3日，星期二，市政府召开")).isFalse();
    assertThat(notes.isNote("2025年12月3日·星期三 农历十月十四")).isTrue();
    // A line of text that opens with a date runs on: a weekday is one character, alone.
    assertThat(notes.isNote("2025年6月3日，周口市召开全市")).isFalse();
    assertThat(notes.isNote("2025年6月3日 周口市召开全市")).isFalse();
    assertThat(notes.isNote("2025年6月3日，周末两天")).isFalse();
    // 星期 is no word's start but the weekday's: whatever the engine made of what follows.
    assertThat(notes.isNote("2025年4月23日星期财经观察")).isTrue();
    assertThat(notes.isNote("责任编辑：王五 美术编辑：李四")).isTrue();
    // The page's own editor, as many papers print it at the foot of the page.
    assertThat(notes.isNote("本版编辑：晏清越")).isTrue();
    assertThat(notes.isNote("本期责编：王五")).isTrue();
    assertThat(notes.isNote("本报讯：记者王五")).isFalse();
    assertThat(notes.isNote("A2 要闻")).isTrue();
    assertThat(notes.isNote("要闻 03")).isTrue();
    assertThat(notes.isNote("02")).isTrue();
    assertThat(notes.isNote("第3版 国际新闻")).isTrue();
    assertThat(notes.isNote("国际新闻　A3")).isTrue();
  }

  @Test
  void oneNoteOfEveryFormStandingAloneGetsPastTheQuickLookBeforeTheExpression() {
    // The quick look asks for a form's first character (图, 摄, a parenthesis, a jump word, an
    // editor's title, 第, a digit or Latin letter), 片 at the end, or 摄, 供, 社 or a space inside:
    // a note of any form that shows none of them would never reach the expression.
    assertThat(notes.isNote("资料照片")).isTrue();
    assertThat(notes.isNote("中新社发")).isTrue();
    assertThat(notes.isNote("讀者提供")).isTrue();
    assertThat(notes.isNote("受访者供圖")).isTrue();
    assertThat(notes.isNote("记者王五摄")).isTrue();
    assertThat(notes.isNote("摄影：王五")).isTrue();
    assertThat(notes.isNote("圖／李四")).isTrue();
    assertThat(notes.isNote("（待续）")).isTrue();
    assertThat(notes.isNote("下转第3版")).isTrue();
    assertThat(notes.isNote("转第9版）")).isTrue();
    assertThat(notes.isNote("美编：李四")).isTrue();
    assertThat(notes.isNote("制图：张三")).isTrue();
    assertThat(notes.isNote("B4")).isTrue();
    assertThat(notes.isNote("２０２２年10月11日")).isTrue();
    assertThat(notes.isNote("国际新闻 A3")).isTrue();
    // Lines of text that end as a picture's source does (开发, 地图, 大片) and show no such sign.
    assertThat(notes.isNote("要高标准实施制造业高质量发")).isFalse();
    assertThat(notes.isNote("绘就一张城市更新的蓝图")).isFalse();
    assertThat(notes.isNote("春节档科幻大片")).isFalse();
  }

  @Test
  void sentencesAndBylinesAreNotNotes() {
    assertThat(notes.isNote("2号线")).isFalse();
    // A wrapped line of text that happens to end in a number is no page number.
    assertThat(notes.isNote("全年新增企业2020")).isFalse();
    assertThat(notes.isNote("同比增长12")).isFalse();
    assertThat(notes.isNote("2022年10月11日，全市召开大会。")).isFalse();
    assertThat(notes.trailing("他正在现场拍摄")).isEmpty();
    assertThat(notes.trailing("和知名品牌。 （陈菁菁）")).isEmpty();
    assertThat(notes.trailing("全市召开大会。")).isEmpty();
  }

  @Test
  void aLineOfTextOpeningWith续接IsNoJumpLine() {
    // Issue #11, class 8: 继续 cut at a line's end leaves a line that opens 续接受…; a jump line
    // names a page in parentheses and is short.
    assertThat(notes.isNote("续接受培训，学习电商运营和产品")).isFalse();
    assertThat(notes.isNote("续接受职业技能培训，让更多劳动")).isFalse();
    assertThat(notes.isNote("（续接第一版）")).isTrue();
    assertThat(notes.isNote("（續接A1版）")).isTrue();
    // A short line of text after the break, whatever its length: a jump line without
    // parentheses still names its page.
    assertThat(notes.isNote("续接纳更多非遗项目进校园。")).isFalse();
    assertThat(notes.isNote("续接受培训")).isFalse();
    assertThat(notes.isNote("下转第3版")).isTrue();
    assertThat(notes.isNote("上接A1")).isTrue();
    // One whose opening parenthesis the engine read as another mark or lost: 《T转第9版),
    // or whose closing one it lost.
    assertThat(notes.isNote("转第9版)")).isTrue();
    assertThat(notes.isNote("（下转第三版")).isTrue();
  }

  @Test
  void aShortLineNamingATurnIsLookedAtWhereItOpensOrEndsAsANoteCan() {
    // A page number of fifteen characters, its section's name set off by spaces: too long for
    // the page-number look, it reaches the expression by its 转 and its first letter.
    assertThat(notes.isNote("A2         转载新闻")).isTrue();
    assertThat(notes.isNote("第2版        转载新闻")).isTrue();
    // A line of text the column's edge cut, which opens and ends in running text.
    assertThat(notes.isNote("我们要转变作风提高效率")).isFalse();
  }

  @Test
  void aPagesDateLineInTaiwansEraIsPageFurniture() {
    assertThat(notes.isNote("中華民國114年12月6日 星期六")).isTrue();
    assertThat(notes.isNote("中華民國114年9月11日星期四")).isTrue();
    assertThat(notes.isNote("民國114年12月6日")).isTrue();
    assertThat(notes.isNote("中華民國114年起實施新制")).isFalse();
  }
}
