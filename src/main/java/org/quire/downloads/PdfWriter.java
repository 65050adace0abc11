package org.quire.downloads;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.springframework.core.io.ClassPathResource;

/**
 * Renders the HTML download to PDF (A5) with openhtmltopdf. Fonts are bundled so the PDF looks the
 * same everywhere: DejaVu Serif (Latin, Greek, Cyrillic; regular, bold, italic) and WenQuanYi Micro
 * Hei for Chinese, Japanese and Korean, both embedded as subsets. Nothing is fetched while
 * rendering: images are already inside the document.
 */
final class PdfWriter {
  private PdfWriter() {}

  static void write(Book book, Document html, OutputStream out) throws IOException {
    org.w3c.dom.Document dom = new W3CDom().fromJsoup(html);
    try (PDDocument pdf = new PDDocument();
        InputStream fonts = new ClassPathResource("fonts/wqy-microhei.ttc").getInputStream();
        TrueTypeCollection cjkFonts = new TrueTypeCollection(fonts)) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      info.setTitle(book.work().title());
      info.setAuthor(String.join(", ", book.work().creators()));
      info.setSubject(book.workUrl());
      info.setCreator("Quire");
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePDDocument(pdf);
      serif(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
      serif(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
      serif(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
      serif(builder, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
      TrueTypeFont cjk = cjkFonts.getFontByName("WenQuanYiMicroHei");
      if (cjk == null) {
        throw new IOException("The bundled CJK font is missing from fonts/wqy-microhei.ttc");
      }
      builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, cjk, true)), "Quire CJK");
      builder.useExternalResourceAccessControl(
          (uri, type) -> uri != null && uri.startsWith("data:"),
          ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> uri != null && uri.startsWith("data:"),
          ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withW3cDocument(dom, book.workUrl());
      builder.toStream(out);
      builder.run();
    }
  }

  private static void serif(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    builder.useFont(
        () -> {
          try {
            return new ClassPathResource("fonts/" + file).getInputStream();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        "Quire Serif",
        weight,
        style,
        true);
  }
}
