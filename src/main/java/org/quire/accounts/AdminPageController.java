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
  private final RoleService roles;

  AdminPageController(Registration registration, RoleService roles) {
    this.registration = registration;
    this.roles = roles;
  }

  @PostMapping("/admin/wranglers")
  String grantWrangler(
      @RequestParam(defaultValue = "") String username,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      roles.grant(username.strip(), Role.WRANGLER.label());
      redirect.addFlashAttribute("notice", username.strip() + " is now a tag wrangler.");
      return "redirect:/admin";
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(
          model,
          FormErrors.of(
              new ApiException(
                  e.status(),
                  e.getMessage(),
                  java.util.List.of(
                      new org.quire.platform.FieldError(
                          "username", "is not a user of this archive")))));
    }
  }

  @PostMapping("/admin/wranglers/{username}/remove")
  String removeWrangler(
      @org.springframework.web.bind.annotation.PathVariable String username,
      RedirectAttributes redirect) {
    roles.revoke(username, Role.WRANGLER.label());
    redirect.addFlashAttribute("notice", username + " is no longer a tag wrangler.");
    return "redirect:/admin";
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
    model.addAttribute("wranglers", roles.holders(Role.WRANGLER));
    model.addAttribute("errors", errors);
    return "accounts/admin";
  }
}
