/** The seam between front ends and the text stages: measured lines in, a page out. */
package io.github.baozhi.internal.pipeline;
