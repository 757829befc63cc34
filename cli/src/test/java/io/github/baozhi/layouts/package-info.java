/**
 * A layout generator for measuring the parser on layouts it was not written on (issue #11): it
 * sets article text as OCR-style text pages the way newspaper typesetters set narrow columns
 * ({@link io.github.baozhi.layouts.ColumnSetter}: column widths in cells, a two-cell indent that
 * OCR drops, closing marks hung into the line before, opening marks moved to the next, Latin
 * words split with a hyphen), lays the lines out in columns, headline blocks and page furniture
 * ({@link io.github.baozhi.layouts.LayoutGenerator}), and writes with each page its truth in the
 * format of {@code shared/tools/score.py} and {@code seeds/annotated/}. Each {@link
 * io.github.baozhi.layouts.LayoutVariant} changes one thing of an ordinary page; a page is fixed
 * by its variant and seed. {@link io.github.baozhi.layouts.LayoutPages} writes pages to disk for
 * {@code bench/layouts.sh}.
 *
 * <p>Written from typesetting conventions and the description of real pages, never from
 * how the parser decides: it is the yardstick the parser is measured on.
 */
package io.github.baozhi.layouts;
