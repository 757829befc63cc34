package io.github.baozhi.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The Noto CJK faces from Debian's {@code fonts-noto-cjk}, picked from their {@code .ttc} collections by
 * family (Serif or Sans, SC or TC) and weight (Regular or Bold), and the character grid's widths.
 */
final class Fonts {
    static final String DIR = System.getProperty("baozhi.render.fonts", "/usr/share/fonts/opentype/noto");
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Map<String, Font> faces = new HashMap<>();
    private final Map<String, Double> advances = new HashMap<>();

    /** A face: {@code family} serif|sans, {@code script} sc|tc, bold or not, at {@code size} px. */
    Font font(String family, String script, boolean bold, double size) {
        String file = ("sans".equals(family) ? "NotoSansCJK-" : "NotoSerifCJK-") + (bold ? "Bold" : "Regular") + ".ttc";
        String wanted = ("sans".equals(family) ? "Noto Sans CJK " : "Noto Serif CJK ") + script.toUpperCase(java.util.Locale.ROOT);
        Font base = faces.computeIfAbsent(file + "|" + wanted, k -> load(file, wanted));
        return base.deriveFont((float) size);
    }

    private static Font load(String file, String family) {
        File f = new File(DIR, file);
        try {
            for (Font x : Font.createFonts(f)) {
                if (x.getFamily(java.util.Locale.ROOT).equals(family)) {
                    return x;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + f + " (apt-get install fonts-noto-cjk)", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad font file " + f, e);
        }
        throw new IllegalStateException("no face '" + family + "' in " + f);
    }

    /** Whether a character takes one full em cell of the grid (ideographs, kana, full-width forms and punctuation). */
    static boolean fullWidth(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || cp >= 0x20000
                || cp == 0x2014 || cp == 0x2026 || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D
                || cp == 0x2E3A || cp == 0x3000 || cp == 0x25A0 || cp == 0x25CF || cp == 0x2605;
    }

    /** The width of a character in the grid: one em for {@link #fullWidth}, else its real advance; a space is half an em. */
    double width(Font font, int cp) {
        double em = font.getSize2D();
        if (fullWidth(cp)) {
            return em;
        }
        if (cp == ' ') {
            return em * 0.5;
        }
        String key = font.getFontName() + "|" + cp;
        Double a = advances.get(key + "|1");
        if (a == null) {
            Font unit = font.deriveFont(100f);
            GlyphVector gv = unit.createGlyphVector(FRC, new String(Character.toChars(cp)));
            a = gv.getGlyphMetrics(0).getAdvance() / 100.0;
            advances.put(key + "|1", a);
        }
        return a * em;
    }

    /** Width of a string set solid (no justification). */
    double width(Font font, String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += width(font, cp);
            i += Character.charCount(cp);
        }
        return w;
    }
}
