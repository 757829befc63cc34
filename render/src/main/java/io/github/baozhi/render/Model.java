package io.github.baozhi.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/** What a page is made of once set: lines, the blocks they form, articles and unassigned pieces, graphics. */
final class Model {
    private Model() {
    }

    /** The em box of a CJK face: top 0.88 em above the baseline, bottom 0.12 em below. */
    static final double ASCENT = 0.88;
    static final double DESCENT = 0.12;

    /** A printed line of text. Glyph x are from the line origin {@code x}. */
    static final class Line {
        final List<Typesetter.Glyph> glyphs;
        final Font font;
        final String family;   // serif|sans
        final boolean bold;
        double x;
        double baseline;
        int grey;              // ink: 0 black, 255 white (on a black ground)
        String role;           // kicker,title,subtitle,body,subhead,byline,label,caption,credit,header,page-number,footer,mark
        int paragraph = -1;    // body paragraph index in its article
        int column = -1;       // body column of its module

        Line(List<Typesetter.Glyph> glyphs, Font font, String family, boolean bold, double x, double baseline, String role) {
            this.glyphs = glyphs;
            this.font = font;
            this.family = family;
            this.bold = bold;
            this.x = x;
            this.baseline = baseline;
            this.role = role;
        }

        double em() {
            return font.getSize2D();
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Typesetter.Glyph g : glyphs) {
                sb.appendCodePoint(g.cp);
            }
            return sb.toString();
        }

        double left() {
            return x + glyphs.get(0).x;
        }

        double right() {
            Typesetter.Glyph g = glyphs.get(glyphs.size() - 1);
            return x + g.x + g.w;
        }

        double top() {
            return baseline - ASCENT * em();
        }

        double bottom() {
            return baseline + DESCENT * em();
        }

        void translate(double dx, double dy) {
            x += dx;
            baseline += dy;
        }
    }

    /** A printed block: the lines of one region (PAGE TextRegion). */
    static final class Block {
        final String type;       // PAGE type: paragraph, heading, caption, header, page-number, footer, credit, other
        final String structure;  // finer: kicker, title, subtitle, body, subhead, byline, label, caption, credit, ...
        final List<Line> lines = new ArrayList<>();
        String id;

        Block(String type, String structure) {
            this.type = type;
            this.structure = structure;
        }
    }

    /** An article (truth) or an unassigned piece, in reading order, with its blocks. */
    static final class Entry {
        final boolean article;
        final List<Block> blocks = new ArrayList<>();
        // article
        List<String> kicker = List.of();
        List<String> title = List.of();
        List<String> subtitle = List.of();
        boolean hasHeadline;
        String dateline;
        String byline;
        final List<String> body = new ArrayList<>();
        final List<Integer> subheads = new ArrayList<>();
        // unassigned
        String text;
        String role;

        Entry(boolean article) {
            this.article = article;
        }

        static Entry piece(String text, String role) {
            Entry e = new Entry(false);
            e.text = text;
            e.role = role;
            return e;
        }
    }

    /** A graphic: a filled rule or ground, a stroked frame, a photo placeholder. */
    static final class Gfx {
        final String kind;    // rule, fill, frame, photo
        double x;
        double y;
        final double w;
        final double h;
        final double stroke;  // frame line width
        final int grey;

        Gfx(String kind, double x, double y, double w, double h, double stroke, int grey) {
            this.kind = kind;
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
            this.stroke = stroke;
            this.grey = grey;
        }
    }

    /** A set piece of page in its own coordinates, to be placed by its container. */
    static final class Frag {
        double width;
        double height;
        final List<Line> lines = new ArrayList<>();
        final List<Gfx> gfx = new ArrayList<>();
        final List<Entry> entries = new ArrayList<>();

        void add(Frag child, double dx, double dy) {
            for (Line l : child.lines) {
                l.translate(dx, dy);
            }
            for (Gfx g : child.gfx) {
                g.x += dx;
                g.y += dy;
            }
            lines.addAll(child.lines);
            gfx.addAll(child.gfx);
            entries.addAll(child.entries);
        }
    }
}
