package org.quire.profiles;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.listings.CreatorWorks;
import org.quire.platform.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's public profile as JSON, and the signed-in user's "about" text. */
@RestController
@RequestMapping("/api/v1")
class ProfileApiController {
  private final Profiles profiles;
  private final Abouts abouts;
  private final CreatorWorks works;

  ProfileApiController(Profiles profiles, Abouts abouts, CreatorWorks works) {
    this.profiles = profiles;
    this.abouts = abouts;
    this.works = works;
  }

  /** A pseud on a profile. */
  record PseudJson(String name, String description, boolean isDefault) {}

  /**
   * A profile.
   *
   * @param about sanitized HTML, empty when none
   * @param worksCount the user's works listed to the caller (drafts never count)
   */
  record ProfileJson(
      String username, Instant joinedAt, String about, List<PseudJson> pseuds, long worksCount) {}

  /** The new "about" text (HTML or plain paragraphs; at most 2000 characters; empty clears). */
  record AboutRequest(@Nullable String about) {}

  @GetMapping("/users/{username}")
  ProfileJson profile(Viewer viewer, @PathVariable String username) {
    Profiles.Profile profile = profiles.of(username);
    return json(profile, works.recent(viewer, profile.username(), 1).total());
  }

  @PatchMapping("/me/profile")
  ProfileJson updateAbout(Viewer viewer, @RequestBody AboutRequest request) {
    if (viewer.isGuest() || viewer.username() == null) {
      throw ApiException.unauthorized("Sign in to edit your profile.");
    }
    if (request.about() == null) {
      throw ApiException.invalid("about", "is required (an empty text clears it)");
    }
    abouts.update(viewer.accountId(), request.about());
    Profiles.Profile profile = profiles.of(viewer.username());
    return json(profile, works.recent(viewer, profile.username(), 1).total());
  }

  private static ProfileJson json(Profiles.Profile profile, long worksCount) {
    return new ProfileJson(
        profile.username(),
        profile.joinedAt(),
        profile.about(),
        profile.pseuds().stream()
            .map(p -> new PseudJson(p.name(), p.description(), p.isDefault()))
            .toList(),
        worksCount);
  }
}
