package org.quire.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.quire.platform.Validation;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page behind the one-time link of {@link FirstAdmin}: creates the first admin account. */
@Controller
@ConditionalOnWebApplication
class FirstAdminPageController {
  private final FirstAdmin firstAdmin;
  private final AccountService accounts;

  FirstAdminPageController(FirstAdmin firstAdmin, AccountService accounts) {
    this.firstAdmin = firstAdmin;
    this.accounts = accounts;
  }

  @GetMapping("/first-admin/{token}")
  String form(@PathVariable String token, Model model) {
    if (!firstAdmin.valid(token)) {
      throw ApiException.notFound("Page");
    }
    return render(model, token, "", "", FormErrors.none());
  }

  @PostMapping("/first-admin/{token}")
  String create(
      @PathVariable String token,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String passwordConfirmation,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (!firstAdmin.valid(token) || !firstAdmin.take(token)) {
      throw ApiException.notFound("Page");
    }
    try {
      if (!password.equals(passwordConfirmation)) {
        new Validation()
            .add("passwordConfirmation", "does not match the password")
            .throwIfInvalid();
      }
      Account account = accounts.createFirstAdmin(username, email, password);
      redirect.addFlashAttribute(
          "notice",
          "Welcome, " + account.username() + "! You are this archive's admin: log in below.");
      return "redirect:/login";
    } catch (ApiException e) {
      firstAdmin.giveBack(token);
      response.setStatus(e.status().value());
      return render(model, token, username, email, FormErrors.of(e));
    }
  }

  private static String render(
      Model model, String token, String username, String email, FormErrors errors) {
    model.addAttribute("token", token);
    model.addAttribute("username", username);
    model.addAttribute("email", email);
    model.addAttribute("errors", errors);
    return "accounts/first_admin";
  }
}
