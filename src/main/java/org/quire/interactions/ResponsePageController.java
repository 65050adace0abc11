package org.quire.interactions;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.ClientAddress;
import org.quire.platform.FieldError;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The work page's response forms (kudos, comments, bookmark, subscribe, Mark for Later). Each goes
 * back to the chapter it came from; a refusal (rate limit, policy, empty comment…) is shown there
 * beside the responses, and nothing typed into a comment is half-saved.
 */
@Controller
class ResponsePageController {
  private final Kudos kudos;
  private final Comments comments;
  private final Bookmarks bookmarks;
  private final Subscriptions subscriptions;
  private final History history;

  ResponsePageController(
      Kudos kudos,
      Comments comments,
      Bookmarks bookmarks,
      Subscriptions subscriptions,
      History history) {
    this.kudos = kudos;
    this.comments = comments;
    this.bookmarks = bookmarks;
    this.subscriptions = subscriptions;
    this.history = history;
  }

  @PostMapping("/works/{id}/kudos")
  String kudos(
      Viewer viewer,
      @PathVariable long id,
      @RequestParam(defaultValue = "1") int position,
      HttpServletRequest request,
      RedirectAttributes flash) {
    return act(
        flash,
        back(id, position, "responses"),
        () -> kudos.give(viewer, id, ClientAddress.of(request)),
        "Thank you for leaving kudos!");
  }

  @PostMapping("/works/{id}/chapters/{position}/comments")
  String comment(
      Viewer viewer,
      @PathVariable long id,
      @PathVariable int position,
      @RequestParam(defaultValue = "") String body,
      @RequestParam(required = false) @Nullable Long parentId,
      @RequestParam(required = false) @Nullable String pseud,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String email,
      HttpServletRequest request,
      RedirectAttributes flash) {
    Comments.Draft draft = new Comments.Draft(body, parentId, pseud, name, email);
    try {
      Comment posted = comments.post(viewer, id, position, draft, ClientAddress.of(request));
      flash.addFlashAttribute(
          "responseNotice",
          posted.pending() ? "Your comment awaits the creator's approval." : "Comment posted.");
      return "redirect:" + back(id, position, "comment-" + posted.id());
    } catch (ApiException refused) {
      flash.addFlashAttribute("responseError", message(refused));
      // What was typed comes back in the form it was typed in (a HashMap: the session stores it).
      HashMap<String, String> typed = new HashMap<>();
      typed.put("body", body);
      typed.put("name", name == null ? "" : name);
      typed.put("email", email == null ? "" : email);
      typed.put("parentId", parentId == null ? "" : parentId.toString());
      flash.addFlashAttribute("responseTyped", typed);
      return "redirect:" + back(id, position, "responses");
    }
  }

  @PostMapping("/comments/{id}/{action:edit|delete|approve}")
  String changeComment(
      Viewer viewer,
      @PathVariable long id,
      @PathVariable String action,
      @RequestParam(defaultValue = "") String body,
      RedirectAttributes flash) {
    Comment comment = comments.find(id).orElseThrow(() -> ApiException.notFound("Comment"));
    String back = "/works/" + comment.workId() + "#comments";
    return act(
        flash,
        back,
        () -> {
          switch (action) {
            case "edit" -> comments.edit(viewer, id, body);
            case "delete" -> comments.delete(viewer, id);
            default -> comments.approve(viewer, id);
          }
        },
        switch (action) {
          case "edit" -> "Comment updated.";
          case "delete" -> "Comment deleted.";
          default -> "Comment approved.";
        });
  }

  @PostMapping("/works/{id}/moderation")
  String moderation(
      Viewer viewer,
      @PathVariable long id,
      @RequestParam(defaultValue = "1") int position,
      @RequestParam boolean moderated,
      RedirectAttributes flash) {
    return act(
        flash,
        back(id, position, "comments"),
        () -> {
          comments.setModerated(viewer, id, moderated);
        },
        moderated
            ? "New comments now wait for your approval."
            : "Comments are no longer moderated.");
  }

  @PostMapping("/works/{id}/bookmark")
  String bookmark(
      Viewer viewer,
      @PathVariable long id,
      @RequestParam(defaultValue = "1") int position,
      @RequestParam(defaultValue = "") String notes,
      @RequestParam(defaultValue = "") String tags,
      @RequestParam(name = "private", defaultValue = "false") boolean isPrivate,
      @RequestParam(defaultValue = "false") boolean rec,
      RedirectAttributes flash) {
    List<String> tagList = Arrays.stream(tags.split(",", -1)).map(String::strip).toList();
    return act(
        flash,
        back(id, position, "responses"),
        () ->
            bookmarks.create(viewer, new Bookmarks.Draft(id, notes, tagList, isPrivate, rec)).id(),
        "Bookmark created.");
  }

  @PostMapping("/works/{id}/subscribe")
  String subscribe(
      Viewer viewer,
      @PathVariable long id,
      @RequestParam(defaultValue = "1") int position,
      RedirectAttributes flash) {
    return act(
        flash,
        back(id, position, "responses"),
        () -> subscriptions.subscribe(viewer, "work", Long.toString(id)),
        "You will hear of new chapters in your inbox.");
  }

  @PostMapping("/subscriptions/{id}/delete")
  String unsubscribe(
      Viewer viewer,
      @PathVariable long id,
      @RequestParam(defaultValue = "/inbox") String back,
      RedirectAttributes flash) {
    String target = back.startsWith("/") && !back.startsWith("//") ? back : "/inbox";
    return act(
        flash,
        target,
        () -> {
          subscriptions.unsubscribe(viewer, id);
        },
        "Unsubscribed.");
  }

  @PostMapping("/works/{id}/later")
  String later(
      Viewer viewer,
      @PathVariable long id,
      @RequestParam(defaultValue = "1") int position,
      @RequestParam boolean later,
      RedirectAttributes flash) {
    return act(
        flash,
        back(id, position, "responses"),
        () -> {
          history.markForLater(viewer, id, later);
        },
        later ? "Marked for later." : "Marked as read.");
  }

  private static String act(RedirectAttributes flash, String back, Runnable action, String done) {
    try {
      action.run();
      flash.addFlashAttribute("responseNotice", done);
    } catch (ApiException refused) {
      flash.addFlashAttribute("responseError", message(refused));
    }
    return "redirect:" + back;
  }

  private static String message(ApiException e) {
    return e.errors().isEmpty()
        ? e.getMessage()
        : String.join(" ", e.errors().stream().map(FieldError::message).toList());
  }

  private static String back(long workId, int position, String anchor) {
    return (position > 0 ? "/works/" + workId + "/chapters/" + position : "/works/" + workId)
        + "#"
        + anchor;
  }
}
