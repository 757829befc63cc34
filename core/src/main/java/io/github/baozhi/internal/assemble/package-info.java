/** Stage 6: builds articles from classified units and attaches scattered headlines. */
package io.github.baozhi.internal.assemble;
