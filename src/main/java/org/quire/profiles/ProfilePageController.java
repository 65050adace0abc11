package org.quire.profiles;

import java.util.List;
import org.quire.accounts.PseudRef;
import org.quire.accounts.Viewer;
import org.quire.interactions.ReaderLists;
import org.quire.listings.CreatorWorks;
import org.quire.platform.ApiException;
import org.quire.platform.FormErrors;
import org.quire.platform.Paging;
import org.quire.works.Pages;
import org.quire.works.WorkCards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's dashboard ({@code /users/{name}}), each pseud's page, following a user, and the form for
 * the profile's "about" text. Works show as the viewer's listings show them.
 */
@Controller
class ProfilePageController {
  static final int RECENT = 5;
  static final int SHORT_LIST = 5;

  private final Profiles profiles;
  private final Abouts abouts;
  private final CreatorWorks works;
  private final WorkCards cards;
  private final ReaderLists lists;

  ProfilePageController(
      Profiles profiles, Abouts abouts, CreatorWorks works, WorkCards cards, ReaderLists lists) {
    this.profiles = profiles;
    this.abouts = abouts;
    this.works = works;
    this.cards = cards;
    this.lists = lists;
  }

  @GetMapping("/users/{username}")
  String dashboard(Viewer viewer, @PathVariable String username, Model model) {
    Profiles.Profile profile = profiles.of(username);
    boolean own = own(viewer, profile);
    model.addAttribute("profile", profile);
    model.addAttribute("own", own);
    model.addAttribute(
        "subscription", lists.subscriptionTo(viewer, profile.accountId()).orElse(null));
    model.addAttribute("recent", works.recent(viewer, profile.username(), RECENT));
    model.addAttribute("bookmarks", lists.bookmarks(viewer, profile.accountId(), SHORT_LIST));
    if (own) {
      model.addAttribute("drafts", cards.drafts(viewer, profile.accountId()));
      model.addAttribute("subscriptions", lists.subscriptions(viewer, SHORT_LIST));
      model.addAttribute("history", lists.history(viewer, false, SHORT_LIST));
      model.addAttribute("later", lists.history(viewer, true, SHORT_LIST));
    } else {
      model.addAttribute("drafts", List.of());
      model.addAttribute("subscriptions", List.of());
      model.addAttribute("history", List.of());
      model.addAttribute("later", List.of());
    }
    return "profiles/dashboard";
  }

  @GetMapping("/users/{username}/pseuds/{pseud}")
  String pseud(
      Viewer viewer,
      @PathVariable String username,
      @PathVariable String pseud,
      @RequestParam(required = false) String page,
      Model model) {
    Profiles.Profile profile = profiles.of(username);
    PseudRef ref = profiles.pseud(profile, pseud);
    Paging paging = Paging.of(page, null, 20);
    CreatorWorks.Page found =
        works.ofPseud(viewer, ref.id(), profile.accountId(), paging.page(), paging.perPage());
    model.addAttribute("profile", profile);
    model.addAttribute("pseud", ref);
    model.addAttribute(
        "description",
        profile.pseuds().stream()
            .filter(p -> p.name().equals(ref.name()))
            .map(Profiles.PseudView::description)
            .findFirst()
            .orElse(""));
    model.addAttribute("found", found);
    model.addAttribute("page", paging.page());
    model.addAttribute(
        "pages", Math.max(1, (found.total() + paging.perPage() - 1) / paging.perPage()));
    return "profiles/pseud";
  }

  @PostMapping("/users/{username}/subscribe")
  String subscribe(Viewer viewer, @PathVariable String username, RedirectAttributes flash) {
    if (viewer.isGuest()) {
      return "redirect:/login";
    }
    Profiles.Profile profile = profiles.of(username);
    try {
      lists.subscribeTo(viewer, profile.username());
      flash.addFlashAttribute("notice", "You are now subscribed to " + profile.username() + ".");
    } catch (ApiException refused) {
      flash.addFlashAttribute("error", refused.getMessage());
    }
    return "redirect:" + Pages.user(profile.username());
  }

  @PostMapping("/users/{username}/unsubscribe")
  String unsubscribe(Viewer viewer, @PathVariable String username, RedirectAttributes flash) {
    if (viewer.isGuest()) {
      return "redirect:/login";
    }
    Profiles.Profile profile = profiles.of(username);
    lists
        .subscriptionTo(viewer, profile.accountId())
        .ifPresent(id -> lists.unsubscribe(viewer, id));
    flash.addFlashAttribute(
        "notice", "You are no longer subscribed to " + profile.username() + ".");
    return "redirect:" + Pages.user(profile.username());
  }

  @GetMapping("/settings/profile")
  String aboutForm(Viewer viewer, Model model) {
    model.addAttribute("about", abouts.of(viewer.accountId()));
    model.addAttribute("errors", FormErrors.none());
    model.addAttribute("max", Abouts.MAX_LENGTH);
    return "profiles/about_form";
  }

  @PostMapping("/settings/profile")
  String saveAbout(
      Viewer viewer,
      @RequestParam(defaultValue = "") String about,
      Model model,
      RedirectAttributes flash) {
    try {
      abouts.update(viewer.accountId(), about);
    } catch (ApiException invalid) {
      model.addAttribute("about", about);
      model.addAttribute("errors", FormErrors.of(invalid));
      model.addAttribute("max", Abouts.MAX_LENGTH);
      return "profiles/about_form";
    }
    flash.addFlashAttribute("notice", "Your profile is saved.");
    return "redirect:" + Pages.user(viewer.username());
  }

  private static boolean own(Viewer viewer, Profiles.Profile profile) {
    return viewer.accountId() != null && viewer.accountId() == profile.accountId();
  }
}
