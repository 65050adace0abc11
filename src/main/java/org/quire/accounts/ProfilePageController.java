package org.quire.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A user's public profile, {@code /users/{name}}. */
@Controller
class ProfilePageController {
  private final AccountService accounts;

  ProfilePageController(AccountService accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/users/{username}")
  String profile(@PathVariable String username, Model model) {
    Account account = accounts.byUsername(username);
    model.addAttribute("profile", new Profile(account.username(), account.createdAt()));
    model.addAttribute("pseuds", accounts.pseuds(account.id()));
    return "accounts/profile";
  }

  /** What a profile shows of an account: never its email. */
  record Profile(String username, java.time.Instant joinedAt) {
    public String joined() {
      return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
          .withZone(java.time.ZoneOffset.UTC)
          .format(joinedAt);
    }
  }
}
