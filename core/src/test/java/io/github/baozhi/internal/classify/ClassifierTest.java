package io.github.baozhi.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.Box;
import io.github.baozhi.OcrRole;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.lines.LineMeasurer;
import io.github.baozhi.internal.lines.Placement;
import io.github.baozhi.internal.normalise.Normaliser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static List<Classified> classify(String text) {
    return new Classifier().classify(new BoundaryFinder().find(new BlockBuilder().build(
        new LineMeasurer().measure(new Normaliser().normalise(text)))));
  }

  /** Lines as a front end hands them over, through the stages before this one. */
  private static List<Classified> classify(List<Line> lines) {
    return new Classifier().classify(new BoundaryFinder().find(new BlockBuilder().build(lines)));
  }

  @Test
  void shortUnitWithoutClosingPunctuationIsHeadlineLike() {
    List<Classified> units = classify("零工市场开张\n\n记者昨日从区人社局获悉，全区\n首家零工市场正式开张运营。");
    assertThat(units).extracting(Classified::kind).containsExactly(Kind.HEADLINE, Kind.BODY);
  }

  @Test
  void aSubtitleWithACommaIsStillHeadlineLike() {
    List<Classified> units = classify("传达贯彻省政府主要领导来锡调研时的讲话要求，部署安排相关工作");
    assertThat(units.get(0).kind()).isEqualTo(Kind.HEADLINE);
  }

  @Test
  void enumeratedHeadlineLikeUnitsCarryASubheadMarker() {
    assertThat(classify("一是在实现高水平自立自强中\n探索“无锡路径”").get(0).subheadMarker()).isTrue();
    assertThat(classify("（二）坚持系统观念").get(0).subheadMarker()).isTrue();
    assertThat(classify("零工市场开张").get(0).subheadMarker()).isFalse();
  }

  @Test
  void aClauseRightOverAPhotoCreditIsTheCaptionANoteLikeTheCredit() {
    List<Classified> units = classify("八旬老人义务修伞三十年\n\n10月21日，钱永福在社区服务站为居民修理雨伞\n"
        + "晚报记者 祁蔓 摄\n\n晚报讯 每周二和周五上午，家住五里桥的钱永福都会在社区服务站摆开修伞摊。");
    assertThat(units).extracting(Classified::kind)
        .containsExactly(Kind.HEADLINE, Kind.NOTE, Kind.NOTE, Kind.BODY);
  }

  @Test
  void aSentenceStandingApartOverAPhotoCreditIsTheCaption() {
    // Engine output: headline (region 0, display type), caption and credit under the photo
    // (region 1), the article's text (region 2).
    List<Line> lines = List.of(
        placed(1, "长风女排主场逆转夺冠", 20, 0, 0, 2.0),
        placed(3, "5月18日，长风队队员在夺冠后庆祝。", 34, 1, 1, 1.0),
        placed(4, "本报记者滕子昂摄", 16, 0, 1, 1.0),
        placed(6, "本报讯 5月18日晚，全国女子排球联赛总决赛第四场在长风体育中心进行。", 24, 1, 2, 1.0));

    List<Classified> units = classify(lines);

    assertThat(units).extracting(Classified::kind)
        .containsExactly(Kind.HEADLINE, Kind.NOTE, Kind.NOTE, Kind.BODY);
  }

  @Test
  void aSentenceWithoutACommaStandingApartOverAPhotoCreditIsTheCaption() {
    // A full stop is what no headline carries: the caption needs no comma to be told from one.
    List<Line> lines = List.of(
        placed(1, "电信诈骗团伙被一网打尽", 22, 0, 0, 1.6),
        placed(3, "民警清点涉案手机和银行卡。", 26, 1, 1, 0.9),
        placed(4, "警方供图", 8, 0, 1, 0.9),
        placed(6, "本报讯 近日，市公安局反诈中心成功打掉一个提供资金转移服务的团伙。", 24, 1, 2, 1.0));

    List<Classified> units = classify(lines);

    assertThat(units).extracting(Classified::kind)
        .containsExactly(Kind.HEADLINE, Kind.NOTE, Kind.NOTE, Kind.BODY);
  }

  @Test
  void aSentenceInDisplayTypeOverAPhotoCreditIsNoCaption() {
    List<Line> lines = List.of(
        placed(3, "民警清点涉案手机和银行卡。", 26, 1, 1, 1.4),
        placed(4, "警方供图", 8, 0, 1, 1.0),
        placed(6, "本报讯 近日，市公安局反诈中心成功打掉一个提供资金转移服务的团伙。", 24, 1, 2, 1.0));

    List<Classified> units = classify(lines);

    assertThat(units.get(0).kind()).isNotEqualTo(Kind.NOTE);
  }

  /**
   * Engine output: a headline, a sentence in a region of its own set at {@code scale} of the
   * body, and the article's text in the next region; no photo credit anywhere.
   */
  private static List<Classified> sentenceApartAt(double scale) {
    return classify(List.of(
        placed(1, "稻田养鱼一田两收", 16, 0, 0, 1.8),
        placed(3, "村民在稻田里收鱼。", 18, 1, 1, scale),
        placed(5, "本报讯 11月下旬，下坪村的稻田里热闹起来。晚稻收割后，村民们放干田水收鱼。", 24, 1, 2, 1.0)));
  }

  @Test
  void aSentenceApartSetASizeUnderTheBodyIsACaptionThoughNoCreditFollowsIt() {
    assertThat(sentenceApartAt(0.9)).extracting(Classified::kind)
        .containsExactly(Kind.HEADLINE, Kind.NOTE, Kind.BODY);
  }

  @Test
  void aSentenceApartThatMeasuresJustOverASizeUnderTheBodyIsText() {
    // Tesseract boxes a lead sentence in body type as small as 0.91 of the body now and then.
    assertThat(sentenceApartAt(0.91)).extracting(Classified::kind)
        .containsExactly(Kind.HEADLINE, Kind.BODY, Kind.BODY);
  }

  @Test
  void aSmallSentenceRunningOnInTheRegionOfTheTextAfterItIsText() {
    List<Classified> units = classify(List.of(
        placed(1, "稻田养鱼一田两收", 16, 0, 0, 1.8),
        placed(3, "村民在稻田里收鱼。", 18, 1, 1, 0.85),
        placed(5, "本报讯 11月下旬，下坪村的稻田里热闹起来。晚稻收割后，村民们放干田水收鱼。", 24, 1, 1, 1.0)));

    assertThat(units).extracting(Classified::kind).containsExactly(Kind.HEADLINE, Kind.BODY, Kind.BODY);
  }

  /** A line as the geometry front end hands it over: in a region, in a type size. */
  private static Line placed(int number, String text, int width, int blanks, int region, double scale) {
    Placement p = new Placement(new Box(0, 10 * number, 10, 10 * number + 8), region, scale, Double.NaN, 0, 0,
        Double.NaN, OcrRole.TEXT, false, false);
    return new Line(number, text, Math.min(width, 48), 48, blanks, false, p);
  }

  @Test
  void textThatFillsItsColumnLineAfterLinePastACommaIsRunningTextThoughItsFullStopIsLost() {
    // Engine output, a column of twelve cells: the end of a sentence a column break cut, whose
    // 。 the engine did not read, then a paragraph of its own.
    List<Line> lines = List.of(
        inColumn(1, "港完成集装箱吞吐量312万", 24, 24, 1),
        inColumn(2, "标准箱，同比增长11.4%", 23, 24, 0),
        inColumn(3, "左右", 4, 24, 0),
        inColumn(5, "市港航管理部门负责人表示，今年还将开通新航线。", 24, 24, 1));

    List<Classified> units = classify(lines);

    assertThat(units).extracting(Classified::kind).containsExactly(Kind.BODY, Kind.BODY);
  }

  @Test
  void textThatFillsItsColumnPastAnEnumerationCommaIsRunningTextThoughItsCommaAndStopAreLost() {
    // PaddleOCR dropped the ，after 培训班 and the 。 at the end: the 、 of 店运营、短视频拍摄
    // (营、短视频拍摄) is a comma the text runs on past, as no head set in body type fills three lines.
    List<Line> lines = List.of(
        inColumn(1, "县里办电商培训班", 16, 18, 1),
        inColumn(2, "返乡青年和合作社的", 18, 18, 0),
        inColumn(3, "负责人学习了网店运", 18, 18, 0),
        inColumn(4, "营、短视频拍摄和物", 18, 18, 0));

    List<Classified> units = classify(lines);

    assertThat(units).extracting(Classified::kind).containsExactly(Kind.BODY);
  }

  @Test
  void aParagraphWhoseFirstLineStandsIndentedIsRunningTextThoughItsFullStopIsLost() {
    // The 。 at its end read as °: the first line stands two cells in, the others fill the column.
    List<Line> lines = List.of(
        inColumn(1, "本港銀行同業拆息", 16, 22, 1),
        inColumn(2, "普遍回落，與供樓按息", 20, 22, 0),
        inColumn(3, "相關的一個月拆息報4.", 21, 22, 0),
        inColumn(4, "15厘°", 6, 22, 0));

    List<Classified> units = classify(lines);

    assertThat(units).extracting(Classified::kind).containsExactly(Kind.BODY);
  }

  @Test
  void aHeadInBodyTypeOnALineOfItsOwnIsStillHeadlineLike() {
    List<Line> lines = List.of(
        inColumn(1, "汀洲至南屿城际铁路开通", 22, 24, 1),
        inColumn(2, "本报讯 4月16日上午，汀洲至南屿城际铁路正式开通运营。", 24, 24, 0));

    List<Classified> units = classify(lines);

    assertThat(units).extracting(Classified::kind).containsExactly(Kind.HEADLINE, Kind.BODY);
  }

  /**
   * A column of briefs or of one article's text, as Tesseract shows it on a page that indents its
   * paragraphs: a paragraph's last line, a head on a line of its own whose glyphs measure {@code
   * headScale} of the body's, and the next paragraph's first line, indented, all in one region of
   * body type (the region's size is the body's).
   */
  private static Classified headBetweenParagraphs(double headScale) {
    return classify(List.of(
        inIndentedColumn(1, "其中快充桩520个。", 12, false, 1.0),
        inIndentedColumn(2, "儿童医院开设夜间门诊", 20, false, headScale),
        inIndentedColumn(3, "进入呼吸道疾病高发季，市儿", 24, true, 1.0),
        inIndentedColumn(4, "童医院开设夜间儿科门诊。", 24, false, 1.0))).get(1);
  }

  private static Line inIndentedColumn(int number, String text, int width, boolean indented,
      double ownScale) {
    Placement p = new Placement(new Box(0, 10 * number, 10, 10 * number + 8), 0, 1.0, ownScale, 0, 0,
        Double.NaN, OcrRole.TEXT, false, true);
    return new Line(number, text, width, 28, 0, indented, p);
  }

  @Test
  void aHeadInBodyTypeBetweenParagraphsOfItsColumnIsAnInBodySubhead() {
    Classified head = headBetweenParagraphs(1.02);
    assertThat(head.kind()).isEqualTo(Kind.HEADLINE);
    assertThat(head.subheadMarker()).isTrue();
  }

  @Test
  void aHeadWhoseGlyphsStandASizeOverTheBodyHeadsABriefOfItsOwn() {
    // A brief's head is set a size up (小四 over a 五号 body); a subhead is bold in the body's size.
    Classified head = headBetweenParagraphs(1.15);
    assertThat(head.kind()).isEqualTo(Kind.HEADLINE);
    assertThat(head.subheadMarker()).isFalse();
  }

  /**
   * A box's title that asks a question, on a line of its own over the box's text, its glyphs
   * measuring {@code titleScale} of the body's.
   */
  private static Classified questionOverBox(String title, double titleScale) {
    return classify(List.of(
        inIndentedColumn(1, title, 16, false, titleScale),
        inIndentedColumn(2, "脑机接口是在大脑与外部设", 24, true, 1.0),
        inIndentedColumn(3, "备之间建立的直接通道。", 22, false, 1.0))).get(0);
  }

  @Test
  void aQuestionWhoseGlyphsStandASizeOverTheBodyIsABoxsTitle() {
    assertThat(questionOverBox("什么是脑机接口？", 1.15).kind()).isEqualTo(Kind.HEADLINE);
  }

  @Test
  void aQuestionInTheBodysSizeOrWithACommaIsText() {
    assertThat(questionOverBox("什么是脑机接口？", 1.02).kind()).isEqualTo(Kind.BODY);
    assertThat(questionOverBox("脑机接口，安全吗？", 1.15).kind()).isEqualTo(Kind.BODY);
    assertThat(questionOverBox("是什么？为什么？", 1.15).kind()).isEqualTo(Kind.BODY);
  }

  /** A line of body type in region 0 of engine output, in a column {@code column} half cells wide. */
  private static Line inColumn(int number, String text, int width, int column, int blanks) {
    Placement p = new Placement(new Box(0, 10 * number, 10, 10 * number + 8), 0, 1.0, Double.NaN, 0, 0,
        Double.NaN, OcrRole.TEXT, false, false);
    return new Line(number, text, width, column, blanks, false, p);
  }

  @Test
  void inPlainTextASentenceOverAPhotoCreditStaysText() {
    // Plain text shows no photo: a short article may stand over the credit of a photo beside it.
    List<Classified> units = classify("5月18日，长风队队员在夺冠后庆祝。\n本报记者滕子昂摄");
    assertThat(units).extracting(Classified::kind).containsExactly(Kind.BODY, Kind.NOTE);
  }

  @Test
  void aHeadlineRightOverAPhotoCreditIsNoCaption() {
    List<Classified> units = classify("八旬老人义务修伞三十年\n晚报记者 祁蔓 摄\n\n"
        + "晚报讯 每周二和周五上午，家住五里桥的钱永福都会在社区服务站摆开修伞摊。");
    assertThat(units).extracting(Classified::kind).containsExactly(Kind.HEADLINE, Kind.NOTE, Kind.BODY);
  }

  @Test
  void aDatelineParagraphIsBody() {
    assertThat(classify("本报讯 全区首家零工市场开张").get(0).kind()).isEqualTo(Kind.BODY);
  }

  @Test
  void aBylineAloneIsABylineUnit() {
    assertThat(classify("（李明、王芳）").get(0).kind()).isEqualTo(Kind.BYLINE);
  }

  @Test
  void aSentenceIsBody() {
    assertThat(classify("全区首家零工市场正式开张运营。").get(0).kind()).isEqualTo(Kind.BODY);
  }
}
