/**
 * baozhi: turns the OCR text of a Chinese newspaper page into typed articles.
 *
 * <p>Start with {@link io.github.baozhi.PageParser}; results are the immutable records {@link
 * io.github.baozhi.Page}, {@link io.github.baozhi.Article} and their parts.
 *
 * <pre>{@code
 * PageParser parser = PageParser.create(
 *     ParserOptions.builder().issueDate(LocalDate.of(2022, 10, 11)).build());
 * Page page = parser.parse(Path.of("page.txt"));
 * for (Article article : page.articles()) {
 *   Headline headline = article.headline();          // null when the page has none for it
 *   System.out.println((headline == null ? "-" : headline.title())
 *       + " " + article.dateline()                    // 本报讯, 新华社北京2月27日电…
 *       + " " + article.body().size() + " paragraphs, lines " + article.lines());
 * }
 * page.unassigned().forEach(u -> System.out.println("not in any article: " + u.text()));
 * }</pre>
 *
 * <p>A parser is thread-safe; share one. Strange text never throws: it comes back in {@link
 * io.github.baozhi.Page#unassigned()} and {@link io.github.baozhi.Page#diagnostics()}.
 */
package io.github.baozhi;
