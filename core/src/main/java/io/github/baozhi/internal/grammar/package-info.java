/** Grammars of the dateline (电头) and the closing byline, shared by the pipeline stages. */
package io.github.baozhi.internal.grammar;
