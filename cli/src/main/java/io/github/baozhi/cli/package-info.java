/** The {@code baozhi} command line: a thin picocli wrapper that writes the page JSON. */
package io.github.baozhi.cli;
