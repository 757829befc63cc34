package io.github.baozhi.internal.assemble;

import io.github.baozhi.Article;
import io.github.baozhi.Byline;
import io.github.baozhi.Dateline;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.Headline;
import io.github.baozhi.LineSpan;
import io.github.baozhi.Unassigned;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.grammar.BylineMatch;
import io.github.baozhi.internal.grammar.DatelineMatch;
import io.github.baozhi.internal.lines.Line;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Renders the page's fields: a draft and its headline blocks as an {@link Article} (headline
 * parts, dateline with its date resolved against the issue date, body, byline, line span, boxes
 * and confidence), and what belongs to no article as {@link Unassigned} pieces, every text in the
 * page's style.
 */
final class Renderer {

  private final UnaryOperator<String> style;
  private final DateResolver dates;
  private final HeadlineShaper shaper = new HeadlineShaper();

  /**
   * @param issueDate the issue date for resolving partial dates, or null
   * @param style applied to every text the page reports (such as punctuation widening)
   */
  Renderer(LocalDate issueDate, UnaryOperator<String> style) {
    this.style = style;
    this.dates = new DateResolver(issueDate);
  }

  /** A unit that belongs to no article, as the page's unassigned text. */
  Unassigned unassigned(Unit unit) {
    return unassigned(style.apply(unit.text()), unit);
  }

  /** A headline block no article took, with the spaces between its lines that it showed. */
  Unassigned unassignedHeadline(Unit unit) {
    return unassigned(style.apply(unit.block().spacedText()), unit);
  }

  /** A line a front end set aside (a running head, a page number, a caption), as it is. */
  Unassigned aside(Line line) {
    Footprint f = Footprint.ofLines(List.of(line));
    return new Unassigned(style.apply(line.text()), new LineSpan(line.number(), line.number()),
        f.boxes(), f.confidence());
  }

  private static Unassigned unassigned(String text, Unit u) {
    Footprint f = Footprint.of(List.of(u));
    return new Unassigned(text, new LineSpan(u.firstLine(), u.lastLine()), f.boxes(), f.confidence());
  }

  /**
   * The article of a draft and the headline blocks attached to it (none when null), its doubtful
   * dates reported to {@code diagnostics}.
   */
  Article article(Draft d, List<Unit> headlineBlocks, List<Diagnostic> diagnostics) {
    Headline headline = null;
    if (headlineBlocks != null) {
      Headline shaped = shaper.shape(headlineBlocks);
      headline = new Headline(styled(shaped.kicker()), style.apply(shaped.title()),
          styled(shaped.subtitle()));
      for (Unit u : headlineBlocks) {
        d.cover(u);
      }
    }
    List<String> body = new ArrayList<>();
    for (Draft.Paragraph p : d.paragraphs) {
      body.add(style.apply(p.text()));
    }
    Dateline dateline = d.datelineUnit == null ? null : dateline(d.datelineUnit, body, diagnostics);
    Byline byline = null;
    if (d.bylineUnit != null) {
      BylineMatch b = d.bylineUnit.byline();
      BylineMatch.Credit credit = b.credit();
      byline = new Byline(style.apply(b.text()), credit.names(), credit.via());
    } else if (d.closingCredit != null && d.closingCredit.dateline() == null) {
      // A commentator's signature names no person: the credit is the paper's own, in via.
      String text = style.apply(d.closingCredit.text());
      byline = new Byline(text, List.of(), text);
    } else if (d.closingCredit != null) {
      byline = new Byline(style.apply(d.closingCredit.text()),
          d.closingCredit.dateline().reporters().stream().map(style).toList(), null);
    }
    Footprint f = Footprint.of(d.covered);
    return new Article(headline, dateline, body, byline, new LineSpan(d.firstLine, d.lastLine),
        f.boxes(), f.confidence());
  }

  /**
   * The dateline with its date: the dateline's own month and day against the issue date, or, when
   * it gives no day (本报讯), the date the lead names.
   */
  private Dateline dateline(Unit unit, List<String> body, List<Diagnostic> diagnostics) {
    DatelineMatch m = unit.dateline();
    String date = dates.resolve(m.month(), m.day());
    if (m.day() == 0 && !body.isEmpty()) {
      date = dates.fromLead(body.get(0));
      String[] relative = dates.relativeLeadDate(body.get(0));
      if (date == null && relative != null) {
        diagnostics.add(new Diagnostic("date-relative",
            "the lead dates the story " + relative[0] + " (" + relative[1]
                + " by the issue date); date left null",
            unit.block().firstLine()));
      }
    }
    if (date == null && m.day() > 0) {
      diagnostics.add(new Diagnostic("date-unresolved",
          "the dateline's date could not be made a full date; give --issue-date",
          unit.block().firstLine()));
    }
    return new Dateline(style.apply(m.text()), m.source(), m.place(), date, m.reporters());
  }

  private String styled(String text) {
    return text == null ? null : style.apply(text);
  }
}
