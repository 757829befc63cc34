package io.github.baozhi.internal.classify;

import static io.github.baozhi.internal.evidence.Evidence.BODY_TYPE_TOLERANCE;
import static io.github.baozhi.internal.evidence.Evidence.INDENT;
import static io.github.baozhi.internal.evidence.Evidence.ITEM_HEAD_SCALE;
import static io.github.baozhi.internal.evidence.Evidence.CAPTION_TYPE_SHARE;
import static io.github.baozhi.internal.evidence.Evidence.MAX_CAPTION_CODE_POINTS;
import static io.github.baozhi.internal.evidence.Evidence.MAX_HEADLINE_COMMAS;
import static io.github.baozhi.internal.evidence.Evidence.MAX_HEADLINE_LINES;
import static io.github.baozhi.internal.evidence.Evidence.MAX_HEADLINE_WIDTH;
import static io.github.baozhi.internal.evidence.Evidence.RUNNING_LINES;
import static io.github.baozhi.internal.evidence.Evidence.SQUEEZE;

import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.grammar.Enumerators;
import io.github.baozhi.internal.grammar.NoteGrammar;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Tells headline-like units from running text.
 *
 * <p>A headline part is short, has no full stop anywhere, does not end a sentence, and carries at
 * most a couple of commas; a dateline or byline rules it out. Whether such a unit is a headline, an
 * in-body subhead or a stray label depends on where it stands, which the assembler decides; here
 * we only note whether it opens with the enumerator that subheads carry. A clause in body type
 * right over a photo credit is the photo's caption, a note like the credit.
 */
public final class Classifier {

  public List<Classified> classify(List<Unit> units) {
    List<Classified> out = new ArrayList<>(units.size());
    for (Unit unit : units) {
      out.add(classifyOne(unit));
    }
    for (int i = 1; i + 1 < out.size(); i++) {
      Classified c = out.get(i);
      if (c.kind() == Kind.HEADLINE && !c.subheadMarker() && out.get(i - 1).kind() == Kind.BODY
          && out.get(i + 1).kind() == Kind.BODY && out.get(i + 1).unit().dateline() == null
          && standsInColumn(c.unit(), out.get(i - 1).unit(),
              out.get(i + 1).unit())) {
        out.set(i, new Classified(c.unit(), Kind.HEADLINE, true));
      }
    }
    for (int i = 0; i + 1 < out.size(); i++) {
      Classified c = out.get(i);
      boolean headlineLike = c.kind() == Kind.HEADLINE && !c.subheadMarker();
      boolean sentence = c.kind() == Kind.BODY && isCaptionSentence(c.unit(), i > 0 ? out.get(i - 1) : null);
      Classified next = out.get(i + 1);
      boolean overCredit = next.kind() == Kind.NOTE && NOTES.isPhotoCredit(next.unit().text());
      if ((headlineLike && isCaption(c.unit()) || sentence && inBodyType(c.unit())) && overCredit
          || sentence && setUnderBody(c.unit(), next.unit())) {
        out.set(i, new Classified(c.unit(), Kind.NOTE, false));
      }
    }
    return Collections.unmodifiableList(out); // no copy: a page's units may run to hundreds of thousands
  }

  private static final NoteGrammar NOTES = new NoteGrammar();

  /**
   * Whether running text right over a photo credit is a caption: one sentence of a caption's
   * length, with no dateline or byline, that engine output shows set apart from the text before
   * it (an article's last paragraph runs on in its column; a caption stands under its photo).
   * Plain text shows no such thing, and an article of one short paragraph may stand over the
   * credit of a photo beside it.
   */
  private static boolean isCaptionSentence(Unit unit, Classified before) {
    // The placement first: plain text, which has none, is settled without the unit's text being
    // copied and read twice (2 % of a plain page's parse under C1); the tests have no side effects.
    Line first = unit.block().lines().get(0);
    if (before == null || first.placement() == null) {
      return false; // plain text shows no photo; a short last paragraph may stand over a credit
    }
    String text = unit.text();
    if (unit.dateline() != null || unit.hasByline()
        || text.codePointCount(0, text.length()) > MAX_CAPTION_CODE_POINTS
        || sentenceEnds(text) != 1 || !Chars.endsSentence(text)) {
      return false;
    }
    List<Line> previous = before.unit().block().lines();
    Line last = previous.get(previous.size() - 1);
    return last.placement() == null || last.placement().region() != first.placement().region();
  }

  /** The sentence ends in {@code text}; a loop, not {@code chars().filter().count()}, a stream per unit. */
  private static int sentenceEnds(String text) {
    int ends = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?') {
        ends++;
      }
    }
    return ends;
  }

  /**
   * Whether a headline-like unit right over a photo credit reads as the photo's caption: a
   * clause with a comma in it ({@code 10月21日，钱永福在社区服务站为居民修理雨伞}), set in body type
   * where the engine shows sizes. A headline set large over a photo and its credit is no caption.
   */
  private static boolean isCaption(Unit unit) {
    return inBodyType(unit) && (unit.text().indexOf('，') >= 0 || unit.text().indexOf(',') >= 0);
  }

  /**
   * Whether a sentence that stands apart from the text before it is set a size under the body
   * ({@link io.github.baozhi.internal.evidence.Evidence#CAPTION_TYPE_SHARE}) and apart from the
   * text after it too: a caption whose credit the engine read elsewhere, or that has none. A
   * one-sentence lead between a headline and its text is set in body type.
   */
  private static boolean setUnderBody(Unit unit, Unit after) {
    List<Line> lines = unit.block().lines();
    for (Line line : lines) {
      if (line.placement() == null || line.typeScale() > CAPTION_TYPE_SHARE) {
        return false;
      }
    }
    Line next = after.block().lines().get(0);
    return next.placement() == null || next.placement().region() != lines.get(0).placement().region();
  }

  /**
   * Whether a unit opens in body type where the engine shows sizes (captions are set in it or a
   * size under it). A sentence needs nothing more to be a caption: it ends in a full stop, which
   * no headline carries ({@code 民警清点涉案手机和银行卡。}, no comma in it).
   */
  private static boolean inBodyType(Unit unit) {
    return Math.abs(unit.block().lines().get(0).typeScale() - 1) <= BODY_TYPE_TOLERANCE;
  }

  /**
   * Whether engine output shows a headline-like unit set in body type inside a column of running
   * text, in the region (column piece) of the text before or after it: an in-body subhead, where
   * a headline stands in a region of its own or in display type (or, over a brief in a column of
   * briefs, right before a dateline). A head that measures a size over the body on its own
   * line ({@link io.github.baozhi.internal.evidence.Evidence#ITEM_HEAD_SCALE}) heads a brief, as
   * white space over it within the column does.
   */
  private static boolean standsInColumn(Unit unit, Unit before, Unit after) {
    Line first = unit.block().lines().get(0);
    if (first.placement() == null || Math.abs(first.typeScale() - 1) > BODY_TYPE_TOLERANCE
        || first.placement().gapAbove() || first.ownScale() >= ITEM_HEAD_SCALE) {
      // White space over it within the column, or type a size up, sets it off as the head of an
      // item of its own (a brief in a column of briefs), not a subhead of the text above.
      return false;
    }
    int region = first.placement().region();
    List<Line> previous = before.block().lines();
    Line last = previous.get(previous.size() - 1);
    Line next = after.block().lines().get(0);
    return last.placement() != null && last.placement().region() == region
        || next.placement() != null && next.placement().region() == region;
  }

  private static Classified classifyOne(Unit unit) {
    if (unit.note()) {
      return new Classified(unit, Kind.NOTE, false);
    }
    if (unit.dateline() != null) {
      return new Classified(unit, Kind.BODY, false);
    }
    if (unit.hasByline() && unit.hasNoBody()) {
      return new Classified(unit, Kind.BYLINE, false);
    }
    if (!unit.hasByline() && isHeadlineLike(unit)) {
      boolean marker = Enumerators.opens(unit.text());
      return new Classified(unit, Kind.HEADLINE, marker);
    }
    return new Classified(unit, Kind.BODY, false);
  }

  private static boolean isHeadlineLike(Unit unit) {
    String text = unit.text();
    if (!unit.wholeBlock() || unit.block().lines().size() > MAX_HEADLINE_LINES
        || !Chars.fitsInHalfCells(text, MAX_HEADLINE_WIDTH)) {
      return false;
    }
    if (setInDisplayType(unit)) {
      // Engine output shows the type: a headline set large may ask a question, exclaim or run
      // to two clauses (暖心！公交司机救下突发疾病乘客, 你的手机安全吗？) and is still a headline.
      return true;
    }
    if (isQuestionSetAHeadSize(unit)) {
      return true;
    }
    if (Chars.endsSentence(text) || text.indexOf('。') >= 0 || runsOnInColumn(unit)) {
      return false;
    }
    long commas = text.chars().filter(c -> c == '，' || c == ',' || c == '；' || c == ';').count();
    return commas <= MAX_HEADLINE_COMMAS;
  }

  /**
   * Whether the unit is one question of its own, no comma in it, whose glyphs engine output shows
   * a size over the body's on every line ({@link Line#ownScale}, at least
   * {@link io.github.baozhi.internal.evidence.Evidence#ITEM_HEAD_SCALE}): the title of a box that
   * explains a term or answers a reader ({@code 什么是脑机接口？}, {@code 孩子考試前失眠怎麼辦？}), set
   * as a brief's head is. A question in the text runs on in body type, or after {@code 问：}.
   */
  private static boolean isQuestionSetAHeadSize(Unit unit) {
    String text = unit.text();
    int last = Chars.lastCodePoint(text);
    if (last != '？' && last != '?' || sentenceEnds(text) != 1 || text.indexOf('，') >= 0
        || text.indexOf(',') >= 0) {
      return false;
    }
    for (Line line : unit.block().lines()) {
      if (!(line.ownScale() >= ITEM_HEAD_SCALE)) {
        return false;
      }
    }
    return true;
  }

  /** The commas running text goes on past ({@link #runsOnInColumn}). */
  private static final String RUN_ON_COMMAS = "，,、";

  /**
   * Whether engine output shows the unit as running text set in its column: body type, lines
   * that fill the column one after another (the first may stand a paragraph indent in) and go
   * on past a comma, the enumeration comma {@code 、} among them (an engine that drops a {@code ，}
   * keeps the {@code 、} of {@code 网店运营、短视频拍摄}). A head set in body type (a
   * brief's head, a subhead) is a line or two of its own, short of the column; text that fills
   * line after line is a paragraph whose full stop the engine lost or whose sentence a column
   * break cut ({@code 港完成集装箱吞吐量312 / 万标准箱，同比增长11. / 4%}).
   */
  private static boolean runsOnInColumn(Unit unit) {
    List<Line> lines = unit.block().lines();
    Line first = lines.get(0);
    if (first.placement() == null || lines.size() < RUNNING_LINES
        || Math.abs(first.typeScale() - 1) > BODY_TYPE_TOLERANCE
        || !Chars.containsAny(unit.text(), RUN_ON_COMMAS)) {
      return false;
    }
    for (int i = 0; i + 1 < lines.size(); i++) {
      Line line = lines.get(i);
      int shortfall = SQUEEZE + (i == 0 ? INDENT : 0);
      if (line.width() < line.columnWidth() - shortfall) {
        return false;
      }
    }
    return true;
  }

  /** Whether every line of the unit is set in display type, as only engine output shows. */
  private static boolean setInDisplayType(Unit unit) {
    for (Line line : unit.block().lines()) {
      if (!line.isDisplay()) {
        return false;
      }
    }
    return true;
  }
}
