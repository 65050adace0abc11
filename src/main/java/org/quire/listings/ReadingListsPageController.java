package org.quire.listings;

import org.quire.works.Work;
import java.util.List;
import org.quire.accounts.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front page's newest works (20, as the reader may see them, their mutes applied). */
@Controller
class ReadingListsPageController {
  private final WorkFinder finder;

  ReadingListsPageController(WorkFinder finder) {
    this.finder = finder;
  }

  @GetMapping("/")
  String home(Viewer viewer, Model model) {
    List<Work> works = finder.find(viewer, ListingQuery.DEFAULTS).works();
    model.addAttribute("works", works);
    model.addAttribute("progress", finder.progress(viewer, works));
    return "listings/home";
  }
}
