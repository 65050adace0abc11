package org.quire.search;

import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * For admins: the index's state ({@code GET /api/v1/admin/search-index}) and a rebuild from the
 * database while the archive keeps serving ({@code POST /api/v1/admin/search-index/rebuild}).
 */
@RestController
class SearchAdminApiController {
  private final SearchIndex index;
  private final IndexMaintenance maintenance;

  SearchAdminApiController(SearchIndex index, IndexMaintenance maintenance) {
    this.index = index;
    this.maintenance = maintenance;
  }

  @GetMapping("/api/v1/admin/search-index")
  Status status() throws IOException {
    IndexMaintenance.Rebuilt last = maintenance.lastRebuild();
    return new Status(
        index.ready(),
        index.textReady(),
        index.size(),
        index.merging(),
        index.startProblem(),
        last == null
            ? null
            : new LastRebuild(last.works(), last.seconds(), last.textSeconds(), last.finishedAt()));
  }

  /**
   * {@code ?text=false} keeps the chapter-text index (finishing its pass if one was stopped): after
   * a change to what listings index, the text, nearly all of the work, need not be read again.
   */
  @PostMapping("/api/v1/admin/search-index/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Status rebuild(@RequestParam(defaultValue = "true") boolean text) throws IOException {
    maintenance.rebuildInBackground(text);
    return status();
  }

  /**
   * @param ready whether listings are answered by the index (false: by SQL, during a rebuild)
   * @param textReady whether {@code text=} searches are too (false: by SQL, until the text pass of
   *     a rebuild ends)
   * @param works how many works the index holds
   * @param merging whether segments are being merged in the background (searches are slower
   *     meanwhile on a small machine)
   * @param rebuiltAtStartBecause why the index found at start-up was rebuilt, if it was
   */
  record Status(
      boolean ready,
      boolean textReady,
      int works,
      boolean merging,
      @Nullable String rebuiltAtStartBecause,
      @Nullable LastRebuild lastRebuild) {}

  /**
   * @param seconds until listings were answered by the index again
   * @param textSeconds how long the text pass took after that: null while it runs, 0 when the text
   *     index was kept and complete
   */
  record LastRebuild(
      long works, double seconds, @Nullable Double textSeconds, Instant finishedAt) {}
}
