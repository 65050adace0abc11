package org.quire.downloads;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Role;
import org.quire.accounts.Viewer;
import org.quire.interactions.ReaderFeeds;
import org.quire.platform.ApiException;
import org.quire.works.WorkReader;
import org.quire.works.WorkView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A reader's private OPDS feeds at a secret address that an e-reader app can add without a
 * password: bookmarks, subscriptions (the works and the creators' works) and marked for later.
 * Downloads go through the same address, as that reader: restricted works are theirs to read; as on
 * AO3, downloads are not behind the adult-content gate (the entry gives the rating and warnings).
 * An unknown or replaced token is a 404.
 */
@RestController
class PrivateOpdsController {
  private final ReaderFeeds feeds;
  private final WorkReader works;
  private final AccountDirectory accounts;
  private final DownloadService downloads;

  PrivateOpdsController(
      ReaderFeeds feeds, WorkReader works, AccountDirectory accounts, DownloadService downloads) {
    this.feeds = feeds;
    this.works = works;
    this.accounts = accounts;
    this.downloads = downloads;
  }

  @GetMapping("/opds/private/{token}")
  ResponseEntity<String> root(@PathVariable String token, HttpServletRequest request)
      throws XMLStreamException {
    Viewer viewer = viewer(token);
    String home = "/opds/private/" + token;
    OpdsController.Feed feed =
        new OpdsController.Feed(
            OpdsController.base(request),
            "urn:quire:opds:private:" + viewer.accountId(),
            viewer.username() + "'s reading lists",
            Instant.now());
    feed.link("self", home, OpdsController.NAVIGATION);
    feed.link("start", home, OpdsController.NAVIGATION);
    feed.navigation(
        "urn:quire:opds:private:bookmarks",
        "Bookmarks",
        "Works you bookmarked.",
        home + "/bookmarks",
        "subsection");
    feed.navigation(
        "urn:quire:opds:private:subscriptions",
        "Subscriptions",
        "Works you subscribed to and new works by creators you subscribed to.",
        home + "/subscriptions",
        "subsection");
    feed.navigation(
        "urn:quire:opds:private:later",
        "Marked for Later",
        "Works you marked for later.",
        home + "/later",
        "subsection");
    return feed.done(OpdsController.NAVIGATION);
  }

  @GetMapping("/opds/private/{token}/{list:bookmarks|subscriptions|later}")
  ResponseEntity<String> list(
      @PathVariable String token, @PathVariable String list, HttpServletRequest request)
      throws XMLStreamException {
    Viewer viewer = viewer(token);
    long account = viewer.accountId();
    List<Long> ids =
        switch (list) {
          case "bookmarks" -> feeds.bookmarked(account);
          case "subscriptions" -> feeds.subscribed(account);
          default -> feeds.markedForLater(account);
        };
    // Deleted works and those no longer listed to the reader are left out.
    List<WorkView> shown = works.posted(viewer, ids);
    String base = OpdsController.base(request);
    String home = "/opds/private/" + token;
    OpdsController.Feed feed =
        new OpdsController.Feed(
            base,
            "urn:quire:opds:private:" + account + ":" + list,
            switch (list) {
              case "bookmarks" -> "Bookmarks";
              case "subscriptions" -> "Subscriptions";
              default -> "Marked for Later";
            },
            shown.isEmpty() ? Instant.now() : shown.get(0).updatedAt());
    feed.link("self", home + "/" + list, OpdsController.ACQUISITION);
    feed.link("start", home, OpdsController.NAVIGATION);
    feed.link("up", home, OpdsController.NAVIGATION);
    for (WorkView work : shown) {
      feed.work(work, base + home + "/works/" + work.id());
    }
    return feed.done(OpdsController.ACQUISITION);
  }

  @GetMapping("/opds/private/{token}/works/{id}/download.{extension}")
  void download(
      @PathVariable String token,
      @PathVariable long id,
      @PathVariable String extension,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    Viewer viewer = viewer(token);
    DownloadFormat format =
        DownloadFormat.of(extension).orElseThrow(() -> ApiException.notFound("Download"));
    WorkView work = works.posted(viewer, id);
    DownloadController.send(
        response, downloads.file(work, format, OpdsController.base(request)), work, format);
  }

  private Viewer viewer(String token) {
    long account = feeds.accountOf(token).orElseThrow(() -> ApiException.notFound("Feed"));
    String username = accounts.usernames(List.of(account)).get(account);
    if (username == null) {
      throw ApiException.notFound("Feed");
    }
    return new Viewer(account, username, Set.of(Role.USER));
  }
}
