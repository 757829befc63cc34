/** The geometry front end: engine lines and words with boxes to measured lines in reading order. */
package io.github.baozhi.internal.layout;
