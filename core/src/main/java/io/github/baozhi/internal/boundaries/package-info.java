/** Stage 4: splits datelines and bylines off the blocks that carry them. */
package io.github.baozhi.internal.boundaries;
