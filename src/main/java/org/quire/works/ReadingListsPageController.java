package org.quire.works;

import org.quire.accounts.AccountDirectory;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The front page's newest works and a user's works. */
@Controller
class ReadingListsPageController {
  static final int FRONT_PAGE_WORKS = 20;
  private final WorkService works;
  private final AccountDirectory accounts;

  ReadingListsPageController(WorkService works, AccountDirectory accounts) {
    this.works = works;
    this.accounts = accounts;
  }

  @GetMapping("/")
  String home(Viewer viewer, Model model) {
    model.addAttribute("works", works.newest(viewer, FRONT_PAGE_WORKS));
    return "works/home";
  }

  @GetMapping("/users/{username}/works")
  String userWorks(Viewer viewer, @PathVariable String username, Model model) {
    long accountId =
        accounts.accountIdOf(username).orElseThrow(() -> ApiException.notFound("User"));
    model.addAttribute(
        "username",
        accounts.pseudsOf(accountId).stream()
            .filter(p -> p.isDefault())
            .findFirst()
            .map(p -> p.username())
            .orElse(username));
    model.addAttribute("works", works.ofUser(viewer, accountId));
    return "works/user_works";
  }
}
