package io.github.baozhi.internal.assemble;

import static io.github.baozhi.internal.evidence.Evidence.AFTER;
import static io.github.baozhi.internal.evidence.Evidence.BEFORE;
import static io.github.baozhi.internal.evidence.Evidence.BODY_TYPE_TOLERANCE;
import static io.github.baozhi.internal.evidence.Evidence.FAR;
import static io.github.baozhi.internal.evidence.Evidence.HEADLINE_BODY_CHARS;
import static io.github.baozhi.internal.evidence.Evidence.HEADLINE_LEAD_CHARS;
import static io.github.baozhi.internal.evidence.Evidence.LABEL_SIZE_SHARE;
import static io.github.baozhi.internal.evidence.Evidence.MAX_LABEL;
import static io.github.baozhi.internal.evidence.Evidence.MAX_LABEL_LEAD;
import static io.github.baozhi.internal.evidence.Evidence.MIN_HEADLINE_SCORE;
import static io.github.baozhi.internal.evidence.Evidence.RIGHT_AFTER;
import static io.github.baozhi.internal.evidence.Evidence.RIGHT_BEFORE;
import static io.github.baozhi.internal.evidence.Evidence.OVER_OTHER_TEXT;
import static io.github.baozhi.internal.evidence.Evidence.SAME_SIZE_SHARE;
import static io.github.baozhi.internal.evidence.Evidence.STACK_GAP_LINES;
import static io.github.baozhi.internal.evidence.Evidence.STACK_OVERLAP_LINES;

import io.github.baozhi.Box;
import io.github.baozhi.internal.boundaries.Unit;
import io.github.baozhi.internal.grammar.ColumnLabels;
import io.github.baozhi.internal.lines.Line;
import io.github.baozhi.internal.text.Chars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches headline blocks to articles.
 *
 * <p>OCR reading order scatters headlines: before their article, right after it, or at the end of
 * the page. Each headline block is scored against each article by how many of its character
 * bigrams occur in the article's lead and body, plus a bonus for standing right before the article
 * (the usual place) or right after it. Then:
 *
 * <ol>
 *   <li>Anchors: the best-scoring pairs are taken greedily, one block per article and one article
 *       per block, above a minimum score. A block that shares nothing with the article and is no
 *       longer than a column label is never taken on position alone.
 *   <li>Growth: the remaining blocks of a run of headline blocks join a neighbouring anchored group
 *       (kicker, title and subtitle are separate blocks), choosing the neighbour whose article they
 *       share more with, provided they share something with it or end like a kicker ({@code ：}).
 *   <li>Order: blocks still left between two attached blocks of a run go, in order, to the
 *       articles without a headline between those two articles, when they are as many.
 * </ol>
 *
 * Whatever is left belongs to no article. Cost is blocks × articles bigram look-ups per page.
 */
final class HeadlineMatcher {

  /** A run of headline blocks with no article text between them. */
  record Run(List<Unit> blocks, Draft before, Draft after) {}

  /**
   * Block-article pairs scored in full. A real page has a few dozen headline blocks and articles,
   * far below this; beyond it (garbage input with thousands of headline-like lines) each run is
   * scored only against the articles nearest to it, which keeps the cost linear.
   */
  private static final long FULL_MATCH_PAIRS = 200_000;

  /** Articles on each side of a run scored when the page is too large to score in full. */
  private static final int REACH = 8;

  /** The headline groups per article, each group's blocks in page order. */
  Map<Draft, List<Unit>> match(List<Run> runs, List<Draft> drafts) {
    Map<Draft, Integer> index = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      index.put(drafts.get(i), i);
    }
    List<List<String>> openings = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      openings.add(d.opening(HEADLINE_BODY_CHARS));
    }
    long pairs = (long) drafts.size() * runs.stream().mapToInt(r -> r.blocks().size()).sum();
    int reach = pairs <= FULL_MATCH_PAIRS ? drafts.size() : REACH;
    // Each block is scored within a scope: the whole page when it is small, else its run and the
    // articles within reach of it, so that large pages cost time linear in their length.
    // Units are records that compare by content; identity is what is meant here, and far cheaper
    // to hash than a block's lines.
    Map<Unit, Integer> blockIndex = new IdentityHashMap<>();
    Map<Unit, Bigrams> scopeOf = new IdentityHashMap<>();
    List<List<Run>> scopes = runs.isEmpty() ? List.of()
        : reach == drafts.size() ? List.of(runs) : runs.stream().map(List::of).toList();
    for (List<Run> scope : scopes) {
      // With the whole page in reach, every pivot gives the whole page.
      int pivot = pivot(scope.get(0), index, drafts);
      int from = Math.max(0, pivot - reach);
      int to = Math.min(drafts.size(), pivot + reach);
      List<String> blockTexts = new ArrayList<>();
      List<Unit> scopeBlocks = new ArrayList<>();
      for (Run run : scope) {
        for (Unit block : run.blocks()) {
          blockIndex.put(block, blockTexts.size());
          blockTexts.add(block.block().text());
          scopeBlocks.add(block);
        }
      }
      Bigrams bigrams = Bigrams.match(blockTexts, openings.subList(from, to), from, HEADLINE_LEAD_CHARS);
      scopeBlocks.forEach(block -> scopeOf.put(block, bigrams));
    }
    record Candidate(Run run, int index, Draft draft, double coverage, double shared, double score) {}
    List<Candidate> candidates = new ArrayList<>();
    for (Run run : runs) {
      int pivot = pivot(run, index, drafts);
      int from = Math.max(0, pivot - reach);
      int to = Math.min(drafts.size(), pivot + reach);
      for (int i = 0; i < run.blocks().size(); i++) {
        Unit block = run.blocks().get(i);
        int b = blockIndex.get(block);
        Bigrams bigrams = scopeOf.get(block);
        boolean labelSized = Chars.contentLength(block.block().text()) <= MAX_LABEL;
        boolean overText = i == run.blocks().size() - 1 && run.after() != null
            && setOverText(block, run.after());
        // The article after the text under the block may be the rest of it, a piece the layout
        // cut from its article: it keeps its score.
        int rest = overText ? index.get(run.after()) + 1 : -1;
        for (int a = from; a < to; a++) {
          Draft d = drafts.get(a);
          double cov = bigrams.coverage(b, a);
          double score = cov + positionBonus(run, i, d);
          if (overText && d != run.after() && d != run.before() && a != rest) {
            score += OVER_OTHER_TEXT;
          }
          boolean label = cov == 0 && labelSized || ColumnLabels.isLabel(block.block().text());
          if (score >= MIN_HEADLINE_SCORE && !label) {
            candidates.add(new Candidate(run, i, d, cov, bigrams.shared(b, a), score));
          }
        }
      }
    }
    // Of equal scores and shares, the block that shares more words is the surer: a section's name
    // (体育) shares its one pair with the lead as fully as the kicker under it shares ten. Stable
    // sort: what is still equal keeps page order, so the result never depends on hashing.
    candidates.sort(Comparator.comparingDouble(Candidate::score)
        .thenComparingDouble(Candidate::coverage).thenComparingDouble(Candidate::shared).reversed());
    Map<Unit, Draft> owner = new IdentityHashMap<>();
    Map<Draft, Unit> anchor = new HashMap<>();
    for (Candidate c : candidates) {
      Unit block = c.run().blocks().get(c.index());
      if (!owner.containsKey(block) && !anchor.containsKey(c.draft())) {
        owner.put(block, c.draft());
        anchor.put(c.draft(), block);
      }
    }
    for (Run run : runs) {
      grow(run, owner, scopeOf, index, blockIndex);
    }
    fillInOrder(runs, owner, drafts, index);
    Map<Draft, List<Unit>> groups = new HashMap<>();
    for (Run run : runs) {
      for (Unit block : run.blocks()) {
        Draft d = owner.get(block);
        if (d != null) {
          groups.computeIfAbsent(d, k -> new ArrayList<>()).add(block);
        }
      }
    }
    return groups;
  }

  private static double positionBonus(Run run, int index, Draft draft) {
    int last = run.blocks().size() - 1;
    if (draft == run.after()) {
      return index == last ? RIGHT_BEFORE : BEFORE;
    }
    if (draft == run.before()) {
      return index == 0 ? RIGHT_AFTER : AFTER;
    }
    return FAR;
  }

  /**
   * Whether engine output shows {@code block} set right over the first unit of {@code draft}'s
   * text, in line with it ({@link #stacked}): a box's title over the box's text, which may share
   * every word with the lead beside the box whose term it explains (选择性信用管制), and none with
   * its own text.
   */
  private static boolean setOverText(Unit block, Draft draft) {
    return !draft.paragraphs.isEmpty() && stacked(block, draft.paragraphs.get(0).unit());
  }

  /**
   * Whether block {@code upper} stands right over block {@code lower} on the page, in line with it:
   * the white space between them is less than the larger one's line height and one spans the
   * other's centre. Only engine output places blocks; for text this is never so.
   */
  static boolean stacked(Unit upper, Unit lower) {
    Box a = Footprint.boxOf(upper);
    Box b = Footprint.boxOf(lower);
    if (a == null || b == null) {
      return false;
    }
    int gap = b.top() - a.bottom();
    int height = Math.max(lineHeight(upper), lineHeight(lower));
    int centreA = (a.left() + a.right()) / 2;
    int centreB = (b.left() + b.right()) / 2;
    boolean inLine = centreA >= b.left() && centreA <= b.right() || centreB >= a.left() && centreB <= a.right();
    return gap >= -STACK_OVERLAP_LINES * height && gap <= STACK_GAP_LINES * height && inLine;
  }

  /**
   * Whether {@code block} is set smaller than {@code other} as a label is: clearly smaller, or,
   * when it shares no word with the article ({@code coverage} 0), in a smaller size at all (beyond
   * what one size measures differently from line to line), as a box's name set a size under its
   * title is (a kicker speaks of its article).
   */
  private static boolean setSmaller(Unit block, Unit other, double coverage) {
    double share = coverage > 0 ? LABEL_SIZE_SHARE : SAME_SIZE_SHARE;
    return block.block().lines().get(0).typeScale()
        < share * other.block().lines().get(0).typeScale();
  }

  /**
   * Whether {@code block}, set right over the headline block {@code below}, is the name of the
   * column or box they stand in rather than a part of the headline, when it shares {@code coverage}
   * of its words with the article: a block of a label's length set smaller than the headline, or
   * a short block sharing no word with the article set a little larger than a head in body type
   * under it. The name of a briefs column stands over the first brief's head, which is set in or
   * near body type, a size or two larger than it ({@code 县域短讯} over {@code 白沙镇完成冬季河道清淤});
   * a kicker is set smaller than its title, and a title over a subtitle in body type far larger.
   */
  private static boolean labelOver(Unit block, Unit below, double coverage) {
    int letters = Chars.contentLength(block.block().text());
    if (letters <= MAX_LABEL && setSmaller(block, below, coverage)) {
      return true;
    }
    double belowScale = below.block().lines().get(0).typeScale();
    return coverage <= 0 && letters <= ColumnLabels.MAX_LENGTH
        && Math.abs(belowScale - 1) <= BODY_TYPE_TOLERANCE
        && belowScale < SAME_SIZE_SHARE * block.block().lines().get(0).typeScale()
        && block.block().lines().get(0).typeScale() < MAX_LABEL_LEAD * belowScale;
  }

  private static int lineHeight(Unit unit) {
    int height = 0;
    for (Line line : unit.block().lines()) {
      height = Math.max(height, line.placement().box().height());
    }
    return height;
  }

  /** The page index of the article a run stands by: the one after it, else the one before. */
  private static int pivot(Run run, Map<Draft, Integer> index, List<Draft> drafts) {
    return run.after() != null ? index.get(run.after())
        : run.before() != null ? index.get(run.before()) : drafts.size();
  }

  /**
   * Gives the blocks left over between anchored blocks of a run to the articles left without a
   * headline between those blocks' articles, in order, where they are as many; for a run at the
   * page's end, also those before its first anchored block and after its last. A page that prints
   * its headlines together (at its end, say) prints them in the order of its articles, so a
   * headline that shares few words with its article (看病少排队 over a hospital's new outpatient
   * building) still has its place among the others: every headline at the page end belongs to
   * some article. Where the counts differ, nothing is guessed.
   */
  private static void fillInOrder(List<Run> runs, Map<Unit, Draft> owner, List<Draft> drafts,
      Map<Draft, Integer> index) {
    boolean[] headed = new boolean[drafts.size()];
    for (Draft d : owner.values()) {
      headed[index.get(d)] = true;
    }
    for (Run run : runs) {
      List<Unit> blocks = run.blocks();
      int previous = -1; // page index of the article of the last anchored block, or -1
      List<Unit> gap = new ArrayList<>();
      boolean anchored = false;
      for (int i = 0; i <= blocks.size(); i++) {
        Draft d = i < blocks.size() ? owner.get(blocks.get(i)) : null;
        if (i < blocks.size() && d == null) {
          Unit block = blocks.get(i);
          if (!ColumnLabels.isLabel(block.block().text())
              && Chars.contentLength(block.block().text()) > MAX_LABEL) {
            gap.add(block);
          }
          continue;
        }
        int next = d != null ? index.get(d) : drafts.size();
        // Past the last anchored block, only a run at the page's end goes on to the page's last
        // articles; elsewhere its next block may head anything further down.
        boolean bounded = anchored && d != null || run.after() == null;
        if (d != null) {
          anchored = true;
        }
        if (!gap.isEmpty() && anchored && bounded && next > previous) {
          List<Integer> open = new ArrayList<>();
          for (int a = previous + 1; a < next; a++) {
            if (!headed[a]) {
              open.add(a);
            }
          }
          if (open.size() == gap.size()) {
            for (int g = 0; g < gap.size(); g++) {
              owner.put(gap.get(g), drafts.get(open.get(g)));
              headed[open.get(g)] = true;
            }
          }
        }
        gap.clear();
        if (d != null) {
          previous = Math.max(previous, index.get(d));
        }
      }
    }
  }

  /**
   * Spreads anchored groups over the unassigned neighbours in their run, nearest first. Each block
   * is looked at when a neighbour gets assigned, so the cost is linear in the run's length.
   */
  private static void grow(Run run, Map<Unit, Draft> owner, Map<Unit, Bigrams> scopeOf,
      Map<Draft, Integer> index, Map<Unit, Integer> blockIndex) {
    List<Unit> blocks = run.blocks();
    java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (owner.containsKey(blocks.get(i))) {
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int assigned = queue.poll();
      for (int i : new int[] {assigned - 1, assigned + 1}) {
        if (i < 0 || i >= blocks.size() || owner.containsKey(blocks.get(i))) {
          continue;
        }
        Unit block = blocks.get(i);
        Draft left = i > 0 ? owner.get(blocks.get(i - 1)) : null;
        Draft right = i + 1 < blocks.size() ? owner.get(blocks.get(i + 1)) : null;
        int b = blockIndex.get(block);
        Bigrams bigrams = scopeOf.get(block);
        double leftCov = left == null ? -1 : bigrams.wholeCoverage(b, index.get(left));
        double rightCov = right == null ? -1 : bigrams.wholeCoverage(b, index.get(right));
        Draft pick = rightCov >= leftCov ? right : left;
        double cov = Math.max(leftCov, rightCov);
        // A column label (短评, 经济观察) stands over a headline too, but heads the column, not the
        // article: set smaller than the headline, only words it shares bring it in. (A short
        // line set as large is the headline's own: 老手艺 / 新传人.)
        if (ColumnLabels.isLabel(block.block().text())) {
          continue; // a column's name heads no article
        }
        boolean labelSized = Chars.contentLength(block.block().text()) <= MAX_LABEL;
        boolean stackedLeft = left != null && stacked(blocks.get(i - 1), block)
            && !(labelSized && setSmaller(block, blocks.get(i - 1), leftCov));
        boolean stackedRight = right != null && stacked(block, blocks.get(i + 1))
            && !labelOver(block, blocks.get(i + 1), rightCov);
        if (stackedLeft != stackedRight) {
          // Engine output shows where the blocks stand: one set right over or under an anchored
          // block, in line with it, is part of the same headline whatever words it shares.
          pick = stackedLeft ? left : right;
          cov = 1;
        }
        String text = block.block().text();
        boolean kicker = text.endsWith("：") || text.endsWith(":");
        if (pick != null && (cov > 0 || kicker)) {
          owner.put(block, pick);
          queue.add(i);
        }
      }
    }
  }
}
