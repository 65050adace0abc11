package org.quire.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.quire.platform.Plural;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The log-in page; Spring Security processes the form it posts. */
@Controller
class LoginPageController {

  @GetMapping("/login")
  String form(
      @RequestParam(required = false) @Nullable String error,
      @RequestParam(defaultValue = "") String login,
      Model model) {
    model.addAttribute("login", login);
    if (error != null) {
      model.addAttribute("error", "The username, email or password is not correct.");
    }
    return "accounts/login";
  }

  /** Forwarded here by {@link LoginThrottleFilter}, which has already set 429 and Retry-After. */
  @RequestMapping("/login/throttled")
  String throttled(HttpServletRequest request, Model model) {
    Object seconds = request.getAttribute(LoginThrottleFilter.RETRY_AFTER_ATTRIBUTE);
    String login = request.getParameter("login");
    model.addAttribute("login", login == null ? "" : login);
    model.addAttribute(
        "error",
        "Too many log-in attempts. Please wait "
            + (seconds instanceof Number n ? Plural.count(n.longValue(), "second") : "a while")
            + " and try again.");
    return "accounts/login";
  }
}
