/** Typesets newspaper pages from article text into page images and their expected articles. */
package io.github.baozhi.render;
