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
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PageXmlReaderTest {

  private static List<OcrPage> read(byte[] bytes) {
    return OcrReader.read(bytes, InputFormat.PAGE_XML);
  }

  private static List<OcrPage> read(String xml) {
    return read(utf8(xml));
  }

  /** A 2019 file with one page holding {@code content}. */
  private static String page(String content) {
    return "<PcGts xmlns='http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15'>"
        + "<Page imageFilename='a.png' imageWidth='100' imageHeight='200'>" + content
        + "</Page></PcGts>";
  }

  @Nested
  class ReadingOrder2019 {
    private final OcrPage page = read(resource("page/2019-reading-order.xml")).get(0);

    private OcrLine line(String text) {
      return page.lines().stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void metadataAndPageGiveEngineImageAndSize() {
      assertThat(page.engine()).isEqualTo("OCR-D/core 2.67.2");
      assertThat(page.image()).isEqualTo("OCR-D-IMG/0001.png");
      assertThat(page.width()).isEqualTo(2000);
      assertThat(page.height()).isEqualTo(3000);
      assertThat(page.unit()).isEqualTo("pixel");
    }

    @Test
    void regionsComeInReadingOrderThroughNestedGroupsThenTheRestInDocumentOrder() {
      // Ordered groups by index, unordered as written; r_image is no TextRegion, r_missing is
      // no region at all.
      assertThat(page.regions()).extracting(OcrRegion::id).containsExactly(
          "r_head", "r_sub", "r_float", "r_body",
          "r_page_number", "r_head_inner", "r_foot", "r_header");
    }

    @Test
    void regionTypesAreRolesAndANestedRegionWithoutATypeTakesItsParents() {
      assertThat(page.regions()).extracting(OcrRegion::role).containsExactly(
          OcrRole.HEADING, OcrRole.CAPTION, OcrRole.FLOATING, OcrRole.TEXT,
          OcrRole.PAGE_NUMBER, OcrRole.HEADING, OcrRole.FOOTER, OcrRole.HEADER);
      assertThat(page.regions().get(0).box()).isEqualTo(new Box(100, 100, 1900, 200));
    }

    @Test
    void linesStayInDocumentOrderWithTheirRegionsIndexAndRole() {
      assertThat(page.lines()).extracting(OcrLine::text).containsExactly(
          "3", "本报讯 记者", "no TextEquiv", "  大标题  ", "inherits heading", "旁注", "图片说明",
          "页脚", "报头");
      assertThat(page.lines()).extracting(OcrLine::region).containsExactly(4, 3, 3, 0, 5, 2, 1, 6, 7);
      assertThat(page.lines()).extracting(OcrLine::role).containsExactly(
          OcrRole.PAGE_NUMBER, OcrRole.TEXT, OcrRole.TEXT, OcrRole.HEADING, OcrRole.HEADING,
          OcrRole.FLOATING, OcrRole.CAPTION, OcrRole.FOOTER, OcrRole.HEADER);
    }

    @Test
    void theTextEquivWithTheLowestIndexIsTheLinesTextAndItsConfTheConfidence() {
      OcrLine line = page.lines().get(1);
      assertThat(line.confidence()).isEqualTo(0.8);
      assertThat(line.box()).isEqualTo(new Box(100, 800, 1900, 850));
    }

    @Test
    void wordsTakeTheirOwnTextEquivNotTheirGlyphs() {
      assertThat(page.lines().get(1).words()).containsExactly(
          new OcrWord("本报", new Box(100, 800, 200, 850), 0.9),
          new OcrWord("讯", new Box(210, 800, 300, 850), 0.7));
    }

    @Test
    void aLineWithoutTextEquivJoinsItsWordsAndAveragesTheirConfidences() {
      OcrLine line = line("no TextEquiv");
      assertThat(line.words()).hasSize(2);
      assertThat(line.confidence()).isCloseTo(0.8, Offset.offset(1e-9));
    }

    @Test
    void unicodeIsKeptExactlyAndALineWithoutConfHasNone() {
      assertThat(line("  大标题  ").confidence()).isNaN();
    }

    @Test
    void pointsMayBeDecimalsAndAConfOutsideZeroToOneIsNone() {
      OcrLine foot = line("页脚");
      assertThat(foot.box()).isEqualTo(new Box(100, 2900, 1900, 2980));
      assertThat(foot.confidence()).isNaN();
    }
  }

  @Test
  void the2013SchemaWithPrefixesAndPointChildren() {
    OcrPage page = read(resource("page/2013-points.xml")).get(0);
    assertThat(page.engine()).startsWith("prov=University of Rostock");
    assertThat(page.regions()).containsExactly(
        new OcrRegion("tr1", new Box(10, 20, 300, 100), OcrRole.FLOATING));
    assertThat(page.lines()).containsExactly(new OcrLine("Point style", new Box(12, 22, 299, 60),
        List.of(), Double.NaN, OcrRole.FLOATING, 0));
  }

  @Test
  void withoutAReadingOrderRegionsAreInDocumentOrder() {
    OcrPage page = read(page("<TextRegion id='b'><Coords points='5,5 6,6'/></TextRegion>"
        + "<TextRegion id='a'><Coords points='1,1 2,2'/></TextRegion>")).get(0);
    assertThat(page.regions()).extracting(OcrRegion::id).containsExactly("b", "a");
  }

  @Test
  void aRegionWithoutCoordsTakesItsLinesUnion() {
    OcrPage page = read(page("<TextRegion id='r'><TextLine><Coords points='1,2 3,4'/>"
        + "<TextEquiv><Unicode>x</Unicode></TextEquiv></TextLine></TextRegion>")).get(0);
    assertThat(page.regions().get(0).box()).isEqualTo(new Box(1, 2, 3, 4));
  }

  @Test
  void theFirstTextEquivWinsWhenNoneIsIndexed() {
    OcrPage page = read(page("<TextRegion><TextLine><Coords points='1,2 3,4'/>"
        + "<TextEquiv><Unicode>first</Unicode></TextEquiv>"
        + "<TextEquiv><Unicode>second</Unicode></TextEquiv></TextLine></TextRegion>")).get(0);
    assertThat(page.lines()).extracting(OcrLine::text).containsExactly("first");
  }

  @Test
  void aWordWithoutTextIsLeftOut() {
    OcrPage page = read(page("<TextRegion><TextLine><Coords points='1,2 30,4'/>"
        + "<Word><Coords points='1,2 3,4'/><TextEquiv><Unicode></Unicode></TextEquiv></Word>"
        + "<Word><Coords points='5,2 7,4'/><TextEquiv><Unicode>w</Unicode></TextEquiv></Word>"
        + "</TextLine></TextRegion>")).get(0);
    assertThat(page.lines().get(0).words()).extracting(OcrWord::text).containsExactly("w");
    assertThat(page.lines().get(0).text()).isEqualTo("w");
  }

  @Test
  void aTableCellIsARegionToo() {
    OcrPage page = read(page("<TableRegion id='t'><Coords points='0,0 50,50'/>"
        + "<TextRegion id='cell'><Coords points='1,1 9,9'/><TextLine><Coords points='1,1 9,9'/>"
        + "<TextEquiv><Unicode>格</Unicode></TextEquiv></TextLine></TextRegion>"
        + "</TableRegion>")).get(0);
    assertThat(page.regions()).extracting(OcrRegion::id).containsExactly("cell");
    assertThat(page.regions().get(0).box()).isEqualTo(new Box(1, 1, 9, 9));
  }

  @Nested
  class Errors {
    @Test
    void altoReadAsPageXml() {
      assertThatThrownBy(() -> read(resource("alto/no-namespace.xml")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageStartingWith("not valid PAGE XML: the root element is alto, not PcGts");
    }

    @Test
    void pointsThatAreNotPairsOfNumbers() {
      for (String points : List.of("1,2 3", "1,2 x,4", "1;2 3;4", "", "   ")) {
        assertThatThrownBy(() -> read(page("<TextRegion><Coords points='" + points + "'/>"
            + "</TextRegion>")))
            .as(points)
            .isInstanceOf(OcrFormatException.class)
            .hasMessageContaining("Coords of TextRegion");
      }
    }

    @Test
    void pointChildrenThatAreNotNumbers() {
      assertThatThrownBy(() -> read(page("<TextRegion><Coords><Point x='1' y='y'/></Coords>"
          + "</TextRegion>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("Point of TextRegion has y 'y', which is not a coordinate");
      assertThatThrownBy(() -> read(page("<TextRegion><Coords></Coords></TextRegion>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("Coords of TextRegion without points");
    }

    @Test
    void aNegativeOrNonNumericPageSize() {
      assertThatThrownBy(() -> read(page("").replace("imageWidth='100'", "imageWidth='-1'")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("Page has imageWidth '-1', a negative size");
      assertThatThrownBy(() -> read(page("").replace("imageHeight='200'", "imageHeight='tall'")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("Page has imageHeight 'tall', which is not a size");
    }

    @Test
    void aLineThatCannotBePlaced() {
      assertThatThrownBy(() -> read(page("<TextRegion><TextLine id='l9'><TextEquiv><Unicode>x"
          + "</Unicode></TextEquiv></TextLine></TextRegion>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("TextLine 'l9' has no Coords, nor words with Coords");
    }

    @Test
    void aReadingOrderIndexThatIsNotAnInteger() {
      assertThatThrownBy(() -> read(page("<ReadingOrder><OrderedGroup>"
          + "<RegionRefIndexed index='first' regionRef='r'/></OrderedGroup></ReadingOrder>")))
          .isInstanceOf(OcrFormatException.class)
          .hasMessageContaining("RegionRefIndexed has index 'first', which is not an integer");
    }

    @Test
    void aFileWithoutPages() {
      assertThatThrownBy(() -> read("<PcGts><Metadata/></PcGts>"))
          .isInstanceOf(OcrFormatException.class)
          .hasMessage("not valid PAGE XML: no Page element in the file");
    }
  }

  @Test
  void aSeparatorRegionsBoundsAreOneOfThePagesRules() {
    OcrPage page = read(page("<SeparatorRegion id='s'><Coords points='50,10 52,10 52,190 50,190'/>"
        + "</SeparatorRegion>")).get(0);

    assertThat(page.rules()).containsExactly(new Box(50, 10, 52, 190));
  }

  @Test
  void anImageOrGraphicRegionsBoundsAreOneOfThePagesFigures() {
    OcrPage page = read(page("<ImageRegion id='p'><Coords points='10,10 60,10 60,50 10,50'/>"
        + "</ImageRegion><GraphicRegion id='g'><Coords points='5,100 9,100 9,150 5,150'/>"
        + "</GraphicRegion>")).get(0);

    assertThat(page.figures()).containsExactly(new Box(10, 10, 60, 50), new Box(5, 100, 9, 150));
  }
}
