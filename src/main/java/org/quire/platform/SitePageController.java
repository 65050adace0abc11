package org.quire.platform;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The archive's own pages linked from the footer: about, terms and contact. Their text is a setting
 * ({@code QUIRE_PAGE_ABOUT}, {@code QUIRE_PAGE_TERMS}, {@code QUIRE_PAGE_CONTACT}); until an admin
 * sets one, a neutral default stands in.
 */
@Controller
class SitePageController {
  private static final String ABOUT =
      """
      This archive runs Quire, an open-source fan fiction archive. Writers post their works here, \
      tag them, and keep them; readers find works by fandom, tag and creator, leave kudos and \
      comments, bookmark what they love and subscribe to what they follow.

      The archive is run by its own administrators, who decide who may join and look after its \
      tags with a team of wranglers.\
      """;
  private static final String TERMS =
      """
      Post only works you created, or have the right to post. Rate and tag each work honestly, \
      with the archive warnings that apply or "Creator Chose Not To Use Archive Warnings": readers \
      rely on them to choose what they read.

      Treat other people here with respect. Harassment, threats and sharing someone's private \
      information are not allowed, in comments or anywhere else.

      Administrators may hide or remove content, and close accounts, that break these rules. \
      Works stay yours: you may edit, download or delete them at any time.\
      """;
  private static final String CONTACT =
      """
      To reach the people who run this archive (a question, a problem with the site, or content \
      that breaks the terms), write to its administrators at %s.\
      """;
  private static final String NO_CONTACT =
      """
      The administrators of this archive have not published a contact address yet.\
      """;

  private final QuireProperties properties;

  SitePageController(QuireProperties properties) {
    this.properties = properties;
  }

  @GetMapping("/about")
  String about(Model model) {
    return page(model, "About", properties.pages().about(), ABOUT);
  }

  @GetMapping("/terms")
  String terms(Model model) {
    return page(model, "Terms of Service", properties.pages().terms(), TERMS);
  }

  @GetMapping("/contact")
  String contact(Model model) {
    return page(
        model,
        "Contact",
        properties.pages().contact(),
        properties.smtp().configured() ? CONTACT.formatted(properties.smtp().from()) : NO_CONTACT);
  }

  private static String page(Model model, String title, @Nullable String text, String fallback) {
    model.addAttribute("title", title);
    model.addAttribute("paragraphs", paragraphs(text == null || text.isBlank() ? fallback : text));
    return "platform/site_page";
  }

  /** Plain text, a blank line between paragraphs; lines within one are joined. */
  static List<String> paragraphs(String text) {
    return Arrays.stream(text.strip().split("\\R\\s*\\R"))
        .map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
