package io.github.baozhi.render;

import io.github.baozhi.render.Model.Gfx;
import io.github.baozhi.render.Model.Line;
import io.github.baozhi.render.Typesetter.Glyph;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.List;
import java.util.Random;

/** Draws a set page into an 8-bit grey image, and degrades it like a scan when asked. */
final class Painter {
    private Painter() {
    }

    static BufferedImage paint(int width, int height, List<Line> lines, List<Gfx> gfx) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        for (Gfx x : gfx) {
            switch (x.kind) {
                case "fill":
                case "rule":
                    g.setColor(grey(x.grey));
                    g.fill(new Rectangle2D.Double(x.x, x.y, x.w, x.h));
                    break;
                case "frame":
                    g.setColor(grey(x.grey));
                    g.setStroke(new BasicStroke((float) x.stroke));
                    g.draw(new Rectangle2D.Double(x.x, x.y, x.w, x.h));
                    break;
                case "photo":
                    photo(g, x);
                    break;
                default:
                    throw new IllegalStateException(x.kind);
            }
        }
        for (Line l : lines) {
            g.setColor(grey(l.grey));
            Font f = l.font;
            g.setFont(f);
            for (Glyph gl : l.glyphs) {
                double x = l.x + gl.x + gl.dx;
                if (gl.cp == 0x2014) {
                    // a dash fills its cell, so that ―― joins into one rule as set in Chinese
                    GlyphVector gv = f.createGlyphVector(g.getFontRenderContext(), "\u2014");
                    Rectangle2D b = gv.getGlyphMetrics(0).getBounds2D();
                    g.fill(new Rectangle2D.Double(l.x + gl.x, l.baseline + b.getY(), gl.w, b.getHeight()));
                } else if (gl.cp != ' ' && gl.cp != 0x3000) {
                    g.drawString(new String(Character.toChars(gl.cp)), (float) x, (float) l.baseline);
                }
            }
        }
        g.dispose();
        return img;
    }

    private static Color grey(int v) {
        return new Color(v, v, v);
    }

    /** A photo placeholder: a soft grey picture (gradient and blurred shapes), no text in it. */
    private static void photo(Graphics2D g, Gfx x) {
        Random r = new Random(1000 + (long) x.stroke);
        Graphics2D p = (Graphics2D) g.create();
        p.clip(new Rectangle2D.Double(x.x, x.y, x.w, x.h));
        p.setPaint(new java.awt.GradientPaint((float) x.x, (float) x.y, grey(185), (float) x.x, (float) (x.y + x.h), grey(120)));
        p.fill(new Rectangle2D.Double(x.x, x.y, x.w, x.h));
        for (int i = 0; i < 14; i++) {
            double cx = x.x + r.nextDouble() * x.w;
            double cy = x.y + x.h * (0.3 + 0.7 * r.nextDouble());
            double rad = (0.08 + 0.25 * r.nextDouble()) * Math.min(x.w, x.h);
            int v = 50 + r.nextInt(170);
            p.setPaint(new RadialGradientPaint((float) cx, (float) cy, (float) rad, new float[] {0f, 1f},
                    new Color[] {new Color(v, v, v, 200), new Color(v, v, v, 0)}));
            p.fill(new java.awt.geom.Ellipse2D.Double(cx - rad, cy - rad, 2 * rad, 2 * rad));
        }
        p.dispose();
        g.setColor(grey(60));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x.x + 0.5, x.y + 0.5, x.w - 1, x.h - 1));
    }

    /** The rotation a skew of {@code degrees} (clockwise positive) applies about the page centre. */
    static AffineTransform skew(double degrees, int width, int height) {
        return AffineTransform.getRotateInstance(Math.toRadians(degrees), width / 2.0, height / 2.0);
    }

    /**
     * Scan-like degradation: rotation by {@code skew} degrees (white fill), Gaussian blur of {@code blur}
     * px sigma, ink and paper tone ({@code ink}..{@code paper} grey), Gaussian noise of {@code noise}
     * grey levels sigma and {@code specks} dark specks; all from {@code seed}.
     */
    static BufferedImage degrade(BufferedImage src, double skew, double blur, int ink, int paper, double noise, int specks, long seed) {
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage img = src;
        if (skew != 0) {
            BufferedImage rot = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = rot.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(img, skew(skew, w, h), null);
            g.dispose();
            img = rot;
        }
        if (blur > 0) {
            int rad = (int) Math.ceil(blur * 2.5);
            int size = 2 * rad + 1;
            float[] k1 = new float[size];
            float sum = 0;
            for (int i = 0; i < size; i++) {
                k1[i] = (float) Math.exp(-((i - rad) * (i - rad)) / (2 * blur * blur));
                sum += k1[i];
            }
            for (int i = 0; i < size; i++) {
                k1[i] /= sum;
            }
            BufferedImage padded = img;
            BufferedImage a = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            new ConvolveOp(new Kernel(size, 1, k1), ConvolveOp.EDGE_NO_OP, null).filter(padded, a);
            BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            new ConvolveOp(new Kernel(1, size, k1), ConvolveOp.EDGE_NO_OP, null).filter(a, b);
            img = b;
        }
        Random r = new Random(seed);
        WritableRaster ras = img.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            ras.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                double v = ink + row[x] * (paper - ink) / 255.0;
                if (noise > 0) {
                    v += r.nextGaussian() * noise;
                }
                row[x] = (int) Math.max(0, Math.min(255, Math.round(v)));
            }
            ras.setSamples(0, y, w, 1, 0, row);
        }
        for (int i = 0; i < specks; i++) {
            int cx = r.nextInt(w);
            int cy = r.nextInt(h);
            int rad = 1 + r.nextInt(2);
            int v = ink + r.nextInt(60);
            for (int y = cy - rad; y <= cy + rad; y++) {
                for (int x = cx - rad; x <= cx + rad; x++) {
                    if (x >= 0 && y >= 0 && x < w && y < h && (x - cx) * (x - cx) + (y - cy) * (y - cy) <= rad * rad) {
                        ras.setSample(x, y, 0, Math.min(ras.getSample(x, y, 0), v));
                    }
                }
            }
        }
        return img;
    }
}
