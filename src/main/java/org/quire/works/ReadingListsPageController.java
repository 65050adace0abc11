package org.quire.works;

import org.quire.accounts.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page's newest works. */
@Controller
class ReadingListsPageController {
  static final int FRONT_PAGE_WORKS = 20;
  private final WorkService works;

  ReadingListsPageController(WorkService works) {
    this.works = works;
  }

  @GetMapping("/")
  String home(Viewer viewer, Model model) {
    model.addAttribute("works", works.newest(viewer, FRONT_PAGE_WORKS));
    return "works/home";
  }
}
