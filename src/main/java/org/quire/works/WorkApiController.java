package org.quire.works;

import java.net.URI;
import org.quire.accounts.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Works and their chapters over JSON. */
@RestController
@RequestMapping("/api/v1/works")
class WorkApiController {
  private final WorkService works;
  private final org.springframework.context.ApplicationEventPublisher events;

  WorkApiController(
      WorkService works, org.springframework.context.ApplicationEventPublisher events) {
    this.works = works;
    this.events = events;
  }

  @PostMapping
  ResponseEntity<WorkResponse> create(Viewer viewer, @RequestBody WorkRequest request) {
    Work work = works.create(viewer, request);
    return ResponseEntity.created(URI.create("/api/v1/works/" + work.id()))
        .body(WorkResponse.of(work));
  }

  @GetMapping("/{id}")
  WorkResponse get(Viewer viewer, @PathVariable long id) {
    return WorkResponse.of(works.visible(viewer, id));
  }

  @PatchMapping("/{id}")
  WorkResponse update(Viewer viewer, @PathVariable long id, @RequestBody WorkRequest request) {
    return WorkResponse.of(works.update(viewer, id, request));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(Viewer viewer, @PathVariable long id) {
    works.delete(viewer, id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/{id}/chapters/{position}")
  ChapterResponse chapter(Viewer viewer, @PathVariable long id, @PathVariable int position) {
    Work work = works.visible(viewer, id);
    Chapter chapter = works.chapter(work, position);
    if (!viewer.isGuest() && Audience.of(viewer).lists(work)) {
      events.publishEvent(new WorkRead(viewer.accountId(), id, position, work.chapterCount()));
    }
    return ChapterResponse.of(chapter);
  }

  @PostMapping("/{id}/chapters")
  @ResponseStatus(HttpStatus.CREATED)
  ChapterResponse addChapter(
      Viewer viewer, @PathVariable long id, @RequestBody ChapterRequest request) {
    Work work = works.addChapter(viewer, id, request);
    int position = request.position() == null ? work.chapters().size() : request.position();
    return ChapterResponse.of(works.chapter(work, position));
  }

  @PatchMapping("/{id}/chapters/{position}")
  ChapterResponse updateChapter(
      Viewer viewer,
      @PathVariable long id,
      @PathVariable int position,
      @RequestBody ChapterRequest request) {
    Work work = works.updateChapter(viewer, id, position, request);
    return ChapterResponse.of(
        works.chapter(work, request.position() == null ? position : request.position()));
  }

  @DeleteMapping("/{id}/chapters/{position}")
  ResponseEntity<Void> deleteChapter(
      Viewer viewer, @PathVariable long id, @PathVariable int position) {
    works.deleteChapter(viewer, id, position);
    return ResponseEntity.noContent().build();
  }
}
