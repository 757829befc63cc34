/** Stage 3: unwraps lines into paragraph and headline blocks, repairing column breaks. */
package io.github.baozhi.internal.blocks;
