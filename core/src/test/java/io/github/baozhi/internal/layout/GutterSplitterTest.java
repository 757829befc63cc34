package io.github.baozhi.internal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How lines an engine placing whole lines ran across an unruled gutter are cut where the lines
 * beside them show the gutter: two columns of twelve 20 px cells, x 0 to 240 and 260 to 500, a
 * gutter of one cell between, lines 30 px apart.
 */
class GutterSplitterTest {

  private static final String LEFT = "城市发展新闻报道今日要闻";
  private static final String RIGHT = "乡村振兴经济建设稳步推进";
  private static final int CELL = 20;
  private static final int GUTTER_LEFT = 12 * CELL;
  private static final int GUTTER_RIGHT = GUTTER_LEFT + CELL;
  private static final int RIGHT_EDGE = GUTTER_RIGHT + 12 * CELL;

  private final Tokenizer tokenizer = new Tokenizer();
  private final GutterSplitter splitter = new GutterSplitter();

  /** Ten rows of the two columns; the rows in {@code apart} the engine read as two lines. */
  private static List<OcrLine> module(int top, int... apart) {
    List<OcrLine> lines = new ArrayList<>();
    for (int row = 0; row < 10; row++) {
      int y = top + 30 * row;
      boolean separate = false;
      for (int a : apart) {
        separate |= a == row;
      }
      if (separate) {
        lines.add(OcrLine.of(LEFT, new Box(0, y, GUTTER_LEFT, y + CELL), 0.9));
        lines.add(OcrLine.of(RIGHT, new Box(GUTTER_RIGHT, y, RIGHT_EDGE, y + CELL), 0.9));
      } else {
        lines.add(OcrLine.of(LEFT + RIGHT, new Box(0, y, RIGHT_EDGE, y + CELL), 0.9));
      }
    }
    return lines;
  }

  private List<Token> split(List<OcrLine> lines) {
    List<Token> tokens = tokenizer.tokens(OcrPage.of(1000, 1000, lines));
    return splitter.split(tokens, Metrics.of(tokens));
  }

  /** Where the tokenizer, before any cut, puts the characters of engine line {@code line}. */
  private List<Integer> leftsAsTokenized(List<OcrLine> lines, int line) {
    return ofLine(tokenizer.tokens(OcrPage.of(1000, 1000, lines)), line).stream()
        .map(t -> t.box().left()).toList();
  }

  private static List<Token> ofLine(List<Token> tokens, int line) {
    return tokens.stream().filter(t -> t.line() == line).toList();
  }

  @Test
  void aLineRunAcrossTheGutterThatLinesBesideItShowIsCutThereAtOnePitch() {
    // Rows 2 and 6 were read as two lines each: they show the column edges at 240 and 260.
    List<Token> tokens = split(module(0, 2, 6));

    List<Token> merged = ofLine(tokens, 0);
    assertThat(merged).hasSize(24);
    assertThat(merged.subList(0, 12)).allSatisfy(t -> assertThat(t.box().right())
        .isLessThanOrEqualTo(GUTTER_LEFT));
    assertThat(merged.subList(12, 24)).allSatisfy(t -> assertThat(t.box().left())
        .isGreaterThanOrEqualTo(GUTTER_RIGHT));
    assertThat(merged.get(12).box().left()).isEqualTo(GUTTER_RIGHT);
    assertThat(merged.get(0).box().width()).isEqualTo(CELL);
    assertThat(merged).allSatisfy(t -> {
      assertThat(t.estimated()).isTrue();
      assertThat(t.page()).isEqualTo(t.box());
    });
  }

  @Test
  void aParagraphsFirstLineRunAcrossTheGutterIsCutThoughItStartsAnIndentIn() {
    // Row 0 opens a paragraph two cells in: no other line starts where it does, but the column's
    // lines start one indent left of it.
    List<OcrLine> lines = module(0, 2, 6);
    lines.set(0, OcrLine.of(LEFT.substring(2) + RIGHT, new Box(2 * CELL, 0, RIGHT_EDGE, CELL), 0.9));

    List<Token> first = ofLine(split(lines), 0);

    assertThat(first.subList(10, 22)).allSatisfy(t -> assertThat(t.box().left())
        .isGreaterThanOrEqualTo(GUTTER_RIGHT));
    assertThat(first.subList(0, 10)).allSatisfy(t -> assertThat(t.box().right())
        .isLessThanOrEqualTo(GUTTER_LEFT));
  }

  @Test
  void aLineTheDetectorBoxedTallerAcrossTheGutterIsBodyTypeNotAHeadline() {
    // Rows 1 and 2 show the gutter; row 4's box, run across it, is 1.4 times as tall as a body
    // line (its two halves stood a few pixels apart in height), at the body's pitch. Taken for
    // a headline, it would part row 8 from the lines above that show the gutter.
    List<OcrLine> lines = module(0, 1, 2);
    int row4 = 6; // rows 1 and 2 were read as two lines each
    lines.set(row4, OcrLine.of(LEFT + RIGHT, new Box(0, 120 - 4, RIGHT_EDGE, 120 + CELL + 4), 0.9));

    List<Token> row8 = ofLine(split(lines), 10);

    assertThat(row8.subList(12, 24)).allSatisfy(t -> assertThat(t.box().left())
        .isGreaterThanOrEqualTo(GUTTER_RIGHT));
  }

  @Test
  void withOnlyOneLineEndingAtTheGutterAndOneStartingThereNothingIsCut() {
    // One row read as two lines is one line ending and one starting: two edges, which a short
    // line and a box beside the column give as easily.
    List<Token> tokens = tokenizer.tokens(OcrPage.of(1000, 1000, module(0, 4)));

    assertThat(splitter.split(tokens, Metrics.of(tokens))).isSameAs(tokens);
  }

  @Test
  void aLineEndingWhereNoColumnEndsIsNotCut() {
    // A subtitle across both columns, centred: it starts and ends where no column line does.
    List<OcrLine> lines = new ArrayList<>();
    lines.add(OcrLine.of("稳步推进乡村振兴经济建设", new Box(70, 0, 430, 20), 0.9));
    lines.addAll(module(30, 2, 6));
    List<Token> tokens = split(lines);

    assertThat(ofLine(tokens, 0)).extracting(t -> t.box().left())
        .containsExactlyElementsOf(leftsAsTokenized(lines, 0));
  }

  @Test
  void aLineWithNoColumnBesideItOverAndUnderItIsSetAcrossTheGutterAndNotCut() {
    // A briefs column set to a measure of its own under the module, whose last rows show its
    // gutter: an item's head stands over the line on the left only, white under it. Two columns'
    // lines run into one would have the columns' other lines over or under them on both sides.
    List<OcrLine> lines = new ArrayList<>(module(0, 5, 7, 9));
    lines.add(OcrLine.of("城市发展新闻", new Box(0, 330, 6 * CELL, 330 + CELL), 0.9));
    int item = lines.size();
    lines.add(OcrLine.of(LEFT + RIGHT, new Box(0, 360, RIGHT_EDGE, 360 + CELL), 0.9));

    List<Token> tokens = split(lines);

    assertThat(ofLine(tokens, item)).extracting(t -> t.box().left())
        .containsExactlyElementsOf(leftsAsTokenized(lines, item));
    // The module's own merged lines are still cut.
    assertThat(ofLine(tokens, 0).get(12).box().left()).isEqualTo(GUTTER_RIGHT);
  }

  @Test
  void columnsAboveAHeadlineSayNothingOfTheColumnsUnderIt() {
    // The module above shows its gutter at 240 to 260; the lines under the headline (set at
    // twice the body size) are one column of the full width.
    List<OcrLine> lines = new ArrayList<>(module(0, 2, 6, 8));
    lines.add(OcrLine.of("城市发展新闻", new Box(0, 320, 240, 360), 0.9));
    int firstUnder = lines.size();
    for (int row = 0; row < 3; row++) {
      int y = 380 + 30 * row;
      lines.add(OcrLine.of(LEFT + RIGHT, new Box(0, y, RIGHT_EDGE, y + CELL), 0.9));
    }

    List<Token> tokens = split(lines);

    assertThat(ofLine(tokens, firstUnder)).extracting(t -> t.box().left())
        .containsExactlyElementsOf(leftsAsTokenized(lines, firstUnder));
  }

  @Test
  void wordsTheEngineBoxedAreLeftAsTheyAre() {
    List<OcrLine> lines = new ArrayList<>();
    for (int row = 0; row < 6; row++) {
      lines.add(Sketch.line(LEFT + RIGHT, 0, 30 * row, CELL));
    }
    List<Token> tokens = tokenizer.tokens(OcrPage.of(1000, 1000, lines));

    assertThat(splitter.split(tokens, Metrics.of(tokens))).isSameAs(tokens);
  }
}
