package org.quire.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.quire.platform.ApiException;
import org.quire.platform.ClientAddress;
import org.quire.platform.FormErrors;
import org.quire.platform.RateLimitedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sign-up page: the same rules as {@code POST /api/v1/accounts}, messages beside fields. */
@Controller
class SignUpPageController {
  private final AccountService accounts;
  private final Registration registration;

  SignUpPageController(AccountService accounts, Registration registration) {
    this.accounts = accounts;
    this.registration = registration;
  }

  @GetMapping("/signup")
  String form(Model model) {
    return render(model, new SignUpForm("", "", ""), FormErrors.none());
  }

  @PostMapping("/signup")
  String submit(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String passwordConfirmation,
      @RequestParam(defaultValue = "") String inviteCode,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    SignUpForm form = new SignUpForm(username, email, inviteCode);
    try {
      Account account =
          accounts.signUp(
              new SignUpRequest(
                  username, email, password, inviteCode.isBlank() ? null : inviteCode),
              ClientAddress.of(request),
              v ->
                  v.check(
                      password.equals(passwordConfirmation),
                      "passwordConfirmation",
                      "does not match the password"));
      redirect.addFlashAttribute(
          "notice", "Welcome, " + account.username() + "! Your account is ready: log in below.");
      return "redirect:/login";
    } catch (ApiException e) {
      RateLimitedException.setStatus(response, e);
      return render(model, form, FormErrors.of(e));
    }
  }

  private String render(Model model, SignUpForm form, FormErrors errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("mode", registration.mode().label());
    return "accounts/signup";
  }

  /** What the visitor typed, kept when the form comes back with errors (never the password). */
  record SignUpForm(String username, String email, String inviteCode) {}
}
