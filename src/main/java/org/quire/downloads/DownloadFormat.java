package org.quire.downloads;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;

/** The four download formats, by file extension. */
enum DownloadFormat {
  EPUB("epub", "application/epub+zip"),
  HTML("html", "text/html;charset=UTF-8"),
  TXT("txt", "text/plain;charset=UTF-8"),
  PDF("pdf", "application/pdf");

  private final String extension;
  private final String mediaType;

  DownloadFormat(String extension, String mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  String extension() {
    return extension;
  }

  MediaType mediaType() {
    return MediaType.parseMediaType(mediaType);
  }

  static Optional<DownloadFormat> of(String extension) {
    for (DownloadFormat format : values()) {
      if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
