/** Stage 2: measures lines and estimates the column width around each one. */
package io.github.baozhi.internal.lines;
