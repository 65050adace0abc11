package org.quire.interactions;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ClientAddress;
import org.quire.platform.Paging;
import org.quire.works.WorkSummaries;
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

/** Kudos and comments over JSON. */
@RestController
class ResponseApiController {
  private final Kudos kudos;
  private final Comments comments;
  private final WorkSummaries works;

  ResponseApiController(Kudos kudos, Comments comments, WorkSummaries works) {
    this.kudos = kudos;
    this.comments = comments;
    this.works = works;
  }

  @PostMapping("/api/v1/works/{id}/kudos")
  @ResponseStatus(HttpStatus.CREATED)
  KudosResponse giveKudos(Viewer viewer, @PathVariable long id, HttpServletRequest request) {
    long count = kudos.give(viewer, id, ClientAddress.of(request));
    Kudos.Given given = kudos.given(id);
    return new KudosResponse(id, count, given.users(), given.guests());
  }

  @GetMapping("/api/v1/works/{id}/kudos")
  KudosResponse kudos(Viewer viewer, @PathVariable long id) {
    works.visible(viewer, id);
    Kudos.Given given = kudos.given(id);
    return new KudosResponse(id, given.total(), given.users(), given.guests());
  }

  @GetMapping("/api/v1/works/{id}/chapters/{position}/comments")
  CommentPage comments(
      Viewer viewer,
      @PathVariable long id,
      @PathVariable int position,
      @RequestParam(required = false) @Nullable String page,
      @RequestParam(required = false) @Nullable String perPage) {
    Paging paging = Paging.of(page, perPage, 100);
    List<CommentThreads.Node> thread = comments.thread(viewer, id, position, null);
    List<CommentResponse> items = paging.slice(thread).stream().map(CommentResponse::of).toList();
    return new CommentPage(items, paging.page(), paging.perPage(), thread.size());
  }

  @PostMapping("/api/v1/works/{id}/chapters/{position}/comments")
  @ResponseStatus(HttpStatus.CREATED)
  CommentResponse comment(
      Viewer viewer,
      @PathVariable long id,
      @PathVariable int position,
      @RequestBody Comments.Draft draft,
      HttpServletRequest request) {
    Comment posted = comments.post(viewer, id, position, draft, ClientAddress.of(request));
    return CommentResponse.of(new CommentThreads.Node(posted, 0, 0));
  }

  @PatchMapping("/api/v1/comments/{id}")
  CommentResponse edit(Viewer viewer, @PathVariable long id, @RequestBody Comments.Draft draft) {
    return CommentResponse.of(
        new CommentThreads.Node(comments.edit(viewer, id, draft.body()), 0, 0));
  }

  @DeleteMapping("/api/v1/comments/{id}")
  ResponseEntity<Void> delete(Viewer viewer, @PathVariable long id) {
    comments.delete(viewer, id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/v1/comments/{id}/approve")
  CommentResponse approve(Viewer viewer, @PathVariable long id) {
    return CommentResponse.of(new CommentThreads.Node(comments.approve(viewer, id), 0, 0));
  }

  @PutMapping("/api/v1/works/{id}/comment-moderation")
  Moderation moderate(Viewer viewer, @PathVariable long id, @RequestBody Moderation moderation) {
    comments.setModerated(viewer, id, moderation.moderated());
    return moderation;
  }

  record KudosResponse(long workId, long kudos, List<String> users, long guests) {}

  record Moderation(boolean moderated) {}

  record CommentPage(List<CommentResponse> items, int page, int perPage, long total) {}

  /** A comment as the API shows it; a deleted one has no body and no author. */
  record CommentResponse(
      long id,
      long workId,
      @Nullable Long parentId,
      int depth,
      @Nullable String author,
      @Nullable String pseud,
      @Nullable String username,
      String body,
      boolean pending,
      boolean deleted,
      @Nullable Instant editedAt,
      Instant createdAt) {
    static CommentResponse of(CommentThreads.Node node) {
      Comment c = node.comment();
      return new CommentResponse(
          c.id(),
          c.workId(),
          c.parentId(),
          node.depth(),
          c.deleted() ? null : c.author(),
          c.deleted() ? null : c.pseud(),
          c.deleted() ? null : c.username(),
          c.deleted() ? "" : c.body(),
          c.pending(),
          c.deleted(),
          c.editedAt(),
          c.createdAt());
    }
  }
}
