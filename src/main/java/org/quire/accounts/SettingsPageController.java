package org.quire.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The settings page: pseuds, API tokens and password (sign-in required by the security chain). */
@Controller
class SettingsPageController {
  private final AccountService accounts;
  private final TokenService tokens;
  private final AccountDirectory directory;

  SettingsPageController(AccountService accounts, TokenService tokens, AccountDirectory directory) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.directory = directory;
  }

  @PostMapping("/settings/preferences")
  String preferences(
      Viewer viewer,
      @RequestParam(defaultValue = "false") boolean showAdultContent,
      RedirectAttributes redirect) {
    directory.setShowAdultContent(id(viewer), showAdultContent);
    redirect.addFlashAttribute("notice", "Your preferences were saved.");
    return "redirect:/settings";
  }

  @GetMapping("/settings")
  String settings(Viewer viewer, Model model) {
    return render(viewer, model, "none", FormErrors.none());
  }

  @PostMapping("/settings/pseuds")
  String addPseud(
      Viewer viewer,
      @RequestParam(defaultValue = "") String name,
      @RequestParam(defaultValue = "") String description,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Pseud pseud = accounts.addPseud(id(viewer), name, description);
      redirect.addFlashAttribute("notice", "Pseud \u201c" + pseud.name() + "\u201d added.");
      return "redirect:/settings";
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      model.addAttribute("pseudName", name);
      model.addAttribute("pseudDescription", description);
      return render(viewer, model, "pseud", FormErrors.of(e));
    }
  }

  @PostMapping("/settings/pseuds/{pseudId}/delete")
  String deletePseud(Viewer viewer, @PathVariable long pseudId, RedirectAttributes redirect) {
    accounts.deletePseud(id(viewer), pseudId);
    redirect.addFlashAttribute("notice", "Pseud deleted.");
    return "redirect:/settings";
  }

  @PostMapping("/settings/tokens")
  String createToken(
      Viewer viewer,
      @RequestParam(defaultValue = "") String tokenName,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      TokenService.IssuedToken issued = tokens.create(id(viewer), tokenName);
      redirect.addFlashAttribute("newToken", issued.token());
      redirect.addFlashAttribute(
          "notice",
          "Token \u201c"
              + issued.stored().name()
              + "\u201d created. Copy it now: it will not be shown again.");
      return "redirect:/settings";
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      model.addAttribute("tokenName", tokenName);
      // The form's field is "tokenName"; the service names it "name".
      return render(viewer, model, "token", FormErrors.of(e).renamed("name", "tokenName"));
    }
  }

  @PostMapping("/settings/tokens/{tokenId}/revoke")
  String revokeToken(Viewer viewer, @PathVariable long tokenId, RedirectAttributes redirect) {
    tokens.revoke(id(viewer), tokenId);
    redirect.addFlashAttribute("notice", "Token revoked.");
    return "redirect:/settings";
  }

  @PostMapping("/settings/password")
  String changePassword(
      Viewer viewer,
      @RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String newPassword,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      accounts.changePassword(id(viewer), currentPassword, newPassword);
      redirect.addFlashAttribute("notice", "Your password has been changed.");
      return "redirect:/settings";
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      return render(viewer, model, "password", FormErrors.of(e));
    }
  }

  private String render(Viewer viewer, Model model, String failedForm, FormErrors errors) {
    long id = id(viewer);
    model.addAttribute("account", accounts.get(id));
    model.addAttribute("pseuds", accounts.pseuds(id));
    model.addAttribute("tokens", tokens.list(id));
    model.addAttribute("showAdultContent", directory.showsAdultContent(id));
    model.addAttribute("failedForm", failedForm);
    model.addAttribute("errors", errors);
    return "accounts/settings";
  }

  private static long id(Viewer viewer) {
    return AccountApiController.signedIn(viewer);
  }
}
