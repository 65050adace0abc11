package org.quire.interactions;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bookmarks and reading history over JSON. */
@RestController
class LibraryApiController {
  private final Bookmarks bookmarks;
  private final History history;
  private final ReaderSettings settings;
  private final AccountDirectory accounts;
  private final ReaderFeeds feeds;

  LibraryApiController(
      Bookmarks bookmarks,
      History history,
      ReaderSettings settings,
      AccountDirectory accounts,
      ReaderFeeds feeds) {
    this.feeds = feeds;
    this.bookmarks = bookmarks;
    this.history = history;
    this.settings = settings;
    this.accounts = accounts;
  }

  /** The contract's bookmark body; {@code private} is a Java keyword, hence the record below. */
  record BookmarkRequest(
      @Nullable Long workId,
      @Nullable String notes,
      @Nullable List<String> tags,
      @com.fasterxml.jackson.annotation.JsonProperty("private") @Nullable Boolean isPrivate,
      @Nullable Boolean rec) {
    Bookmarks.Draft draft() {
      return new Bookmarks.Draft(workId, notes, tags, isPrivate, rec);
    }
  }

  @PostMapping("/api/v1/bookmarks")
  @ResponseStatus(HttpStatus.CREATED)
  BookmarkResponse bookmark(Viewer viewer, @RequestBody BookmarkRequest request) {
    return BookmarkResponse.of(bookmarks.create(viewer, request.draft()));
  }

  @PatchMapping("/api/v1/bookmarks/{id}")
  BookmarkResponse update(
      Viewer viewer, @PathVariable long id, @RequestBody BookmarkRequest request) {
    return BookmarkResponse.of(bookmarks.update(viewer, id, request.draft()));
  }

  @DeleteMapping("/api/v1/bookmarks/{id}")
  ResponseEntity<Void> delete(Viewer viewer, @PathVariable long id) {
    bookmarks.delete(viewer, id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/me/bookmarks")
  Page<BookmarkResponse> mine(
      Viewer viewer,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String perPage) {
    Paging paging = Paging.of(page, perPage, 20);
    return Page.of(paging, bookmarks.of(viewer, viewer.accountId()), BookmarkResponse::of);
  }

  @GetMapping("/api/v1/users/{username}/bookmarks")
  Page<BookmarkResponse> ofUser(
      Viewer viewer,
      @PathVariable String username,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String perPage) {
    Paging paging = Paging.of(page, perPage, 20);
    long owner = accounts.accountIdOf(username).orElseThrow(() -> ApiException.notFound("User"));
    return Page.of(paging, bookmarks.of(viewer, owner), BookmarkResponse::of);
  }

  @GetMapping("/api/v1/me/history")
  Page<History.Entry> history(
      Viewer viewer,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String perPage) {
    return Page.of(Paging.of(page, perPage, 20), history.of(viewer), e -> e);
  }

  @PutMapping("/api/v1/me/history/{workId}/later")
  History.Entry later(Viewer viewer, @PathVariable long workId, @RequestBody Later later) {
    history.markForLater(viewer, workId, later.later());
    return history.of(viewer).stream()
        .filter(e -> e.workId() == workId)
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("Work"));
  }

  @DeleteMapping("/api/v1/me/history")
  ResponseEntity<Void> clear(Viewer viewer) {
    history.clear(viewer);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/api/v1/me/history/{workId}")
  ResponseEntity<Void> forget(Viewer viewer, @PathVariable long workId) {
    history.forget(viewer, workId);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/me/reading-settings")
  ReaderSettings.Settings readingSettings(Viewer viewer) {
    return settings.of(viewer.accountId());
  }

  @PatchMapping("/api/v1/me/reading-settings")
  ReaderSettings.Settings changeReadingSettings(
      Viewer viewer, @RequestBody SettingsChange changes) {
    return settings.update(viewer, changes.historyEnabled(), changes.inboxEmail());
  }

  /**
   * A new secret address for the caller's private OPDS feeds (bookmarks, subscriptions, marked for
   * later); the previous one stops working.
   */
  @PostMapping("/api/v1/me/feed-token")
  @ResponseStatus(HttpStatus.CREATED)
  FeedToken feedToken(Viewer viewer, jakarta.servlet.http.HttpServletRequest request) {
    String token = feeds.newToken(viewer.accountId());
    String base =
        org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request)
            .build()
            .toUriString();
    return new FeedToken(token, base + "/opds/private/" + token);
  }

  record FeedToken(String token, String url) {}

  record Later(boolean later) {}

  record SettingsChange(@Nullable Boolean historyEnabled, @Nullable String inboxEmail) {}

  /** The contract's list shape: one page of a list read whole (a reader's own, so not long). */
  record Page<T>(List<T> items, int page, int perPage, long total) {
    static <S, T> Page<T> of(
        Paging paging, List<S> all, java.util.function.Function<? super S, T> shown) {
      List<T> items = paging.slice(all).stream().<T>map(shown).toList();
      return new Page<>(items, paging.page(), paging.perPage(), all.size());
    }
  }

  /** A bookmark as the API shows it. */
  record BookmarkResponse(
      long id,
      String username,
      @Nullable Long workId,
      String workTitle,
      boolean workDeleted,
      String notes,
      List<String> tags,
      @com.fasterxml.jackson.annotation.JsonProperty("private") boolean isPrivate,
      boolean rec,
      java.time.Instant createdAt) {
    static BookmarkResponse of(Bookmarks.Bookmark b) {
      return new BookmarkResponse(
          b.id(),
          b.username(),
          b.workId(),
          b.workTitle(),
          b.workId() == null,
          b.notes(),
          b.tags(),
          b.isPrivate(),
          b.rec(),
          b.createdAt());
    }
  }
}
