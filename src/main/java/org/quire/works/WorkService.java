package org.quire.works;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.accounts.PseudRef;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.quire.platform.ConcurrentWrites;
import org.quire.platform.Plural;
import org.quire.platform.Validation;
import org.quire.tags.TagDirectory;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Posting, editing and deleting works; a work as a viewer may see it (the rule is {@link
 * Audience}'s). Every write is one transaction, so a failed post leaves nothing half-written, and
 * every change bumps the work's version.
 */
@Service
class WorkService {
  private final WorkRepository works;
  private final TagDirectory tags;
  private final AccountDirectory accounts;
  private final ChapterText text;
  private final ApplicationEventPublisher events;
  private final ReadingCache cache;
  private final WorkFilters filters;
  private final ConcurrentWrites writes;
  private final PostingLimits limits;

  WorkService(
      WorkRepository works,
      TagDirectory tags,
      AccountDirectory accounts,
      ChapterText text,
      ApplicationEventPublisher events,
      ReadingCache cache,
      WorkFilters filters,
      ConcurrentWrites writes,
      PostingLimits limits) {
    this.writes = writes;
    this.limits = limits;
    this.cache = cache;
    this.filters = filters;
    this.works = works;
    this.tags = tags;
    this.accounts = accounts;
    this.text = text;
    this.events = events;
  }

  @Transactional
  Work create(Viewer viewer, WorkRequest request) {
    writes.enterForTransaction(viewer.accountId());
    long accountId = signedIn(viewer);
    Validation v = new Validation();
    WorkRules.checkNew(v, request);
    List<Long> pseuds = creditedPseuds(v, accountId, request.creators());
    v.throwIfInvalid();
    limits.takeWork(accountId);
    long id = works.insert(fields(request, null));
    works.setCreators(id, pseuds);
    works.setTags(id, resolveTags(request, null));
    filters.refresh(List.of(id));
    List<ChapterRequest> chapters = Objects.requireNonNull(request.chapters());
    for (int i = 0; i < chapters.size(); i++) {
      works.insertChapter(id, i + 1, chapterFields(chapters.get(i), null));
    }
    works.refreshTotals(id, true);
    if (!Boolean.TRUE.equals(request.draft())) {
      works.markPosted(id);
    }
    Work work = works.find(id).orElseThrow();
    publishIfPosted(work, true);
    return work;
  }

  @Transactional
  Work update(Viewer viewer, long id, WorkRequest request) {
    writes.enterForTransaction(viewer.accountId());
    Work existing = editable(viewer, id);
    Validation v = new Validation();
    v.check(
        request.chapters() == null, "chapters", "are changed through /api/v1/works/{id}/chapters");
    WorkRules.checkFields(v, request);
    List<Long> pseuds =
        request.creators() == null ? null : creditedPseuds(v, signedIn(viewer), request.creators());
    Integer expected = request.expectedCount();
    if (expected != null && expected < existing.chapterCount()) {
      v.add(
          "expectedChapters",
          "cannot be fewer than the "
              + Plural.count(existing.chapterCount(), "chapter")
              + " posted");
    }
    // As on AO3, posting is one-way: readers' kudos, comments, bookmarks and subscriptions already
    // point at the work. Restricting it or deleting it are the ways back.
    v.check(
        !(existing.posted() && Boolean.TRUE.equals(request.draft())),
        "draft",
        "cannot be set on a posted work: a posted work cannot go back to being a draft (restrict it"
            + " to signed-in users or delete it instead)");
    v.throwIfInvalid();
    works.update(id, fields(request, existing));
    if (pseuds != null) {
      works.setCreators(id, pseuds);
    }
    works.setTags(id, resolveTags(request, existing));
    filters.refresh(List.of(id));
    boolean posting = !existing.posted() && Boolean.FALSE.equals(request.draft());
    if (posting) {
      works.markPosted(id);
    }
    Work work = works.find(id).orElseThrow();
    publishIfPosted(work, posting);
    return work;
  }

  @Transactional
  void delete(Viewer viewer, long id) {
    Work work = editable(viewer, id);
    works.delete(id);
    events.publishEvent(new WorkDeleted(work.id()));
  }

  @Transactional
  Work addChapter(Viewer viewer, long id, ChapterRequest request) {
    writes.enterForTransaction(viewer.accountId());
    Work work = editable(viewer, id);
    Validation v = new Validation();
    WorkRules.checkChapter(v, "", request, true);
    int count = work.chapters().size();
    Integer position = request.position();
    v.check(
        position == null || (position >= 1 && position <= count + 1),
        "position",
        "must be between 1 and " + (count + 1));
    v.check(
        count < WorkRules.CHAPTERS_MAX,
        "chapters",
        "a work may hold at most " + WorkRules.CHAPTERS_MAX);
    v.throwIfInvalid();
    limits.takeChapter(signedIn(viewer));
    int at = position == null ? count + 1 : position;
    works.insertChapter(id, count + 1, chapterFields(request, null));
    List<Long> order = new ArrayList<>(work.chapters().stream().map(Work.ChapterInfo::id).toList());
    long newId = works.chapter(id, count + 1).orElseThrow().id();
    order.add(at - 1, newId);
    works.order(id, order);
    works.refreshTotals(id, work.posted());
    Work updated = works.find(id).orElseThrow();
    if (updated.posted()) {
      events.publishEvent(new ChapterPosted(id, at));
      events.publishEvent(new WorkChanged(id));
    }
    return updated;
  }

  /**
   * The chapter as readers would see it, without saving anything: the same rules and sanitizer as
   * {@link #addChapter} (or {@link #updateChapter} for {@code position} > 0); 422 when refused.
   */
  WorkRepository.ChapterFields previewChapter(
      Viewer viewer, long id, int position, ChapterRequest request) {
    Work work = editable(viewer, id);
    Validation v = new Validation();
    WorkRules.checkChapter(v, "", request, position == 0);
    int count = work.chapters().size() + (position == 0 ? 1 : 0);
    Integer at = request.position();
    v.check(at == null || (at >= 1 && at <= count), "position", "must be between 1 and " + count);
    v.throwIfInvalid();
    return chapterFields(request, position == 0 ? null : works.chapter(id, position).orElse(null));
  }

  @Transactional
  Work updateChapter(Viewer viewer, long id, int position, ChapterRequest request) {
    writes.enterForTransaction(viewer.accountId());
    Work work = editable(viewer, id);
    Chapter chapter =
        works.chapter(id, position).orElseThrow(() -> ApiException.notFound("Chapter"));
    Validation v = new Validation();
    WorkRules.checkChapter(v, "", request, false);
    Integer moveTo = request.position();
    v.check(
        moveTo == null || (moveTo >= 1 && moveTo <= work.chapters().size()),
        "position",
        "must be between 1 and " + work.chapters().size());
    v.throwIfInvalid();
    works.updateChapter(chapter.id(), chapterFields(request, chapter));
    if (moveTo != null && moveTo != position) {
      List<Long> order =
          new ArrayList<>(work.chapters().stream().map(Work.ChapterInfo::id).toList());
      order.remove(chapter.id());
      order.add(moveTo - 1, chapter.id());
      works.order(id, order);
    }
    works.refreshTotals(id, false);
    events.publishEvent(new WorkChanged(id));
    return works.find(id).orElseThrow();
  }

  @Transactional
  Work deleteChapter(Viewer viewer, long id, int position) {
    Work work = editable(viewer, id);
    Chapter chapter =
        works.chapter(id, position).orElseThrow(() -> ApiException.notFound("Chapter"));
    if (work.chapters().size() == 1) {
      new Validation()
          .add("position", "is the only chapter: delete the work instead")
          .throwIfInvalid();
    }
    works.deleteChapter(chapter.id());
    works.order(
        id,
        work.chapters().stream().map(Work.ChapterInfo::id).filter(c -> c != chapter.id()).toList());
    works.refreshTotals(id, false);
    events.publishEvent(new WorkChanged(id));
    return works.find(id).orElseThrow();
  }

  /**
   * The work if this viewer may read it ({@link Audience#verdict}); otherwise {@link WorkNotShown},
   * a 404 (never a leak of what exists) that a reading page turns into a log-in when that helps.
   */
  Work visible(Viewer viewer, long id) {
    return shown(read(id), Audience.of(viewer)::verdict);
  }

  /**
   * The work if it is listed to this viewer ({@link Audience#listedVerdict}): as {@link #visible},
   * but a draft is not found even by its creators. For what readers do with a work.
   */
  Work posted(Viewer viewer, long id) {
    return shown(read(id), Audience.of(viewer)::listedVerdict);
  }

  private Optional<Work> read(long id) {
    // Reading pages ask for the same popular works all the time; a change under way (inside a
    // transaction) reads the database, so that it never starts from a cached copy.
    return TransactionSynchronizationManager.isActualTransactionActive()
        ? works.find(id)
        : cache.work(id, () -> works.find(id));
  }

  private static Work shown(Optional<Work> found, Function<Work, Audience.Verdict> rule) {
    Work work = found.orElseThrow(() -> new WorkNotShown(Audience.Verdict.NOT_FOUND));
    Audience.Verdict verdict = rule.apply(work);
    if (verdict != Audience.Verdict.SHOWN) {
      throw new WorkNotShown(verdict);
    }
    return work;
  }

  Chapter chapter(Work work, int position) {
    return cache
        .chapter(work, position, () -> works.chapter(work.id(), position))
        .orElseThrow(() -> ApiException.notFound("Chapter"));
  }

  List<Chapter> chapters(Work work) {
    return works.chapters(work.id());
  }

  /** The work for its creators to edit; 404 to anyone who cannot see it, 403 to other readers. */
  Work editable(Viewer viewer, long id) {
    Work work = shown(works.find(id), Audience.of(viewer)::verdict);
    if (!work.createdBy(viewer.accountId())) {
      throw ApiException.forbidden("Only the work's creators can change it.");
    }
    return work;
  }

  /** These works, in this order, from memory where possible (visibility is the caller's). */
  List<Work> cached(List<Long> ids) {
    return cache.works(ids, works::load);
  }

  /** A user's works as this viewer may see them: their own drafts too when they ask. */
  List<Work> ofUser(Viewer viewer, long accountId) {
    Audience audience = Audience.of(viewer);
    boolean own = Objects.equals(viewer.accountId(), accountId);
    return works.load(works.ofAccount(accountId, own ? audience.opens("w") : audience.listed("w")));
  }

  private void publishIfPosted(Work work, boolean newlyPosted) {
    if (newlyPosted && work.posted()) {
      events.publishEvent(new WorkPosted(work.id()));
    } else {
      events.publishEvent(new WorkChanged(work.id()));
    }
  }

  private List<Long> creditedPseuds(Validation v, long accountId, @Nullable List<String> names) {
    List<PseudRef> own = accounts.pseudsOf(accountId);
    if (names == null || names.isEmpty()) {
      return List.of(own.get(0).id());
    }
    List<Long> ids = new ArrayList<>();
    for (String name : names) {
      own.stream()
          .filter(p -> p.name().equalsIgnoreCase(name == null ? "" : name.strip()))
          .findFirst()
          .ifPresentOrElse(
              p -> {
                if (!ids.contains(p.id())) {
                  ids.add(p.id());
                }
              },
              () -> v.add("creators", "\u201c" + name + "\u201d is not one of your pseuds"));
    }
    return ids;
  }

  private List<TagRef> resolveTags(WorkRequest r, @Nullable Work existing) {
    List<TagRef> all = new ArrayList<>();
    all.addAll(
        tags.resolve(
            TagType.Rating,
            pick(r.rating() == null ? null : List.of(r.rating()), existing, TagType.Rating)));
    all.addAll(
        tags.resolve(TagType.ArchiveWarning, pick(r.warnings(), existing, TagType.ArchiveWarning)));
    all.addAll(tags.resolve(TagType.Category, pick(r.categories(), existing, TagType.Category)));
    all.addAll(tags.resolve(TagType.Fandom, pick(r.fandoms(), existing, TagType.Fandom)));
    all.addAll(
        tags.resolve(
            TagType.Relationship, pick(r.relationships(), existing, TagType.Relationship)));
    all.addAll(tags.resolve(TagType.Character, pick(r.characters(), existing, TagType.Character)));
    all.addAll(tags.resolve(TagType.Freeform, pick(r.freeforms(), existing, TagType.Freeform)));
    return all;
  }

  private static List<String> pick(
      @Nullable List<String> given, @Nullable Work existing, TagType type) {
    if (given != null) {
      return given.stream().filter(Objects::nonNull).toList();
    }
    return existing == null ? List.of() : existing.tagNames(type);
  }

  private WorkRepository.WorkFields fields(WorkRequest r, @Nullable Work w) {
    return new WorkRepository.WorkFields(
        r.title() != null ? r.title().strip() : Objects.requireNonNull(w).title(),
        r.summary() != null ? summary(r.summary()) : w == null ? "" : w.summary(),
        r.notes() != null ? html(r.notes()) : w == null ? "" : w.notes(),
        r.endNotes() != null ? html(r.endNotes()) : w == null ? "" : w.endNotes(),
        r.language() != null
            ? Objects.requireNonNull(Languages.normalize(r.language()))
            : w == null ? "en" : w.language(),
        r.restricted() != null ? r.restricted() : w != null && w.restricted(),
        r.commentPolicy() != null ? r.commentPolicy() : w == null ? "anyone" : w.commentPolicy(),
        r.expectedChapters() != null || w == null ? r.expectedCount() : w.expectedChapters());
  }

  private WorkRepository.ChapterFields chapterFields(ChapterRequest c, @Nullable Chapter old) {
    String body =
        c.body() != null
            ? text.toSafeHtml(c.body(), ChapterFormat.parse(c.format()))
            : Objects.requireNonNull(old).body();
    return new WorkRepository.ChapterFields(
        c.title() != null ? c.title().strip() : old == null ? "" : old.title(),
        c.summary() != null ? summary(c.summary()) : old == null ? "" : old.summary(),
        c.notes() != null ? html(c.notes()) : old == null ? "" : old.notes(),
        c.endNotes() != null ? html(c.endNotes()) : old == null ? "" : old.endNotes(),
        body,
        WordCounter.count(body),
        c.publishedOn() != null
            ? c.publishedOn()
            : old == null ? LocalDate.now(ZoneOffset.UTC) : old.publishedOn());
  }

  /** Notes may use the work's styling (class), as on AO3. */
  private String html(String value) {
    return value.isBlank() ? "" : text.toSafeFragment(value.strip(), ChapterText.Field.NOTES);
  }

  /** Summaries show in listings, beside other works: no classes. */
  private String summary(String value) {
    return value.isBlank() ? "" : text.toSafeFragment(value.strip(), ChapterText.Field.PLAIN);
  }

  private static long signedIn(Viewer viewer) {
    Long id = viewer.accountId();
    if (id == null) {
      throw ApiException.unauthorized("Sign in to post works.");
    }
    return id;
  }
}
