package io.github.baozhi.internal.assemble;

import static io.github.baozhi.internal.evidence.Evidence.MIN_BARE_ARTICLE_LETTERS;

import io.github.baozhi.Article;
import io.github.baozhi.Diagnostic;
import io.github.baozhi.Page;
import io.github.baozhi.PageGeometry;
import io.github.baozhi.Unassigned;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.classify.Classified;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.text.Chars;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Builds articles from classified units and attaches their headlines, in three steps, each
 * testable alone:
 *
 * <ol>
 *   <li>{@link Segmenter}: the units in reading order to draft articles (a dateline opens one, a
 *       byline closes one, text after a byline or a headline starts one), the runs of headline
 *       blocks between them, and what belongs to no article;
 *   <li>{@link HeadlineMatcher}: the runs' blocks to the articles they head, by character-bigram
 *       similarity and position, wherever they stand on the page;
 *   <li>{@link Renderer}: each draft and its headline blocks to an {@link Article}, and what no
 *       article took to {@linkplain Page#unassigned() unassigned} pieces; so is a draft that is a
 *       piece of text rather than an article (no headline, dateline or byline, a few letters).
 * </ol>
 */
public final class Assembler {

  private final Segmenter segmenter = new Segmenter();
  private final HeadlineMatcher matcher = new HeadlineMatcher();
  private final Renderer renderer;

  /**
   * @param issueDate the issue date for resolving partial dates, or null
   * @param style applied to every text the page reports (such as punctuation widening)
   */
  public Assembler(LocalDate issueDate, UnaryOperator<String> style) {
    this.renderer = new Renderer(issueDate, style);
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
    Segmenter.Segments segments = segmenter.segment(units, renderer);
    Map<Draft, List<Unit>> headlines = matcher.match(segments.runs(), segments.drafts());
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Article> articles = new ArrayList<>(segments.drafts().size());
    List<Unassigned> unassigned = new ArrayList<>();
    for (Draft d : segments.drafts()) {
      if (isFragment(d, headlines.get(d))) {
        d.covered.forEach(u -> unassigned.add(renderer.unassigned(u)));
      } else {
        articles.add(renderer.article(d, headlines.get(d), diagnostics));
      }
    }
    Set<Unit> attached = Collections.newSetFromMap(new IdentityHashMap<>());
    headlines.values().forEach(attached::addAll);
    for (HeadlineMatcher.Run run : segments.runs()) {
      for (Unit u : run.blocks()) {
        if (!attached.contains(u)) {
          unassigned.add(renderer.unassignedHeadline(u));
        }
      }
    }
    unassigned.addAll(segments.unassigned());
    for (Line line : asides) {
      unassigned.add(renderer.aside(line));
    }
    diagnostics.addAll(segments.diagnostics());
    unassigned.sort((a, b) -> Integer.compare(a.lines().first(), b.lines().first()));
    diagnostics.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new Page(source, articles, unassigned, diagnostics, geometry);
  }

  /**
   * Whether a draft is a piece of text and no article: no headline, dateline, byline or credit,
   * and fewer than {@link io.github.baozhi.internal.evidence.Evidence#MIN_BARE_ARTICLE_LETTERS}
   * letters and digits.
   */
  private static boolean isFragment(Draft d, List<Unit> headlineBlocks) {
    if (headlineBlocks != null && !headlineBlocks.isEmpty() || d.datelineUnit != null
        || d.bylineUnit != null || d.closingCredit != null) {
      return false;
    }
    int letters = 0;
    for (Draft.Paragraph p : d.paragraphs) {
      letters += Chars.contentLength(p.text());
      if (letters >= MIN_BARE_ARTICLE_LETTERS) {
        return false;
      }
    }
    return true;
  }
}
