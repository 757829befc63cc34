package io.github.baozhi.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.baozhi.render.Model.Block;
import io.github.baozhi.render.Model.Entry;
import io.github.baozhi.render.Model.Frag;
import io.github.baozhi.render.Model.Gfx;
import io.github.baozhi.render.Model.Line;
import io.github.baozhi.render.Typesetter.Glyph;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Typesets newspaper pages from page specs.
 *
 * <pre>
 * RenderMain [--no-image] SPEC.json|SPEC_DIR OUT_DIR
 * </pre>
 *
 * For each spec {@code NAME.json} it writes {@code OUT_DIR/img/NAME.png} (8-bit grey),
 * {@code truth/NAME.json} (the expected articles), {@code layout/NAME.json} (every printed line's box,
 * in reading order) and {@code page/NAME.xml} (PAGE XML 2019 ground truth). Exit 1 on a spec that
 * cannot be set (unknown key, a line wider than its module, a page too small for its content).
 */
public final class RenderMain {
    private RenderMain() {
    }

    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        boolean image = !rest.remove("--no-image");
        if (rest.size() != 2) {
            System.err.println("usage: RenderMain [--no-image] SPEC.json|SPEC_DIR OUT_DIR");
            System.exit(2);
        }
        File in = new File(rest.get(0));
        Path out = Path.of(rest.get(1));
        List<File> specs = new ArrayList<>();
        if (in.isDirectory()) {
            File[] fs = in.listFiles((d, n) -> n.endsWith(".json"));
            Arrays.sort(fs);
            specs.addAll(Arrays.asList(fs));
        } else {
            specs.add(in);
        }
        int failed = 0;
        for (File f : specs) {
            try {
                long t0 = System.nanoTime();
                String name = render(f, out, image);
                System.err.printf("%s: %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
            } catch (IllegalArgumentException | IllegalStateException e) {
                System.err.println(f + ": " + e.getMessage());
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    static String render(File specFile, Path out, boolean image) throws IOException {
        JsonNode root = new ObjectMapper().readTree(specFile);
        Spec s = new Spec(root, specFile.getName());
        s.keys("name", "description", "script", "lang", "page", "body", "header", "footer", "degrade", "layout");
        String name = s.str("name", specFile.getName().replaceFirst("\\.json$", ""));
        String script = s.str("script", "sc");
        if (!script.equals("sc") && !script.equals("tc")) {
            throw Spec.fail(s.path + ".script", "sc or tc");
        }
        Fonts fonts = new Fonts();
        Composer c = new Composer(fonts, script, s.get("body"));
        Spec page = s.get("page") == null ? new Spec(new ObjectMapper().createObjectNode(), "page") : s.get("page");
        page.keys("width", "height", "margin");
        List<Spec> m = page.list("margin");
        double[] margin = {80, 70, 80, 70};   // top, right, bottom, left
        if (!m.isEmpty()) {
            if (m.size() != 4) {
                throw Spec.fail(page.path + ".margin", "[top, right, bottom, left]");
            }
            for (int i = 0; i < 4; i++) {
                margin[i] = m.get(i).node.asDouble();
            }
        }
        Spec layout = s.get("layout");
        if (layout == null) {
            throw Spec.fail(s.path, "missing 'layout'");
        }
        double contentW = page.has("width") ? page.num("width", 0) - margin[1] - margin[3] : Math.ceil(c.naturalWidth(layout));
        if (contentW < c.naturalWidth(layout) - 0.5) {
            throw Spec.fail(page.path + ".width", String.format("content needs %.0f px, page gives %.0f", c.naturalWidth(layout), contentW));
        }
        Frag pageFrag = new Frag();
        double y = margin[0];
        if (s.has("header")) {
            Frag h = c.header(s.get("header"), contentW);
            pageFrag.add(h, margin[3], y);
            y += h.height + 1.2 * c.em;
        }
        Frag body = c.compose(layout, contentW);
        pageFrag.add(body, margin[3], y);
        y += body.height;
        Frag foot = null;
        List<String> footer = s.lines("footer");
        if (!footer.isEmpty()) {
            foot = c.footer(footer, contentW);
            y += 1.0 * c.em;
        }
        double needed = y + (foot == null ? 0 : foot.height) + margin[2];
        int height = (int) Math.ceil(needed);
        if (page.has("height")) {
            height = page.integer("height", 0);
            if (needed > height + 0.5) {
                throw Spec.fail(page.path + ".height", String.format("the content needs %.0f px, the page has %d", needed, height));
            }
        }
        if (foot != null) {
            pageFrag.add(foot, margin[3], height - margin[2] - foot.height);
        }
        int width = (int) Math.ceil(contentW + margin[1] + margin[3]);

        List<Entry> entries = pageFrag.entries;
        check(name, pageFrag, width, height);

        double skew = 0;
        BufferedImage img = null;
        Spec deg = s.get("degrade");
        if (deg != null) {
            deg.keys("skew", "blur", "ink", "paper", "noise", "specks", "seed");
            skew = deg.num("skew", 0);
        }
        if (image) {
            img = Painter.paint(width, height, pageFrag.lines, pageFrag.gfx);
            if (deg != null) {
                img = Painter.degrade(img, skew, deg.num("blur", 0), deg.integer("ink", 0), deg.integer("paper", 255),
                        deg.num("noise", 0), deg.integer("specks", 0), deg.integer("seed", 1));
            }
        }
        AffineTransform tx = Painter.skew(skew, width, height);

        // ids in reading order
        int r = 0;
        int li = 0;
        Map<Line, String> lineIds = new IdentityHashMap<>();
        for (Entry e : entries) {
            for (Block b : e.blocks) {
                b.id = "r" + ++r;
                for (Line l : b.lines) {
                    lineIds.put(l, "l" + ++li);
                }
            }
        }
        for (String dir : List.of("img", "truth", "layout", "page")) {
            Files.createDirectories(out.resolve(dir));
        }
        if (img != null) {
            ImageIO.write(img, "png", out.resolve("img").resolve(name + ".png").toFile());
        }
        Files.writeString(out.resolve("truth").resolve(name + ".json"), Json.write(truth(name, entries), 1, false), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("layout").resolve(name + ".json"),
                Json.write(layoutJson(name, width, height, skew, entries, pageFrag.gfx, tx, lineIds), 1, true), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("page").resolve(name + ".xml"),
                PageXml.write(name, width, height, skew, entries, pageFrag.gfx, tx), StandardCharsets.UTF_8);
        return name;
    }

    /** Fails when text would be lost or unreadable: a line off the page, two lines overlapping, article text not all printed. */
    private static void check(String name, Frag f, int width, int height) {
        List<Line> ls = f.lines;
        for (Line l : ls) {
            if (l.left() < -0.5 || l.top() < -0.5 || l.right() > width + 0.5 || l.bottom() > height + 0.5) {
                throw new IllegalStateException(name + ": line off the page: " + l.text());
            }
        }
        for (int i = 0; i < ls.size(); i++) {
            Line a = ls.get(i);
            for (int j = i + 1; j < ls.size(); j++) {
                Line b = ls.get(j);
                if (a.left() < b.right() - 0.5 && b.left() < a.right() - 0.5 && a.top() < b.bottom() - 0.5 && b.top() < a.bottom() - 0.5) {
                    throw new IllegalStateException(name + ": lines overlap: '" + a.text() + "' and '" + b.text() + "'");
                }
            }
        }
        for (Entry e : f.entries) {
            StringBuilder printed = new StringBuilder();
            for (Block b : e.blocks) {
                for (Line l : b.lines) {
                    printed.append(l.text());
                }
            }
            StringBuilder want = new StringBuilder();
            if (e.article) {
                e.kicker.forEach(want::append);
                e.title.forEach(want::append);
                e.subtitle.forEach(want::append);
                if (e.dateline != null) {
                    want.append(e.dateline);
                }
                e.body.forEach(want::append);
                if (e.byline != null) {
                    want.append(e.byline);
                }
            } else {
                want.append(e.text);
            }
            if (!squash(printed).equals(squash(want))) {
                throw new IllegalStateException(name + ": printed text differs from the truth:\n  " + squash(printed) + "\n  " + squash(want));
            }
        }
    }

    private static String squash(CharSequence s) {
        return s.toString().replaceAll("[\\s\u3000]", "");
    }

    private static Map<String, Object> truth(String name, List<Entry> entries) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("source", name + ".txt");
        List<Object> arts = new ArrayList<>();
        List<Object> un = new ArrayList<>();
        for (Entry e : entries) {
            if (!e.article) {
                un.add(e.text);
                continue;
            }
            Map<String, Object> a = new LinkedHashMap<>();
            if (e.hasHeadline) {
                Map<String, Object> h = new LinkedHashMap<>();
                h.put("kicker", e.kicker.isEmpty() ? null : String.join(" ", e.kicker));
                h.put("title", String.join(" ", e.title));
                h.put("subtitle", e.subtitle.isEmpty() ? null : String.join(" ", e.subtitle));
                a.put("headline", h);
            } else {
                a.put("headline", null);
            }
            a.put("dateline", e.dateline);
            a.put("byline", e.byline);
            a.put("body", new ArrayList<Object>(e.body));
            a.put("subheads", new ArrayList<Object>(e.subheads));
            arts.add(a);
        }
        t.put("articles", arts);
        t.put("unassigned", un);
        return t;
    }

    static List<Object> pt(AffineTransform tx, double x, double y) {
        Point2D p = tx.transform(new Point2D.Double(x, y), null);
        return List.of(Math.round(p.getX()), Math.round(p.getY()));
    }

    static List<Object> poly(AffineTransform tx, double x0, double y0, double x1, double y1) {
        return List.of(pt(tx, x0, y0), pt(tx, x1, y0), pt(tx, x1, y1), pt(tx, x0, y1));
    }

    @SuppressWarnings("unchecked")
    static List<Object> bounds(List<Object> poly) {
        long x0 = Long.MAX_VALUE, y0 = Long.MAX_VALUE, x1 = Long.MIN_VALUE, y1 = Long.MIN_VALUE;
        for (Object o : poly) {
            List<Object> p = (List<Object>) o;
            long x = (Long) p.get(0);
            long y = (Long) p.get(1);
            x0 = Math.min(x0, x);
            y0 = Math.min(y0, y);
            x1 = Math.max(x1, x);
            y1 = Math.max(y1, y);
        }
        return List.of(x0, y0, x1, y1);
    }

    private static Map<String, Object> layoutJson(String name, int width, int height, double skew, List<Entry> entries,
                                                  List<Gfx> gfx, AffineTransform tx, Map<Line, String> lineIds) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("image", "img/" + name + ".png");
        o.put("width", width);
        o.put("height", height);
        o.put("skew_degrees", skew);
        o.put("note", "boxes in image pixels after skew: box [x_min, y_min, x_max, y_max], poly 4 points clockwise from top-left,"
                + " baseline from left to right; a line's box is the em box of its characters; lines are listed in reading order;"
                + " spans are character ranges [start, end) of the line text");
        List<Object> arts = new ArrayList<>();
        List<Object> un = new ArrayList<>();
        List<Object> order = new ArrayList<>();
        int ai = 0;
        int ui = 0;
        for (Entry e : entries) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("index", e.article ? ai : ui);
            if (!e.article) {
                a.put("text", e.text);
                a.put("role", e.role);
            }
            List<Object> regions = new ArrayList<>();
            List<Object> lines = new ArrayList<>();
            for (Block b : e.blocks) {
                Map<String, Object> rg = new LinkedHashMap<>();
                rg.put("id", b.id);
                rg.put("type", b.type);
                rg.put("structure", b.structure);
                double[] bb = blockBox(b);
                List<Object> p = poly(tx, bb[0], bb[1], bb[2], bb[3]);
                rg.put("box", bounds(p));
                rg.put("poly", p);
                List<Object> ids = new ArrayList<>();
                for (Line l : b.lines) {
                    ids.add(lineIds.get(l));
                    lines.add(lineJson(l, lineIds.get(l), b.id, tx));
                }
                rg.put("lines", ids);
                regions.add(rg);
                order.add(b.id);
            }
            a.put("regions", regions);
            a.put("lines", lines);
            (e.article ? arts : un).add(a);
            if (e.article) {
                ai++;
            } else {
                ui++;
            }
        }
        o.put("articles", arts);
        o.put("unassigned", un);
        o.put("reading_order", order);
        List<Object> gs = new ArrayList<>();
        for (Gfx g : gfx) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", g.kind.equals("fill") ? "ground" : g.kind);
            List<Object> p = poly(tx, g.x, g.y, g.x + g.w, g.y + g.h);
            m.put("box", bounds(p));
            m.put("poly", p);
            gs.add(m);
        }
        o.put("graphics", gs);
        return o;
    }

    static double[] blockBox(Block b) {
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (Line l : b.lines) {
            x0 = Math.min(x0, l.left());
            y0 = Math.min(y0, l.top());
            x1 = Math.max(x1, l.right());
            y1 = Math.max(y1, l.bottom());
        }
        return new double[] {x0, y0, x1, y1};
    }

    private static Map<String, Object> lineJson(Line l, String id, String region, AffineTransform tx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("region", region);
        m.put("role", l.role);
        m.put("paragraph", l.paragraph < 0 ? null : l.paragraph);
        m.put("column", l.column < 0 ? null : l.column);
        m.put("text", l.text());
        List<Object> p = poly(tx, l.left(), l.top(), l.right(), l.bottom());
        m.put("box", bounds(p));
        m.put("poly", p);
        m.put("baseline", List.of(pt(tx, l.left(), l.baseline), pt(tx, l.right(), l.baseline)));
        List<Object> spans = new ArrayList<>();
        String cur = null;
        int start = 0;
        int pos = 0;
        for (Glyph g : l.glyphs) {
            String role = g.role == null ? l.role : g.role;
            if (!role.equals(cur)) {
                if (cur != null) {
                    spans.add(span(cur, start, pos));
                }
                cur = role;
                start = pos;
            }
            pos += Character.charCount(g.cp);
        }
        if (cur != null) {
            spans.add(span(cur, start, pos));
        }
        m.put("spans", spans);
        m.put("font", (l.family.equals("sans") ? "Noto Sans CJK " : "Noto Serif CJK ") + (l.bold ? "Bold" : "Regular"));
        m.put("size", Math.round(l.em()));
        return m;
    }

    private static Map<String, Object> span(String role, int start, int end) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", role);
        m.put("start", start);
        m.put("end", end);
        return m;
    }
}
