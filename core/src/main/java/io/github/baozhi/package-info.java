/**
 * baozhi: turns the OCR text of a Chinese newspaper page into typed articles.
 *
 * <p>Start with {@link io.github.baozhi.PageParser}; results are the immutable records {@link
 * io.github.baozhi.Page}, {@link io.github.baozhi.Article} and their parts.
 */
package io.github.baozhi;
