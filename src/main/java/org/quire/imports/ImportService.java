package org.quire.imports;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.ConcurrentWrites;
import org.quire.platform.QuireProperties;
import org.quire.works.PostedWork;
import org.quire.works.WorkImporter;
import org.springframework.stereotype.Service;

/**
 * Recognises an uploaded file (EPUB by its ZIP signature; otherwise text in whatever encoding it
 * was saved in, HTML when it looks like markup), reads the work out of it, applies the uploader's
 * fields and posts it through the works module: every limit and the sanitizer apply exactly as for
 * a posted work, and a refused import writes nothing.
 */
@Service
class ImportService {
  private final WorkImporter works;
  private final QuireProperties.Limits limits;
  private final ConcurrentWrites writes;

  ImportService(WorkImporter works, QuireProperties properties, ConcurrentWrites writes) {
    this.works = works;
    this.writes = writes;
    this.limits = properties.limits();
  }

  /** The upload limit as people read it: "20 MB". */
  String uploadLimit() {
    return Math.round(limits.uploadBytes() / (1024.0 * 1024.0)) + " MB";
  }

  /**
   * Reads the work out of the file; 415 when it is not a format Quire imports, 422 if broken, 429
   * when the uploader already runs as many posts and imports as {@link ConcurrentWrites} allows.
   */
  ParsedWork read(Viewer viewer, byte[] bytes, String fileName) {
    return writes.run(viewer.accountId(), () -> read(bytes, fileName));
  }

  private ParsedWork read(byte[] bytes, String fileName) {
    if (bytes.length == 0) {
      throw ImportException.broken("the file is empty");
    }
    if (bytes.length > limits.uploadBytes()) {
      throw ImportException.tooLarge(
          "the file is larger than the limit of " + limits.uploadBytes() + " bytes");
    }
    if (starts(bytes, "PK\u0003\u0004")) {
      return named(EpubImport.parse(bytes, limits), fileName);
    }
    refuseKnownBinary(bytes, fileName);
    String text = TextDecoding.decode(bytes).text();
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (looksBinary(text)) {
      throw ImportException.unsupported(
          "this file is not text, HTML or EPUB; Quire imports .txt, .html and .epub files");
    }
    ParsedWork work =
        looksLikeHtml(text, fileName)
            ? HtmlImport.parse(Jsoup.parse(text))
            : TextImport.parse(text);
    return named(work, fileName);
  }

  PostedWork post(Viewer viewer, ParsedWork file, ImportFields fields) {
    if (file.chapters.isEmpty()) {
      throw ImportException.broken("no chapter text was found in this file");
    }
    return works.post(viewer, fields.apply(file));
  }

  /** A file with no title of its own is named after the file. */
  private static ParsedWork named(ParsedWork work, String fileName) {
    if (work.title.isBlank()) {
      String base = fileName.replaceAll("\\.[A-Za-z0-9]{1,5}$", "").replace('_', ' ').strip();
      work.title = base.isBlank() ? "Untitled" : base;
    }
    return work;
  }

  private static void refuseKnownBinary(byte[] bytes, String fileName) {
    if (starts(bytes, "%PDF")) {
      throw ImportException.unsupported(
          "PDF files cannot be imported; upload the work's EPUB, HTML or text instead");
    }
    if (starts(bytes, "\u00d0\u00cf\u0011\u00e0")
        || fileName.toLowerCase(Locale.ROOT).endsWith(".doc")) {
      throw ImportException.unsupported(
          "Word documents cannot be imported; save the document as HTML or text first");
    }
    if (starts(bytes, "\u0089PNG")
        || starts(bytes, "\u00ff\u00d8\u00ff")
        || starts(bytes, "GIF8")) {
      throw ImportException.unsupported("images cannot be imported as works");
    }
  }

  private static boolean starts(byte[] bytes, String prefix) {
    if (bytes.length < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Text has no NULs and few control characters. */
  private static boolean looksBinary(String text) {
    int sample = Math.min(text.length(), 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    return control > sample / 100 + 2;
  }

  private static boolean looksLikeHtml(String text, String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return true;
    }
    if (name.endsWith(".txt")) {
      return false;
    }
    String head = text.stripLeading().toLowerCase(Locale.ROOT);
    head = head.substring(0, Math.min(head.length(), 2048));
    return head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.startsWith("<?xml")
        || head.contains("<body")
        || head.contains("<p>");
  }

  /** Messages for {@link ApiException}s that name the file. */
  static boolean aboutTheFile(ApiException e) {
    return e.errors().stream().anyMatch(f -> f.field().equals("file"));
  }
}
