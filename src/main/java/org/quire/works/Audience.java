package org.quire.works;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;

/**
 * Who may see which works: the one visibility rule of the archive. Every read path asks it, for one
 * work ({@link #verdict}, {@link #admits}; {@link #listedVerdict}, {@link #lists} for acting on it)
 * or for many (the SQL conditions {@link #listed} and {@link #opens}, and {@link #listedReaches}
 * for a search index), so that a work the viewer may not see is the same 404 on every page, feed,
 * download and listing. A new state a work can be in is added here once: to {@link Reach}, to
 * {@link #reach}, and to the SQL it mirrors.
 */
public final class Audience {
  private static final Audience EVERYONE = new Audience(null);

  private final @Nullable Long accountId;

  private Audience(@Nullable Long accountId) {
    this.accountId = accountId;
  }

  /** The audience of this viewer. */
  public static Audience of(Viewer viewer) {
    return viewer.isGuest() ? EVERYONE : new Audience(viewer.accountId());
  }

  /**
   * A signed-in reader known only by account, off any request: a subscriber told of a new chapter,
   * the owner of a private feed.
   */
  public static Audience member(long accountId) {
    return new Audience(accountId);
  }

  /** Guests: what public feeds, OPDS catalogues and tag feeds show. */
  public static Audience everyone() {
    return EVERYONE;
  }

  /** How widely a work is shown, whoever asks. A search index stores it with each work. */
  public enum Reach {
    /** Posted and open to guests. */
    PUBLIC,
    /** Posted, restricted to signed-in readers (AO3's "archive-locked"). */
    MEMBERS,
    /** Only its creators see it: a draft. */
    CREATORS
  }

  /** What the rule needs to know of a work; implemented by the works module's views of one. */
  public interface Subject {
    boolean posted();

    boolean restricted();

    boolean createdBy(@Nullable Long accountId);
  }

  /** The answer for one work. */
  public enum Verdict {
    /** The viewer may see it. */
    SHOWN,
    /** A guest asked for a work for signed-in readers: pages send them to log in; APIs say 404. */
    SIGN_IN,
    /** As if it did not exist. */
    NOT_FOUND
  }

  /** A work's reach from its state. */
  public static Reach reach(Subject work) {
    if (!work.posted()) {
      return Reach.CREATORS;
    }
    return work.restricted() ? Reach.MEMBERS : Reach.PUBLIC;
  }

  /**
   * Whether this audience may see the work, and if not whether signing in would help: the listed
   * works, and for a creator their own works whatever their state.
   */
  public Verdict verdict(Subject work) {
    return work.createdBy(accountId) ? Verdict.SHOWN : listedVerdict(work);
  }

  /** Whether this audience may see the work. */
  public boolean admits(Subject work) {
    return verdict(work) == Verdict.SHOWN;
  }

  /**
   * As {@link #verdict}, but only for a work listed to this audience: a draft is NOT_FOUND even to
   * its creators. What readers do with a work (kudos, comments, bookmarks, hits, reading history,
   * subscriptions, downloads) takes listed works only.
   */
  public Verdict listedVerdict(Subject work) {
    Reach reach = reach(work);
    if (listedReaches().contains(reach)) {
      return Verdict.SHOWN;
    }
    return reach == Reach.MEMBERS && accountId == null ? Verdict.SIGN_IN : Verdict.NOT_FOUND;
  }

  /** Whether the work is listed to this audience (the one-work form of {@link #listed}). */
  public boolean lists(Subject work) {
    return listedVerdict(work) == Verdict.SHOWN;
  }

  /**
   * The reaches of the works listed to this audience. Listings show only these (never drafts, not
   * even to their creators, who find them on their drafts page); an index holding one reach per
   * work filters on it.
   */
  public Set<Reach> listedReaches() {
    return accountId == null ? EnumSet.of(Reach.PUBLIC) : EnumSet.of(Reach.PUBLIC, Reach.MEMBERS);
  }

  /** The signed-in account, or null for guests. */
  public @Nullable Long accountId() {
    return accountId;
  }

  /** True for guests. */
  public boolean isEveryone() {
    return accountId == null;
  }

  /**
   * SQL: the rows of {@code works} (under this alias) listed to this audience, the same works as
   * {@link #listedReaches}. "posted" comes first, as the listing indexes are partial on it.
   */
  public Condition listed(String works) {
    return accountId == null
        ? new Condition(works + ".posted and not " + works + ".restricted", List.of())
        : new Condition(works + ".posted", List.of());
  }

  /**
   * SQL: the rows of {@code works} (under this alias) this audience may open: the listed ones and,
   * for a signed-in reader, their own drafts; the same works as {@link #admits}.
   */
  public Condition opens(String works) {
    Condition listed = listed(works);
    if (accountId == null) {
      return listed;
    }
    return new Condition(
        "(("
            + listed.sql()
            + ") or exists (select 1 from work_creators ac join pseuds ap on ap.id = ac.pseud_id"
            + " where ac.work_id = "
            + works
            + ".id and ap.account_id = ?))",
        List.of(accountId));
  }

  /**
   * A condition to put in a WHERE clause, with its parameters in order.
   *
   * @param sql a boolean SQL expression with {@code ?} placeholders
   */
  public record Condition(String sql, List<Object> params) {}

  @Override
  public String toString() {
    return accountId == null ? "Audience[everyone]" : "Audience[account " + accountId + "]";
  }
}
