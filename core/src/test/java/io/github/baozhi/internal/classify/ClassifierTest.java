package io.github.baozhi.internal.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.internal.blocks.BlockBuilder;
import io.github.baozhi.internal.boundaries.BoundaryFinder;
import io.github.baozhi.internal.lines.LineMeasurer;
import io.github.baozhi.internal.normalise.Normaliser;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static List<Classified> classify(String text) {
    return new Classifier().classify(new BoundaryFinder().find(new BlockBuilder().build(
        new LineMeasurer().measure(new Normaliser().normalise(text)))));
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
