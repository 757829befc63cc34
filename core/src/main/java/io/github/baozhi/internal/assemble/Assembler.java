package io.github.baozhi.internal.assemble;

import io.github.baozhi.Article;
import io.github.baozhi.Box;
import io.github.baozhi.Byline;
import io.github.baozhi.Dateline;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.Headline;
import io.github.baozhi.LineSpan;
import io.github.baozhi.Page;
import io.github.baozhi.PageGeometry;
import io.github.baozhi.Unassigned;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.classify.Classified;
import io.github.baozhi.internal.classify.Kind;
import io.github.baozhi.internal.grammar.BylineMatch;
import io.github.baozhi.internal.grammar.DatelineMatch;
import io.github.baozhi.internal.lines.Line;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds articles from classified units and attaches their headlines.
 *
 * <p>Walking the page in order: a dateline opens an article; running text joins the open article
 * or, when none is open, starts one without a dateline; a byline closes the open article. A
 * headline-like unit inside an open article that carries an enumerator ({@code 一是…}) is an
 * in-body subhead and stays in the body, and so does a short lead-in ending in a colon; any other closes the open article and joins the run of
 * headline blocks waiting to be attached. The {@link HeadlineMatcher} then attaches those runs to
 * articles, and what no article takes is {@linkplain Page#unassigned() unassigned}.
 */
public final class Assembler {

  private final LocalDate issueDate;
  private final UnaryOperator<String> style;

  /**
   * @param issueDate the issue date for resolving partial dates, or null
   * @param style applied to every text the page reports (such as punctuation widening)
   */
  public Assembler(LocalDate issueDate, UnaryOperator<String> style) {
    this.issueDate = issueDate;
    this.style = style;
  }

  /** Assembles a page of text input, which has no set-aside lines and no geometry. */
  public Page assemble(String source, List<Classified> units) {
    return assemble(source, new ArrayDeque<>(units), List.of(), null);
  }

  /**
   * Assembles a page, taking the units off {@code units} as it goes: a unit that ends in no
   * article (an orphan byline, a note) is made the page's unassigned text there and then, so that
   * when the queue holds the only reference to the units, each is garbage once assembled past.
   * Without that, a page of hundreds of thousands of one-line units holds every stage's objects
   * of all of them while their output is built ({@code bench/memory.sh 10 bylines}).
   *
   * @param units the page's units in reading order; empty when this returns
   * @param asides lines a front end set aside for the unassigned text as they are
   * @param geometry what engine output says of the page, or null
   */
  public Page assemble(String source, Queue<Classified> units, List<Line> asides,
      PageGeometry geometry) {
    List<Draft> drafts = new ArrayList<>();
    List<HeadlineMatcher.Run> runs = new ArrayList<>();
    List<Unassigned> orphanBylines = new ArrayList<>();
    List<Diagnostic> orphanDiagnostics = new ArrayList<>();
    List<Unassigned> notes = new ArrayList<>();
    List<Unit> pendingRun = new ArrayList<>();
    Draft runBefore = null;
    Draft open = null;
    Draft lastClosed = null;
    Set<Unit> furniture = levelWithFurniture(units);
    for (Classified c = units.poll(); c != null; c = units.poll()) {
      Unit unit = c.unit();
      if (furniture.contains(unit)) {
        notes.add(unassigned(unit));
        continue;
      }
      switch (c.kind()) {
        case BODY -> {
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
            orphanBylines.add(unassigned(unit));
            orphanDiagnostics.add(new Diagnostic("byline-orphan",
                "a byline follows no article text; kept as unassigned", unit.firstLine()));
          }
        }
        case HEADLINE -> {
          if (open != null && !open.paragraphs.isEmpty()
              && (c.subheadMarker() || introducesWhatFollows(unit.text()))) {
            open.cover(unit);
            open.paragraphs.add(new Draft.Paragraph(unit.text(), unit));
          } else if (open != null && open.paragraphs.isEmpty() && open.datelineUnit != null
              && Bigrams.contentLength(unit.text()) <= HeadlineMatcher.LABEL_LENGTH) {
            // A box label between a dateline or credit line and the text (核心阅读, 编者按): the
            // article has not begun, so the label neither ends it nor heads another.
            notes.add(unassigned(unit));
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
        case NOTE -> notes.add(unassigned(unit));
        default -> throw new IllegalStateException("unknown kind " + c.kind());
      }
      if (c.kind() != Kind.HEADLINE && open != null) {
        lastClosed = null;
      }
    }
    closeRun(runs, pendingRun, runBefore, null);

    Map<Draft, List<Unit>> headlines = new HeadlineMatcher().match(runs, drafts);
    HeadlineShaper shaper = new HeadlineShaper();
    DateResolver dates = new DateResolver(issueDate);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    for (Draft d : drafts) {
      List<Unit> group = headlines.get(d);
      Headline headline = null;
      if (group != null) {
        Headline shaped = shaper.shape(group);
        headline = new Headline(styled(shaped.kicker()), style.apply(shaped.title()),
            styled(shaped.subtitle()));
        for (Unit u : group) {
          d.cover(u);
        }
      }
      articles.add(toArticle(d, headline, dates, diagnostics, style));
    }
    List<Unassigned> unassigned = new ArrayList<>();
    Set<Unit> attached = Collections.newSetFromMap(new IdentityHashMap<>());
    headlines.values().forEach(attached::addAll);
    for (HeadlineMatcher.Run run : runs) {
      for (Unit u : run.blocks()) {
        if (!attached.contains(u)) {
          unassigned.add(unassigned(style.apply(u.block().spacedText()), u));
        }
      }
    }
    unassigned.addAll(notes);
    for (Line line : asides) {
      Footprint f = Footprint.ofLines(List.of(line));
      unassigned.add(new Unassigned(style.apply(line.text()),
          new LineSpan(line.number(), line.number()), f.boxes(), f.confidence()));
    }
    unassigned.addAll(orphanBylines);
    diagnostics.addAll(orphanDiagnostics);
    unassigned.sort((a, b) -> Integer.compare(a.lines().first(), b.lines().first()));
    diagnostics.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new Page(source, articles, unassigned, diagnostics, geometry);
  }

  /** A unit that belongs to no article, as the page's unassigned text. */
  private Unassigned unassigned(Unit unit) {
    return unassigned(style.apply(unit.text()), unit);
  }

  private static Unassigned unassigned(String text, Unit u) {
    Footprint f = Footprint.of(List.of(u));
    return new Unassigned(text, new LineSpan(u.firstLine(), u.lastLine()), f.boxes(), f.confidence());
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
        Box box = box(c.unit());
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
      Box box = c.kind() == Kind.BODY ? box(c.unit()) : null;
      if (box != null) {
        textTop = Math.min(textTop, box.top());
      }
    }
    for (Classified c : units) {
      Box box = c.kind() == Kind.HEADLINE && c.unit().block().lines().size() == 1 ? box(c.unit()) : null;
      if (box == null || box.bottom() > textTop) {
        continue;
      }
      for (Box note : notes) {
        int down = Math.min(box.bottom(), note.bottom()) - Math.max(box.top(), note.top());
        boolean beside = note.right() <= box.left() || note.left() >= box.right();
        if (beside && 2 * down >= Math.min(box.height(), note.height())) {
          out.add(c.unit());
          break;
        }
      }
    }
    return out;
  }

  private static Box box(Unit unit) {
    Box box = null;
    for (Line line : unit.block().lines()) {
      if (line.placement() == null) {
        return null;
      }
      box = box == null ? line.placement().box() : box.union(line.placement().box());
    }
    return box;
  }

  /**
   * A short line ending in a colon inside an article ({@code 会议要求：}) introduces the list or
   * quotation after it; it is text, not a headline.
   */
  private static boolean introducesWhatFollows(String text) {
    return (text.endsWith("：") || text.endsWith(":")) && Bigrams.contentLength(text) <= 20;
  }

  /** Ends the pending run of headline blocks, if any, between {@code before} and {@code after}. */
  private static void closeRun(List<HeadlineMatcher.Run> runs, List<Unit> pending,
      Draft before, Draft after) {
    if (!pending.isEmpty()) {
      runs.add(new HeadlineMatcher.Run(List.copyOf(pending), before, after));
      pending.clear();
    }
  }


  private String styled(String text) {
    return text == null ? null : style.apply(text);
  }

  private static Article toArticle(Draft d, Headline headline, DateResolver dates,
      List<Diagnostic> diagnostics, UnaryOperator<String> style) {
    Dateline dateline = null;
    List<String> body = new ArrayList<>();
    for (Draft.Paragraph p : d.paragraphs) {
      body.add(style.apply(p.text()));
    }
    if (d.datelineUnit != null) {
      DatelineMatch m = d.datelineUnit.dateline();
      String date = dates.resolve(m.month(), m.day());
      if (m.day() == 0 && !body.isEmpty()) {
        date = dates.fromLead(body.get(0));
        String[] relative = dates.relativeLeadDate(body.get(0));
        if (date == null && relative != null) {
          diagnostics.add(new Diagnostic("date-relative",
              "the lead dates the story " + relative[0] + " (" + relative[1]
                  + " by the issue date); date left null",
              d.datelineUnit.block().firstLine()));
        }
      }
      if (date == null && m.day() > 0) {
        diagnostics.add(new Diagnostic("date-unresolved",
            "the dateline's date could not be made a full date; give --issue-date",
            d.datelineUnit.block().firstLine()));
      }
      dateline = new Dateline(style.apply(m.text()), m.source(), m.place(), date, m.reporters());
    }
    Byline byline = null;
    if (d.bylineUnit != null) {
      BylineMatch b = d.bylineUnit.byline();
      BylineMatch.Credit credit = b.credit();
      byline = new Byline(style.apply(b.text()), credit.names(), credit.via());
    }
    Footprint f = Footprint.of(d.covered);
    return new Article(headline, dateline, body, byline, new LineSpan(d.firstLine, d.lastLine),
        f.boxes(), f.confidence());
  }
}
