package io.github.baozhi.ocr;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRegion;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page while a reader fills it. Regions and lines are kept as drafts until the page ends: a
 * region's box may be known only from its lines, and PAGE XML's reading order decides the regions'
 * indices only once all of them are known.
 */
final class PageDraft {

  /** A region being read; its box is its own, or else the union of its lines'. */
  static final class Region {
    final String id;
    final OcrRole role;
    private Box box;
    private Box linesBox;

    Region(String id, Box box, OcrRole role) {
      this.id = id;
      this.box = box;
      this.role = role;
    }

    /** Sets the region's own box, once it is read after the region started (PAGE's Coords). */
    void box(Box ownBox) {
      this.box = ownBox;
    }

    private Box finalBox() {
      return box != null ? box : linesBox;
    }
  }

  private record Line(
      String text, Box box, List<OcrWord> words, double confidence, OcrRole role, Region region) {}

  int width;
  int height;
  String unit = "pixel";
  String engine = "";
  String image = "";

  private final List<Region> regions = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();
  private final List<Box> rules = new ArrayList<>();
  private final List<Box> figures = new ArrayList<>();

  /** A photo or graphic the engine found, by its box. */
  void figure(Box box) {
    figures.add(box);
  }

  /** A rule or separator the engine found, by its box. */
  void rule(Box box) {
    rules.add(box);
  }

  /** Adds a region in document order; {@code box} may be null when the file gives none. */
  Region region(String id, Box box, OcrRole role) {
    Region region = new Region(id == null ? "" : id, box, role);
    regions.add(region);
    return region;
  }

  /** Adds a line, in {@code region} or in none (null). */
  void line(String text, Box box, List<OcrWord> words, double confidence, OcrRole role,
      Region region) {
    lines.add(new Line(text, box, List.copyOf(words), confidence, role, region));
    if (region != null) {
      region.linesBox = region.linesBox == null ? box : region.linesBox.union(box);
    }
  }

  /** The regions in document order. */
  List<Region> regions() {
    return regions;
  }

  /** The page, with the regions in document order. */
  OcrPage build() {
    return build(regions);
  }

  /**
   * The page, with the regions of {@code order} first (each once, as it first appears there) and
   * the others after them in document order. A region with neither a box nor lines is left out: it
   * places nothing.
   */
  OcrPage build(Collection<Region> order) {
    Map<Region, Integer> index = new IdentityHashMap<>();
    List<OcrRegion> built = new ArrayList<>();
    for (Collection<Region> pass : List.of(order, regions)) {
      for (Region r : pass) {
        Box box = r.finalBox();
        if (box != null && !index.containsKey(r)) {
          index.put(r, built.size());
          built.add(new OcrRegion(r.id, box, r.role));
        }
      }
    }
    List<OcrLine> out = new ArrayList<>(lines.size());
    for (Line l : lines) {
      int region = l.region == null ? -1 : index.get(l.region);
      out.add(new OcrLine(l.text, l.box, l.words, l.confidence, l.role, region));
    }
    return new OcrPage(width, height, unit, out, built, engine, image, rules, figures);
  }
}
