package io.github.baozhi.ocr;

import static io.github.baozhi.ocr.TestFiles.resource;
import static io.github.baozhi.ocr.TestFiles.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.baozhi.Box;
import io.github.baozhi.OcrLine;
import io.github.baozhi.OcrPage;
import io.github.baozhi.OcrRegion;
import io.github.baozhi.OcrRole;
import io.github.baozhi.OcrWord;
import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AltoReaderTest {

  private static List<OcrPage> read(byte[] bytes) {
    return OcrReader.read(bytes, InputFormat.ALTO);
  }

  private static List<OcrPage> read(String xml) {
    return read(utf8(xml));
  }

  /** An ALTO v3 file with {@code description} and one page holding {@code blocks}. */
  private static String alto(String description, String blocks) {
    return "<?xml version='1.0' encoding='UTF-8'?>"
        + "<alto xmlns='http://www.loc.gov/standards/alto/ns-v3#'><Description>" + description
        + "</Description><Layout><Page WIDTH='100' HEIGHT='100'><PrintSpace>" + blocks
        + "</PrintSpace></Page></Layout></alto>";
  }

  /** A file with one TextBlock holding one TextLine with {@code content}. */
  private static String line(String content) {
    return alto("", "<TextBlock ID='b'><TextLine HPOS='0' VPOS='0' WIDTH='90' HEIGHT='10'>"
        + content + "</TextLine></TextBlock>");
  }

  @Nested
  class V2ComposedBlocks {
    private final OcrPage page = read(resource("alto/v2-composed.xml")).get(0);

    @Test
    void descriptionGivesUnitImageAndTheOcrStepsSoftwareWithItsVersion() {
      assertThat(page.unit()).isEqualTo("pixel");
      assertThat(page.image()).isEqualTo("page-007.tif");
      // The preprocessing step's software is not the engine.
      assertThat(page.engine()).isEqualTo("ABBYY FineReader 11.0");
      assertThat(page.width()).isEqualTo(2000);
      assertThat(page.height()).isEqualTo(3000);
    }

    @Test
    void textBlocksInMarginsAndNestedComposedBlocksAreRegions() {
      assertThat(page.regions()).extracting(OcrRegion::id).containsExactly("TB_HEAD", "TB_1", "TB_2");
      assertThat(page.regions()).extracting(OcrRegion::role).containsOnly(OcrRole.TEXT);
      assertThat(page.regions().get(1).box()).isEqualTo(new Box(100, 200, 1000, 300));
      assertThat(page.lines()).extracting(OcrLine::region).containsExactly(0, 1, 1, 2);
    }

    @Test
    void stringsAreJoinedBySingleSpacesWhereAnSpStands() {
      assertThat(page.lines().get(0).text()).isEqualTo("Daily News");
      assertThat(page.lines().get(0).words()).containsExactly(
          new OcrWord("Daily", new Box(100, 20, 240, 60), 0.97),
          new OcrWord("News", new Box(260, 20, 400, 60), 0.95));
    }

    @Test
    void aHyphenIsAppendedWithoutASpaceAndIsAWord() {
      OcrLine line = page.lines().get(1);
      assertThat(line.text()).isEqualTo("inter-");
      // CONTENT as printed; SUBS_CONTENT is not the printed text.
      assertThat(line.words()).containsExactly(
          new OcrWord("inter", new Box(100, 200, 400, 250), 0.9),
          new OcrWord("-", new Box(400, 200, 420, 250), Double.NaN));
      assertThat(line.confidence()).isEqualTo(0.9);
    }

    @Test
    void aNegativeSpWidthIsHarmlessAndStringsWithoutAnSpBetweenThemAreAdjacent() {
      OcrLine line = page.lines().get(2);
      assertThat(line.text()).isEqualTo("national news,");
      assertThat(line.words()).extracting(OcrWord::text).containsExactly("national", "news", ",");
      assertThat(line.confidence()).isCloseTo(0.7, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aLineWithNoSpAtAllHasSpacesBetweenAllStringsAndAnUnplacedHyphenAtTheLastWord() {
      OcrLine line = page.lines().get(3);
      assertThat(line.text()).isEqualTo("no&spaces marked¬");
      assertThat(line.words()).containsExactly(
          new OcrWord("no&spaces", new Box(1000, 200, 1400, 250), Double.NaN),
          new OcrWord("marked", new Box(1400, 200, 1800, 250), Double.NaN),
          new OcrWord("¬", new Box(1800, 200, 1800, 250), Double.NaN));
      assertThat(line.confidence()).isNaN();
    }
  }

  @Nested
  class V4Mm10TwoPages {
    private final List<OcrPage> pages = read(resource("alto/v4-mm10-two-pages.xml"));

    @Test
    void eachPageIsAPageInTheFilesUnit() {
      assertThat(pages).hasSize(2);
      assertThat(pages).extracting(OcrPage::unit).containsOnly("mm10");
      assertThat(pages).extracting(OcrPage::image).containsOnly("issue-1921-03-05.pdf");
      // v4's Processing names the software too.
      assertThat(pages).extracting(OcrPage::engine).containsOnly("Transkribus 1.9");
    }

    @Test
    void decimalCoordinatesAreRoundedWithTheFarEdgeFromTheSum() {
      OcrPage first = pages.get(0);
      assertThat(first.width()).isEqualTo(2970);
      assertThat(first.height()).isEqualTo(4201);
      OcrLine line = first.lines().get(0);
      assertThat(line.box()).isEqualTo(new Box(100, 201, 401, 241));
      assertThat(line.words()).extracting(OcrWord::box).containsExactly(
          new Box(100, 201, 201, 241), new Box(211, 201, 301, 241));
      assertThat(line.text()).isEqualTo("本 报");
    }

    @Test
    void aBlockOrLineWithoutABoxTakesTheUnionOfWhatItHolds() {
      assertThat(pages.get(0).regions().get(0).box()).isEqualTo(new Box(100, 201, 401, 241));
      assertThat(pages.get(1).lines().get(0).box()).isEqualTo(new Box(10, 10, 220, 50));
    }

    @Test
    void aLineWithAnUnplacedStringKeepsItsTextButHasNoWords() {
      OcrLine line = pages.get(1).lines().get(1);
      assertThat(line.text()).isEqualTo("未 定位");
      assertThat(line.words()).isEmpty();
      assertThat(line.box()).isEqualTo(new Box(10, 50, 510, 70));
    }
  }

  @Test
  void aFileWithoutNamespaceOrDescriptionIsReadInPixels() {
    OcrPage page = read(resource("alto/no-namespace.xml")).get(0);
    assertThat(page.unit()).isEqualTo("pixel");
    assertThat(page.engine()).isEmpty();
    assertThat(page.image()).isEmpty();
    assertThat(page.lines()).extracting(OcrLine::text).containsExactly("bare");
  }

  @Test
  void theUnitIsKeptAsTheFileNamesIt() {
    OcrPage page = read(alto("<MeasurementUnit> inch1200 </MeasurementUnit>",
        "<TextBlock><TextLine HPOS='1200' VPOS='2400' WIDTH='600' HEIGHT='120'/></TextBlock>"))
        .get(0);
    assertThat(page.unit()).isEqualTo("inch1200");
    assertThat(page.lines().get(0).box()).isEqualTo(new Box(1200, 2400, 1800, 2520));
    assertThat(page.lines().get(0).text()).isEmpty();
  }

  @Test
  void prefixedElementsAreMatchedByLocalName() {
    String xml = "<a:alto xmlns:a='http://www.loc.gov/standards/alto/ns-v4#'><a:Layout>"
        + "<a:Page WIDTH='10' HEIGHT='10'><a:PrintSpace><a:TextBlock ID='x'>"
        + "<a:TextLine HPOS='1' VPOS='1' WIDTH='2' HEIGHT='2'>"
        + "<a:String HPOS='1' VPOS='1' WIDTH='2' HEIGHT='2' CONTENT='p'/></a:TextLine>"
        + "</a:TextBlock></a:PrintSpace></a:Page></a:Layout></a:alto>";
    assertThat(read(xml).get(0).lines()).extracting(OcrLine::text).containsExactly("p");
  }

  @Test
  void contentIsKeptExactlyAndEmptyStringsAreLeftOut() {
    OcrLine line = read(line("<String HPOS='0' VPOS='0' WIDTH='5' HEIGHT='5' CONTENT=' ａ '/>"
        + "<SP/><String HPOS='5' VPOS='0' WIDTH='5' HEIGHT='5' CONTENT=''/>"
        + "<String HPOS='10' VPOS='0' WIDTH='5' HEIGHT='5' CONTENT='b'/>")).get(0).lines().get(0);
    assertThat(line.words()).extracting(OcrWord::text).containsExactly(" ａ ", "b");
    // The SP before the empty String still stands before the next one.
    assertThat(line.text()).isEqualTo(" ａ  b");
  }

  @Test
  void theDeclaredEncodingIsHonoured() {
    byte[] gbk = ("<?xml version='1.0' encoding='GBK'?>" + line(
        "<String HPOS='0' VPOS='0' WIDTH='5' HEIGHT='5' CONTENT='报纸'/>")
        .substring("<?xml version='1.0' encoding='UTF-8'?>".length()))
        .getBytes(Charset.forName("GBK"));
    assertThat(read(gbk).get(0).lines().get(0).text()).isEqualTo("报纸");
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() {
    byte[] utf16 = line("<String HPOS='0' VPOS='0' WIDTH='5' HEIGHT='5' CONTENT='报'/>")
        .replace("UTF-8", "UTF-16").getBytes(Charset.forName("UTF-16"));
    assertThat(read(utf16).get(0).lines().get(0).text()).isEqualTo("报");
  }

  @Nested
  class TesseractConfidences {
    private OcrWord word(String engine, String wc) {
      String description = "<OCRProcessing><ocrProcessingStep><processingSoftware><softwareName>"
          + engine + "</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>";
      return read(alto(description, "<TextBlock><TextLine HPOS='0' VPOS='0' WIDTH='5' HEIGHT='5'>"
          + "<String HPOS='0' VPOS='0' WIDTH='5' HEIGHT='5' WC='" + wc + "' CONTENT='x'/>"
          + "</TextLine></TextBlock>")).get(0).lines().get(0).words().get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "tesseract 5.3.0, 0.8, 0.08",
        "tesseract 5.3.0, 0.88, 0.88",
        "tesseract 5.3.0, 0.100, 1.0",
        "tesseract 5.3.0, 0.0, 0.0",
        "tesseract 4.1.1, 0.5, 0.05",
        "tesseract 5.5.2, 0.7, 0.07",
        "tesseract, 0.7, 0.07",
        "tesseract 5.5.3, 0.7, 0.7",
        "tesseract 6.0.0, 0.100, 0.1",
        "ABBYY FineReader, 0.8, 0.8"
    })
    void tesseractsZeroDotPercentageIsReadAsThePercentageUpTo552(
        String engine, String wc, double expected) {
      assertThat(word(engine, wc).confidence())
          .isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aConfidenceOutsideZeroToOneIsNone() {
      assertThat(word("Other", "1.5").confidence()).isNaN();
      assertThat(word("Other", "-1").confidence()).isNaN();
    }
  }

  @Nested
  class Errors {
    @Test
    void anotherRootElementIsNotAlto() {
      assertThatThrownBy(() -> read(resource("page/2013-points.xml")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid ALTO: the root element is PcGts, not alto at line 2, column 86");
    }

    @Test
    void aTruncatedFileNamesWhereItEnds() {
      assertThatThrownBy(() -> read("<alto>\n<Layout>\n  <Page>\n"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid ALTO: unexpected end of file at line 4, column 1")
          .satisfies(e -> {
            assertThat(((OcrFormatException) e).line()).isEqualTo(4);
            assertThat(((OcrFormatException) e).format()).isEqualTo(InputFormat.ALTO);
          });
    }

    @Test
    void malformedXml() {
      assertThatThrownBy(() -> read("<alto><Layout></alto>"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageStartingWith("not valid ALTO: The element type \"Layout\" must be terminated");
    }

    @Test
    void aFileWithoutPages() {
      assertThatThrownBy(() -> read("<alto><Description/></alto>"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid ALTO: no Layout/Page element in the file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "1,5", "NaN", "Infinity", "0x10", "1e400", "", "1d"})
    void aCoordinateThatIsNotANumber(String hpos) {
      assertThatThrownBy(() -> read(line("<String ID='s1' HPOS='" + hpos
          + "' VPOS='0' WIDTH='5' HEIGHT='5' CONTENT='x'/>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("String 's1' has HPOS '" + hpos + "', which is not a coordinate");
    }

    @Test
    void aNegativeSize() {
      assertThatThrownBy(() -> read(line("<String HPOS='0' VPOS='0' WIDTH='-5' HEIGHT='5' "
          + "CONTENT='x'/>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("String has WIDTH '-5', a negative size");
      assertThatThrownBy(() -> read(alto("", "").replace("WIDTH='100'", "WIDTH='-100'")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("Page has WIDTH '-100', a negative size");
    }

    @Test
    void aConfidenceThatIsNotANumber() {
      assertThatThrownBy(() -> read(line("<String HPOS='0' VPOS='0' WIDTH='5' HEIGHT='5' "
          + "WC='good' CONTENT='x'/>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("has WC 'good', which is not a number");
    }

    @Test
    void aLineThatCannotBePlaced() {
      assertThatThrownBy(() -> read(alto("", "<TextBlock><TextLine><String CONTENT='x'/>"
          + "</TextLine></TextBlock>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("a TextLine with neither HPOS, VPOS, WIDTH and HEIGHT nor placed");
    }

    @Test
    void bytesThatAreNotTheDeclaredEncoding() {
      byte[] latin1 = line("<String HPOS='0' VPOS='0' WIDTH='5' HEIGHT='5' CONTENT='café'/>")
          .getBytes(Charset.forName("ISO-8859-1"));
      assertThatThrownBy(() -> read(latin1))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageMatching("not valid ALTO: the bytes at offset \\d+ are not valid UTF-8");
    }

    @Test
    void anUnknownOrContradictoryDeclaredEncoding() {
      assertThatThrownBy(() -> read("<?xml version='1.0' encoding='no-such-set'?><alto/>"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid ALTO: the file declares the unknown encoding 'no-such-set'");
      assertThatThrownBy(() -> read("<?xml version='1.0' encoding='UTF-16'?><alto/>"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("declares UTF-16 but its bytes are not");
    }
  }

  @Test
  void aGraphicalElementIsOneOfThePagesRules() {
    OcrPage page = read(alto("", "<GraphicalElement ID='g' HPOS='5' VPOS='40' WIDTH='80' HEIGHT='2'/>"
        + "<TextBlock ID='b'><TextLine HPOS='0' VPOS='0' WIDTH='90' HEIGHT='10'>"
        + "<String CONTENT='新区' HPOS='0' VPOS='0' WIDTH='20' HEIGHT='10'/></TextLine></TextBlock>"))
        .get(0);

    assertThat(page.rules()).containsExactly(new Box(5, 40, 85, 42));
  }

  @Test
  void anIllustrationIsOneOfThePagesFigures() {
    OcrPage page = read(alto("", "<Illustration ID='i' HPOS='10' VPOS='20' WIDTH='30' HEIGHT='40'/>"))
        .get(0);

    assertThat(page.figures()).containsExactly(new Box(10, 20, 40, 60));
  }
}
