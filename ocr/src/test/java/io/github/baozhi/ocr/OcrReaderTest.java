package io.github.baozhi.ocr;

import static io.github.baozhi.ocr.TestFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.baozhi.OcrPage;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class OcrReaderTest {

  @Test
  void textHasNoPagesToRead() {
    assertThatThrownBy(() -> OcrReader.read(new byte[0], InputFormat.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PageParser");
    assertThatThrownBy(() -> OcrReader.read(new ByteArrayInputStream(new byte[0]), InputFormat.TEXT))
        .isInstanceOf(IllegalArgumentException.class);
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
    List<OcrPage> pages = OcrReader.read(in, InputFormat.ALTO);
    assertThat(pages).isEqualTo(OcrReader.read(bytes, InputFormat.ALTO));
    assertThat(closed[0]).isFalse();
  }

  @Test
  void aFailingStreamIsAnUncheckedIoException() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    assertThatThrownBy(() -> OcrReader.read(failing, InputFormat.HOCR))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("hOCR")
        .hasRootCauseMessage("disk gone");
  }

  @Test
  void theSameBytesGiveEqualPagesFromManyThreads() throws Exception {
    byte[] bytes = resource("page/2019-reading-order.xml");
    List<OcrPage> expected = OcrReader.read(bytes, InputFormat.PAGE_XML);
    List<Thread> threads = new java.util.ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int t = 0; t < 8; t++) {
      Thread thread = new Thread(() -> {
        try {
          for (int i = 0; i < 50; i++) {
            assertThat(OcrReader.read(bytes, InputFormat.PAGE_XML)).isEqualTo(expected);
          }
        } catch (Throwable e) {
          failures.add(e);
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
  }
}
