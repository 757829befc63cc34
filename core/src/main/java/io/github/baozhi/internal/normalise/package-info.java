/** Stage 1: splits raw page text into normalised, numbered source lines. */
package io.github.baozhi.internal.normalise;
