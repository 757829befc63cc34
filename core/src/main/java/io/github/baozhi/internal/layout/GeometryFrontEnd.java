package io.github.baozhi.internal.layout;

import io.github.baozhi.OcrPage;
import io.github.baozhi.internal.lines.Measured;
import java.util.List;

/**
 * The front end for engine output with coordinates: engine lines and words to measured lines in
 * reading order, in three steps.
 *
 * <ol>
 *   <li>{@link Tokenizer}: lines to tokens, words with their boxes (or characters with boxes
 *       estimated from the line's, for engines that place lines only), turned level if the page
 *       was scanned askew ({@link Deskew}) and given their line's height; the page's body type
 *       is measured from them ({@link Metrics}); for engines that box lines only, lines run
 *       across a gutter the lines near them show are cut there ({@link GutterSplitter}).
 *   <li>{@link RegionFinder}: tokens to regions, each a piece of one column, in reading order, by
 *       a recursive XY-cut that tells gutters from word spaces and bands between modules from
 *       leading, and cuts across no rule the engine found; an engine line that runs across
 *       columns falls apart at the gutters.
 *   <li>{@link RegionLines}: regions to {@link io.github.baozhi.internal.lines.Line}s with widths,
 *       column widths, indents, blank lines and type sizes read from the geometry.
 * </ol>
 */
public final class GeometryFrontEnd {

  private final Tokenizer tokenizer = new Tokenizer();
  private final Deskew deskew = new Deskew();
  private final GutterSplitter gutterSplitter = new GutterSplitter();
  private final RegionFinder regionFinder = new RegionFinder();
  private final RegionLines regionLines = new RegionLines();

  public Measured measure(OcrPage page) {
    List<Token> read = tokenizer.tokens(page);
    double angle = deskew.angle(read);
    List<Token> levelled = tokenizer.toLineHeight(deskew.level(read, angle));
    Metrics metrics = Metrics.of(levelled);
    List<Token> tokens = gutterSplitter.split(levelled, metrics);
    if (tokens != levelled) {
      metrics = Metrics.of(tokens); // lines run across gutters no longer stretch the pitch
    }
    RegionFinder.Regions regions =
        regionFinder.find(tokens, deskew.levelBoxes(page.rules(), angle),
            deskew.levelBoxes(page.figures(), angle), metrics);
    return regionLines.lines(page, regions, metrics);
  }
}
