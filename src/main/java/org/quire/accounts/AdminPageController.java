package org.quire.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page: registration mode and invitation codes (admins only, by the security chain). */
@Controller
class AdminPageController {
  private final Registration registration;

  AdminPageController(Registration registration) {
    this.registration = registration;
  }

  @GetMapping("/admin")
  String admin(Model model) {
    return render(model, FormErrors.none());
  }

  @PostMapping("/admin/registration")
  String setMode(@RequestParam(defaultValue = "") String mode, RedirectAttributes redirect) {
    registration.setMode(AdminApiController.parseMode(mode));
    redirect.addFlashAttribute(
        "notice", "Registration is now " + registration.mode().label() + ".");
    return "redirect:/admin";
  }

  @PostMapping("/admin/invitations")
  String invite(
      Viewer viewer,
      @RequestParam(defaultValue = "1") String count,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      int n;
      try {
        n = Integer.parseInt(count.trim());
      } catch (NumberFormatException e) {
        n = 0;
      }
      var codes = registration.createInvites(n, AccountApiController.signedIn(viewer));
      redirect.addFlashAttribute("notice", codes.size() + " invitation code(s) created.");
      return "redirect:/admin";
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(model, FormErrors.of(e));
    }
  }

  private String render(Model model, FormErrors errors) {
    model.addAttribute("mode", registration.mode().label());
    model.addAttribute("invitations", registration.invitations());
    model.addAttribute("errors", errors);
    return "accounts/admin";
  }
}
