package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatelineGrammarTest {

  private final DatelineGrammar grammar = new DatelineGrammar();

  private DatelineMatch match(String text) {
    Optional<DatelineMatch> m = grammar.match(text);
    assertThat(m).as("dateline in %s", text).isPresent();
    return m.get();
  }

  @Test
  void benBaoXun() {
    DatelineMatch m = match("本报讯 10月10日，全市召开大会");
    assertThat(m.text()).isEqualTo("本报讯");
    assertThat(m.source()).isEqualTo("本报");
    assertThat(m.place()).isNull();
    assertThat(m.day()).isZero();
  }

  @Test
  void aCreditWhoseParenthesisTesseractReadAsAngleOrTitleBracketsIsStillTheCredit() {
    assertThat(match("晚报讯〈《记者 包小溪）昨天是").reporters()).containsExactly("包小溪");
    assertThat(match("本报讯《记者 钱程)昨天").reporters()).containsExactly("钱程");
    assertThat(match("新华社广州3月5日电《〈记者 韩少青)记者5日").reporters()).containsExactly("韩少青");
  }

  @Test
  void aMarkTheEngineReadBetweenXunAndTheCreditKeepsTheCredit() {
    DatelineMatch m = match("晚报讯·（记者阙晓楠）清风苑小区3号楼顶的水箱");
    assertThat(m.text()).isEqualTo("晚报讯·（记者阙晓楠）");
    assertThat(m.reporters()).containsExactly("阙晓楠");
  }

  @Test
  void aTitleInTitleBracketsAfterXunIsNoCredit() {
    assertThat(match("本报讯《城市书房》今天起延时开放").text()).isEqualTo("本报讯");
  }

  @Test
  void otherPapersXun() {
    assertThat(match("晨报讯 昨天，").source()).isEqualTo("晨报");
    assertThat(match("广州日报讯（全媒体记者 黎慧莹 通讯员 穗妇宣）昨日").source()).isEqualTo("广州日报");
    assertThat(match("广州日报讯（全媒体记者 黎慧莹 通讯员 穗妇宣）昨日").reporters())
        .containsExactly("黎慧莹", "穗妇宣");
  }

  @Test
  void paperWithPlaceDateAndCredit() {
    DatelineMatch m = match("本报北京5月27日电（记者 李海秀）国家统计局今天发布");
    assertThat(m.text()).isEqualTo("本报北京5月27日电（记者 李海秀）");
    assertThat(m.place()).isEqualTo("北京");
    assertThat(m.month()).isEqualTo(5);
    assertThat(m.day()).isEqualTo(27);
    assertThat(m.reporters()).containsExactly("李海秀");
  }

  @Test
  void xinhuaWithReporters() {
    DatelineMatch m = match("新华社北京2月27日电（记者 张三、李四）记者27日从");
    assertThat(m.source()).isEqualTo("新华社");
    assertThat(m.reporters()).containsExactly("张三", "李四");
  }

  @Test
  void fullWidthDigitsAndChineseNumerals() {
    assertThat(match("新华社济南６月５日体育专电 第十五届").day()).isEqualTo(5);
    assertThat(match("新华社重庆十四日电 昨天").day()).isEqualTo(14);
  }

  @Test
  void aOneTesseractReadAsAClosingBracketIsStillAOneAndStaysInTheText() {
    DatelineMatch m = match("新华社北京]月26日电《记者没远山)记者从民政部门了解到");
    assertThat(m.text()).isEqualTo("新华社北京]月26日电《记者没远山)");
    assertThat(m.month()).isEqualTo(1);
    assertThat(m.day()).isEqualTo(26);
    assertThat(match("本报蓝溪1]月2日电（记者 郦书瑶）昨天").month()).isEqualTo(11);
  }

  @Test
  void traditionalScript() {
    assertThat(match("本報訊 昨日").source()).isEqualTo("本報");
  }

  @Test
  void benBaoXunWithCredit() {
    DatelineMatch m = match("本报讯（记者 张三 通讯员 李四）昨天");
    assertThat(m.text()).isEqualTo("本报讯（记者 张三 通讯员 李四）");
    assertThat(m.reporters()).containsExactly("张三", "李四");
  }

  @Test
  void benBaoXunWithReporterAndColon() {
    DatelineMatch m = match("本报讯 记者张三报道：昨天，全市");
    assertThat(m.text()).isEqualTo("本报讯 记者张三报道：");
    assertThat(m.reporters()).containsExactly("张三");
  }

  @Test
  void eveningAndMorningPapers() {
    for (String paper : new String[] {"晨报", "晚报", "信报", "星报"}) {
      assertThat(match(paper + "讯 昨天上午").source()).isEqualTo(paper);
    }
  }

  @Test
  void paperWithPlaceAndDateAndXun() {
    DatelineMatch m = match("本报北京11月10日讯 记者从");
    assertThat(m.place()).isEqualTo("北京");
    assertThat(m.month()).isEqualTo(11);
  }

  @Test
  void quotedFromXinhua() {
    DatelineMatch m = match("据新华社北京2月20日电（记者 王五）国务院");
    assertThat(m.source()).isEqualTo("新华社");
    assertThat(m.text()).isEqualTo("据新华社北京2月20日电（记者 王五）");
    assertThat(m.reporters()).containsExactly("王五");
  }

  @Test
  void bracketedDatelineWithChineseNumerals() {
    DatelineMatch m = match("【新华社重庆十四日电】昨天");
    assertThat(m.text()).isEqualTo("【新华社重庆十四日电】");
    assertThat(m.place()).isEqualTo("重庆");
    assertThat(m.day()).isEqualTo(14);
  }

  @Test
  void webPortals() {
    assertThat(match("人民网北京9月7日电（记者 赵六）").source()).isEqualTo("人民网");
    assertThat(match("新华网北京8月14日电 据").source()).isEqualTo("新华网");
  }

  @Test
  void traditionalCentralNewsAgencyInParentheses() {
    DatelineMatch m = match("（中央社記者王小明台北10日電）行政院");
    assertThat(m.text()).isEqualTo("（中央社記者王小明台北10日電）");
    assertThat(m.source()).isEqualTo("中央社");
    assertThat(m.place()).isEqualTo("台北");
    assertThat(m.day()).isEqualTo(10);
    assertThat(m.reporters()).containsExactly("王小明");
  }

  @Test
  void anAgencysCreditWhoseSecondNameTheEngineCutToOneCharacterIsStillTheCredit() {
    // PaddleOCR dropped 馮啟 of 馮啟宏: the place and date after 宏 still close the credit.
    DatelineMatch m = match("（中央社記者宋雅筑、宏台北23日電）台北市政府今天召開記者會");
    assertThat(m.text()).isEqualTo("（中央社記者宋雅筑、宏台北23日電）");
    assertThat(m.reporters()).containsExactly("宋雅筑", "宏");
    assertThat(m.place()).isEqualTo("台北");
    // Whole names are read as before: the longest that leaves a place of two characters.
    DatelineMatch two = match("（中央社記者宋雅筑、馮啟宏台北23日電）台北市政府");
    assertThat(two.reporters()).containsExactly("宋雅筑", "馮啟宏");
    assertThat(two.place()).isEqualTo("台北");
  }

  @Test
  void traditionalCentralNewsAgencyBare() {
    DatelineMatch m = match("中央社記者陳韻聿東京10日電 日本");
    assertThat(m.reporters()).containsExactly("陳韻聿");
    assertThat(m.place()).isEqualTo("東京");
  }

  @Test
  void traditionalHongKongPaperWithFiledFrom() {
    DatelineMatch m = match("香港文匯報訊（記者 張聰 北京報道）國家");
    assertThat(m.source()).isEqualTo("香港文匯報");
    assertThat(m.reporters()).containsExactly("張聰");
    assertThat(m.place()).isEqualTo("北京");
  }

  @Test
  void traditionalReporterFiledFrom() {
    DatelineMatch m = match("〔記者林小美／台北報導〕台北市");
    assertThat(m.text()).isEqualTo("〔記者林小美／台北報導〕");
    assertThat(m.source()).isEqualTo("本報");
    assertThat(m.place()).isEqualTo("台北");
    assertThat(m.reporters()).containsExactly("林小美");
  }

  @Test
  void aFiledReportWhoseBracketsTheEngineDroppedOrMisreadIsStillTheDateline() {
    assertThat(match("記者洪詩涵／綜合報導東北季風今天南下").text()).isEqualTo("記者洪詩涵／綜合報導");
    assertThat(match("實習記者林書瑤／台東報導）台東的鳳梨").text()).isEqualTo("實習記者林書瑤／台東報導）");
    assertThat(match("〔記者溫若琳／羅東報導羅東夜市本月起").place()).isEqualTo("羅東");
    DatelineMatch braced = match("{記者黃志明／高雄報導）為鼓勵學生");
    assertThat(braced.text()).isEqualTo("{記者黃志明／高雄報導）");
    assertThat(braced.reporters()).containsExactly("黃志明");
  }

  @Test
  void aFiledReportWhose報TheEngineDroppedIsStillTheDateline() {
    DatelineMatch m = match("[記者邢思妤／彰化導】每年入冬");
    assertThat(m.text()).isEqualTo("[記者邢思妤／彰化導】");
    assertThat(m.place()).isEqualTo("彰化");
    assertThat(match("【記者彭子涵／大湖導）苗栗大湖").text()).isEqualTo("【記者彭子涵／大湖導）");
  }

  @Test
  void aPlaceTheEngineCutToOneCharacterAfter本报KeepsTheDateline() {
    DatelineMatch m = match("本报水12月27日电（记者祁远山）27日起");
    assertThat(m.text()).isEqualTo("本报水12月27日电（记者祁远山）");
    assertThat(m.place()).isEqualTo("水");
    assertThat(match("本报北京5月27日电（记者 张三）").place()).isEqualTo("北京");
    // Without a date, one character after 本报 is no place.
    assertThat(grammar.match("本报水讯今天")).isEmpty();
  }

  @Test
  void marksAnEngineReadFromSpecksBeforeADatelineStayInItsText() {
    DatelineMatch m = match("，晚报讯（记者郜思怡）春节假期结束后");
    assertThat(m.text()).isEqualTo("，晚报讯（记者郜思怡）");
    assertThat(m.end()).isEqualTo("，晚报讯（记者郜思怡）".length());
    assertThat(m.reporters()).containsExactly("郜思怡");
    assertThat(match("。。新华社巴黎5月18日电（记者 汤子伦）在18日").text())
        .isEqualTo("。。新华社巴黎5月18日电（记者 汤子伦）");
    assertThat(match(". [記者吳子潔/車城報導〕四重溪").place()).isEqualTo("車城");
    assertThat(grammar.opens("”本报讯 清明前后")).isTrue();
    // Three marks are no speck's, and marks before prose open nothing.
    assertThat(grammar.match("。。。本报讯 清明前后")).isEmpty();
    assertThat(grammar.match("“记者了解到，今年")).isEmpty();
  }

  @Test
  void aFiledReportsSlashReadAsABracketIsStillTheDateline() {
    DatelineMatch m = match("[記者闕子涵】基隆報導）清晨5點");
    assertThat(m.text()).isEqualTo("[記者闕子涵】基隆報導）");
    assertThat(m.reporters()).containsExactly("闕子涵");
    assertThat(m.place()).isEqualTo("基隆");
  }

  @Test
  void reportedInBothScriptsAtOnceAsASimplifiedModelReadsIt() {
    assertThat(match("【記者溫若琳/羅東报導】羅東夜市").text()).isEqualTo("【記者溫若琳/羅東报導】");
  }

  @Test
  void aFiledReportsReporterStartsWithinSevenCharactersOfTheParagraph() {
    // A bracket and six characters of source put 記 at the seventh place; seven are too many.
    assertThat(match("〔本報駐日特派記者盧思妤／東京報導〕日本").source()).isEqualTo("本報");
    assertThat(grammar.match("〔本報駐東京特派記者盧思妤／東京報導〕日本")).isEmpty();
  }

  @Test
  void aReportersPostBeforeTheRoleIsNoSource() {
    assertThat(match("〔實習記者陳小文／花蓮報導〕花蓮的").source()).isEqualTo("本報");
    assertThat(match("（聯合報記者周正平／台中報導）").source()).isEqualTo("聯合報");
  }

  @Test
  void aCorrespondentPostedAbroadFilesAsTePaiYuanAndDatesTheReport() {
    DatelineMatch m = match("〔駐美特派員王大同／華盛頓4日報導〕美國國會");
    assertThat(m.text()).isEqualTo("〔駐美特派員王大同／華盛頓4日報導〕");
    assertThat(m.source()).isEqualTo("本報");
    assertThat(m.place()).isEqualTo("華盛頓");
    assertThat(m.day()).isEqualTo(4);
    assertThat(m.reporters()).containsExactly("王大同");
    assertThat(match("〔駐歐特派记者李文／布魯塞爾報導〕").place()).isEqualTo("布魯塞爾");
  }

  @Test
  void theDesksTranslatorFilesForeignNewsAsBianYi() {
    DatelineMatch m = match("〔編譯歐陽明／綜合報導〕英國央行");
    assertThat(m.text()).isEqualTo("〔編譯歐陽明／綜合報導〕");
    assertThat(m.source()).isEqualTo("本報");
    assertThat(m.reporters()).containsExactly("歐陽明");
    assertThat(grammar.match("編譯出版的新書／綜合")).isEmpty();
  }

  @Test
  void benBaoWhoseXunTheEngineLostStillOpensBeforeACreditOrInBrackets() {
    DatelineMatch credited = match("本報（記者 陳美玲）運輸署昨日宣布");
    assertThat(credited.text()).isEqualTo("本報（記者 陳美玲）");
    assertThat(credited.source()).isEqualTo("本報");
    assertThat(credited.reporters()).containsExactly("陳美玲");
    assertThat(match("【本報】記者莫家樂報道：").text()).isEqualTo("【本報】");
    assertThat(grammar.match("本報今日起推出新版面")).isEmpty();
    assertThat(grammar.match("本报（第三版）刊登了")).isEmpty();
  }

  @Test
  void broadcastersNewsSitesReportAsXiaoXi() {
    DatelineMatch site = match("央视网消息 近日，国家统计局发布");
    assertThat(site.text()).isEqualTo("央视网消息");
    assertThat(site.source()).isEqualTo("央视网");
    DatelineMatch dated = match("央广网上海3月4日消息（记者 林立）昨天，");
    assertThat(dated.place()).isEqualTo("上海");
    assertThat(dated.day()).isEqualTo(4);
    assertThat(dated.reporters()).containsExactly("林立");
    assertThat(grammar.match("这条消息在网上流传很广")).isEmpty();
    assertThat(grammar.match("记者从市政府获悉消息，")).isEmpty();
  }

  @Test
  void aCountysMediaCentreReportsAsAPaperDoes() {
    assertThat(match("县融媒体中心讯 近日，").source()).isEqualTo("县融媒体中心");
    assertThat(match("平阳县融媒体中心讯（记者 陈一）昨天").reporters()).containsExactly("陈一");
    assertThat(match("龙泉融媒讯（通讯员 叶青）近日").source()).isEqualTo("龙泉融媒");
    assertThat(grammar.match("市急救中心讯息平台")).isEmpty();
    assertThat(grammar.match("市民服务中心电话是")).isEmpty();
  }

  @Test
  void aReportsCreditSetAfterItsKindWithoutParenthesesNamesItsReportersUpTo报道() {
    DatelineMatch m = match("枣林晚报讯 记者 常思齐 通讯员郜一鸣 报道8日下午，市发改委");
    assertThat(m.text()).isEqualTo("枣林晚报讯 记者 常思齐 通讯员郜一鸣 报道");
    assertThat(m.source()).isEqualTo("枣林晚报");
    assertThat(m.reporters()).containsExactly("常思齐", "郜一鸣");
    // Without 报道 an ideographic space, the one a dateline is set off by, ends the names.
    assertThat(match("本报讯 通讯员 邬小芹 记者 晏秋实\u3000初冬时节").reporters())
        .containsExactly("邬小芹", "晏秋实");
    // Where nothing ends them the names would run on into the text: only 本报讯 is read.
    assertThat(match("本报讯 记者从市里获悉，今天上午").text()).isEqualTo("本报讯");
  }

  @Test
  void aForeignAgencysWireInParenthesesIsSetLikeTheCentralNewsAgencys() {
    DatelineMatch reuters = match("（路透社倫敦8日電）英國政府宣布");
    assertThat(reuters.text()).isEqualTo("（路透社倫敦8日電）");
    assertThat(reuters.source()).isEqualTo("路透社");
    assertThat(reuters.place()).isEqualTo("倫敦");
    assertThat(reuters.day()).isEqualTo(8);
    assertThat(match("（法新社巴黎8日電）法國").source()).isEqualTo("法新社");
    assertThat(match("（美聯社記者王小明東京8日電）日本").reporters()).containsExactly("王小明");
  }

  @Test
  void theCentralNewsAgencyCreditsAReportCompiledFromTheWiresToNoReporter() {
    DatelineMatch compiled = match("（中央社台北5日綜合外電報導）美國聯準會");
    assertThat(compiled.text()).isEqualTo("（中央社台北5日綜合外電報導）");
    assertThat(compiled.source()).isEqualTo("中央社");
    assertThat(compiled.place()).isEqualTo("台北");
    assertThat(compiled.day()).isEqualTo(5);
    assertThat(compiled.reporters()).isEmpty();
    assertThat(match("（中央社東京3日電）日本政府").place()).isEqualTo("東京");
  }

  @Test
  void aCreditLineStandingAloneOpensTheArticle() {
    DatelineMatch m = match("本报记者 张三 李四");
    assertThat(m.source()).isEqualTo("本报");
    assertThat(m.reporters()).containsExactly("张三", "李四");
    assertThat(grammar.isCreditLine("本报记者 张三 通讯员 王五")).isTrue();
    assertThat(grammar.isCreditLine("记者近日从中国科学院获悉")).isFalse();
    assertThat(grammar.match("记者27日从中国大洋事务管理")).isEmpty();
  }

  @Test
  void aCreditRunInWithTheFirstLineEndsAtTheIdeographicSpaceThatSetsItOff() {
    DatelineMatch m = match("□本报记者 隗静怡　进了腊月，汾阳城南郝家巷的年画作坊");
    assertThat(m.text()).isEqualTo("□本报记者 隗静怡");
    assertThat(m.source()).isEqualTo("本报");
    assertThat(m.reporters()).containsExactly("隗静怡");
    assertThat(match("新华社记者 阿依达娜 郭远山　天刚蒙蒙亮，").reporters()).containsExactly("阿依达娜", "郭远山");
    assertThat(match("新华社记者 阿依达娜 郭远山　天刚蒙蒙亮，").source()).isEqualTo("新华社");
    assertThat(match("大公報記者 郁嘉朗、溫詠詩　一架掛滿燈飾").source()).isEqualTo("大公報");
    assertThat(match("大公報記者 郁嘉朗、溫詠詩　一架掛滿燈飾").reporters()).containsExactly("郁嘉朗", "溫詠詩");
    assertThat(match("沙田日報記者 邰浩賢　亞洲壁球").text()).isEqualTo("沙田日報記者 邰浩賢");
  }

  @Test
  void aRunInCreditMayNameTheReportersPostAndWhereTheReportWasFiledFrom() {
    DatelineMatch posted = match("本报驻雾溪记者 栾航　天还没亮，雾溪江边就站满");
    assertThat(posted.text()).isEqualTo("本报驻雾溪记者 栾航");
    assertThat(posted.source()).isEqualTo("本报");
    assertThat(posted.reporters()).containsExactly("栾航");
    DatelineMatch filed = match("本报特派记者 芦振宇 发自哈尔滨　8日晚，在哈尔滨结束的");
    assertThat(filed.text()).isEqualTo("本报特派记者 芦振宇 发自哈尔滨");
    assertThat(filed.place()).isEqualTo("哈尔滨");
    assertThat(filed.reporters()).containsExactly("芦振宇");
  }

  @Test
  void anAuthorsRunInCreditIsTheDatelineOfTheOwnPaperInThePagesScript() {
    DatelineMatch writer = match("文／季南风　小时候在北方小城，冬至是");
    assertThat(writer.text()).isEqualTo("文／季南风");
    assertThat(writer.source()).isEqualTo("本报");
    assertThat(writer.reporters()).containsExactly("季南风");
    assertThat(match("文／戴品岑　鐵路高架化").source()).isEqualTo("本報");
    assertThat(match("◎蔺晚秋　家里的墙上一直挂着一本").text()).isEqualTo("◎蔺晚秋");
    assertThat(grammar.match("文化　小时候在北方小城")).isEmpty();
    assertThat(grammar.match("◎蔺晚秋家里的墙上一直挂着一本")).isEmpty();
  }

  @Test
  void aRunInCreditThatLostItsIdeographicSpaceToAPlainOneEndsBeforeWhatNoNameIs() {
    assertThat(match("本报记者 张三 近日，市里召开大会").text()).isEqualTo("本报记者 张三");
    assertThat(match("本报记者 张三 李四 今天上午全市召开").reporters()).containsExactly("张三", "李四");
    // No such word: the names stand alone, a credit line.
    assertThat(match("本报记者 张三 李四").text()).isEqualTo("本报记者 张三 李四");
  }

  @Test
  void reportersInProseOrNamesSetOffByTheIdeographicSpaceAreNoRunInCredit() {
    assertThat(grammar.match("记者走访　全市各区")).isEmpty();
    assertThat(match("本报讯　记者从市林业局获悉，").text()).isEqualTo("本报讯");
    // A credit line set throughout with ideographic spaces keeps its last name.
    assertThat(match("本报记者　张三　李四").reporters()).containsExactly("张三", "李四");
  }

  @Test
  void aCreditLineThatTheColumnsEdgeCutInsideARunInCreditRunsOnIntoTheNextLine() {
    assertThat(grammar.openingOfLine("本报特派记者 芦", "振宇 发自哈尔滨　8"))
        .isEqualTo(DatelineGrammar.Opening.CUT_DATELINE);
    assertThat(grammar.openingOfLine("本报记者 张三 李四", "今天上午，记者来到"))
        .isEqualTo(DatelineGrammar.Opening.CREDIT_LINE);
    assertThat(grammar.openingOfLine("□本报记者 隗静怡　进了腊", "月，汾阳城南"))
        .isEqualTo(DatelineGrammar.Opening.DATELINE);
    assertThat(grammar.openingOfLine("文／季南风　小时候在北", "方小城"))
        .isEqualTo(DatelineGrammar.Opening.DATELINE);
  }

  @Test
  void aCreditLineMayNameAnyPaperAndTheWritersRole() {
    DatelineMatch m = match("文/图 晚报记者 寇佳");
    assertThat(m.source()).isEqualTo("晚报");
    assertThat(m.reporters()).containsExactly("寇佳");
    assertThat(grammar.isCreditLine("晚报记者 寇佳 摄")).isFalse();
  }

  @Test
  void aCreditLineWithANameSpacedOutToThreeCellsJoinsIt() {
    assertThat(match("本报记者  王  浩  李晓明").reporters()).containsExactly("王浩", "李晓明");
  }

  @Test
  void big5RoundTripSolidus() {
    assertThat(match("〔記者陳志明╱台北報導〕中央").place()).isEqualTo("台北");
  }

  @Test
  void ideographicSpaceOrNoSpaceAfterTheDateline() {
    assertThat(match("本报讯\u3000昨天").end()).isEqualTo(3);
    assertThat(match("本报讯昨天").end()).isEqualTo(3);
  }

  @Test
  void unbalancedBracketsAreNotDatelines() {
    assertThat(grammar.match("【新华社重庆十四日电 昨天")).isEmpty();
  }

  @Test
  void ordinarySentencesAreNotDatelines() {
    assertThat(grammar.match("本报记者从市商务局获悉，")).isEmpty();
    assertThat(grammar.match("据报道，全市")).isEmpty();
    assertThat(grammar.match("新华社记者在现场看到")).isEmpty();
    assertThat(grammar.match("会议指出，要加快建设")).isEmpty();
    assertThat(grammar.match("华社重庆十四日电")).isEmpty();
  }

  @Test
  void theLongestSourcesStillPassTheQuickLookAtTheStart() {
    // Source names run up to six characters before 报/台, after an opening bracket and 据.
    assertThat(match("【据中央广播电视台北京5月1日电】 今天").source()).isEqualTo("中央广播电视台");
    assertThat(match("〔据黑龙江日报社哈尔滨5月1日电〕 今天").day()).isEqualTo(1);
    assertThat(match("人民网北京5月1日专电 今天").source()).isEqualTo("人民网");
  }

  @Test
  void aCreditLineSetOffByManySpacesIsStillOne() {
    assertThat(match("■\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000本报记者 张三").source())
        .isEqualTo("本报");
  }

  @Test
  void proseWithTheKeywordsIsNoDateline() {
    assertThat(grammar.match("社区通讯员小张说，")).isEmpty();
    assertThat(grammar.match("报社的电话响个不停")).isEmpty();
    assertThat(grammar.match("电视台播出了这条新闻")).isEmpty();
  }

  @Test
  void aWireDatelineNeedsADate() {
    assertThat(grammar.match("人民网电 今天")).isEmpty();
  }

  @Test
  void aDatelineCutByTheLinesEndIsFoundAcrossItWhereverTheCutFalls() {
    // The quick look at the start reads on into the next line where the line is shorter than the
    // look's reach; the source may end in either line.
    assertThat(grammar.opensAcross("【据中央广播电视", "台北京5月1日电】 今天")).isTrue();
    assertThat(grammar.opensAcross("【据中央广播电视台北京5月1日", "电】 今天")).isTrue();
    // The longest source, ending in the look's last character: the line holds ten of them.
    assertThat(grammar.opensAcross("【据黑龙江省广播电视", "台北京5月1日电】 今天")).isTrue();
    assertThat(grammar.opensAcross("新华社广州6月4日", "电 今天")).isTrue();
    // Eleven characters without a source's end: no dateline opens there, whatever follows.
    assertThat(grammar.opensAcross("会议指出要加快建设城市", "新华社北京2月27日电")).isFalse();
    assertThat(grammar.opensAcross("据中央广播电视", null)).isFalse();
  }

  @Test
  void aLinesOpeningIsItsOwnDatelineElseOneThatRunsIntoTheNextLine() {
    String[][] pairs = {
        {"本报讯 10月10日，市教育局", "发布通知。"},
        {"本报记者 张三", "今天上午"},
        {"【据黑龙江省广播电视", "台北京5月1日电】 今天"},
        {"新华社广州6月4日", "电 今天"},
        {"城事", "本报讯 今天"},
        {"会议指出要加快建设城市", "新华社北京2月27日电"},
        {"据新", "华社记者报道，"},
        {"社区通讯员小张说，", null},
        {"新华社广州6月4日", null},
    };
    for (String[] pair : pairs) {
      DatelineGrammar.Opening own = grammar.opening(pair[0]);
      DatelineGrammar.Opening expected = own != DatelineGrammar.Opening.NONE ? own
          : grammar.opensAcross(pair[0], pair[1]) ? DatelineGrammar.Opening.CUT_DATELINE
          : DatelineGrammar.Opening.NONE;
      assertThat(grammar.openingOfLine(pair[0], pair[1])).as("%s / %s", pair[0], pair[1])
          .isEqualTo(expected);
    }
    assertThat(grammar.openingOfLine("新华社广州6月4日", "电 今天"))
        .isEqualTo(DatelineGrammar.Opening.CUT_DATELINE);
    assertThat(grammar.openingOfLine("本报记者 张三", "今天上午"))
        .isEqualTo(DatelineGrammar.Opening.CREDIT_LINE);
    assertThat(grammar.openingOfLine("城事", "本报讯 今天")).isEqualTo(DatelineGrammar.Opening.NONE);
  }
  @Test
  void aDatelineFoundOnALineIsTakenOverOnlyWhereTheParagraphItOpensMatchesTheSame() {
    // {line, the rest of the paragraph it opens}: a wire dateline whose expression stops inside the
    // line, one whose credit the line's end cuts (the paragraph's match reads on), a credit line
    // that is one only alone, and a paragraph cut short of its line by a trailing note.
    String[][] cases = {
        {"本报北京7月14日电（记者 张三）今天上午，", "市政府召开会议。"},
        {"本报北京7月14日电（记者", " 张三）今天上午，市政府召开会议。"},
        {"新华社北京2月27日电 记者张三", "李四报道：今天"},
        {"本报记者 张三", "李四"},
        {"本报讯 今天", ""},
    };
    for (String[] c : cases) {
      DatelineGrammar.FoundOnLine found = grammar.lookAtLine(c[0], null).found();
      assertThat(found).as(c[0]).isNotNull();
      String paragraph = c[0] + c[1];
      assertThat(grammar.match(paragraph, found)).as(paragraph).isEqualTo(grammar.match(paragraph));
      assertThat(grammar.match(c[0], found)).as(c[0]).isEqualTo(grammar.match(c[0]));
    }
    assertThat(grammar.match("本报北京7月14日电（记者 张三）今天上午，市政府召开会议。",
        grammar.lookAtLine("本报北京7月14日电（记者", null).found()).orElseThrow().reporters())
        .containsExactly("张三");
    DatelineGrammar.FoundOnLine found = grammar.lookAtLine("本报讯 今天", null).found();
    assertThat(grammar.match("本报", found)).isEqualTo(grammar.match("本报"));
  }
}
