package io.github.baozhi.internal.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BylineGrammarTest {

  private final BylineGrammar grammar = new BylineGrammar();

  @Test
  void oneNameAfterTheLastSentence() {
    BylineMatch m = grammar.match("和知名品牌。 （陈菁菁）").orElseThrow();
    assertThat(m.text()).isEqualTo("（陈菁菁）");
    assertThat(m.names()).containsExactly("陈菁菁");
    assertThat(m.via()).isNull();
  }

  @Test
  void namesAreSplitOnEnumerationComma() {
    assertThat(grammar.match("（惠晓婧、张驰）").orElseThrow().names()).containsExactly("惠晓婧", "张驰");
  }

  @Test
  void aParenthesisTesseractReadAsATitleBracketStillOpensTheByline() {
    assertThat(grammar.match("良好氛围。《记者 王拓)").orElseThrow().names()).containsExactly("王拓");
    assertThat(grammar.match("良好氛围。〈《王拓)").orElseThrow().names()).containsExactly("王拓");
    assertThat(grammar.match("收录于《城市记忆》")).isEmpty();
  }

  @Test
  void aReprintsCreditNamesThePublicationItCameFrom() {
    BylineMatch m = grammar.match("才能见实效。（摘自《江城晚报》）").orElseThrow();
    assertThat(m.text()).isEqualTo("（摘自《江城晚报》）");
    assertThat(m.names()).isEmpty();
    assertThat(m.via()).isEqualTo("江城晚报");
    assertThat(grammar.match("（选自《读者》2025年第3期）").orElseThrow().via()).isEqualTo("读者");
    assertThat(grammar.match("（轉載自《港城週刊》）").orElseThrow().via()).isEqualTo("港城週刊");
  }

  @Test
  void aReprintsCreditInsideASentenceIsNone() {
    assertThat(grammar.match("这篇文章（摘自《江城晚报》）")).isEmpty();
    assertThat(grammar.match("他说（摘自《江城晚报》）")).isEmpty();
  }

  @Test
  void halfWidthParentheses() {
    assertThat(grammar.match("良好氛围。(王拓)").orElseThrow().names()).containsExactly("王拓");
  }

  @Test
  void sourceCreditGoesToVia() {
    BylineMatch m = grammar.match("（据新华社）").orElseThrow();
    assertThat(m.names()).isEmpty();
    assertThat(m.via()).isEqualTo("新华社");
  }

  @Test
  void aSourceCreditWithTheWiresOwnDatelineGoesToViaAndIsNoDateline() {
    BylineMatch m = grammar.match("打算明年再添一辆皮卡车。（据新华社乌鲁木齐12月16日电）").orElseThrow();
    assertThat(m.text()).isEqualTo("（据新华社乌鲁木齐12月16日电）");
    assertThat(m.names()).isEmpty();
    assertThat(m.via()).isEqualTo("新华社乌鲁木齐12月16日电");
    // Without 据 it is the wire's own dateline in parentheses, as 中央社 sets it.
    assertThat(grammar.match("打算明年再添一辆皮卡车。（新华社乌鲁木齐12月16日电）")).isEmpty();
  }

  @Test
  void aParenthesisASpeckDoubledStillOpensTheByline() {
    BylineMatch m = grammar.match("互相交换。（（晚报记者厍小满）").orElseThrow();
    assertThat(m.text()).isEqualTo("（（晚报记者厍小满）");
    assertThat(m.names()).containsExactly("厍小满");
  }

  @Test
  void aReportersCreditWhoseClosingParenthesisTheEngineLostStillEndsTheParagraph() {
    BylineMatch m = grammar.match("可关注后续开放的公益名额。（记者谢晓舟实习生孟欣").orElseThrow();
    assertThat(m.text()).isEqualTo("（记者谢晓舟实习生孟欣");
    assertThat(m.names()).containsExactly("谢晓舟", "孟欣");
    assertThat(grammar.match("群众可免费参观。(通讯员糜小").orElseThrow().names()).containsExactly("糜小");
    // Only a credit that opens with a reporter's role, and only where a credit can stand.
    assertThat(grammar.match("群众可免费参观。（陈菁菁")).isEmpty();
    assertThat(grammar.match("他说（记者来访时")).isEmpty();
    assertThat(grammar.match("群众可免费参观。（记者到场，")).isEmpty();
    // A line's end is no paragraph's: a credit a column break cut is joined to its end first.
    assertThat(grammar.start("群众可免费参观。（记者 张")).isEqualTo(-1);
  }

  @Test
  void nonPersonSourceGoesToVia() {
    assertThat(grammar.match("另行通知。（无锡地铁微信公号）").orElseThrow().via()).isEqualTo("无锡地铁微信公号");
  }

  @Test
  void organisationsGoToVia() {
    BylineMatch m = grammar.match("（区委政研室）").orElseThrow();
    assertThat(m.names()).isEmpty();
    assertThat(m.via()).isEqualTo("区委政研室");
    assertThat(grammar.match("（市文明办）").orElseThrow().via()).isEqualTo("市文明办");
  }

  @Test
  void everyOrganisationEndingGoesToViaAndANameEndingNearOneStaysAName() {
    for (String ending : List.of("办", "辦", "局", "委", "室", "部", "厅", "廳", "处", "處", "中心", "公号", "公號",
        "微信", "网", "網", "报", "報", "社", "台", "站", "院", "会", "會", "组", "組", "馆", "館", "所")) {
      BylineMatch m = grammar.match("（城东" + ending + "）").orElseThrow();
      assertThat(m.names()).as(ending).isEmpty();
      assertThat(m.via()).as(ending).isEqualTo("城东" + ending);
    }
    // 心 or 信 alone, or 中 before the last char, is no organisation's ending.
    assertThat(grammar.match("（王心）").orElseThrow().names()).containsExactly("王心");
    assertThat(grammar.match("（李信）").orElseThrow().names()).containsExactly("李信");
    assertThat(grammar.match("（张中华）").orElseThrow().names()).containsExactly("张中华");
  }

  @Test
  void transliteratedNamesKeepTheirMiddleDot() {
    assertThat(grammar.match("（阿卜杜拉·买买提）").orElseThrow().names()).containsExactly("阿卜杜拉·买买提");
  }

  @Test
  void namesAreSplitOnCommasSpacesAndSemicolons() {
    assertThat(grammar.match("（张三，李四 王五;赵六）").orElseThrow().names())
        .containsExactly("张三", "李四", "王五", "赵六");
  }

  @Test
  void rolesAreDroppedAndSpacedNamesJoined() {
    assertThat(grammar.match("（记者 张 胜 男）").orElseThrow().names()).containsExactly("张胜男");
    assertThat(grammar.match("（本报记者 李明 实习生 王芳）").orElseThrow().names()).containsExactly("李明", "王芳");
    assertThat(grammar.match("（文/张三 图/李四）").orElseThrow().names()).containsExactly("张三", "李四");
    assertThat(grammar.match("（通訊員 陳大文）").orElseThrow().names()).containsExactly("陳大文");
  }

  @Test
  void traditionalSourceCredit() {
    assertThat(grammar.match("（據中央社）").orElseThrow().via()).isEqualTo("中央社");
  }

  @Test
  void aParenthesisedDatelineIsNotAByline() {
    assertThat(grammar.match("（中央社記者王小明台北10日電）")).isEmpty();
  }

  @Test
  void parenthesesInsideASentenceAreNotBylines() {
    assertThat(grammar.match("实践案例（第四卷）》，它")).isEmpty();
    assertThat(grammar.match("联合国粮农组织（FAO）")).isEmpty();
    assertThat(grammar.match("全市新增（含续建）")).isEmpty();
  }

  @Test
  void endMarksAndEditorNotesAreNotBylines() {
    assertThat(grammar.match("就近找活。（完）")).isEmpty();
    assertThat(grammar.match("（责编：王五）")).isEmpty();
    assertThat(grammar.match("（校对：王五）")).isEmpty();
    assertThat(grammar.match("（第四卷）")).isEmpty();
  }

  @Test
  void theEditorsCreditClosingAWireIsTheByline() {
    // The output contract's byline is the parenthesised credit at the end of the article; a
    // 中央社 wire ends with its editor's.
    assertThat(grammar.match("民眾可事先查詢。（編輯：許雅雯）"))
        .hasValueSatisfying(b -> assertThat(b.names()).containsExactly("許雅雯"));
    assertThat(grammar.match("（编辑：王五）"))
        .hasValueSatisfying(b -> assertThat(b.names()).containsExactly("王五"));
  }

  @Test
  void aCommentatorsSignatureIsThePapersOrAnAgencysCommentator() {
    assertThat(grammar.isCommentatorsSignature("本报评论员")).isTrue();
    assertThat(grammar.isCommentatorsSignature("新华社评论员")).isTrue();
    assertThat(grammar.isCommentatorsSignature("本報特約評論員")).isTrue();
    assertThat(grammar.isCommentatorsSignature("评论员")).isTrue();
    assertThat(grammar.isCommentatorsSignature("评论员指出，")).isFalse();
    assertThat(grammar.isCommentatorsSignature("本报记者")).isFalse();
    assertThat(grammar.isCommentatorsSignature("全国人大常委会特约评论员")).isFalse();
  }

  @Test
  void theDateAWireWasFiledAfterItsEditorsCreditIsPartOfTheByline() {
    // 中央社 prints the filing date in the Republic's years after the editor: 114年12月9日.
    assertThat(grammar.match("民眾可事先查詢。（編輯：甘宜蓁）1141209")).hasValueSatisfying(b -> {
      assertThat(b.text()).isEqualTo("（編輯：甘宜蓁）1141209");
      assertThat(b.names()).containsExactly("甘宜蓁");
    });
    assertThat(grammar.match("（編輯：甘宜蓁）20251209")).isPresent();
    // Digits after another credit, or too few for a date, make no byline.
    assertThat(grammar.match("民眾可事先查詢。（記者 王五）1141209")).isEmpty();
    assertThat(grammar.match("民眾可事先查詢。（編輯：甘宜蓁）12")).isEmpty();
  }

  @Test
  void aTranslatedWiresCreditsOfTranslatorAndReviserBeforeTheFilingDateAreItsByline() {
    assertThat(grammar.match("將於明年春季完工。（譯者：何思妤／核稿：陳立群）1141209"))
        .hasValueSatisfying(b -> {
          assertThat(b.text()).isEqualTo("（譯者：何思妤／核稿：陳立群）1141209");
          assertThat(b.names()).containsExactly("何思妤", "陳立群");
        });
  }

  @Test
  void theFilingDateKeepsACreditWhoseRoleTheEngineMisread() {
    // PaddleOCR drops a character of 編輯 now and then; the date still marks the credit.
    assertThat(grammar.match("民眾可事先查詢。（輯：甘宜蓁）1141209")).hasValueSatisfying(b -> {
      assertThat(b.text()).isEqualTo("（輯：甘宜蓁）1141209");
      assertThat(b.names()).containsExactly("甘宜蓁");
    });
    assertThat(grammar.match("民眾可事先查詢。（者：何思妤／核稿：陳立群）1141209")).isPresent();
    // Without the date, a misread role (者 for 譯者) and a colon in parentheses is an aside.
    assertThat(grammar.match("民眾可事先查詢。（者：何思妤）")).isEmpty();
    // A sentence in parentheses before digits is no credit.
    assertThat(grammar.match("民眾可事先查詢。（注：活動延期。）1141209")).isEmpty();
  }

  @Test
  void anEditorsCreditWithOneOfItsRolesCharactersLostIsStillTheByline() {
    assertThat(grammar.match("往返機場更加便利。（辑：吳思翰）")).hasValueSatisfying(b -> {
      assertThat(b.text()).isEqualTo("（辑：吳思翰）");
      assertThat(b.names()).containsExactly("吳思翰");
    });
    assertThat(grammar.match("可辦理退費。（编：黃美芝）")).hasValueSatisfying(b ->
        assertThat(b.names()).containsExactly("黃美芝"));
    // Another single character before a colon is an aside, as before.
    assertThat(grammar.match("可辦理退費。（注：黃美芝）")).isEmpty();
  }

  @Test
  void anAsideInParenthesesAtALineEndIsNoByline() {
    // Issue #11, class 3: a line may end in an aside whose sentence goes on on the next line. It
    // holds a pause mark like a list of names, but no sentence has ended before it.
    assertThat(grammar.match("父母均外出务工、交由老人(即祖父母、外祖父母)")).isEmpty();
    assertThat(grammar.match("在186个行政村各配齐了专人（网格员、调解员）")).isEmpty();
    // The same parenthesis after a sentence's end is the credit that closes the article.
    assertThat(grammar.match("照看的占七成以上。（网格员、调解员）")).isPresent();
  }

  @Test
  void anAsideAfterAQuotedTermIsNoBylineButOneAfterAQuotedSentenceIs() {
    // A closing quote ends a sentence only where the quotation did: after a quoted term the
    // sentence goes on into the aside.
    assertThat(grammar.match("各村配齐了“两员”（网格员、调解员）")).isEmpty();
    assertThat(grammar.match("其中交给“两老”(即祖父、外婆)")).isEmpty();
    assertThat(grammar.match("他说：“太湖美。”（记者 周立）")).isPresent();
  }

  @Test
  void aJumpLineWhoseFirstCharactersTheEngineMisreadIsNoByline() {
    assertThat(grammar.match("《T转第9版)")).isEmpty();
    assertThat(grammar.match("（据人民日报海外版）")).isPresent();
  }

  @Test
  void anAsideOpeningWith即IsNoByline() {
    assertThat(grammar.match("就近照看。(即祖父、外婆)")).isEmpty();
    // 即墨 (a district of Qingdao) opens credits all the same.
    assertThat(grammar.match("今天天气很好。（即墨区融媒体中心）")).isPresent();
  }
}
