package io.github.baozhi.bench;

import java.nio.file.Path;

/** Prints the UTF-8 size of each benchmark corpus, for {@code bench/run.sh} to turn times into MB/s. */
public final class CorpusSize {

  private CorpusSize() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    for (String name : new String[] {"seeds", "mix"}) {
      Corpus corpus = Corpus.load(name, root);
      System.out.println(name + " " + corpus.utf8Bytes() + " " + corpus.pages().size());
    }
  }
}
