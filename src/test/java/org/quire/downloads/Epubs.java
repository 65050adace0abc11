package org.quire.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Checks on downloaded files: the W3C's epubcheck, the zip's entries, a PDF's text. */
final class Epubs {
  private Epubs() {}

  /** Runs epubcheck 5.3 and fails with its messages unless the book has no error or warning. */
  static void assertValid(byte[] epub) throws IOException {
    Path file = Files.createTempFile("quire-test", ".epub");
    try {
      Files.write(file, epub);
      List<String> messages = new ArrayList<>();
      MasterReport report =
          new MasterReport() {
            @Override
            public void message(Message message, EPUBLocation location, Object... args) {
              if (message.getSeverity().compareTo(Severity.WARNING) >= 0) {
                messages.add(
                    message.getSeverity()
                        + " "
                        + message.getID()
                        + " "
                        + location.getPath()
                        + ":"
                        + location.getLine()
                        + " "
                        + message.getMessage(args));
              }
            }

            @Override
            public void info(String path, FeatureEnum feature, String value) {}

            @Override
            public int generate() {
              return 0;
            }

            @Override
            public void initialize() {}

            @Override
            public void close() {}
          };
      new EpubCheck(file.toFile(), report).doValidate();
      assertThat(messages).as("epubcheck").isEmpty();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The entries in zip order, as text (UTF-8) or, for binary files, their size. */
  static Map<String, String> entries(byte[] epub) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        byte[] bytes = zip.readAllBytes();
        boolean text =
            e.getName().endsWith(".xhtml")
                || e.getName().endsWith(".opf")
                || e.getName().endsWith(".xml")
                || e.getName().endsWith(".css")
                || e.getName().equals("mimetype");
        entries.put(
            e.getName(),
            text ? new String(bytes, StandardCharsets.UTF_8) : bytes.length + " bytes");
      }
    }
    return entries;
  }

  /** Keeps a copy in {@code target/downloads} to look at after a run. */
  static void keep(String name, byte[] bytes) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "downloads"));
    Files.write(dir.resolve(name), bytes);
  }

  static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
