package io.github.baozhi.ocr;

import static io.github.baozhi.ocr.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Engine output is untrusted input: no DTD or entity is loaded or expanded, nothing is fetched,
 * and no input makes a reader hang or fail with anything but {@link OcrFormatException}.
 */
class SecurityTest {

  /** A guard against a hang, not a performance limit: each of these inputs takes milliseconds. */
  private static final Duration NO_HANG = Duration.ofSeconds(20);

  private static final String SECRET = "SECRET-7f3a9c";

  /** Nesting far beyond the readers' limits and any thread's stack for a recursive parser. */
  private static final int DEEP = 200_000;

  @TempDir
  Path dir;

  private Path secret;
  private ServerSocket server;

  @BeforeEach
  void setUp() throws IOException {
    secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak SYSTEM '" + secret.toUri() + "'>");
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    server.setSoTimeout(200);
  }

  @AfterEach
  void tearDown() throws IOException {
    server.close();
  }

  private String localUrl(String file) {
    return "http://127.0.0.1:" + server.getLocalPort() + "/" + file;
  }

  /** Whether anything connected to the local server since it opened. */
  private boolean anyoneConnected() throws IOException {
    try (Socket ignored = server.accept()) {
      return true;
    } catch (SocketTimeoutException e) {
      return false;
    }
  }

  /** A minimal file of {@code format} with {@code doctype} before the root and {@code text}. */
  private static String file(InputFormat format, String doctype, String text) {
    return switch (format) {
      case ALTO -> "<?xml version='1.0'?>" + doctype + "<alto><Layout><Page WIDTH='9' HEIGHT='9'>"
          + "<TextBlock><TextLine HPOS='0' VPOS='0' WIDTH='9' HEIGHT='9'><String HPOS='0' VPOS='0'"
          + " WIDTH='9' HEIGHT='9' CONTENT='" + text + "'/><SP/><String HPOS='0' VPOS='0'"
          + " WIDTH='9' HEIGHT='9' CONTENT='x'/></TextLine></TextBlock></Page></Layout></alto>";
      case PAGE_XML -> "<?xml version='1.0'?>" + doctype + "<PcGts><Page imageWidth='9' "
          + "imageHeight='9'><TextRegion><TextLine><Coords points='0,0 9,9'/><TextEquiv><Unicode>"
          + text + "</Unicode></TextEquiv></TextLine></TextRegion></Page></PcGts>";
      case HOCR -> "<?xml version='1.0' encoding='UTF-8'?>" + doctype + "<html><head>"
          + "<meta name='ocr-system' content='tesseract 5.3.0'/></head><body><div class='ocr_page'"
          + " title='bbox 0 0 9 9'><span class='ocr_line' title='bbox 0 0 9 9'><span "
          + "class='ocrx_word' title='bbox 0 0 9 9'>" + text + "</span></span></div></body></html>";
      default -> throw new IllegalArgumentException(format.toString());
    };
  }

  /**
   * Reads {@code content} as {@code format}: it must either fail with OcrFormatException or give
   * pages, never hang; either way the secret file's content must not appear.
   */
  private static List<OcrPage> readHarmlessly(String content, InputFormat format) {
    return assertTimeoutPreemptively(NO_HANG, () -> {
      try {
        List<OcrPage> pages = OcrReader.read(utf8(content), format);
        assertThat(pages.toString()).doesNotContain(SECRET);
        return pages;
      } catch (OcrFormatException e) {
        assertThat(e.getMessage()).doesNotContain(SECRET);
        return List.of();
      }
    });
  }

  @ParameterizedTest
  @EnumSource(value = InputFormat.class, names = {"ALTO", "PAGE_XML", "HOCR"})
  void anExternalEntityReferringToALocalFileIsNeverRead(InputFormat format) {
    String doctype = "<!DOCTYPE root [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>";
    readHarmlessly(file(format, doctype, "&xxe;"), format);
  }

  @ParameterizedTest
  @EnumSource(value = InputFormat.class, names = {"ALTO", "PAGE_XML"})
  void inXmlAnUndeclaredEntityIsAnError(InputFormat format) {
    String doctype = "<!DOCTYPE root [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>";
    assertThatThrownBy(() -> OcrReader.read(utf8(file(format, doctype, "&xxe;")), format))
        .isInstanceOf(OcrFormatException.class)
        .hasMessageContaining("The entity \"xxe\" was referenced, but not declared");
  }

  @ParameterizedTest
  @EnumSource(value = InputFormat.class, names = {"ALTO", "PAGE_XML", "HOCR"})
  void aParameterEntityAndAnExternalDtdFileAreNeverRead(InputFormat format) {
    Path dtd = dir.resolve("evil.dtd");
    readHarmlessly(file(format, "<!DOCTYPE root [<!ENTITY % p SYSTEM '" + dtd.toUri() + "'>%p;]>",
        "&leak;"), format);
    readHarmlessly(file(format, "<!DOCTYPE root SYSTEM '" + dtd.toUri() + "'>", "&leak;"), format);
  }

  @ParameterizedTest
  @EnumSource(value = InputFormat.class, names = {"ALTO", "PAGE_XML", "HOCR"})
  void anOnlineDtdIsNeverFetched(InputFormat format) throws IOException {
    String doctype = "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' '"
        + localUrl("xhtml1-transitional.dtd") + "'>";
    List<OcrPage> pages = readHarmlessly(file(format, doctype, "报"), format);
    assertThat(anyoneConnected()).isFalse();
    // Tesseract's own DOCTYPE is harmless: the file reads as if it had none.
    assertThat(pages).singleElement().satisfies(p ->
        assertThat(p.lines()).extracting(OcrLine::text).first().asString().startsWith("报"));
  }

  @ParameterizedTest
  @EnumSource(value = InputFormat.class, names = {"ALTO", "PAGE_XML", "HOCR"})
  void aBillionLaughsIsNeverExpanded(InputFormat format) {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE root [<!ENTITY lol0 'lol'>");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" '").append(previous.repeat(10)).append("'>");
    }
    dtd.append("]>");
    List<OcrPage> pages = readHarmlessly(file(format, dtd.toString(), "&lol9;"), format);
    assertThat(pages.toString()).doesNotContain("lollol");
  }

  @Test
  void hocrKeepsAnUndeclaredEntityAsText() {
    List<OcrPage> pages = readHarmlessly(file(InputFormat.HOCR, "", "&lol9;"), InputFormat.HOCR);
    assertThat(pages.get(0).lines().get(0).text()).isEqualTo("&lol9;");
  }

  @Test
  void xmlNestedTooDeeplyIsAnErrorNotAStackOverflow() {
    String open = "<ComposedBlock>".repeat(DEEP);
    String alto = "<alto><Layout><Page>" + open;
    assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(
        () -> OcrReader.read(utf8(alto), InputFormat.ALTO))
        .isInstanceOf(OcrFormatException.class)
        .hasMessageContaining("maxElementDepth"));
    String page = "<PcGts><Page>" + "<TextRegion>".repeat(DEEP);
    assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(
        () -> OcrReader.read(utf8(page), InputFormat.PAGE_XML))
        .isInstanceOf(OcrFormatException.class));
    String order = "<PcGts><Page><ReadingOrder>" + "<OrderedGroup>".repeat(DEEP);
    assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(
        () -> OcrReader.read(utf8(order), InputFormat.PAGE_XML))
        .isInstanceOf(OcrFormatException.class));
  }

  @Test
  void readingOrderGroupsAtTheDepthLimitAreFlattenedWithoutOverflow() {
    int groups = SecureXml.MAX_ELEMENT_DEPTH - 4;
    String xml = "<PcGts><Page><ReadingOrder>" + "<OrderedGroup>".repeat(groups)
        + "<RegionRefIndexed index='0' regionRef='r'/>" + "</OrderedGroup>".repeat(groups)
        + "</ReadingOrder><TextRegion id='r'><Coords points='0,0 1,1'/></TextRegion></Page></PcGts>";
    assertThat(OcrReader.read(utf8(xml), InputFormat.PAGE_XML).get(0).regions()).hasSize(1);
  }

  @Test
  void hocrNestedDeeplyIsReadWithoutAStackOverflow() {
    String html = "<html><body><div class='ocr_page' title='bbox 0 0 9 9'>"
        + "<div>".repeat(DEEP) + "<span class='ocr_line' title='bbox 0 0 9 9'>深</span>"
        + "</div>".repeat(DEEP) + "</div></body></html>";
    List<OcrPage> pages = readHarmlessly(html, InputFormat.HOCR);
    assertThat(pages).isNotEmpty();
  }

  @Test
  void jsonNestedTooDeeplyIsAnError() {
    String json = "[".repeat(DEEP);
    assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(
        () -> OcrReader.read(utf8(json), InputFormat.PADDLE))
        .isInstanceOf(OcrFormatException.class));
    String objects = "{\"res\":".repeat(DEEP);
    assertTimeoutPreemptively(NO_HANG, () -> assertThatThrownBy(
        () -> OcrReader.read(utf8(objects), InputFormat.PADDLE))
        .isInstanceOf(OcrFormatException.class));
  }
}
