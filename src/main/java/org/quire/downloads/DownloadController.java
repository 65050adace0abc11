package org.quire.downloads;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.works.WorkNotShown;
import org.quire.works.WorkReader;
import org.quire.works.WorkView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /works/{id}/download.{epub|html|txt|pdf}}. The same audience as the work page: drafts and
 * works the reader cannot see are 404, a guest asking for a restricted work is sent to log in and
 * back. As on AO3, the adult-content gate guards the reading pages, not the download links, so that
 * e-reader apps can fetch a Mature or Explicit work: its file opens with a title page giving the
 * rating and warnings before any text.
 */
@Controller
class DownloadController {
  private final WorkReader works;
  private final DownloadService downloads;

  DownloadController(WorkReader works, DownloadService downloads) {
    this.works = works;
    this.downloads = downloads;
  }

  @GetMapping("/works/{id}/download.{extension}")
  void download(
      Viewer viewer,
      @PathVariable long id,
      @PathVariable String extension,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    DownloadFormat format =
        DownloadFormat.of(extension).orElseThrow(() -> ApiException.notFound("Download"));
    WorkView work = readable(viewer, id);
    String archive = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    Path file = downloads.file(work, format, archive);
    send(response, file, work, format);
  }

  /** Writes a generated file as an attachment named after the work. */
  static void send(HttpServletResponse response, Path file, WorkView work, DownloadFormat format)
      throws IOException {
    response.setContentType(format.mediaType().toString());
    response.setContentLengthLong(Files.size(file));
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(DownloadService.fileName(work, format))
            .build()
            .toString());
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    Files.copy(file, response.getOutputStream());
  }

  /** The audience's verdict: a guest whom signing in would help is sent to log in; else 404. */
  private WorkView readable(Viewer viewer, long id) {
    try {
      return works.posted(viewer, id);
    } catch (WorkNotShown notShown) {
      throw notShown.onPage();
    }
  }
}
