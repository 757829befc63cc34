package io.github.baozhi.layouts;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes generated pages for {@code bench/layouts.sh}: {@code OUT/VARIANT/txt/NAME.txt} and its
 * truth {@code OUT/VARIANT/truth/NAME.json}, pages 0 to N−1 of every variant (or of those named),
 * and the variants' names in order in {@code OUT/variants.txt}.
 *
 * <p>Usage: {@code LayoutPages ARTICLES_JSON OUT N [VARIANT…]}: pages 0 to N - 1 of each variant,
 * or with {@code N} written {@code FIRST-LAST}, pages FIRST to LAST (pages not measured before,
 * to check a change made on the usual ones).
 */
public final class LayoutPages {

  private LayoutPages() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: LayoutPages ARTICLES_JSON OUT N [VARIANT...]");
      System.exit(2);
    }
    LayoutGenerator generator = LayoutGenerator.reading(Path.of(args[0]));
    Path out = Path.of(args[1]);
    String[] range = args[2].split("-", 2);
    int first = range.length == 2 ? Integer.parseInt(range[0]) : 0;
    int last = Integer.parseInt(range[range.length - 1]) - (range.length == 2 ? 0 : 1);
    List<LayoutVariant> variants = args.length == 3 ? LayoutVariant.ALL
        : List.of(args).subList(3, args.length).stream().map(LayoutVariant::named).toList();
    ObjectMapper mapper = new ObjectMapper();
    Files.createDirectories(out);
    Files.write(out.resolve("variants.txt"), variants.stream().map(LayoutVariant::name).toList());
    for (LayoutVariant v : variants) {
      Path txt = Files.createDirectories(out.resolve(v.name()).resolve("txt"));
      Path truth = Files.createDirectories(out.resolve(v.name()).resolve("truth"));
      for (int seed = first; seed <= last; seed++) {
        LayoutGenerator.GeneratedPage page = generator.page(v, seed);
        Files.writeString(txt.resolve(page.name() + ".txt"), page.text(), StandardCharsets.UTF_8);
        mapper.writerWithDefaultPrettyPrinter()
            .writeValue(truth.resolve(page.name() + ".json").toFile(), page.truth());
      }
    }
  }
}
