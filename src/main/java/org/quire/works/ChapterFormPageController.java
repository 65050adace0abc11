package org.quire.works;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.quire.platform.RateLimitedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing, moving and deleting chapters on pages. */
@Controller
class ChapterFormPageController {
  private final WorkService works;

  ChapterFormPageController(WorkService works) {
    this.works = works;
  }

  @GetMapping("/works/{id}/chapters/new")
  String newChapter(Viewer viewer, @PathVariable long id, Model model) {
    Work work = works.editable(viewer, id);
    ChapterForm form =
        new ChapterForm("", "", "", "", "", "html", "", String.valueOf(work.chapters().size() + 1));
    return render(model, work, null, form, FormErrors.none());
  }

  @PostMapping("/works/{id}/chapters")
  String add(
      Viewer viewer,
      @PathVariable long id,
      ChapterForm form,
      @RequestParam(defaultValue = "post") String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Work work = works.editable(viewer, id);
    if (action.equals("preview")) {
      return preview(viewer, model, work, 0, form, response);
    }
    try {
      ChapterRequest request = form.toRequest();
      Work updated = works.addChapter(viewer, id, request);
      int position = request.position() == null ? updated.chapters().size() : request.position();
      redirect.addFlashAttribute("notice", "Chapter added.");
      return "redirect:/works/" + id + "/chapters/" + position;
    } catch (ApiException e) {
      RateLimitedException.setStatus(response, e);
      return render(model, work, null, form, FormErrors.of(e));
    }
  }

  @GetMapping("/works/{id}/chapters/{position}/edit")
  String edit(Viewer viewer, @PathVariable long id, @PathVariable int position, Model model) {
    Work work = works.editable(viewer, id);
    Chapter c = works.chapter(work, position);
    ChapterForm form =
        new ChapterForm(
            c.title(),
            c.summary(),
            c.notes(),
            c.endNotes(),
            c.body(),
            "html",
            c.publishedOn().toString(),
            String.valueOf(c.position()));
    return render(model, work, position, form, FormErrors.none());
  }

  @PostMapping("/works/{id}/chapters/{position}")
  String update(
      Viewer viewer,
      @PathVariable long id,
      @PathVariable int position,
      ChapterForm form,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Work work = works.editable(viewer, id);
    if (action.equals("preview")) {
      return preview(viewer, model, work, position, form, response);
    }
    try {
      ChapterRequest request = form.toRequest();
      works.updateChapter(viewer, id, position, request);
      redirect.addFlashAttribute("notice", "Chapter updated.");
      int now = request.position() == null ? position : request.position();
      return "redirect:/works/" + id + "/chapters/" + now;
    } catch (ApiException e) {
      RateLimitedException.setStatus(response, e);
      return render(model, work, position, form, FormErrors.of(e));
    }
  }

  @PostMapping("/works/{id}/chapters/{position}/delete")
  String delete(
      Viewer viewer,
      @PathVariable long id,
      @PathVariable int position,
      RedirectAttributes redirect) {
    works.deleteChapter(viewer, id, position);
    redirect.addFlashAttribute("notice", "Chapter deleted.");
    return "redirect:/works/" + id;
  }

  /** The chapter as it would read, above the form as typed; nothing is saved. */
  private String preview(
      Viewer viewer,
      Model model,
      Work work,
      int position,
      ChapterForm form,
      HttpServletResponse response) {
    try {
      model.addAttribute(
          "preview", works.previewChapter(viewer, work.id(), position, form.toRequest()));
    } catch (ApiException e) {
      RateLimitedException.setStatus(response, e);
      return render(model, work, position == 0 ? null : position, form, FormErrors.of(e));
    }
    return render(model, work, position == 0 ? null : position, form, FormErrors.none());
  }

  private String render(
      Model model, Work work, @Nullable Integer position, ChapterForm form, FormErrors errors) {
    model.addAttribute("work", work);
    model.addAttribute("position", position == null ? 0 : position);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "works/chapter_form";
  }

  /** The chapter form as typed. */
  record ChapterForm(
      String title,
      String summary,
      String notes,
      String endNotes,
      String body,
      String format,
      String publishedOn,
      String position) {

    ChapterForm {
      title = title == null ? "" : title;
      summary = summary == null ? "" : summary;
      notes = notes == null ? "" : notes;
      endNotes = endNotes == null ? "" : endNotes;
      body = body == null ? "" : body;
      format = format == null ? "html" : format;
      publishedOn = publishedOn == null ? "" : publishedOn;
      position = position == null ? "" : position;
    }

    ChapterRequest toRequest() {
      LocalDate date = null;
      if (!publishedOn.isBlank()) {
        try {
          date = LocalDate.parse(publishedOn.strip());
        } catch (java.time.format.DateTimeParseException e) {
          new org.quire.platform.Validation()
              .add("publishedOn", "must be a date like 2024-05-01")
              .throwIfInvalid();
        }
      }
      Integer at = null;
      if (!position.isBlank()) {
        try {
          at = Integer.parseInt(position.strip());
        } catch (NumberFormatException e) {
          at = -1;
        }
      }
      return new ChapterRequest(title, summary, notes, endNotes, body, format, date, at);
    }
  }
}
