package org.quire.interactions;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.ClientAddress;
import org.quire.platform.FieldError;
import org.quire.works.WorkSummaries;
import org.quire.works.WorkSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A reader's own pages: bookmarks, inbox, history, mutes and blocks; a comment thread's page. */
@Controller
class ReaderPageController {
  private final Bookmarks bookmarks;
  private final Inbox inbox;
  private final History history;
  private final ReaderSettings settings;
  private final Mutes mutes;
  private final Blocks blocks;
  private final Comments comments;
  private final AccountDirectory accounts;
  private final WorkSummaries works;
  private final Subscriptions subscriptions;
  private final ReaderFeeds feeds;

  ReaderPageController(
      Bookmarks bookmarks,
      Inbox inbox,
      History history,
      ReaderSettings settings,
      Mutes mutes,
      Blocks blocks,
      Comments comments,
      AccountDirectory accounts,
      WorkSummaries works,
      Subscriptions subscriptions,
      ReaderFeeds feeds) {
    this.subscriptions = subscriptions;
    this.feeds = feeds;
    this.bookmarks = bookmarks;
    this.inbox = inbox;
    this.history = history;
    this.settings = settings;
    this.mutes = mutes;
    this.blocks = blocks;
    this.comments = comments;
    this.accounts = accounts;
    this.works = works;
  }

  @GetMapping("/users/{username}/bookmarks")
  String bookmarks(Viewer viewer, @PathVariable String username, Model model) {
    long owner = accounts.accountIdOf(username).orElseThrow(() -> ApiException.notFound("User"));
    List<Bookmarks.Bookmark> shown = bookmarks.of(viewer, owner);
    model.addAttribute("owner", accounts.usernames(List.of(owner)).get(owner));
    model.addAttribute("bookmarks", shown);
    model.addAttribute("own", viewer.accountId() != null && viewer.accountId() == owner);
    return "interactions/bookmarks";
  }

  @PostMapping("/bookmarks/{id}/delete")
  String deleteBookmark(Viewer viewer, @PathVariable long id, RedirectAttributes flash) {
    bookmarks.delete(viewer, id);
    flash.addFlashAttribute("notice", "Bookmark deleted.");
    return "redirect:/users/" + viewer.username() + "/bookmarks";
  }

  @GetMapping("/inbox")
  String inbox(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
    long account = viewer.accountId();
    List<Inbox.Entry> entries = inbox.of(account, Math.max(page, 1), 50);
    model.addAttribute("entries", entries);
    model.addAttribute("comments", commentsShown(viewer, entries));
    model.addAttribute("unread", inbox.unread(account));
    model.addAttribute("settings", settings.of(account));
    model.addAttribute("subscriptions", subscriptionViews(viewer));
    return "interactions/inbox";
  }

  /**
   * The comments these entries are about, by comment id, with their text: only those on works the
   * reader may still see (an entry outlives the work's audience; its text does not), and not
   * deleted. These are the entries that can be replied to in place.
   */
  private Map<Long, String> commentsShown(Viewer viewer, List<Inbox.Entry> entries) {
    List<Inbox.Entry> about = entries.stream().filter(e -> e.commentId() != null).toList();
    if (about.isEmpty()) {
      return Map.of();
    }
    Set<Long> visible =
        works.visible(viewer, about.stream().map(Inbox.Entry::workId).distinct().toList()).stream()
            .map(WorkSummary::id)
            .collect(Collectors.toSet());
    return inbox.commentTexts(
        about.stream()
            .filter(e -> visible.contains(e.workId()))
            .map(Inbox.Entry::commentId)
            .toList());
  }

  @PostMapping("/inbox/read-all")
  String markAllRead(Viewer viewer, RedirectAttributes flash) {
    int marked = inbox.markAllRead(viewer.accountId());
    flash.addFlashAttribute(
        "notice", marked == 1 ? "1 entry marked read." : marked + " entries marked read.");
    return "redirect:/inbox";
  }

  /** A reply to the comment an entry is about, from the inbox; the entry is then read. */
  @PostMapping("/inbox/{id}/reply")
  String reply(
      Viewer viewer,
      @PathVariable long id,
      @RequestParam(defaultValue = "") String body,
      HttpServletRequest request,
      RedirectAttributes flash) {
    Inbox.Entry entry =
        inbox
            .entry(viewer.accountId(), id)
            .filter(e -> e.commentId() != null && e.chapterPosition() != null)
            .orElseThrow(() -> ApiException.notFound("Inbox entry"));
    try {
      Comment posted =
          comments.post(
              viewer,
              entry.workId(),
              entry.chapterPosition(),
              new Comments.Draft(body, entry.commentId(), null, null, null),
              ClientAddress.of(request));
      inbox.markRead(viewer.accountId(), id, true);
      flash.addFlashAttribute(
          "notice",
          posted.pending() ? "Your reply awaits the creator's approval." : "Reply posted.");
      flash.addFlashAttribute(
          "replyLink",
          "/works/"
              + entry.workId()
              + "/chapters/"
              + entry.chapterPosition()
              + "#comment-"
              + posted.id());
      return "redirect:/inbox#entry-" + id;
    } catch (ApiException refused) {
      flash.addFlashAttribute(
          "replyError",
          refused.errors().isEmpty()
              ? refused.getMessage()
              : String.join(" ", refused.errors().stream().map(FieldError::message).toList()));
      flash.addFlashAttribute("replyTo", id);
      flash.addFlashAttribute("replyBody", body);
      return "redirect:/inbox#reply-" + id;
    }
  }

  /** A subscription as the inbox page lists it. */
  record SubscriptionView(long id, String label, String href) {}

  private List<SubscriptionView> subscriptionViews(Viewer viewer) {
    List<Subscriptions.Subscription> all = subscriptions.of(viewer.accountId());
    Map<Long, String> titles =
        works
            .visible(
                viewer,
                all.stream().filter(s -> s.type().equals("work")).map(s -> s.targetId()).toList())
            .stream()
            .collect(Collectors.toMap(WorkSummary::id, WorkSummary::title));
    Map<Long, String> users =
        accounts.usernames(
            all.stream().filter(s -> s.type().equals("user")).map(s -> s.targetId()).toList());
    return all.stream()
        .map(
            s ->
                s.type().equals("work")
                    ? new SubscriptionView(
                        s.id(),
                        titles.getOrDefault(s.targetId(), "A work you can no longer see"),
                        "/works/" + s.targetId())
                    : new SubscriptionView(
                        s.id(),
                        "Works by " + users.getOrDefault(s.targetId(), "a deleted user"),
                        "/users/" + users.getOrDefault(s.targetId(), "")))
        .toList();
  }

  @PostMapping("/subscriptions/user")
  String subscribeToUser(
      Viewer viewer, @RequestParam(defaultValue = "") String user, RedirectAttributes flash) {
    try {
      subscriptions.subscribe(viewer, "user", user);
      flash.addFlashAttribute("notice", "Subscribed to " + user + ".");
    } catch (ApiException refused) {
      flash.addFlashAttribute("error", refused.getMessage());
    }
    return "redirect:/inbox";
  }

  @PostMapping("/inbox/{id}/{action:read|unread|delete}")
  String inboxAction(Viewer viewer, @PathVariable long id, @PathVariable String action) {
    if (action.equals("delete")) {
      inbox.delete(viewer.accountId(), id);
    } else {
      inbox.markRead(viewer.accountId(), id, action.equals("read"));
    }
    return "redirect:/inbox";
  }

  /** The reading history; {@code show=later} lists only the works marked for later. */
  @GetMapping("/history")
  String history(Viewer viewer, @RequestParam(defaultValue = "") String show, Model model) {
    boolean later = show.equals("later");
    List<History.Entry> entries = history.of(viewer);
    model.addAttribute(
        "entries",
        later ? entries.stream().filter(History.Entry::markedForLater).toList() : entries);
    model.addAttribute("later", later);
    model.addAttribute("settings", settings.of(viewer.accountId()));
    model.addAttribute("hasFeed", feeds.hasToken(viewer.accountId()));
    return "interactions/history";
  }

  /** A new secret address for the reader's private OPDS feeds, shown once. */
  @PostMapping("/feeds/token")
  String feedToken(Viewer viewer, HttpServletRequest request, RedirectAttributes flash) {
    String token = feeds.newToken(viewer.accountId());
    String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
    flash.addFlashAttribute("feedUrl", base + "/opds/private/" + token);
    return "redirect:/history#feeds";
  }

  @PostMapping("/history/clear")
  String clearHistory(Viewer viewer, RedirectAttributes flash) {
    history.clear(viewer);
    flash.addFlashAttribute("notice", "Your history is cleared.");
    return "redirect:/history";
  }

  @PostMapping("/reading-settings")
  String readingSettings(
      Viewer viewer,
      @RequestParam(defaultValue = "false") boolean historyEnabled,
      @RequestParam(defaultValue = "none") String inboxEmail,
      @RequestParam(defaultValue = "/history") String back,
      RedirectAttributes flash) {
    settings.update(viewer, historyEnabled, inboxEmail);
    flash.addFlashAttribute("notice", "Settings saved.");
    return "redirect:" + (back.equals("/inbox") ? "/inbox" : "/history");
  }

  @GetMapping("/mutes")
  String mutes(Viewer viewer, Model model) {
    model.addAttribute("muted", mutes.of(viewer.accountId()));
    model.addAttribute("blocked", blocks.blocked(viewer.accountId()));
    return "interactions/mutes";
  }

  @PostMapping("/mutes/{action:mute|unmute|block|unblock}")
  String mute(
      Viewer viewer,
      @PathVariable String action,
      @RequestParam(required = false) @Nullable String user,
      @RequestParam(required = false) @Nullable String tag,
      RedirectAttributes flash) {
    try {
      switch (action) {
        case "mute" -> mutes.mute(viewer, user, tag);
        case "unmute" -> mutes.unmute(viewer, user, tag);
        case "block" -> blocks.block(viewer.accountId(), user);
        default -> blocks.unblock(viewer.accountId(), user);
      }
      flash.addFlashAttribute("notice", "Saved.");
    } catch (ApiException refused) {
      flash.addFlashAttribute("error", refused.getMessage());
    }
    return "redirect:/mutes";
  }

  /** One comment and its replies, for threads deeper than the work page shows. */
  @GetMapping("/comments/{id}")
  String thread(Viewer viewer, @PathVariable long id, Model model) {
    Comment root = comments.find(id).orElseThrow(() -> ApiException.notFound("Comment"));
    WorkSummary work = works.visible(viewer, root.workId());
    int position = work.chapters().indexOf(root.chapterId()) + 1;
    List<CommentThreads.Node> thread = comments.thread(viewer, work.id(), position, id);
    if (thread.isEmpty()) {
      throw ApiException.notFound("Comment");
    }
    model.addAttribute("work", work);
    model.addAttribute("position", position);
    model.addAttribute("thread", thread);
    Set<Long> muted =
        viewer.isGuest()
            ? Set.of()
            : mutes.mutedAccountIds(viewer.accountId()).stream().collect(Collectors.toSet());
    model.addAttribute("muted", muted);
    return "interactions/thread";
  }
}
