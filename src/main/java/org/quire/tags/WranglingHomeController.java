package org.quire.tags;

import jakarta.servlet.http.HttpServletResponse;
import org.quire.accounts.Role;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /wrangling}: where a wrangler finds their work. Their fandoms with what waits in each bin,
 * the fandoms nobody wrangles yet, and assigning (themselves, or anyone for an admin).
 */
@Controller
class WranglingHomeController {
  private final FandomWranglers wranglers;

  WranglingHomeController(FandomWranglers wranglers) {
    this.wranglers = wranglers;
  }

  @GetMapping("/wrangling")
  String home(Viewer viewer, Model model) {
    TagPageController.requireWrangler(viewer);
    return render(viewer, model, FormErrors.none(), "", "");
  }

  @PostMapping("/wrangling/assign")
  String assign(
      Viewer viewer,
      @RequestParam(defaultValue = "") String fandom,
      @RequestParam(defaultValue = "") String username,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    TagPageController.requireWrangler(viewer);
    String who = username.isBlank() ? String.valueOf(viewer.username()) : username.strip();
    try {
      if (fandom.isBlank()) {
        throw ApiException.invalid("fandom", "is required");
      }
      wranglers.assign(viewer, fandom.strip(), who);
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(viewer, model, besideField(e), fandom, username);
    }
    redirect.addFlashAttribute("notice", who + " now wrangles " + fandom.strip() + ".");
    return "redirect:/wrangling";
  }

  @PostMapping("/wrangling/unassign")
  String unassign(
      Viewer viewer, @RequestParam(defaultValue = "") String fandom, RedirectAttributes redirect) {
    TagPageController.requireWrangler(viewer);
    wranglers.unassign(viewer, fandom, String.valueOf(viewer.username()));
    redirect.addFlashAttribute("notice", "You no longer wrangle " + fandom + ".");
    return "redirect:/wrangling";
  }

  /** A missing tag or user is said beside its field rather than as a 404 page. */
  private static FormErrors besideField(ApiException e) {
    if (e.status() != org.springframework.http.HttpStatus.NOT_FOUND) {
      return FormErrors.of(e);
    }
    boolean user = String.valueOf(e.getMessage()).startsWith("User");
    return FormErrors.of(
        user
            ? ApiException.invalid("username", "is not a user here")
            : ApiException.invalid("fandom", "is not a tag here"));
  }

  private String render(
      Viewer viewer, Model model, FormErrors errors, String fandom, String username) {
    model.addAttribute("overview", wranglers.overview(viewer));
    model.addAttribute("admin", viewer.has(Role.ADMIN));
    model.addAttribute("errors", errors);
    model.addAttribute("fandom", fandom);
    model.addAttribute("username", username);
    return "tags/wrangling";
  }
}
