package org.quire.interactions;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Subscriptions, the inbox, mutes and blocks over JSON; the mail outbox for admins. */
@RestController
class FollowApiController {
  private final Subscriptions subscriptions;
  private final Inbox inbox;
  private final Mutes mutes;
  private final Blocks blocks;
  private final Outbox outbox;

  FollowApiController(
      Subscriptions subscriptions, Inbox inbox, Mutes mutes, Blocks blocks, Outbox outbox) {
    this.subscriptions = subscriptions;
    this.inbox = inbox;
    this.mutes = mutes;
    this.blocks = blocks;
    this.outbox = outbox;
  }

  record SubscriptionRequest(@Nullable String type, @Nullable String id) {}

  @PostMapping("/api/v1/subscriptions")
  @ResponseStatus(HttpStatus.CREATED)
  Subscriptions.Subscription subscribe(Viewer viewer, @RequestBody SubscriptionRequest request) {
    return subscriptions.subscribe(viewer, request.type(), request.id());
  }

  @DeleteMapping("/api/v1/subscriptions/{id}")
  ResponseEntity<Void> unsubscribe(Viewer viewer, @PathVariable long id) {
    subscriptions.unsubscribe(viewer, id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/v1/me/subscriptions")
  LibraryApiController.Page<Subscriptions.Subscription> mySubscriptions(
      Viewer viewer,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String perPage) {
    return LibraryApiController.Page.of(
        Paging.of(page, perPage, 20), subscriptions.of(viewer.accountId()), s -> s);
  }

  @GetMapping("/api/v1/me/inbox")
  InboxPage inbox(
      Viewer viewer,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String perPage) {
    Paging paging = Paging.of(page, perPage, 20);
    long account = viewer.accountId();
    return new InboxPage(
        inbox.of(account, paging.page(), paging.perPage()),
        paging.page(),
        paging.perPage(),
        inbox.count(account),
        inbox.unread(account));
  }

  record InboxChange(boolean read) {}

  @PatchMapping("/api/v1/me/inbox/{id}")
  ResponseEntity<Void> markRead(
      Viewer viewer, @PathVariable long id, @RequestBody InboxChange change) {
    inbox.markRead(viewer.accountId(), id, change.read());
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/api/v1/me/inbox/{id}")
  ResponseEntity<Void> deleteEntry(Viewer viewer, @PathVariable long id) {
    inbox.delete(viewer.accountId(), id);
    return ResponseEntity.noContent().build();
  }

  /** {@code {"user": name}} or {@code {"tag": name}}. */
  record Target(@Nullable String user, @Nullable String tag) {}

  @GetMapping("/api/v1/me/mutes")
  Mutes.Muted mutes(Viewer viewer) {
    return mutes.of(viewer.accountId());
  }

  @PostMapping("/api/v1/me/mutes")
  @ResponseStatus(HttpStatus.CREATED)
  Mutes.Muted mute(Viewer viewer, @RequestBody Target target) {
    mutes.mute(viewer, target.user(), target.tag());
    return mutes.of(viewer.accountId());
  }

  /** The target in the body (as the contract shows) or as query parameters. */
  @DeleteMapping("/api/v1/me/mutes")
  Mutes.Muted unmute(
      Viewer viewer,
      @RequestBody(required = false) @Nullable Target body,
      @RequestParam(required = false) @Nullable String user,
      @RequestParam(required = false) @Nullable String tag) {
    Target target = body != null ? body : new Target(user, tag);
    mutes.unmute(viewer, target.user(), target.tag());
    return mutes.of(viewer.accountId());
  }

  @GetMapping("/api/v1/me/blocks")
  List<String> blocked(Viewer viewer) {
    return blocks.blocked(viewer.accountId());
  }

  @PostMapping("/api/v1/me/blocks")
  @ResponseStatus(HttpStatus.CREATED)
  List<String> block(Viewer viewer, @RequestBody Target target) {
    blocks.block(viewer.accountId(), target.user());
    return blocks.blocked(viewer.accountId());
  }

  @DeleteMapping("/api/v1/me/blocks")
  List<String> unblock(
      Viewer viewer,
      @RequestBody(required = false) @Nullable Target body,
      @RequestParam(required = false) @Nullable String user) {
    blocks.unblock(viewer.accountId(), body != null ? body.user() : user);
    return blocks.blocked(viewer.accountId());
  }

  @GetMapping("/api/v1/admin/outbox")
  List<Outbox.Mail> outbox(@RequestParam(defaultValue = "100") int limit) {
    return outbox.recent(Math.max(1, Math.min(limit, 1000)));
  }

  record InboxPage(List<Inbox.Entry> items, int page, int perPage, long total, long unread) {}
}
