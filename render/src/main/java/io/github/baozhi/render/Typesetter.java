package io.github.baozhi.render;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a paragraph into lines on the character grid: a CJK character or full-width punctuation mark
 * takes one em cell, Latin letters and digits their real advance. A line is broken wherever the column
 * edge falls (inside a word, name or number too), full lines are justified to the column edge, the last
 * line of a paragraph is ragged.
 *
 * <p>Line-start and line-end prohibition (禁则): no line starts with a closing mark ({@link #NO_START}),
 * none ends with an opening one ({@link #NO_END}). Mode {@code pull} (the default) pulls the last
 * character of the line down to the next line, as often as needed (at most four), and spreads the
 * short line to the edge. Mode {@code squeeze} first tries to keep the mark on the line by squeezing
 * punctuation on it to half a cell each (the closing marks lose their right half, opening marks their
 * left half); where the line has too little punctuation to absorb it, it pulls as above.
 */
final class Typesetter {
    static final String NO_START = "，。、；：？！）》」』】〕〉”’…—·%‰℃,.;:?!)]}．：；！？｝］";
    static final String NO_END = "（《「『【〔〈“‘([{［｛";
    static final String SQUEEZE_CLOSE = "，。、；：？！）》」』】〕〉”’";
    static final String SQUEEZE_OPEN = "（《「『【〔〈“‘";

    /** One character placed on a line: cell left {@code x} from the line start, cell width, glyph shift inside it. */
    static final class Glyph {
        final int cp;
        final int src;        // index of the character in the source string
        double x;
        double w;
        double dx;
        String role;

        Glyph(int cp, int src, double w) {
            this.cp = cp;
            this.src = src;
            this.w = w;
        }
    }

    /** A set line: its glyphs with positions from the line start (indent included). */
    static final class Set {
        final List<Glyph> glyphs;
        final boolean last;

        Set(List<Glyph> glyphs, boolean last) {
            this.glyphs = glyphs;
            this.last = last;
        }
    }

    private final Fonts fonts;

    Typesetter(Fonts fonts) {
        this.fonts = fonts;
    }

    private static boolean in(String set, int cp) {
        return cp < 0x10000 && set.indexOf(cp) >= 0;
    }

    /**
     * Sets {@code text} in lines of {@code width} px; the first line starts {@code indent} px in.
     * {@code justify}: full lines end exactly at the edge. Spaces where a line breaks are dropped.
     */
    List<Set> set(String text, Font font, double width, double indent, boolean justify, String kinsoku) {
        List<Glyph> all = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            all.add(new Glyph(cp, i, fonts.width(font, cp)));
            i += Character.charCount(cp);
        }
        double em = font.getSize2D();
        List<Set> out = new ArrayList<>();
        int n = all.size();
        int i = 0;
        boolean first = true;
        while (i < n) {
            if (!first && all.get(i).cp == ' ') {
                i++;
                continue;
            }
            double start = first ? indent : 0;
            double avail = width - start;
            int j = i;
            double sum = 0;
            while (j < n && sum + all.get(j).w <= avail + 0.01) {
                sum += all.get(j).w;
                j++;
            }
            if (j == i) {
                throw new IllegalArgumentException("column of " + width + " px too narrow for '" + text + "'");
            }
            if (j == n) {
                out.add(place(all.subList(i, n), start, avail, false, 0, em, true));
                break;
            }
            int end = j;
            double squeezeBy = 0;
            if ("squeeze".equals(kinsoku) && in(NO_START, all.get(end).cp)
                    && (end + 1 >= n || !in(NO_START, all.get(end + 1).cp))) {
                double over = sum + all.get(end).w - avail;
                double capacity = 0;
                for (int k = i; k <= end; k++) {
                    int cp = all.get(k).cp;
                    if (in(SQUEEZE_CLOSE, cp) || in(SQUEEZE_OPEN, cp)) {
                        capacity += em * 0.5;
                    }
                }
                if (capacity >= over - 0.01) {
                    end++;
                    squeezeBy = over;
                }
            }
            if (squeezeBy == 0) {
                int guard = 0;
                while (end > i + 1 && guard < 4 && (in(NO_START, all.get(end).cp) || in(NO_END, all.get(end - 1).cp))) {
                    end--;
                    guard++;
                }
            }
            int stop = end;
            while (stop > i + 1 && all.get(stop - 1).cp == ' ') {
                stop--;   // a space at the line end is not printed
            }
            boolean lastLine = end >= n;
            out.add(place(all.subList(i, stop), start, avail, justify && !lastLine, squeezeBy, em, lastLine));
            i = end;
            first = false;
        }
        return out;
    }

    private static Set place(List<Glyph> src, double start, double avail, boolean justify, double squeezeBy, double em,
            boolean last) {
        List<Glyph> gs = new ArrayList<>(src);
        if (squeezeBy > 0) {
            double left = squeezeBy;
            for (int k = gs.size() - 1; k >= 0 && left > 0.001; k--) {
                Glyph g = gs.get(k);
                boolean close = in(SQUEEZE_CLOSE, g.cp);
                boolean open = in(SQUEEZE_OPEN, g.cp);
                if (!close && !open) {
                    continue;
                }
                double r = Math.min(em * 0.5, left);
                g.w -= r;
                if (open) {
                    g.dx = -r;
                }
                left -= r;
            }
        }
        double sum = 0;
        for (Glyph g : gs) {
            sum += g.w;
        }
        double gap = 0;
        if (justify && gs.size() > 1) {
            gap = (avail - sum) / (gs.size() - 1);
        }
        double x = start;
        for (Glyph g : gs) {
            g.x = x;
            x += g.w + gap;
        }
        return new Set(gs, last);
    }
}
