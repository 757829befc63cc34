package io.github.baozhi.internal.assemble;

import static io.github.baozhi.internal.evidence.Evidence.LEAD_CLAUSE;
import static io.github.baozhi.internal.evidence.Evidence.LEVEL_OVERLAP_SHARE;
import static io.github.baozhi.internal.evidence.Evidence.MAX_LABEL;
import static io.github.baozhi.internal.evidence.Evidence.MAX_LEAD_IN;
import static io.github.baozhi.internal.evidence.Evidence.MIN_LETTERS_BEFORE_SUBHEAD;
import static io.github.baozhi.internal.evidence.Evidence.MIN_SUBHEAD_STORY_SHARE;
import static io.github.baozhi.internal.evidence.Evidence.SQUEEZE;

import io.github.baozhi.Box;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.Unassigned;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.classify.Classified;
import io.github.baozhi.internal.classify.Kind;
import io.github.baozhi.internal.grammar.BylineGrammar;
import io.github.baozhi.internal.grammar.DatelineGrammar;
import io.github.baozhi.internal.grammar.NoteGrammar;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Segments the page's classified units, in reading order, into draft articles, the runs of
 * headline blocks between them, and the units that belong to no article.
 *
 * <p>A dateline opens an article; running text joins the open article or, when none is open,
 * starts one without a dateline; a byline closes the open article. A headline-like unit inside an
 * open article that carries an enumerator ({@code 一是…}) is an in-body subhead and stays in the
 * body, and so does a short lead-in ending in a colon; a short label between a dateline and the
 * text is set aside; any other headline-like unit closes the open article and joins the run of
 * headline blocks that {@link HeadlineMatcher} attaches later. Notes, orphan bylines and running
 * heads go to the unassigned text as they are met; an end mark ({@code （完）}) also closes the open
 * article, as a byline does. A credit line standing alone after an article's text, with no text
 * after it before the next headline or dateline, signs that article: it is its byline; so does a
 * commentator's signature ({@code 本报评论员}) after the open article's text.
 */
final class Segmenter {

  private final NoteGrammar notes = new NoteGrammar();
  private final DatelineGrammar datelines = new DatelineGrammar();
  private final BylineGrammar bylines = new BylineGrammar();

  /**
   * The page in segments.
   *
   * @param drafts the articles in page order, headlines not yet attached
   * @param runs the runs of headline blocks, each with the articles on either side
   * @param unassigned what belongs to no article: notes, labels, running heads, orphan bylines
   * @param diagnostics what was doubtful about the units set aside
   */
  record Segments(List<Draft> drafts, List<HeadlineMatcher.Run> runs, List<Unassigned> unassigned,
      List<Diagnostic> diagnostics) {}

  /**
   * Segments the page, taking the units off {@code units} as it goes: a unit that ends in no
   * article is made unassigned text there and then, so that when the queue holds the only
   * reference to the units, each is garbage once segmented past.
   */
  Segments segment(Queue<Classified> units, Renderer renderer) {
    List<Draft> drafts = new ArrayList<>();
    List<HeadlineMatcher.Run> runs = new ArrayList<>();
    List<Unassigned> unassigned = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Unit> pendingRun = new ArrayList<>();
    Draft runBefore = null;
    Draft open = null;
    Draft lastClosed = null;
    Set<Unit> furniture = levelWithFurniture(units);
    furniture.addAll(runningHeadWords(units, notes));
    for (Classified c = units.poll(); c != null; c = units.poll()) {
      Unit unit = c.unit();
      if (furniture.contains(unit)) {
        unassigned.add(renderer.unassigned(unit));
        continue;
      }
      if (open != null && c.kind() != Kind.BODY && open.bylineUnit == null
          && !open.paragraphs.isEmpty() && bylines.isCommentatorsSignature(unit.text())) {
        lastClosed = signedBy(open, unit);
        open = null;
        continue;
      }
      switch (c.kind()) {
        case BODY -> {
          if (open != null && closesWithCredit(open, unit, units.peek())) {
            lastClosed = signedBy(open, unit);
            open = null;
            break;
          }
          if (unit.dateline() != null || open == null) {
            open = new Draft(unit);
            drafts.add(open);
            closeRun(runs, pendingRun, runBefore, open);
          }
          open.cover(unit);
          String body = unit.body();
          if (!body.isEmpty()) {
            open.paragraphs.add(new Draft.Paragraph(body, unit));
          }
          if (unit.hasByline()) {
            open.bylineUnit = unit;
            lastClosed = open;
            open = null;
          }
        }
        case BYLINE -> {
          if (open != null) {
            open.bylineUnit = unit;
            open.cover(unit);
            lastClosed = open;
            open = null;
          } else {
            unassigned.add(renderer.unassigned(unit));
            diagnostics.add(new Diagnostic("byline-orphan",
                "a byline follows no article text; kept as unassigned", unit.firstLine()));
          }
        }
        case HEADLINE -> {
          if (open != null && !open.paragraphs.isEmpty() && !headsADateline(units.peek())
              && (c.subheadMarker() || introducesWhatFollows(unit.text())
                  || goesOnWithTheStory(open, unit, units))) {
            open.cover(unit);
            open.paragraphs.add(new Draft.Paragraph(unit.text(), unit));
          } else if (open != null && open.paragraphs.isEmpty() && open.datelineUnit != null
              && Chars.contentLength(unit.text()) <= MAX_LABEL) {
            // A box label between a dateline or credit line and the text (核心阅读, 编者按): the
            // article has not begun, so the label neither ends it nor heads another.
            unassigned.add(renderer.unassigned(unit));
          } else {
            if (open != null) {
              lastClosed = open;
              open = null;
            }
            if (pendingRun.isEmpty()) {
              runBefore = lastClosed;
            }
            pendingRun.add(unit);
          }
        }
        case NOTE -> {
          unassigned.add(renderer.unassigned(unit));
          if (open != null && notes.isEndMark(unit.text())) {
            lastClosed = open;
            open = null;
          }
        }
        default -> throw new IllegalStateException("unknown kind " + c.kind());
      }
      if (c.kind() != Kind.HEADLINE && open != null) {
        lastClosed = null;
      }
    }
    closeRun(runs, pendingRun, runBefore, null);
    return new Segments(drafts, runs, unassigned, diagnostics);
  }

  /**
   * Headline-like units that engine output shows standing over all the page's text on one row
   * with page furniture (the paper's name set large between the page number and the date of the
   * running head): part of the running head, not a headline. Text input shows no rows and gives
   * none.
   */
  private static Set<Unit> levelWithFurniture(Collection<Classified> units) {
    List<Box> notes = new ArrayList<>();
    for (Classified c : units) {
      if (c.kind() == Kind.NOTE) {
        Box box = Footprint.boxOf(c.unit());
        if (box != null) {
          notes.add(box);
        }
      }
    }
    Set<Unit> out = Collections.newSetFromMap(new IdentityHashMap<>());
    if (notes.isEmpty()) {
      return out;
    }
    // The running head stands over all the text of the page.
    int textTop = Integer.MAX_VALUE;
    for (Classified c : units) {
      Box box = c.kind() == Kind.BODY ? Footprint.boxOf(c.unit()) : null;
      if (box != null) {
        textTop = Math.min(textTop, box.top());
      }
    }
    for (Classified c : units) {
      Box box = c.kind() == Kind.HEADLINE && c.unit().block().lines().size() == 1 ? Footprint.boxOf(c.unit()) : null;
      if (box == null || box.bottom() > textTop) {
        continue;
      }
      for (Box note : notes) {
        int down = Math.min(box.bottom(), note.bottom()) - Math.max(box.top(), note.top());
        boolean beside = note.right() <= box.left() || note.left() >= box.right();
        if (beside && down >= LEVEL_OVERLAP_SHARE * Math.min(box.height(), note.height())) {
          out.add(c.unit());
          break;
        }
      }
    }
    return out;
  }

  /**
   * Headline-like units that open the page before its running head's last line (its date line or
   * page number, {@link NoteGrammar#isRunningHead}), with no text before them: the paper's name and
   * the page's name ({@code 青弋日报}, {@code 第6版}, {@code 教育}, {@code 2026年2月24日 星期二}), set in
   * the running head over all the page's articles, not a kicker of the first one. A headline after
   * the running head's last line is the first article's. Up to {@value #MAX_RUNNING_HEAD_WORD}
   * letters each: a paper's or a page's name. Plain text only: engine output shows which lines
   * stand level with the running head's ({@link #levelWithFurniture}), and a name set lower is a
   * headline.
   */
  private static Set<Unit> runningHeadWords(Collection<Classified> units, NoteGrammar notes) {
    Set<Unit> words = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Unit> before = new ArrayList<>();
    for (Classified c : units) {
      if (c.kind() == Kind.BODY || c.kind() == Kind.BYLINE
          || c.unit().block().lines().get(0).placement() != null) {
        break;
      }
      if (c.kind() == Kind.NOTE && notes.isRunningHead(c.unit().text())) {
        words.addAll(before);
        before.clear();
      } else if (c.kind() == Kind.HEADLINE
          && Chars.contentLength(c.unit().text()) <= MAX_RUNNING_HEAD_WORD) {
        before.add(c.unit());
      } else if (c.kind() == Kind.HEADLINE) {
        break;
      }
    }
    return words;
  }

  /** Longest name of a paper or a page in the running head, in letters ({@code 中国青年报}, {@code 苗栗焦點}). */
  private static final int MAX_RUNNING_HEAD_WORD = 8;

  /** The open article, closed by the credit {@code unit} that signs it. */
  private static Draft signedBy(Draft open, Unit unit) {
    open.closingCredit = unit;
    open.cover(unit);
    return open;
  }

  /**
   * Whether {@code unit}, a credit line standing alone ({@code 本报记者 张三}, {@code 記者 柯雅晴
   * 報道}), signs the open article rather than opening one: the article has text and no byline,
   * and no text follows the credit before the next headline or dateline. Papers set a staff
   * writer's credit so under the last paragraph, right-aligned, as they set it over the first.
   */
  private boolean closesWithCredit(Draft open, Unit unit, Classified next) {
    return unit.dateline() != null && unit.hasNoBody() && !unit.hasByline()
        && open.bylineUnit == null && !open.paragraphs.isEmpty()
        && datelines.isCreditLine(unit.text())
        && (next == null || next.kind() != Kind.BODY || next.unit().dateline() != null);
  }

  /**
   * Whether the unit after a headline-like one opens with a dateline: then the headline heads the
   * article that dateline opens (a brief's head with a bullet, {@code ■新区公交线路调整}), not a
   * subhead of the text before it, whose article the dateline ends.
   */
  private static boolean headsADateline(Classified next) {
    return next != null && next.kind() == Kind.BODY && next.unit().dateline() != null;
  }

  /**
   * A short line ending in a colon inside an article ({@code 会议要求：}) introduces the list or
   * quotation after it; it is text, not a headline.
   */
  private static boolean introducesWhatFollows(String text) {
    return (text.endsWith("：") || text.endsWith(":")) && Chars.contentLength(text) <= MAX_LEAD_IN;
  }

  /**
   * What a news article's lead (导语) says in its first clause, and a section after a subhead seldom
   * does: when it happened ({@code 5月17日}, {@code 20日}, {@code 近日}, {@code 昨天}, {@code 上周}) or
   * where the reporter learnt it ({@code 记者从市林业局获悉}).
   */
  private static final Pattern NEWS_LEAD = Pattern.compile(
      "[0-9０-９]{1,2}月[0-9０-９]{1,2}[日号]|[0-9０-９]{1,2}日|近日|日前|昨[天日]|今[天日]|前天"
          + "|[本上]周|[记記]者.{0,16}?(获悉|獲悉)");

  /**
   * Whether {@code text} opens as a news lead does: {@link #NEWS_LEAD} within its first {@link
   * io.github.baozhi.internal.evidence.Evidence#LEAD_CLAUSE} characters.
   */
  private static boolean opensLikeALead(String text) {
    return NEWS_LEAD.matcher(text).region(0, Math.min(text.length(), LEAD_CLAUSE)).find();
  }

  /**
   * Whether a headline-like line of plain text ({@link #isLineOfItsOwn}) inside the open article
   * is an in-body subhead without an enumerator: the text after it goes on with the article's
   * story ({@link
   * io.github.baozhi.internal.evidence.Evidence#MIN_LETTERS_BEFORE_SUBHEAD}): the text unit after
   * it does, or, failing that, all the body text {@code after} holds up to the next head, dateline
   * or byline, the section the line would head (a column break often cuts that section's first
   * paragraph after a line or two, and a section may open with a sentence that names nothing the
   * story named; more text says more, but shares more of the language's common pairs too, so the
   * short text is asked first). Engine output shows
   * where the line stands and how large it is set, which tell a subhead better ({@link
   * io.github.baozhi.internal.classify.Classifier}).
   */
  private static boolean goesOnWithTheStory(Draft open, Unit unit, Queue<Classified> after) {
    Classified next = after.peek();
    List<Line> lines = unit.block().lines();
    if (!isLineOfItsOwn(lines) || lines.get(0).placement() != null || next == null
        || next.kind() != Kind.BODY || next.unit().dateline() != null
        || opensLikeALead(next.unit().body())) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < open.paragraphs.size() && letters < MIN_LETTERS_BEFORE_SUBHEAD; i++) {
      letters += Chars.contentLength(open.paragraphs.get(i).text());
    }
    if (letters < MIN_LETTERS_BEFORE_SUBHEAD) {
      return false;
    }
    Set<Long> told = new HashSet<>();
    for (Draft.Paragraph p : open.paragraphs) {
      addBigrams(p.text(), told);
    }
    Set<Long> ahead = new HashSet<>();
    addBigrams(next.unit().body(), ahead);
    if (sharesTheStory(ahead, told)) {
      return true;
    }
    if (next.unit().hasByline()) {
      return false; // the paragraph after the line ends its article: there is no more section
    }
    for (Classified c : after) {
      if (c == next) {
        continue;
      }
      if (c.kind() != Kind.BODY || c.unit().dateline() != null) {
        break;
      }
      addBigrams(c.unit().body(), ahead);
      if (c.unit().hasByline()) {
        break;
      }
    }
    return sharesTheStory(ahead, told);
  }

  /**
   * Whether at least {@link io.github.baozhi.internal.evidence.Evidence#MIN_SUBHEAD_STORY_SHARE} of
   * the letter pairs {@code ahead} occur in {@code told}.
   */
  private static boolean sharesTheStory(Set<Long> ahead, Set<Long> told) {
    if (ahead.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (Long pair : ahead) {
      if (told.contains(pair)) {
        shared++;
      }
    }
    return shared >= MIN_SUBHEAD_STORY_SHARE * ahead.size();
  }

  /**
   * Whether a block is one line, or one line that the column's edge cut and the rest of it on a
   * shorter next line (a subhead longer than a narrow column: {@code 一座机房顶替一座锅} / {@code
   * 炉房}): its first line, with what the second opens with that no line may be broken inside
   * ({@link Chars#unbreakableOpeningWidth}: {@code 古人眼里“羊”就是} / {@code “祥”}, the opening quote
   * gone down with its character), reaches to within a squeeze of the column's edge or past it, as
   * a line of its own set short of the column does not. (The squeeze, because the column's width is
   * an estimate from its fullest lines, which kinsoku may widen by a mark.)
   */
  private static boolean isLineOfItsOwn(List<Line> lines) {
    if (lines.size() != 2) {
      return lines.size() == 1;
    }
    Line first = lines.get(0);
    Line second = lines.get(1);
    return second.width() < first.width()
        && first.width() + Chars.unbreakableOpeningWidth(second.text())
            > first.columnWidth() - SQUEEZE;
  }

  /**
   * Adds to {@code out} the pairs of letters (ideographs among them) standing next to each other in
   * {@code text}. Digits are left out: unrelated stories share dates and figures ({@code 3月}, {@code 10}).
   */
  private static void addBigrams(String text, Set<Long> out) {
    int previous = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        if (previous >= 0) {
          out.add((long) previous << 32 | cp);
        }
        previous = cp;
      } else {
        previous = -1;
      }
    }
  }

  /** Ends the pending run of headline blocks, if any, between {@code before} and {@code after}. */
  private static void closeRun(List<HeadlineMatcher.Run> runs, List<Unit> pending,
      Draft before, Draft after) {
    if (!pending.isEmpty()) {
      runs.add(new HeadlineMatcher.Run(List.copyOf(pending), before, after));
      pending.clear();
    }
  }
}
