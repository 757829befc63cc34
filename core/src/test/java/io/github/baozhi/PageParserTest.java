package io.github.baozhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.baozhi.support.Conservation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PageParserTest {

  private static final PageParser PARSER = PageParser.create();

  static Stream<Path> seedPages() throws IOException {
    Path seeds = Path.of(System.getProperty("seeds.dir", "../seeds"));
    try (Stream<Path> files = Files.list(seeds)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seedPages")
  void everyCharacterOfASeedPageEndsUpInTheOutput(Path page) throws IOException {
    String text = Files.readString(page);
    assertThat(Conservation.difference(text, PARSER.parse(text)))
        .containsEntry("lost", java.util.Map.of())
        .containsEntry("invented", java.util.Map.of());
  }

  @ParameterizedTest
  @MethodSource("seedPages")
  void articleLineSpansLieInsideThePage(Path page) throws IOException {
    String text = Files.readString(page);
    long lineCount = text.lines().count();
    for (Article a : PARSER.parse(text).articles()) {
      assertThat(a.lines().first()).isGreaterThanOrEqualTo(1);
      assertThat(a.lines().last()).isLessThanOrEqualTo((int) lineCount);
    }
  }

  @Test
  void crlfCrAndAMissingFinalNewlineGiveTheSameResultAsLf() throws IOException {
    for (Path page : seedPages().toList()) {
      String text = Files.readString(page);
      Page expected = PARSER.parse(text);
      assertThat(PARSER.parse(text.replace("\n", "\r\n"))).isEqualTo(expected);
      assertThat(PARSER.parse(text.replace("\n", "\r"))).isEqualTo(expected);
      assertThat(PARSER.parse(text.stripTrailing())).isEqualTo(expected);
    }
  }

  @Test
  void oneParserServesManyThreadsWithIdenticalResults() throws Exception {
    List<Path> pages = seedPages().toList();
    List<Page> expected = pages.stream().map(PARSER::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Page>>> futures = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        futures.add(pool.submit(() -> pages.stream().map(PARSER::parse).toList()));
      }
      for (Future<List<Page>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void emptyAndBlankInputGiveAnEmptyPage() {
    assertThat(PARSER.parse("").articles()).isEmpty();
    assertThat(PARSER.parse(" \n\u3000\n\t\n").articles()).isEmpty();
    assertThat(PARSER.parse(" \n\u3000\n").unassigned()).isEmpty();
  }

  @Test
  void garbageComesBackAsDataNotExceptions() {
    Page page = PARSER.parse("）（（）本报讯\n\n电\u0000\uD83D\uDE00\n--\n（）\n本报北京99月99日电");
    assertThat(Conservation.difference("）（（）本报讯\n\n电\u0000\uD83D\uDE00\n--\n（）\n本报北京99月99日电", page)
        .get("invented")).isEmpty();
  }

  @Test
  void bytesAreDecodedByBomOrDetection() {
    String text = "本报讯 全区首家零工市场正式开张运营，为灵活就业人员提供服务。";
    assertThat(PARSER.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    assertThat(PARSER.decode(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE))).isEqualTo(text);
    assertThat(PARSER.decode(text.repeat(5).getBytes(Charset.forName("GB18030")))).isEqualTo(text.repeat(5));
  }

  @Test
  void invalidBytesInAnExplicitCharsetNameTheOffset() {
    PageParser utf8 = PageParser.create(ParserOptions.builder().charset(StandardCharsets.UTF_8).build());
    byte[] bytes = {(byte) 0xE6, (byte) 0x9C, (byte) 0xAC, (byte) 0xFF, 0x41};
    assertThatThrownBy(() -> utf8.parse(new ByteArrayInputStream(bytes), "bad.txt"))
        .isInstanceOf(InputDecodingException.class)
        .hasMessageContaining("UTF-8")
        .hasMessageContaining("byte offset 3");
  }

  /**
   * Issue 12, case 12: a leading U+FEFF is a byte-order mark and is dropped, from text as from
   * bytes; the README names it among the exceptions to conservation. Anywhere else it is a
   * character (ZERO WIDTH NO-BREAK SPACE) and is kept.
   */
  @Test
  void aLeadingByteOrderMarkIsDroppedByDesignAndAnyOtherU_FEFFIsKept() {
    String text = "零工市场开张\n\n本报讯 全区首家零工市场正式开张运营。（周立）\n";
    assertThat(PARSER.parse("\uFEFF" + text)).isEqualTo(PARSER.parse(text));
    String inside = "零工市场\uFEFF开张\n\n本报讯 全区首家\uFEFF零工市场正式开张运营。（周立）\n";
    assertThat(Conservation.outputText(PARSER.parse("\uFEFF" + inside)).chars().filter(c -> c == 0xFEFF))
        .hasSize(2);
  }

  /**
   * Issue 12, case 11: U+2028, U+2029 and NEL (U+0085) do not end a line. Only LF, CR and CRLF
   * do, as for {@code wc -l}, {@code sed} and {@code grep}, so that the {@code lines} of the JSON
   * name the lines those tools show; the three are kept as characters of their line.
   */
  @Test
  void unicodeLineSeparatorsAndNelAreCharactersNotLineEnds() {
    String text = "零工市场开张\n\n本报讯 全区首家\u2028零工市场\u2029正式开张运营\u0085首批入驻。（周立）\n";
    Page page = PARSER.parse(text);
    assertThat(page.articles()).hasSize(1);
    assertThat(page.articles().get(0).lines()).isEqualTo(new LineSpan(1, 3));
    assertThat(Conservation.outputText(page)).contains("\u0085");
    assertThat(Conservation.difference(text, page).get("lost")).isEmpty();
  }

  @Test
  void nullArgumentsAreRejectedClearly() {
    assertThatThrownBy(() -> PARSER.parse((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }
}
