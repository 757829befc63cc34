package io.github.baozhi.spark;

/**
 * Why an input gave no page: the {@code error_type} of a row in the errors dataset. A page that
 * fails never fails the job; it is reported here instead.
 */
public enum PageError {
  /** Text whose bytes are not valid in any charset tried, or in the one given. */
  UNDECODABLE("undecodable"),
  /** Engine output (hOCR, ALTO, PAGE XML, PaddleOCR JSON) that is malformed. */
  MALFORMED("malformed"),
  /** A file named as engine output ({@code .json}, {@code .xml}, {@code .hocr}, {@code .html})
   * whose content is not engine output, which read as text would give a page of nonsense. */
  NOT_ENGINE_OUTPUT("not-engine-output"),
  /** An engine file that holds no page. */
  NO_PAGE("no-page"),
  /** A page larger than the largest accepted, which bounds the memory one page can take. */
  TOO_LARGE("too-large"),
  /** A row whose content or text is null. */
  NO_CONTENT("no-content"),
  /** The executor ran out of memory on this page; the page's objects are garbage after it. */
  OUT_OF_MEMORY("out-of-memory"),
  /** Anything else the parser threw: a bug, reported here so that it costs one page only. */
  INTERNAL("internal");

  private final String code;

  PageError(String code) {
    this.code = code;
  }

  /** The {@code error_type} written: {@code undecodable}, {@code malformed}, {@code no-page}… */
  public String code() {
    return code;
  }
}
