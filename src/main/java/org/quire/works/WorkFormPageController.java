package org.quire.works;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.PseudRef;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.quire.platform.RateLimitedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posting and editing a work's details: "Preview" saves a draft that only its creators see, "Post"
 * publishes. Errors come back beside their fields with everything typed kept.
 */
@Controller
class WorkFormPageController {
  private final WorkService works;
  private final AccountDirectory accounts;

  WorkFormPageController(WorkService works, AccountDirectory accounts) {
    this.works = works;
    this.accounts = accounts;
  }

  @GetMapping("/works/new")
  String newWork(Viewer viewer, Model model) {
    return form(viewer, model, WorkForm.empty(), null, FormErrors.none());
  }

  @PostMapping("/works")
  String create(
      Viewer viewer,
      @ModelAttribute WorkForm form,
      @RequestParam(defaultValue = "post") String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    signedIn(viewer);
    boolean preview = action.equals("preview");
    try {
      Work work = works.create(viewer, form.toRequest(true, preview));
      redirect.addFlashAttribute(
          "notice",
          preview ? "Draft saved. This is a preview: post it when it is ready." : "Work posted.");
      return "redirect:/works/" + work.id();
    } catch (ApiException e) {
      RateLimitedException.setStatus(e, response);
      return form(viewer, model, form, null, errors(e));
    }
  }

  @GetMapping("/works/{id}/edit")
  String edit(Viewer viewer, @PathVariable long id, Model model) {
    Work work = works.editable(viewer, id);
    return form(viewer, model, WorkForm.of(work), work, FormErrors.none());
  }

  @PostMapping("/works/{id}")
  String update(
      Viewer viewer,
      @PathVariable long id,
      @ModelAttribute WorkForm form,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Work existing = works.editable(viewer, id);
    try {
      Boolean draft = action.equals("post") ? Boolean.FALSE : null;
      works.update(viewer, id, form.toRequest(false, draft));
      redirect.addFlashAttribute("notice", draft == null ? "Work updated." : "Work posted.");
      return "redirect:/works/" + id;
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return form(viewer, model, form, existing, errors(e));
    }
  }

  @PostMapping("/works/{id}/post")
  String post(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
    works.update(viewer, id, WorkForm.of(works.editable(viewer, id)).toRequest(false, false));
    redirect.addFlashAttribute("notice", "Work posted.");
    return "redirect:/works/" + id;
  }

  @GetMapping("/works/{id}/delete")
  String confirmDelete(Viewer viewer, @PathVariable long id, Model model) {
    model.addAttribute("work", works.editable(viewer, id));
    return "works/delete";
  }

  @PostMapping("/works/{id}/delete")
  String delete(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
    Work work = works.editable(viewer, id);
    works.delete(viewer, id);
    redirect.addFlashAttribute("notice", "\u201c" + work.title() + "\u201d was deleted.");
    return "redirect:" + Pages.user(viewer.username() == null ? "" : viewer.username()) + "/works";
  }

  private String form(
      Viewer viewer,
      Model model,
      WorkForm form,
      @org.jspecify.annotations.Nullable Work existing,
      FormErrors errors) {
    List<PseudRef> pseuds = accounts.pseudsOf(signedIn(viewer));
    model.addAttribute("form", form);
    model.addAttribute("existing", existing);
    model.addAttribute("pseuds", pseuds);
    model.addAttribute("errors", errors);
    return "works/form";
  }

  /** The service names the first chapter's fields "chapters[0].x"; the form calls them "x". */
  static FormErrors errors(ApiException e) {
    return FormErrors.of(e)
        .renamed("chapters[0].body", "body")
        .renamed("chapters[0].title", "chapterTitle")
        .renamed("chapters[0].format", "format")
        .renamed("chapters", "body");
  }

  private static long signedIn(Viewer viewer) {
    Long id = viewer.accountId();
    if (id == null) {
      throw new AccessDeniedException("Log in to post.");
    }
    return id;
  }
}
