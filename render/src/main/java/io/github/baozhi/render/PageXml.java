package io.github.baozhi.render;

import io.github.baozhi.render.Model.Block;
import io.github.baozhi.render.Model.Entry;
import io.github.baozhi.render.Model.Gfx;
import io.github.baozhi.render.Model.Line;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * PAGE XML 2019-07-15 ground truth of a set page, as a transcription tool exports it: one TextRegion per
 * printed block (a headline part, the lines of one paragraph in one column, a caption, a header item)
 * with its PAGE {@code type} and a {@code structure} tag in {@code custom}; TextLines with Coords, Baseline
 * and TextEquiv; rules as SeparatorRegion, photos as ImageRegion, frames and black grounds as
 * GraphicRegion; a ReadingOrder with one OrderedGroupIndexed per article and the unassigned pieces
 * between them in page order.
 */
final class PageXml {
    private PageXml() {
    }

    static final String NS = "http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15";

    static String write(String name, int width, int height, double skew, List<Entry> entries, List<Gfx> gfx, AffineTransform tx) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        x.append("<PcGts xmlns=\"").append(NS).append("\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"")
                .append(NS).append(' ').append(NS).append("/pagecontent.xsd\">\n");
        x.append("  <Metadata>\n    <Creator>baozhi-render</Creator>\n    <Created>2024-01-01T00:00:00</Created>\n")
                .append("    <LastChange>2024-01-01T00:00:00</LastChange>\n")
                .append("    <Comments>Ground truth of a typeset page: printed text and true layout, reading order by article.</Comments>\n")
                .append("  </Metadata>\n");
        x.append("  <Page imageFilename=\"img/").append(esc(name)).append(".png\" imageWidth=\"").append(width)
                .append("\" imageHeight=\"").append(height).append('"');
        if (skew != 0) {
            x.append(" orientation=\"").append(-skew).append('"');
        }
        x.append(">\n");
        // reading order
        x.append("    <ReadingOrder>\n      <OrderedGroup id=\"ro_page\" caption=\"page\">\n");
        int idx = 0;
        int art = 0;
        for (Entry e : entries) {
            if (e.article) {
                x.append("        <OrderedGroupIndexed id=\"ro_article_").append(++art).append("\" index=\"").append(idx++)
                        .append("\" caption=\"article ").append(art).append("\">\n");
                int k = 0;
                for (Block b : e.blocks) {
                    x.append("          <RegionRefIndexed index=\"").append(k++).append("\" regionRef=\"").append(b.id).append("\"/>\n");
                }
                x.append("        </OrderedGroupIndexed>\n");
            } else {
                for (Block b : e.blocks) {
                    x.append("        <RegionRefIndexed index=\"").append(idx++).append("\" regionRef=\"").append(b.id).append("\"/>\n");
                }
            }
        }
        x.append("      </OrderedGroup>\n    </ReadingOrder>\n");
        // text regions
        int ro = 0;
        art = 0;
        for (Entry e : entries) {
            if (e.article) {
                art++;
            }
            for (Block b : e.blocks) {
                double[] bb = RenderMain.blockBox(b);
                String owner = e.article ? "article:" + art + ";" : "";
                x.append("    <TextRegion id=\"").append(b.id).append("\" type=\"").append(b.type).append("\" custom=\"readingOrder {index:")
                        .append(ro++).append(";} structure {type:").append(b.structure).append(";").append(owner.isEmpty() ? "" : " " + owner)
                        .append("}\">\n");
                x.append("      <Coords points=\"").append(points(RenderMain.poly(tx, bb[0], bb[1], bb[2], bb[3]))).append("\"/>\n");
                int li = 0;
                List<String> texts = new ArrayList<>();
                for (Line l : b.lines) {
                    x.append("      <TextLine id=\"").append(b.id).append("_l").append(li + 1).append("\" custom=\"readingOrder {index:")
                            .append(li).append(";}\">\n");
                    x.append("        <Coords points=\"").append(points(RenderMain.poly(tx, l.left(), l.top(), l.right(), l.bottom())))
                            .append("\"/>\n");
                    x.append("        <Baseline points=\"").append(points(List.of(RenderMain.pt(tx, l.left(), l.baseline),
                            RenderMain.pt(tx, l.right(), l.baseline)))).append("\"/>\n");
                    x.append("        <TextEquiv>\n          <Unicode>").append(esc(l.text())).append("</Unicode>\n        </TextEquiv>\n");
                    x.append("      </TextLine>\n");
                    texts.add(l.text());
                    li++;
                }
                x.append("      <TextEquiv>\n        <Unicode>").append(esc(String.join("\n", texts))).append("</Unicode>\n      </TextEquiv>\n");
                x.append("    </TextRegion>\n");
            }
        }
        int g = 0;
        for (Gfx gr : gfx) {
            String pts = points(RenderMain.poly(tx, gr.x, gr.y, gr.x + gr.w, gr.y + gr.h));
            g++;
            switch (gr.kind) {
                case "rule":
                    x.append("    <SeparatorRegion id=\"s").append(g).append("\">\n");
                    x.append("      <Coords points=\"").append(pts).append("\"/>\n    </SeparatorRegion>\n");
                    break;
                case "photo":
                    x.append("    <ImageRegion id=\"i").append(g).append("\">\n");
                    x.append("      <Coords points=\"").append(pts).append("\"/>\n    </ImageRegion>\n");
                    break;
                default:
                    x.append("    <GraphicRegion id=\"g").append(g).append("\" type=\"").append(gr.kind.equals("frame") ? "frame" : "decoration")
                            .append("\">\n");
                    x.append("      <Coords points=\"").append(pts).append("\"/>\n    </GraphicRegion>\n");
            }
        }
        x.append("  </Page>\n</PcGts>\n");
        return x.toString();
    }

    @SuppressWarnings("unchecked")
    private static String points(List<Object> poly) {
        StringBuilder sb = new StringBuilder();
        for (Object o : poly) {
            List<Object> p = (List<Object>) o;
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(p.get(0)).append(',').append(p.get(1));
        }
        return sb.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
