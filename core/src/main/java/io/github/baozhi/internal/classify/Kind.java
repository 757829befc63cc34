package io.github.baozhi.internal.classify;

/** What a unit is on the page. */
public enum Kind {
  /** Running text: a paragraph of an article, possibly opening with a dateline. */
  BODY,
  /** A short unit without closing punctuation: a headline part, an in-body subhead or a label. */
  HEADLINE,
  /** A byline standing on its own. */
  BYLINE,
  /** A production note: editor note, photo credit, end mark. Not article text. */
  NOTE
}
