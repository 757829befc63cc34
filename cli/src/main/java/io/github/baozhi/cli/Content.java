package io.github.baozhi.cli;

import java.io.IOException;
import java.io.OutputStream;

/** What goes into an output, written to its stream as it is made. */
@FunctionalInterface
interface Content {
  void writeTo(OutputStream out) throws IOException;
}
