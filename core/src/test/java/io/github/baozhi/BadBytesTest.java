package io.github.baozhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Charset detection chooses only among the charsets of Chinese pages, and a page in one of them
 * with a few bad bytes fails naming the charset and offset, or is read with U+FFFD on request:
 * never mojibake in UTF-16 or a single-byte charset (issue 12, case 1).
 */
class BadBytesTest {

  private static final PageParser STRICT = PageParser.create();
  private static final PageParser REPLACING =
      PageParser.create(ParserOptions.builder().replaceBadBytes(true).build());

  private static final String PAGE = String.join("\n",
      "零工市场开张",
      "",
      "本报讯 11月8日，全区首家零工市场正式开张运营，首批入驻用工单位四十二家，",
      "提供岗位一千余个，为灵活就业人员和用工单位搭建对接平台。（周立）",
      "");

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");
  private static final String TRADITIONAL = "本報訊 全區首家零工市場正式開張運營，首批進駐用工單位四十二家，"
      + "提供崗位一千餘個，為靈活就業人員和用工單位搭建對接平臺。\n";

  /** {@code text} in {@code charset} with {@code bad} put in at {@code offset}. */
  private static byte[] damaged(String text, Charset charset, int offset, byte... bad) {
    byte[] bytes = text.getBytes(charset);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(bytes, 0, offset);
    out.writeBytes(bad);
    out.write(bytes, offset, bytes.length - offset);
    return out.toByteArray();
  }

  /** The offset of the first byte of {@code prefix}'s end in {@code text} encoded in {@code charset}. */
  private static int after(String text, String prefix, Charset charset) {
    return text.substring(0, text.indexOf(prefix) + prefix.length()).getBytes(charset).length;
  }

  @Test
  void oneInvalidByteInUtf8FailsNamingUtf8AndTheOffset() {
    int at = after(PAGE, "开张运营", StandardCharsets.UTF_8);
    byte[] bytes = damaged(PAGE, StandardCharsets.UTF_8, at, (byte) 0xFF);
    assertThatThrownBy(() -> STRICT.parse(bytes, "bad.txt"))
        .isInstanceOfSatisfying(InputDecodingException.class, e -> {
          assertThat(e.byteOffset()).isEqualTo(at);
          assertThat(e.charset()).contains(StandardCharsets.UTF_8);
        })
        .hasMessage("input is not valid UTF-8 at byte offset " + at
            + " (a UTF-8 page with 1 invalid byte sequence, at byte offset " + at + ")");
  }

  @Test
  void anEncodedLoneSurrogateOrACutLastCharacterIsUtf8WithABadByte() {
    int at = after(PAGE, "零工", StandardCharsets.UTF_8);
    byte[] surrogate = damaged(PAGE, StandardCharsets.UTF_8, at, (byte) 0xED, (byte) 0xA0, (byte) 0x80);
    assertThatThrownBy(() -> STRICT.parse(surrogate, "s.txt"))
        .hasMessageStartingWith("input is not valid UTF-8 at byte offset " + at);
    byte[] whole = PAGE.strip().getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);
    assertThatThrownBy(() -> STRICT.parse(cut, "cut.txt"))
        .hasMessageStartingWith("input is not valid UTF-8 at byte offset " + (whole.length - 3));
  }

  @Test
  void oneBadByteInGb18030OrBig5FailsNamingThatCharset() {
    String page = PAGE.repeat(3);
    int at = after(page, "开张运营", GB18030);
    assertThatThrownBy(() -> STRICT.parse(damaged(page, GB18030, at, (byte) 0xFF), "gb.txt"))
        .hasMessageStartingWith("input is not valid GB18030 at byte offset " + at);
    String traditional = TRADITIONAL.repeat(3);
    int big5At = after(traditional, "開張運營", BIG5);
    assertThatThrownBy(() -> STRICT.parse(damaged(traditional, BIG5, big5At, (byte) 0xFF), "big5.txt"))
        .hasMessageStartingWith("input is not valid Big5 at byte offset " + big5At);
  }

  @Test
  void replacingBadBytesReadsThePageWithReplacementCharactersAndSaysWhere() {
    int first = after(PAGE, "开张运营", StandardCharsets.UTF_8);
    byte[] once = damaged(PAGE, StandardCharsets.UTF_8, first, (byte) 0xFF);
    int second = after(PAGE, "灵活就业", StandardCharsets.UTF_8) + 1;
    byte[] twice = damaged(new String(once, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1,
        second, (byte) 0xFE);
    Page page = REPLACING.parse(twice, "bad.txt");
    assertThat(page.articles().get(0).body().get(0)).contains("开张运营\uFFFD，").contains("灵活就业\uFFFD人员");
    assertThat(page.diagnostics()).first().isEqualTo(new Diagnostic("bad-bytes-replaced",
        "2 invalid byte sequences, at byte offsets " + first + ", " + second
            + " of UTF-8 replaced with U+FFFD", 0));
    assertThat(REPLACING.decode(twice)).isEqualTo(PAGE.replace("开张运营", "开张运营\uFFFD")
        .replace("灵活就业", "灵活就业\uFFFD"));
  }

  @Test
  void replacingWorksForAGivenCharsetToo() {
    PageParser gb = PageParser.create(ParserOptions.builder().charset(GB18030).replaceBadBytes(true).build());
    byte[] bytes = damaged(PAGE, GB18030, 0, (byte) 0x80);
    assertThat(gb.decode(bytes)).isEqualTo("\uFFFD" + PAGE);
  }

  /**
   * A charset given by a byte-order mark (or by name) is read to the end whatever the bytes, so
   * that replacing gives all of them: Big5 behind a UTF-8 byte-order mark (found by fuzzing).
   */
  @Test
  void aCharsetGivenByItsMarkIsReplacedThroughoutHoweverBadTheBytes() {
    byte[] big5 = TRADITIONAL.repeat(10).getBytes(BIG5);
    byte[] marked = new byte[big5.length + 3];
    marked[0] = (byte) 0xEF;
    marked[1] = (byte) 0xBB;
    marked[2] = (byte) 0xBF;
    System.arraycopy(big5, 0, marked, 3, big5.length);
    assertThatThrownBy(() -> STRICT.decode(marked)).hasMessageStartingWith("input is not valid UTF-8 at byte offset 3");
    String replaced = REPLACING.decode(marked);
    assertThat(replaced).contains("\uFFFD").contains("\n");
    assertThat(replaced.lines()).hasSize(10);
  }

  @Test
  void singleByteCharsetsAreNeverChosen() {
    byte[] cyrillic = "Газета вышла в понедельник утром, тиражом в десять тысяч экземпляров.\n"
        .getBytes(Charset.forName("windows-1251"));
    byte[] latin = "Le journal paraît le lundi; la rédaction répond aux lettres des lecteurs.\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    for (byte[] bytes : new byte[][] {cyrillic, latin}) {
      assertThatThrownBy(() -> STRICT.parse(bytes, "x.txt"))
          .isInstanceOf(InputDecodingException.class)
          .hasMessageStartingWith("cannot tell the charset of the input");
      assertThatThrownBy(() -> REPLACING.parse(bytes, "x.txt"))
          .hasMessageStartingWith("cannot tell the charset of the input");
    }
  }

  @Test
  void aGuessOfLowConfidenceIsRefused() {
    assertThatThrownBy(() -> STRICT.parse("报纸\n".getBytes(GB18030), "short.txt"))
        .hasMessage("cannot tell the charset of the input: it is not UTF-8, and GB18030 is only a"
            + " guess (confidence 10%); pass one explicitly");
  }

  @Test
  void chineseCharsetsAreStillDetected() {
    Page gb = STRICT.parse(PAGE.getBytes(GB18030), "gb.txt");
    assertThat(gb.articles().get(0).headline().title()).isEqualTo("零工市场开张");
    assertThat(gb.diagnostics().get(0).message()).startsWith("input is not UTF-8; decoded as GB18030");
    assertThat(STRICT.decode(TRADITIONAL.getBytes(BIG5))).isEqualTo(TRADITIONAL);
  }

  @Test
  void utf16WithoutAByteOrderMarkIsReadByItsNulBytes() {
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      Page page = STRICT.parse(PAGE.getBytes(utf16), "wide.txt");
      assertThat(page.articles().get(0).headline().title()).isEqualTo("零工市场开张");
      assertThat(page.diagnostics().get(0).message())
          .isEqualTo("input has no byte-order mark; decoded as " + utf16.name()
              + " by its NUL bytes; pass the charset if this is wrong");
    }
    byte[] binary = {'P', 'K', 3, 4, 0x14, 0, 0, 0, 0, 0, '\n', 0, 0, 0, 0, 0}; // a zip's header
    assertThatThrownBy(() -> STRICT.parse(binary, "x.zip")).hasMessageStartingWith("binary data");
  }
}
