package org.quire.works;

import java.util.List;
import org.quire.accounts.Viewer;
import org.springframework.stereotype.Service;

/**
 * The works module's API for listings: the cards of the works a listing found, from the reading
 * cache, and a creator's drafts for their own works page.
 */
@Service
public class WorkCards {
  private final WorkService works;

  WorkCards(WorkService works) {
    this.works = works;
  }

  /**
   * The cards of these works in this order, leaving out those not listed to this audience (a search
   * index may lag a change by moments) and deleted ones.
   */
  public List<WorkCard> listed(Audience audience, List<Long> workIds) {
    return works.cached(workIds).stream()
        .filter(w -> audience.listedReaches().contains(Audience.reach(w)))
        .map(WorkCard::of)
        .toList();
  }

  /** The account's drafts, for the viewer when it is their own account; otherwise none. */
  public List<WorkCard> drafts(Viewer viewer, long accountId) {
    if (!Long.valueOf(accountId).equals(viewer.accountId())) {
      return List.of();
    }
    return works.ofUser(viewer, accountId).stream()
        .filter(w -> !w.posted())
        .map(WorkCard::of)
        .toList();
  }
}
