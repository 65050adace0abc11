package org.quire.interactions;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.PseudRef;
import org.quire.accounts.Viewer;
import org.quire.platform.ClientAddress;
import org.quire.platform.PageContext;
import org.quire.works.Audience;
import org.quire.works.WorkPageSection;
import org.quire.works.WorkSummary;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The responses part of the work page: kudos, bookmark, subscribe, Mark for Later, "continue
 * reading", and the chapter's comment thread with its forms.
 */
@Component
class WorkSection implements WorkPageSection {
  static final int MAX_DEPTH_SHOWN = 5;
  private final TemplateEngine templates;
  private final Kudos kudos;
  private final Comments comments;
  private final Bookmarks bookmarks;
  private final Subscriptions subscriptions;
  private final History history;
  private final Mutes mutes;
  private final AccountDirectory accounts;

  WorkSection(
      TemplateEngine templates,
      Kudos kudos,
      Comments comments,
      Bookmarks bookmarks,
      Subscriptions subscriptions,
      History history,
      Mutes mutes,
      AccountDirectory accounts) {
    this.templates = templates;
    this.kudos = kudos;
    this.comments = comments;
    this.bookmarks = bookmarks;
    this.subscriptions = subscriptions;
    this.history = history;
    this.mutes = mutes;
    this.accounts = accounts;
  }

  /** Everything the section's template shows. */
  record View(
      PageContext ctx,
      @Nullable Long viewerId,
      WorkSummary work,
      int position,
      boolean signedIn,
      boolean mine,
      boolean kudosGiven,
      Kudos.Given kudos,
      Optional<Bookmarks.Bookmark> bookmark,
      Optional<Subscriptions.Subscription> subscription,
      Optional<History.Entry> reading,
      List<CommentThreads.Node> thread,
      List<Long> mutedAccounts,
      List<PseudRef> pseuds,
      boolean moderated,
      @Nullable String error,
      @Nullable String notice,
      Map<String, String> typed) {

    /** What the reader typed into the comment form answering {@code parentId}, if it came back. */
    String typed(@Nullable Long parentId, String field) {
      String parent = parentId == null ? "" : parentId.toString();
      return parent.equals(typed.get("parentId")) ? typed.getOrDefault(field, "") : "";
    }

    /** The id of the comment box the refused comment came from, for the error's link. */
    String typedBox() {
      String parent = typed.getOrDefault("parentId", "");
      return parent.isEmpty() ? "comment-form-body" : "reply-" + parent + "-body";
    }

    boolean mayComment() {
      return !work.commentPolicy().equals("none")
          && (signedIn || work.commentPolicy().equals("anyone"));
    }

    boolean own(Comment c) {
      return c.by(viewerId) && !c.deleted();
    }

    boolean muted(Comment c) {
      return c.accountId() != null && mutedAccounts.contains(c.accountId());
    }
  }

  @Override
  public String render(Viewer viewer, PageContext page, WorkSummary work, int position) {
    HttpServletRequest request =
        ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
    boolean signedIn = !viewer.isGuest();
    View view =
        new View(
            page,
            viewer.accountId(),
            work,
            position,
            signedIn,
            work.createdBy(viewer.accountId()),
            // A guest is told on pressing Kudos a second time, as on AO3: asking the database on
            // every guest page view would cost more than the rest of the page.
            signedIn
                && Audience.of(viewer).lists(work)
                && kudos.hasGiven(viewer, work.id(), ClientAddress.of(request)),
            kudos.shown(work.id()),
            signedIn ? bookmarks.mine(viewer.accountId(), work.id()) : Optional.empty(),
            signedIn ? subscriptions.find(viewer.accountId(), "work", work.id()) : Optional.empty(),
            history.of(viewer, work),
            position > 0 ? comments.thread(viewer, work.id(), position, null) : List.of(),
            signedIn ? mutes.mutedAccountIds(viewer.accountId()) : List.of(),
            signedIn ? accounts.pseudsOf(viewer.accountId()) : List.of(),
            comments.moderated(work.id()),
            flash == null ? null : (String) flash.get("responseError"),
            flash == null ? null : (String) flash.get("responseNotice"),
            typed(flash));
    StringOutput out = new StringOutput();
    templates.render("interactions/work_section.jte", Map.of("view", view), out);
    return out.toString();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> typed(@Nullable Map<String, ?> flash) {
    Object typed = flash == null ? null : flash.get("responseTyped");
    return typed instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
  }
}
