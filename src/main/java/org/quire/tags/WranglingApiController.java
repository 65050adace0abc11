package org.quire.tags;

import org.quire.accounts.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Fandom assignments over JSON: wranglers' fandoms with their unwrangled counts. */
@RestController
@RequestMapping("/api/v1")
class WranglingApiController {
  private final FandomWranglers wranglers;

  WranglingApiController(FandomWranglers wranglers) {
    this.wranglers = wranglers;
  }

  /**
   * The signed-in wrangler's fandoms and up to 100 unassigned canonical fandoms, each with the
   * number of unwrangled characters, relationships and additional tags in its bins.
   */
  @GetMapping("/wrangling")
  FandomWranglers.WranglingOverview overview(Viewer viewer) {
    return wranglers.overview(viewer);
  }

  /**
   * Assigns a wrangler to a canonical fandom: wranglers assign themselves, admins anyone holding
   * the wrangler or admin role. Assigning twice is harmless.
   */
  @PutMapping("/tags/{fandom}/wranglers/{username}")
  ResponseEntity<Void> assign(
      Viewer viewer, @PathVariable String fandom, @PathVariable String username) {
    wranglers.assign(viewer, fandom, username);
    return ResponseEntity.noContent().build();
  }

  /** Removes a wrangler from a fandom (themselves, or anyone for an admin). */
  @DeleteMapping("/tags/{fandom}/wranglers/{username}")
  ResponseEntity<Void> unassign(
      Viewer viewer, @PathVariable String fandom, @PathVariable String username) {
    wranglers.unassign(viewer, fandom, username);
    return ResponseEntity.noContent().build();
  }
}
