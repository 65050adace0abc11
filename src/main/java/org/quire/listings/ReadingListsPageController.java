package org.quire.listings;

import java.util.List;
import org.quire.accounts.Viewer;
import org.quire.works.Audience;
import org.quire.works.WorkCard;
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
    Audience audience = Audience.of(viewer);
    List<WorkCard> works = finder.find(audience, ListingQuery.DEFAULTS).works();
    model.addAttribute("works", works);
    model.addAttribute("progress", finder.progress(audience, works));
    return "listings/home";
  }
}
