package io.github.baozhi.ocr;

import static io.github.baozhi.ocr.TestFiles.PAGE_1;
import static io.github.baozhi.ocr.TestFiles.resource;
import static io.github.baozhi.ocr.TestFiles.sample;
import static io.github.baozhi.ocr.TestFiles.samples;
import static io.github.baozhi.ocr.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.baozhi.InputDecodingException;
import io.github.baozhi.Page;
import io.github.baozhi.PageParser;
import io.github.baozhi.ParserOptions;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PageReader}: one door for text and engine output, sniffed or named. */
class PageReaderTest {

  private static final String TEXT_PAGE = String.join("\n",
      "零工市场开张", "", "本报讯 11月8日，全区首家零工市场", "正式开张运营。（周立）", "");

  private final PageParser parser = PageParser.create();
  private final PageReader reader = PageReader.create(parser);

  @TempDir Path dir;

  private Path file(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void textIsParsedExactlyAsThePageParserParsesItAlone() throws IOException {
    PageParser dated = PageParser.create(ParserOptions.builder().issueDate(LocalDate.of(2024, 11, 9)).build());
    Path txt = samples().resolve("txt").resolve(PAGE_1 + ".txt");
    List<Page> pages = PageReader.create(dated).read(txt);
    assertThat(pages).containsExactly(dated.parse(Files.readAllBytes(txt), PAGE_1 + ".txt"));
    assertThat(pages.get(0).geometry()).isNull();
    assertThat(PageReader.create(dated).read(file("a.txt", utf8(TEXT_PAGE))).get(0)
        .articles().get(0).dateline().date()).isEqualTo("2024-11-08");
  }

  @Test
  void engineOutputIsReadThenParsedPageByPage() {
    byte[] hocr = sample("hocr", PAGE_1);
    List<Page> pages = reader.read(hocr, "p.hocr");
    assertThat(pages).containsExactly(parser.parse(OcrReader.read(hocr, InputFormat.HOCR).get(0), "p.hocr"));
    assertThat(pages.get(0).geometry().image()).isEqualTo("img/" + PAGE_1 + ".png");
    assertThat(pages.get(0).articles()).isNotEmpty().allSatisfy(a -> assertThat(a.boxes()).isNotEmpty());
  }

  @Test
  void everyFormatIsSniffedFromTheContentAndAFileNamesTheSource() {
    for (String folder : List.of("hocr", "alto", "paddle")) {
      Path file = samples().resolve(folder).resolve(PAGE_1 + (folder.equals("hocr") ? ".hocr"
          : folder.equals("alto") ? ".xml" : ".json"));
      List<Page> pages = reader.read(file);
      assertThat(pages).as(folder).hasSize(1);
      assertThat(pages.get(0).source()).isEqualTo(file.getFileName().toString());
      assertThat(pages.get(0).geometry()).as(folder).isNotNull();
    }
    List<Page> page = reader.read(resource("page/2019-reading-order.xml"), "gt.xml");
    assertThat(page).hasSize(1);
    assertThat(page.get(0).geometry()).isNotNull();
  }

  @Test
  void thePagesOfAMultiPageFileAreNumberedInTheirSource() {
    List<Page> hocr = reader.read(resource("hocr/tesseract-two-pages.hocr"), "book.hocr");
    assertThat(hocr).extracting(Page::source).containsExactly("book.hocr#page=1", "book.hocr#page=2");
    List<Page> alto = reader.read(resource("alto/v4-mm10-two-pages.xml"), "book.xml", InputFormat.ALTO);
    assertThat(alto).extracting(Page::source).containsExactly("book.xml#page=1", "book.xml#page=2");
    assertThat(alto.get(0).geometry().unit()).isEqualTo("mm10");
  }

  @Test
  void aNamedFormatIsTheOnlyOneTried() {
    byte[] hocr = sample("hocr", PAGE_1);
    List<Page> asText = reader.read(hocr, "p.hocr", InputFormat.TEXT);
    assertThat(asText).containsExactly(parser.parse(hocr, "p.hocr"));
    assertThat(asText.get(0).geometry()).isNull();
    assertThatThrownBy(() -> reader.read(hocr, "p.hocr", InputFormat.ALTO))
        .isInstanceOf(OcrFormatException.class)
        .hasMessageStartingWith("not valid ALTO: ");
  }

  @Test
  void contentThatIsNotEngineOutputIsText() {
    byte[] json = utf8("{\"pages\": [1, 2, 3]}\n");
    List<Page> pages = reader.read(json, "meta.json");
    assertThat(pages).containsExactly(parser.parse(json, "meta.json"));
  }

  @Test
  void aMalformedEngineFileIsAFormatErrorWithOneLine() {
    byte[] hocr = sample("hocr", PAGE_1);
    byte[] truncated = java.util.Arrays.copyOf(hocr, hocr.length / 2);
    byte[] broken = new String(truncated, StandardCharsets.UTF_8)
        .replace("bbox ", "bbox x").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> reader.read(broken, "p.hocr"))
        .isInstanceOf(OcrFormatException.class)
        .hasMessageStartingWith("not valid hOCR: ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void undecodableTextIsAnInputDecodingException() {
    PageReader utf8Only = PageReader.create(PageParser.create(
        ParserOptions.builder().charset(StandardCharsets.UTF_8).build()));
    assertThatThrownBy(() -> utf8Only.read(new byte[] {'a', (byte) 0xFF}, "bad.txt"))
        .isInstanceOf(InputDecodingException.class);
  }

  @Test
  void aStreamIsReadToItsEndAndLeftOpen() {
    byte[] bytes = resource("alto/v2-composed.xml");
    boolean[] closed = {false};
    InputStream in = new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    assertThat(reader.read(in, "a.xml")).isEqualTo(reader.read(bytes, "a.xml"));
    assertThat(closed[0]).isFalse();
    assertThat(reader.read(new ByteArrayInputStream(bytes), "a.xml", InputFormat.ALTO))
        .isEqualTo(reader.read(bytes, "a.xml"));
  }

  @Test
  void whatCannotBeReadIsAnUncheckedIoException() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> reader.read(failing, "p.hocr"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("p.hocr")
        .hasRootCauseMessage("disk gone");
    assertThatThrownBy(() -> reader.read(dir.resolve("missing.hocr")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("missing.hocr");
  }

  @Test
  void nullArgumentsAreNamed() {
    byte[] bytes = new byte[0];
    assertThatThrownBy(() -> PageReader.create(null)).hasMessage("parser");
    assertThatThrownBy(() -> reader.read((Path) null)).hasMessage("file");
    assertThatThrownBy(() -> reader.read(dir, null)).hasMessage("format");
    assertThatThrownBy(() -> reader.read((byte[]) null, "x")).hasMessage("bytes");
    assertThatThrownBy(() -> reader.read(bytes, null)).hasMessage("source");
    assertThatThrownBy(() -> reader.read(bytes, "x", null)).hasMessage("format");
    assertThatThrownBy(() -> reader.read((InputStream) null, "x")).hasMessage("in");
    assertThatThrownBy(() -> reader.read(InputStream.nullInputStream(), "x", null)).hasMessage("format");
    assertThatThrownBy(() -> reader.read(InputStream.nullInputStream(), null)).isInstanceOf(NullPointerException.class);
  }
}
