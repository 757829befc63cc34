package io.github.baozhi.render;

import io.github.baozhi.render.Model.Block;
import io.github.baozhi.render.Model.Entry;
import io.github.baozhi.render.Model.Frag;
import io.github.baozhi.render.Model.Gfx;
import io.github.baozhi.render.Model.Line;
import io.github.baozhi.render.Typesetter.Glyph;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a page spec's layout tree into a {@link Frag}: stacks (modules one under another), rows (side by
 * side), article modules (label, headline, photo, body in balanced columns), briefs columns and photos.
 * Module heights come from their text; nothing is ever dropped: a module that does not fit fails.
 */
final class Composer {
    final Fonts fonts;
    final Typesetter ts;
    final String script;
    // body defaults
    final String bodyFamily;
    final double em;
    final double pitch;      // line pitch in em
    final int indent;        // cells
    final double paraSpace;  // em between paragraphs
    final double gutter;     // em
    final boolean colRules;
    final String kinsoku;
    private int photoSeed = 1;

    Composer(Fonts fonts, String script, Spec body) {
        this.fonts = fonts;
        this.ts = new Typesetter(fonts);
        this.script = script;
        Spec b = body == null ? new Spec(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), "body") : body;
        b.keys("family", "size", "pitch", "indent", "paraSpace", "gutter", "rules", "kinsoku");
        bodyFamily = b.str("family", "serif");
        em = b.num("size", 26);
        if (em < 22 || em > 32) {
            throw Spec.fail(b.path + ".size", "body size must be 22-32 px");
        }
        pitch = b.num("pitch", 1.5);
        indent = b.integer("indent", 2);
        paraSpace = b.num("paraSpace", 0);
        gutter = b.num("gutter", 2);
        colRules = b.bool("rules", true);
        kinsoku = b.str("kinsoku", "pull");
        if (!kinsoku.equals("pull") && !kinsoku.equals("squeeze")) {
            throw Spec.fail(b.path + ".kinsoku", "pull or squeeze");
        }
    }

    Font font(String family, boolean bold, double size) {
        return fonts.font(family, script, bold, size);
    }

    // ---------------------------------------------------------------- widths

    double naturalWidth(Spec n) {
        String type = n.str("type");
        switch (type) {
            case "stack": {
                double w = 0;
                for (Spec c : n.list("children")) {
                    w = Math.max(w, naturalWidth(c));
                }
                return w;
            }
            case "row": {
                List<Spec> cs = n.list("children");
                double w = n.num("gap", 2) * em * (cs.size() - 1);
                for (Spec c : cs) {
                    w += naturalWidth(c);
                }
                return w;
            }
            case "article": {
                if (!n.has("cells")) {
                    return frameExtra(n);
                }
                int cols = n.integer("columns", 1);
                return cols * n.integer("cells", 0) * em + (cols - 1) * n.num("gutter", gutter) * em + frameExtra(n);
            }
            case "briefs":
            case "photo":
                return n.integer("cells", 0) * em + frameExtra(n);
            default:
                throw Spec.fail(n.path, "unknown type '" + type + "'");
        }
    }

    private double frameExtra(Spec n) {
        return n.has("frame") ? 2 * (framePad() + FRAME_STROKE) : 0;
    }

    static final double FRAME_STROKE = 2;

    private double framePad() {
        return 0.8 * em;
    }

    // ---------------------------------------------------------------- containers

    Frag compose(Spec n, double width) {
        String type = n.str("type");
        switch (type) {
            case "stack":
                return stack(n, width);
            case "row":
                return row(n, width);
            case "article":
            case "briefs":
            case "photo":
                return framed(n, width);
            default:
                throw Spec.fail(n.path, "unknown type '" + type + "'");
        }
    }

    private Frag stack(Spec n, double width) {
        n.keys("type", "children", "gap", "rules", "ruleWeight");
        double gap = n.num("gap", 1.5) * em;
        boolean rules = n.bool("rules", true);
        double weight = n.num("ruleWeight", 1.5);
        Frag f = new Frag();
        f.width = width;
        double y = 0;
        List<Spec> cs = n.list("children");
        for (int i = 0; i < cs.size(); i++) {
            if (i > 0) {
                if (rules) {
                    f.gfx.add(new Gfx("rule", 0, y + gap / 2 - weight / 2, width, weight, 0, 0));
                }
                y += gap;
            }
            Frag c = compose(cs.get(i), width);
            f.add(c, 0, y);
            y += c.height;
        }
        f.height = y;
        return f;
    }

    private Frag row(Spec n, double width) {
        n.keys("type", "children", "gap", "rules", "ruleWeight");
        List<Spec> cs = n.list("children");
        double gap = n.num("gap", 2) * em;
        boolean rules = n.bool("rules", true);
        double weight = n.num("ruleWeight", 1);
        double[] nat = new double[cs.size()];
        double total = gap * (cs.size() - 1);
        int flexible = 0;
        for (int i = 0; i < cs.size(); i++) {
            nat[i] = naturalWidth(cs.get(i));
            total += nat[i];
            if (isFlexible(cs.get(i))) {
                flexible++;
            }
        }
        double extra = width - total;
        if (extra < -0.5) {
            throw Spec.fail(n.path, String.format("row needs %.0f px, has %.0f", total, width));
        }
        // extra width goes to children that fill (no fixed cells), else into the gaps
        double[] w = nat.clone();
        double g = gap;
        if (flexible > 0) {
            for (int i = 0; i < cs.size(); i++) {
                if (isFlexible(cs.get(i))) {
                    w[i] += extra / flexible;
                }
            }
        } else if (cs.size() > 1) {
            g += extra / (cs.size() - 1);
        }
        Frag f = new Frag();
        f.width = width;
        List<Frag> frags = new ArrayList<>();
        double h = 0;
        for (int i = 0; i < cs.size(); i++) {
            Frag c = compose(cs.get(i), w[i]);
            frags.add(c);
            h = Math.max(h, c.height);
        }
        double x = 0;
        for (int i = 0; i < cs.size(); i++) {
            if (i > 0) {
                if (rules) {
                    f.gfx.add(new Gfx("rule", x + g / 2 - weight / 2, 0, weight, h, 0, 0));
                }
                x += g;
            }
            f.add(frags.get(i), x, 0);
            x += w[i];
        }
        f.height = h;
        return f;
    }

    private boolean isFlexible(Spec n) {
        String t = n.str("type");
        if (t.equals("stack") || t.equals("row")) {
            for (Spec c : n.list("children")) {
                if (isFlexible(c)) {
                    return true;
                }
            }
            return false;
        }
        return !n.has("cells");
    }

    /** A module, with its frame when it has one. */
    private Frag framed(Spec n, double width) {
        Spec frame = n.get("frame");
        if (frame == null) {
            return module(n, width);
        }
        frame.keys("label", "style");
        double pad = framePad();
        double inset = pad + FRAME_STROKE;
        Frag f = new Frag();
        f.width = width;
        double top = inset;
        Frag labelFrag = null;
        if (frame.has("label")) {
            labelFrag = label(frame.get("label"), width - 2 * inset);
            top += labelFrag.height + 0.4 * em;
        }
        Frag inner = module(n, width - 2 * inset);
        if (labelFrag != null) {
            f.add(labelFrag, inset, inset);
        }
        f.add(inner, inset, top);
        f.height = top + inner.height + inset;
        String style = frame.str("style", "single");
        f.gfx.add(new Gfx("frame", FRAME_STROKE / 2, FRAME_STROKE / 2, width - FRAME_STROKE, f.height - FRAME_STROKE, FRAME_STROKE, 0));
        if (style.equals("double")) {
            f.gfx.add(new Gfx("frame", FRAME_STROKE * 2.5, FRAME_STROKE * 2.5, width - FRAME_STROKE * 5, f.height - FRAME_STROKE * 5, 1, 0));
        } else if (style.equals("tinted")) {
            f.gfx.add(0, new Gfx("fill", FRAME_STROKE, FRAME_STROKE, width - 2 * FRAME_STROKE, f.height - 2 * FRAME_STROKE, 0, 236));
        }
        return f;
    }

    private Frag module(Spec n, double width) {
        switch (n.str("type")) {
            case "article":
                return article(n, width);
            case "briefs":
                return briefs(n, width);
            default:
                return photoModule(n, width);
        }
    }

    // ---------------------------------------------------------------- small pieces

    /** One line of text at the origin (baseline at ascent), solid (no justification). */
    Line solidLine(String text, Font font, String family, boolean bold, String role) {
        List<Glyph> gs = new ArrayList<>();
        double x = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            double w = cp == ' ' ? font.getSize2D() * 0.5 : fonts.width(font, cp);
            Glyph g = new Glyph(cp, i, w);
            g.x = x;
            g.role = role;
            x += w;
            gs.add(g);
            i += Character.charCount(cp);
        }
        return new Line(gs, font, family, bold, 0, Model.ASCENT * font.getSize2D(), role);
    }

    /** A headline line: spaces in it take one em (a word gap), {@code tracking} em added between characters. */
    Line headLine(String text, Font font, String family, boolean bold, String role, double tracking) {
        List<Glyph> gs = new ArrayList<>();
        double size = font.getSize2D();
        double x = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            double w = cp == ' ' ? size : fonts.width(font, cp);
            Glyph g = new Glyph(cp, i, w);
            g.x = x;
            g.role = role;
            x += w + tracking * size;
            gs.add(g);
            i += Character.charCount(cp);
        }
        return new Line(gs, font, family, bold, 0, Model.ASCENT * size, role);
    }

    /** A column label (栏目) or a box label: inverse (white on black), boxed or plain. */
    Frag label(Spec l, double width) {
        l.keys("text", "style", "size", "align");
        String text = l.str("text");
        String style = l.str("style", "inverse");
        double size = l.num("size", em * 1.1);
        Font font = font("sans", true, size);
        Line line = headLine(text, font, "sans", true, "label", 0.15);
        double padX = size * 0.4;
        double padY = size * 0.25;
        double tw = line.right() - line.left();
        double boxW = tw + 2 * padX;
        double boxH = size + 2 * padY;
        double x0 = "center".equals(l.str("align", "left")) ? (width - boxW) / 2 : 0;
        Frag f = new Frag();
        f.width = width;
        f.height = boxH;
        line.translate(x0 + padX, padY);
        if (style.equals("inverse")) {
            f.gfx.add(new Gfx("fill", x0, 0, boxW, boxH, 0, 20));
            line.grey = 255;
        } else if (style.equals("boxed")) {
            f.gfx.add(new Gfx("frame", x0 + 1, 1, boxW - 2, boxH - 2, 2, 0));
        } else if (style.equals("plain")) {
            f.gfx.add(new Gfx("rule", 0, boxH + 2, width, 2.5, 0, 0));
            f.height = boxH + 5;
        } else {
            throw Spec.fail(l.path + ".style", "inverse, boxed or plain");
        }
        f.lines.add(line);
        Block b = new Block("other", "label");
        b.lines.add(line);
        Entry e = Entry.piece(text, "label");
        e.blocks.add(b);
        f.entries.add(e);
        return f;
    }

    // ---------------------------------------------------------------- headline

    /** Kicker, title and subtitle over {@code width}; adds the blocks to {@code art}. */
    private Frag headline(Spec h, double width, Entry art) {
        h.keys("kicker", "title", "subtitle", "align", "family", "size", "kickerSize", "subtitleSize",
                "kickerFamily", "subtitleFamily", "kickerBold", "subtitleBold", "tracking");
        String align = h.str("align", "center");
        double tsize = h.num("size", em * 2);
        double ksize = h.num("kickerSize", Math.max(em * 1.2, tsize * 0.55));
        double ssize = h.num("subtitleSize", Math.max(em * 1.2, tsize * 0.55));
        if (tsize < em * 1.2 && !h.has("size")) {
            throw Spec.fail(h.path, "title too small");
        }
        String tfam = h.str("family", "sans");
        String kfam = h.str("kickerFamily", "serif");
        String sfam = h.str("subtitleFamily", "serif");
        double tracking = h.num("tracking", 0.05);
        art.hasHeadline = true;
        art.kicker = h.lines("kicker");
        art.title = h.lines("title");
        art.subtitle = h.lines("subtitle");
        if (art.title.isEmpty()) {
            throw Spec.fail(h.path, "a headline needs a title");
        }
        Frag f = new Frag();
        f.width = width;
        double y = 0;
        y = headPart(f, art, art.kicker, font(kfam, h.bool("kickerBold", true), ksize), kfam, h.bool("kickerBold", true),
                "kicker", align, width, y, 1.3, tracking, h.path);
        if (!art.kicker.isEmpty()) {
            y += 0.25 * em;
        }
        y = headPart(f, art, art.title, font(tfam, true, tsize), tfam, true, "title", align, width, y, 1.2, tracking, h.path);
        if (!art.subtitle.isEmpty()) {
            y += 0.3 * em;
        }
        y = headPart(f, art, art.subtitle, font(sfam, h.bool("subtitleBold", false), ssize), sfam, h.bool("subtitleBold", false),
                "subtitle", align, width, y, 1.3, tracking, h.path);
        f.height = y;
        return f;
    }

    private double headPart(Frag f, Entry art, List<String> lines, Font font, String family, boolean bold, String role,
                            String align, double width, double y, double lead, double tracking, String path) {
        if (lines.isEmpty()) {
            return y;
        }
        double size = font.getSize2D();
        Block b = new Block("heading", role);
        for (String s : lines) {
            Line l = headLine(s, font, family, bold, role, tracking);
            double w = l.right() - l.left();
            if (w > width + 0.5) {
                throw Spec.fail(path, String.format("%s line '%s' is %.0f px, wider than its module (%.0f px)", role, s, w, width));
            }
            double x = align.equals("center") ? (width - w) / 2 : 0;
            l.translate(x, y + (lead - 1) * size / 2);
            f.lines.add(l);
            b.lines.add(l);
            y += lead * size;
        }
        art.blocks.add(b);
        return y;
    }

    // ---------------------------------------------------------------- article

    /** A flowing element of a column: one line with its height and the space before it. */
    private static final class Elem {
        final Line line;
        final double h;
        final double before;
        final String kind;   // body, subhead, byline, tail
        final Entry piece;   // for a tail line: its unassigned entry
        boolean keepWithNext;

        Elem(Line line, double h, double before, String kind, Entry piece) {
            this.line = line;
            this.h = h;
            this.before = before;
            this.kind = kind;
            this.piece = piece;
        }
    }

    private Frag article(Spec n, double width) {
        n.keys("type", "columns", "cells", "gutter", "rules", "label", "headline", "dateline", "datelineSep", "body",
                "byline", "bylineAlone", "tail", "photo", "frame", "indent", "paraSpace", "kinsoku", "headGap");
        int cols = n.integer("columns", 1);
        double gut = n.num("gutter", gutter) * em;
        int cells = n.has("cells") ? n.integer("cells", 0) : (int) Math.floor((width - (cols - 1) * gut) / (cols * em) + 1e-6);
        double colW = cells * em;
        double natural = cols * colW + (cols - 1) * gut;
        if (natural > width + 0.5) {
            throw Spec.fail(n.path, String.format("%d columns of %d cells need %.0f px, module has %.0f", cols, cells, natural, width));
        }
        if (cols > 1) {
            gut = (width - cols * colW) / (cols - 1);   // spare width goes into the gutters
        }
        boolean rules = n.bool("rules", colRules);
        int ind = n.integer("indent", indent);
        double pspace = n.num("paraSpace", paraSpace) * em;
        String kin = n.str("kinsoku", kinsoku);

        Frag f = new Frag();
        f.width = width;
        Entry art = new Entry(true);
        double y = 0;
        if (n.has("label")) {
            Frag lf = label(n.get("label"), width);
            f.add(lf, 0, 0);
            y += lf.height + 0.5 * em;
        }
        if (n.has("headline")) {
            Frag hf = headline(n.get("headline"), width, art);
            f.add(hf, 0, y);
            y += hf.height + n.num("headGap", 0.7) * em;
        }
        f.entries.add(art);

        // photo at the top of the body, over k columns at one side
        double[] colTop = new double[cols];
        List<Entry> photoPieces = new ArrayList<>();
        if (n.has("photo")) {
            Spec p = n.get("photo");
            p.keys("columns", "side", "height", "caption", "credit");
            int k = p.integer("columns", cols);
            if (k < 1 || k > cols) {
                throw Spec.fail(p.path, "photo columns 1.." + cols);
            }
            double pw = k * colW + (k - 1) * gut;
            boolean right = p.str("side", "right").equals("right");
            int c0 = right ? cols - k : 0;
            Frag pf = photoBlock(p, pw, photoPieces);
            f.add(pf, c0 * (colW + gut), y);
            for (int c = c0; c < c0 + k; c++) {
                colTop[c] = pf.height + 0.8 * em;
            }
        }
        double bodyTop = y;

        // the body's elements
        Font bodyFont = font(bodyFamily, false, em);
        Font subFont = font("sans", true, em);
        List<Elem> elems = new ArrayList<>();
        art.dateline = n.str("dateline", null);
        String sep = n.str("datelineSep", art.dateline == null ? "" : (art.dateline.endsWith("讯") || art.dateline.endsWith("訊")) ? "\u3000" : "");
        String by = n.str("byline", null);
        art.byline = by;
        boolean byAlone = n.bool("bylineAlone", false);
        List<Spec> body = n.list("body");
        if (body.isEmpty()) {
            throw Spec.fail(n.path, "an article needs a body");
        }
        int lastPara = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i).node.isTextual()) {
                lastPara = i;
            }
        }
        for (int i = 0; i < body.size(); i++) {
            Spec item = body.get(i);
            double before = i == 0 ? 0 : pspace;
            if (item.node.isTextual()) {
                String para = item.node.asText();
                art.body.add(para);
                String pre = i == 0 && art.dateline != null ? art.dateline + sep : "";
                String post = i == lastPara && by != null && !byAlone ? by : "";
                String printed = pre + para + post;
                List<Typesetter.Set> set = ts.set(printed, bodyFont, colW, ind * em, true, kin);
                int dl = art.dateline == null || i != 0 ? 0 : art.dateline.length();
                boolean firstLine = true;
                for (Typesetter.Set s : set) {
                    for (Glyph g : s.glyphs) {
                        g.role = g.src < dl ? "dateline" : g.src < pre.length() ? "space" : g.src >= pre.length() + para.length() ? "byline" : "body";
                    }
                    Line l = new Line(s.glyphs, bodyFont, bodyFamily, false, 0, 0, "body");
                    l.paragraph = art.body.size() - 1;
                    elems.add(new Elem(l, pitch * em, firstLine ? before : 0, "body", null));
                    firstLine = false;
                }
            } else {
                item.keys("subhead");
                String sub = item.str("subhead");
                art.subheads.add(art.body.size());
                art.body.add(sub);
                List<Typesetter.Set> set = ts.set(sub, subFont, colW, 0, false, kin);
                for (int k = 0; k < set.size(); k++) {
                    Typesetter.Set s = set.get(k);
                    for (Glyph g : s.glyphs) {
                        g.role = "subhead";
                    }
                    Line l = new Line(s.glyphs, subFont, "sans", true, 0, 0, "subhead");
                    l.paragraph = art.body.size() - 1;
                    Elem e = new Elem(l, pitch * em, k == 0 ? Math.max(before, 0.4 * em) : 0, "subhead", null);
                    e.keepWithNext = true;
                    elems.add(e);
                }
            }
        }
        if (by != null && byAlone) {
            Line l = solidLine(by, bodyFont, bodyFamily, false, "byline");
            l.translate(colW - (l.right() - l.left()), 0);
            elems.add(new Elem(l, pitch * em, 0, "byline", null));
        }
        List<Entry> tails = new ArrayList<>();
        for (String t : n.lines("tail")) {
            Line l = solidLine(t, bodyFont, bodyFamily, false, "mark");
            l.translate(colW - (l.right() - l.left()), 0);
            Entry e = Entry.piece(t, "mark");
            tails.add(e);
            elems.add(new Elem(l, pitch * em, 0, "tail", e));
        }

        // balance: the least height H at which the elements fill the columns in order
        double lo = 0;
        for (Elem e : elems) {
            lo = Math.max(lo, e.h);
        }
        double hi = 0;
        for (Elem e : elems) {
            hi += e.h + e.before;
        }
        double maxTop = 0;
        for (double t : colTop) {
            maxTop = Math.max(maxTop, t);
        }
        hi += maxTop;
        // binary search over integer heights
        double hLo = Math.ceil(lo);
        double hHi = Math.ceil(hi) + 1;
        while (hLo < hHi) {
            double mid = Math.floor((hLo + hHi) / 2);
            if (fill(elems, colTop, mid) != null) {
                hHi = mid;
            } else {
                hLo = mid + 1;
            }
        }
        double height = hLo;
        int[] assign = fill(elems, colTop, hLo);
        if (assign == null) {
            throw Spec.fail(n.path, "body does not fit its columns");
        }
        // place
        double[] cy = colTop.clone();
        boolean[] started = new boolean[cols];
        for (int i = 0; i < elems.size(); i++) {
            Elem e = elems.get(i);
            int c = assign[i];
            if (started[c]) {
                cy[c] += e.before;
            }
            started[c] = true;
            Line l = e.line;
            double base = bodyTop + cy[c] + (e.h - l.em()) / 2 + Model.ASCENT * l.em();
            l.translate(c * (colW + gut), base);
            l.column = c;
            cy[c] += e.h;
            f.lines.add(l);
        }
        // blocks: runs of one paragraph (or subhead, byline, tail line) in one column
        Block cur = null;
        int curPara = -2;
        int curCol = -1;
        String curKind = null;
        for (int i = 0; i < elems.size(); i++) {
            Elem e = elems.get(i);
            if (e.kind.equals("tail")) {
                Block b = new Block("other", "mark");
                b.lines.add(e.line);
                e.piece.blocks.add(b);
                cur = null;
                continue;
            }
            if (cur == null || e.line.paragraph != curPara || assign[i] != curCol || !e.kind.equals(curKind)) {
                String type = e.kind.equals("body") ? "paragraph" : e.kind.equals("subhead") ? "heading" : "other";
                cur = new Block(type, e.kind.equals("body") ? "paragraph" : e.kind.equals("subhead") ? "subheading" : "byline");
                art.blocks.add(cur);
                curPara = e.line.paragraph;
                curCol = assign[i];
                curKind = e.kind;
            }
            cur.lines.add(e.line);
        }
        if (rules && cols > 1) {
            for (int c = 1; c < cols; c++) {
                double x = c * (colW + gut) - gut / 2;
                // a gutter inside a photo's columns is ruled only under the photo (and its caption)
                double top = colTop[c - 1] > 0 && colTop[c] > 0 ? Math.min(colTop[c - 1], colTop[c]) : 0;
                if (top < height) {
                    f.gfx.add(new Gfx("rule", x - 0.5, bodyTop + top, 1, height - top, 0, 0));
                }
            }
        }
        f.entries.addAll(photoPieces);
        f.entries.addAll(tails);
        f.height = bodyTop + height;
        return f;
    }

    /** Columns filled in order at height {@code h}; null if the elements do not fit. */
    private static int[] fill(List<Elem> elems, double[] colTop, double h) {
        int[] assign = new int[elems.size()];
        int c = 0;
        double y = colTop[0];
        boolean started = false;
        for (int i = 0; i < elems.size(); i++) {
            Elem e = elems.get(i);
            double need = (started ? e.before : 0) + e.h;
            // a subhead is not left alone at a column foot
            if (e.keepWithNext && i + 1 < elems.size()) {
                need += elems.get(i + 1).h;
            }
            while (y + need > h + 1e-6) {
                c++;
                if (c >= colTop.length) {
                    return null;
                }
                y = colTop[c];
                started = false;
                need = e.h + (e.keepWithNext && i + 1 < elems.size() ? elems.get(i + 1).h : 0);
            }
            y += (started ? e.before : 0) + e.h;
            started = true;
            assign[i] = c;
        }
        return assign;
    }

    // ---------------------------------------------------------------- photo, briefs

    /** A photo placeholder with its caption and credit under it, {@code width} wide. */
    private Frag photoBlock(Spec p, double width, List<Entry> pieces) {
        double h = p.num("height", width * 0.62);
        Frag f = new Frag();
        f.width = width;
        f.gfx.add(new Gfx("photo", 0, 0, width, h, photoSeed++, 150));
        double y = h + 0.35 * em;
        double csize = Math.round(em * 0.85);
        Font cf = font("sans", false, csize);
        String caption = p.str("caption", null);
        if (caption != null) {
            Entry e = Entry.piece(caption, "caption");
            Block b = new Block("caption", "caption");
            for (Typesetter.Set s : ts.set(caption, cf, width, 0, true, kinsoku)) {
                Line l = new Line(s.glyphs, cf, "sans", false, 0, y + Model.ASCENT * csize + 0.2 * csize, "caption");
                for (Glyph g : s.glyphs) {
                    g.role = "caption";
                }
                f.lines.add(l);
                b.lines.add(l);
                y += csize * 1.45;
            }
            e.blocks.add(b);
            pieces.add(e);
        }
        String credit = p.str("credit", null);
        if (credit != null) {
            Entry e = Entry.piece(credit, "credit");
            Block b = new Block("credit", "credit");
            Line l = solidLine(credit, cf, "sans", false, "credit");
            l.translate(width - (l.right() - l.left()), y + 0.2 * csize);
            f.lines.add(l);
            b.lines.add(l);
            y += csize * 1.45;
            e.blocks.add(b);
            pieces.add(e);
        }
        f.height = y;
        return f;
    }

    private Frag photoModule(Spec n, double width) {
        n.keys("type", "cells", "height", "caption", "credit", "frame");
        List<Entry> pieces = new ArrayList<>();
        Frag f = photoBlock(n, width, pieces);
        f.entries.addAll(pieces);
        return f;
    }

    /** A briefs column (简讯): short items stacked, each with a one-line bold headline. */
    private Frag briefs(Spec n, double width) {
        n.keys("type", "cells", "label", "items", "headSize", "headFamily", "rules", "frame");
        double colW = n.has("cells") ? n.integer("cells", 0) * em : Math.floor(width / em) * em;
        Frag f = new Frag();
        f.width = width;
        double y = 0;
        if (n.has("label")) {
            Frag lf = label(n.get("label"), width);
            f.add(lf, 0, 0);
            y += lf.height + 0.6 * em;
        }
        double hsize = n.num("headSize", em * 1.15);
        String hfam = n.str("headFamily", "sans");
        Font hf = font(hfam, true, hsize);
        Font bf = font(bodyFamily, false, em);
        boolean rules = n.bool("rules", true);
        List<Spec> items = n.list("items");
        for (int k = 0; k < items.size(); k++) {
            Spec it = items.get(k);
            it.keys("title", "dateline", "datelineSep", "body", "byline");
            if (k > 0) {
                if (rules) {
                    f.gfx.add(new Gfx("rule", 0, y + 0.5 * em, colW, 1, 0, 90));
                }
                y += 1.0 * em;
            }
            Entry art = new Entry(true);
            art.hasHeadline = true;
            art.title = it.lines("title");
            Block hb = new Block("heading", "title");
            for (String t : art.title) {
                Line l = headLine(t, hf, hfam, true, "title", 0);
                if (l.right() - l.left() > colW + 0.5) {
                    throw Spec.fail(it.path, "brief title '" + t + "' wider than its column");
                }
                l.translate(0, y + 0.15 * hsize);
                f.lines.add(l);
                hb.lines.add(l);
                y += hsize * 1.35;
            }
            art.blocks.add(hb);
            y += 0.2 * em;
            art.dateline = it.str("dateline", null);
            String sep = it.str("datelineSep", art.dateline == null ? "" : (art.dateline.endsWith("讯") || art.dateline.endsWith("訊")) ? "\u3000" : "");
            art.byline = it.str("byline", null);
            List<String> paras = it.lines("body");
            for (int i = 0; i < paras.size(); i++) {
                String para = paras.get(i);
                art.body.add(para);
                String pre = i == 0 && art.dateline != null ? art.dateline + sep : "";
                String post = i == paras.size() - 1 && art.byline != null ? art.byline : "";
                Block b = new Block("paragraph", "paragraph");
                int dl = i == 0 && art.dateline != null ? art.dateline.length() : 0;
                for (Typesetter.Set s : ts.set(pre + para + post, bf, colW, indent * em, true, kinsoku)) {
                    for (Glyph g : s.glyphs) {
                        g.role = g.src < dl ? "dateline" : g.src < pre.length() ? "space" : g.src >= pre.length() + para.length() ? "byline" : "body";
                    }
                    Line l = new Line(s.glyphs, bf, bodyFamily, false, 0, y + (pitch * em - em) / 2 + Model.ASCENT * em, "body");
                    l.paragraph = i;
                    l.column = 0;
                    f.lines.add(l);
                    b.lines.add(l);
                    y += pitch * em;
                }
                art.blocks.add(b);
            }
            f.entries.add(art);
        }
        f.height = y;
        return f;
    }

    // ---------------------------------------------------------------- page furniture

    /** The page header: page number and section at the left, paper name centred, date at the right, rules under. */
    Frag header(Spec h, double width) {
        h.keys("paper", "page", "section", "date", "paperSize");
        Frag f = new Frag();
        f.width = width;
        double psize = h.num("paperSize", em * 2.2);
        Font pf = font("serif", true, psize);
        Font sf = font("sans", true, em * 1.05);
        Font df = font("serif", false, em);
        double base = Model.ASCENT * psize;
        if (h.has("paper")) {
            Line l = headLine(h.str("paper"), pf, "serif", true, "header", 0.3);
            l.translate((width - (l.right() - l.left())) / 2, 0);
            addPiece(f, l, "header", "header");
        }
        double x = 0;
        double smallBase = base - (psize - em) * 0.1;
        if (h.has("page")) {
            Line l = solidLine(h.str("page"), sf, "sans", true, "page-number");
            double w = l.right() - l.left();
            double pad = em * 0.3;
            f.gfx.add(new Gfx("fill", x, smallBase - Model.ASCENT * sf.getSize2D() - pad, w + 2 * pad, sf.getSize2D() + 2 * pad, 0, 20));
            l.grey = 255;
            l.translate(x + pad, smallBase - l.baseline);
            addPiece(f, l, "page-number", "page-number");
            x += w + 2 * pad + em;
        }
        if (h.has("section")) {
            Line l = solidLine(h.str("section"), sf, "sans", true, "header");
            l.translate(x, smallBase - l.baseline);
            addPiece(f, l, "header", "header");
        }
        if (h.has("date")) {
            Line l = solidLine(h.str("date"), df, "serif", false, "header");
            l.translate(width - (l.right() - l.left()), smallBase - l.baseline);
            addPiece(f, l, "header", "header");
        }
        double y = psize * 1.15;
        f.gfx.add(new Gfx("rule", 0, y, width, 4, 0, 0));
        f.gfx.add(new Gfx("rule", 0, y + 7, width, 1.2, 0, 0));
        f.height = y + 8.2;
        return f;
    }

    /** The page foot: text pieces spread over the width, a rule above. */
    Frag footer(List<String> pieces, double width) {
        Frag f = new Frag();
        f.width = width;
        f.gfx.add(new Gfx("rule", 0, 0, width, 1.2, 0, 0));
        Font ff = font("sans", false, Math.round(em * 0.8));
        double x = 0;
        for (String p : pieces) {
            Line l = solidLine(p, ff, "sans", false, "footer");
            l.translate(x, 0.5 * em);
            addPiece(f, l, "footer", "footer");
            x += (l.right() - l.left()) + 2 * em;
        }
        f.height = 0.5 * em + ff.getSize2D() * 1.1;
        return f;
    }

    private static void addPiece(Frag f, Line l, String type, String role) {
        f.lines.add(l);
        Block b = new Block(type, role);
        b.lines.add(l);
        Entry e = Entry.piece(l.text(), role);
        for (Glyph g : l.glyphs) {
            g.role = role;
        }
        e.blocks.add(b);
        f.entries.add(e);
    }
}
