package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quire.Walk.Clients;
import org.quire.Walk.Sight;
import org.quire.Walk.State;
import org.quire.Walk.Subject;
import org.quire.Walk.Viewer;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19's walk: a work goes posted → restricted → (a draft) → deleted, and at each step a guest,
 * a signed-in member and its creator ask every read path for it. Each answer follows one rule (see
 * {@link Walk#opens}, {@link Walk#listed}): shown, or 404 on a direct path (a guest sent to log in
 * on the work's pages), absent from lists, counts, facets, suggestions and feeds. A posted work
 * cannot become a draft again (422), so the draft step asks about a draft of the same creator with
 * the same words. A public control work must show on every list, so no list check passes empty.
 *
 * <p>{@link #everyGetRouteIsWalkedOrNeverShowsWorks} fails on any GET route the archive registers
 * that is neither in {@link #WALKED} nor in {@link #NEVER_SHOW_WORKS}: a new path is added here.
 */
class VisibilityWalkTest extends IntegrationTest {
  private static final List<String> FORMATS = List.of("epub", "html", "txt", "pdf");

  /** One read path: its route as registered (to match the app's list) and what to ask of it. */
  record Route(String pattern, String name, Consumer<Walk> check) {}

  static Route route(String pattern, String name, Consumer<Walk> check) {
    return new Route(pattern, name, check);
  }

  // Every read path, one line each. A check sees the walk's state and viewer through `w`.
  static final List<Route> WALKED =
      List.of(
          // The work itself
          route("/works/{id}", "work page", w -> w.workPage(work(w), true, w.work.title())),
          route(
              "/works/{id}",
              "?view=full",
              w -> w.workPage(work(w) + "?view=full", true, w.work.title(), w.work.textWord())),
          route(
              "/works/{id}/chapters/{position}",
              "chapter page",
              w -> w.workPage(work(w) + "/chapters/2", true, w.work.title())),
          route(
              "/api/v1/works/{id}",
              "work API",
              w -> w.workApi(api(w), w.opens() == Sight.SHOWN, w.work.title())),
          route(
              "/api/v1/works/{id}/chapters/{position}",
              "chapter API",
              w -> w.workApi(api(w) + "/chapters/1", w.opens() == Sight.SHOWN, w.work.textWord())),
          route("/works/{id}/download.{extension}", "downloads", VisibilityWalkTest::downloads),
          // Creators' forms name the work: its creators only
          route("/works/{id}/edit", "edit form", w -> creatorsForm(w, work(w) + "/edit")),
          route("/works/{id}/delete", "delete form", w -> creatorsForm(w, work(w) + "/delete")),
          route(
              "/works/{id}/chapters/new",
              "new chapter form",
              w -> creatorsForm(w, work(w) + "/chapters/new")),
          route(
              "/works/{id}/chapters/{position}/edit",
              "chapter edit form",
              w -> creatorsForm(w, work(w) + "/chapters/1/edit")),
          // Listings and search (JSON)
          route(
              "/api/v1/works",
              "q=",
              w -> w.lists(w.json("/api/v1/works?q=" + w.work.summaryWord()).body(), w.listed())),
          route(
              "/api/v1/works",
              "text=",
              w -> w.lists(w.json("/api/v1/works?text=" + w.work.textWord()).body(), w.listed())),
          route(
              "/api/v1/works",
              "include=",
              w ->
                  w.holds(
                      w.json("/api/v1/works?include=" + Walk.enc(w.work.freeform())).body(),
                      w.listed())),
          route("/api/v1/works", "facets", VisibilityWalkTest::facets),
          // Listings and search (pages)
          route("/", "front page", w -> w.lists(w.page("/").body(), w.listed())),
          route(
              "/works",
              "all works",
              w -> listingPage(w, "/works?q=" + w.work.summaryWord(), w.listed())),
          route(
              "/works/search",
              "search q=",
              w -> listingPage(w, "/works/search?q=" + w.work.summaryWord(), w.listed())),
          route(
              "/works/search",
              "search text=",
              w -> listingPage(w, "/works/search?text=" + w.work.textWord(), w.listed())),
          route(
              "/tags/{name}/works",
              "tag works",
              w -> listingPage(w, "/tags/" + Walk.enc(w.fandom) + "/works", w.listed())),
          route(
              "/users/{username}/works",
              "creator's works (own drafts shown to their creator)",
              w ->
                  listingPage(
                      w,
                      "/users/" + w.creator + "/works",
                      w.listed() || (w.viewer() == Viewer.CREATOR && w.state == State.DRAFT))),
          // People: dashboards, pseud pages, profile API, a writer's statistics
          route(
              "/users/{username}",
              "creator's dashboard (own drafts shown to their creator)",
              w ->
                  w.lists(
                      w.page("/users/" + w.creator).body(),
                      w.listed() || (w.viewer() == Viewer.CREATOR && w.state == State.DRAFT))),
          route(
              "/users/{username}",
              "member's dashboard (bookmarks; their own history and subscriptions)",
              w -> w.holds(w.page("/users/" + w.member).body(), bookmarkShown(w))),
          route(
              "/users/{username}/pseuds/{pseud}",
              "pseud page (never drafts)",
              w -> listingPage(w, "/users/" + w.creator + "/pseuds/" + w.creator, w.listed())),
          route(
              "/api/v1/users/{username}",
              "profile API worksCount",
              w ->
                  assertThat(w.json("/api/v1/users/" + w.creator).json().path("worksCount").asInt())
                      .as(w.as())
                      .isEqualTo(w.othersInFandom() + (w.listed() ? 1 : 0))),
          route("/users/{username}/stats", "writer's statistics (owner only)", w -> stats(w)),
          // Tag counts and suggestions
          route("/api/v1/tags/{name}", "tag worksCount", VisibilityWalkTest::tagCounts),
          route(
              "/tags/{name}",
              "tag page count",
              w ->
                  assertThat(w.page("/tags/" + Walk.enc(w.work.freeform())).body())
                      .as(w.as())
                      .contains("Works (" + (w.listed() ? 1 : 0) + ")")),
          route("/api/v1/autocomplete/tags", "autocomplete", VisibilityWalkTest::autocomplete),
          // Browsing by fandom (issue 21): the walk's fandom is a canonical Theater fandom
          route("/media", "media page", w -> fandomPage(w, "/media")),
          route(
              "/media/{name}/fandoms",
              "a medium's fandoms",
              w -> fandomPage(w, "/media/Theater/fandoms")),
          route("/fandoms", "all fandoms", w -> fandomPage(w, "/fandoms")),
          route("/api/v1/media", "media API", VisibilityWalkTest::mediaApi),
          route(
              "/api/v1/media/{name}/fandoms",
              "a medium's fandoms API",
              w -> fandomApi(w, "/api/v1/media/Theater/fandoms")),
          route("/api/v1/fandoms", "all fandoms API", w -> fandomApi(w, "/api/v1/fandoms")),
          // Tag and people search (issue 21)
          route("/tags/search", "tag search page", VisibilityWalkTest::tagSearchPage),
          route("/api/v1/tags", "tag search API", VisibilityWalkTest::tagSearchApi),
          route(
              "/people",
              "people search page",
              w ->
                  assertThat(w.page("/people?query=" + w.creator).body())
                      .as(w.as())
                      .contains(fandomCount(w) + (fandomCount(w) == 1 ? " work<" : " works<"))),
          route(
              "/api/v1/people",
              "people search API",
              w ->
                  assertThat(
                          w.json("/api/v1/people?q=" + w.creator)
                              .json()
                              .path("items")
                              .get(0)
                              .path("worksCount")
                              .asInt())
                      .as(w.as())
                      .isEqualTo(fandomCount(w))),
          // Public feeds: as a guest sees them, whoever asks
          route(
              "/tags/{name}/feed.atom",
              "Atom",
              w ->
                  w.lists(
                      w.file("/tags/" + Walk.enc(w.fandom) + "/feed.atom"), w.listedToGuests())),
          route(
              "/opds/works",
              "OPDS newest/search/fandom",
              w -> {
                w.lists(w.file("/opds/works?q=" + w.work.summaryWord()), w.listedToGuests());
                w.lists(w.file("/opds/works?tag=" + Walk.enc(w.fandom)), w.listedToGuests());
              }),
          route("/opds/fandoms", "OPDS fandom counts", VisibilityWalkTest::opdsFandoms),
          // Private OPDS: the reader's own lists at their secret address
          route(
              "/opds/private/{token}",
              "private OPDS root",
              w -> {
                if (!w.guest()) {
                  w.holds(w.file("/opds/private/" + w.feed()), false);
                }
              }),
          route(
              "/opds/private/{token}/{list:bookmarks|subscriptions|later}",
              "private OPDS lists",
              VisibilityWalkTest::privateLists),
          route(
              "/opds/private/{token}/works/{id}/download.{extension}",
              "private OPDS download",
              VisibilityWalkTest::privateDownload),
          // Bookmarks, history, inbox, subscriptions
          route(
              "/users/{username}/bookmarks",
              "member's bookmarks page",
              w -> w.holds(w.page("/users/" + w.member + "/bookmarks").body(), bookmarkShown(w))),
          route(
              "/api/v1/users/{username}/bookmarks",
              "member's bookmarks API",
              VisibilityWalkTest::bookmarksApi),
          route(
              "/api/v1/me/bookmarks",
              "own bookmarks API",
              w -> mine(w, "/api/v1/me/bookmarks", "workTitle", ownBookmark(w))),
          route("/history", "history page", w -> minePage(w, "/history", historyShown(w))),
          route(
              "/api/v1/me/history",
              "history API",
              w -> mine(w, "/api/v1/me/history", "workTitle", historyShown(w))),
          route("/inbox", "inbox page", w -> minePage(w, "/inbox", inboxShown(w))),
          route(
              "/api/v1/me/inbox",
              "inbox API",
              w -> mine(w, "/api/v1/me/inbox", "workTitle", inboxShown(w))),
          route(
              "/api/v1/me/subscriptions",
              "subscriptions API (ids only)",
              w -> mine(w, "/api/v1/me/subscriptions", "type", false)),
          // Kudos and comments
          route(
              "/api/v1/works/{id}/kudos",
              "kudos",
              w -> w.workApi(api(w) + "/kudos", w.opens() == Sight.SHOWN, "\"workId\"")),
          route(
              "/api/v1/works/{id}/chapters/{position}/comments",
              "comments",
              w -> {
                String text = w.state == State.DRAFT ? "\"items\"" : w.commentText;
                w.workApi(api(w) + "/chapters/1/comments", w.opens() == Sight.SHOWN, text);
              }),
          route(
              "/comments/{id}",
              "comment thread page",
              w -> {
                if (w.state != State.DRAFT) { // the draft has no comments
                  w.workPage("/comments/" + w.commentId, false, w.commentText);
                }
              }),
          // Writes about a work the viewer may not see: the same 404 as reading it
          route("/api/v1/works/{id}/kudos", "give kudos", VisibilityWalkTest::refusedWrites)
          // Series (a later issue): add "/api/v1/series/{id}", "/series/{id}" and the series
          // listings here, checking that a series lists only the parts the viewer may see.
          );

  /**
   * GET routes that never show a work, nor a count or name of one: forms, accounts, settings, staff
   * tools and the catalogue's fixed navigation. A route that could show a work is walked.
   */
  static final Map<String, String> NEVER_SHOW_WORKS =
      Map.ofEntries(
          Map.entry("/login", "log-in form"),
          Map.entry("/login/throttled", "log-in throttled notice"),
          Map.entry("/signup", "sign-up form"),
          Map.entry("/settings", "the account's own settings"),
          Map.entry("/mutes", "muted tags and users, blocked users"),
          Map.entry("/works/new", "empty posting form"),
          Map.entry("/works/import", "empty import form"),
          Map.entry("/settings/profile", "the form for one's own profile text"),
          Map.entry("/tags/{name}/edit", "wranglers' form for one tag (no works)"),
          Map.entry(
              "/tags/{name}/wrangle",
              "wranglers' bins: tag names and uses over every work, drafts included (staff only)"),
          Map.entry("/wrangling", "a wrangler's fandoms and unwrangled counts (staff only)"),
          Map.entry("/api/v1/wrangling", "a wrangler's fandoms and unwrangled counts (staff only)"),
          Map.entry("/first-admin/{token}", "the first admin's sign-up form (one-time)"),
          Map.entry("/admin", "admin page: roles, registration, invitations"),
          Map.entry("/about", "the archive's about page (text from settings)"),
          Map.entry("/terms", "the archive's terms (text from settings)"),
          Map.entry("/contact", "how to reach the archive's admins (text from settings)"),
          Map.entry("/error", "error page"),
          Map.entry("/error/problem", "error as problem+json"),
          Map.entry("/opds", "OPDS root: fixed navigation links"),
          Map.entry("/opds/search.xml", "OpenSearch description"),
          Map.entry("/api/v1/me", "own account"),
          Map.entry("/api/v1/me/pseuds", "own pseuds"),
          Map.entry("/api/v1/me/reading-settings", "own settings"),
          Map.entry("/api/v1/me/mutes", "own mutes"),
          Map.entry("/api/v1/me/blocks", "own blocks"),
          Map.entry("/api/v1/tokens", "own API tokens"),
          Map.entry("/api/v1/invitations", "invitations (admins)"),
          Map.entry("/api/v1/admin/registration", "registration mode (admins)"),
          Map.entry("/api/v1/admin/search-index", "index status (admins)"),
          Map.entry("/api/v1/admin/outbox", "outgoing mail (admins see all)"),
          Map.entry("/api/v1/openapi.json", "the API description (springdoc)"),
          Map.entry("/api/v1/openapi.json.yaml", "the API description (springdoc)"));

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyGetRouteIsWalkedOrNeverShowsWorks() {
    Set<String> registered = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
        registered.addAll(info.getPatternValues());
      }
    }
    Set<String> walked = new TreeSet<>();
    WALKED.forEach(r -> walked.add(r.pattern()));
    Set<String> unknown = new TreeSet<>(registered);
    unknown.removeAll(walked);
    unknown.removeAll(NEVER_SHOW_WORKS.keySet());
    assertThat(unknown)
        .as(
            "GET routes neither walked by VisibilityWalkTest.WALKED nor listed in"
                + " NEVER_SHOW_WORKS: add each to one of them")
        .isEmpty();
    Set<String> stale = new TreeSet<>(walked);
    stale.removeAll(registered);
    stale.addAll(NEVER_SHOW_WORKS.keySet());
    stale.removeAll(registered);
    assertThat(stale).as("walked or allowed routes the archive no longer registers").isEmpty();
  }

  @Test
  void everyReadPathAnswersEachViewerByOneRule() {
    String u = Api.unique("").toLowerCase(java.util.Locale.ROOT);
    String creator = "walkcreator" + u;
    String member = "walkmember" + u;
    Api writer = api.as(api.signUpAndToken(creator));
    Api reader = api.as(api.signUpAndToken(member));
    String fandom = "Walkfandom" + u;
    String summaryWord = "walksummary" + u;
    String textWord = "walktext" + u;
    Subject control =
        new Subject(0, "Lampcontrol" + u, "Walkcontrolfree" + u, summaryWord, textWord);
    Subject posted = new Subject(0, "Lanternwake" + u, "Walkfree" + u, summaryWord, textWord);
    Subject draft = new Subject(0, "Draftwake" + u, "Walkdraftfree" + u, summaryWord, textWord);

    // The member follows the creator before the work is posted: its posting reaches their inbox.
    assertThat(reader.post("/api/v1/subscriptions", Map.of("type", "user", "id", creator)).status())
        .isEqualTo(201);
    control = withId(control, work(control, fandom, false).post(writer));
    // Browsing by fandom: a canonical fandom under a medium no other test uses.
    Api admin = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    assertThat(
            admin
                .patch(
                    "/api/v1/tags/" + Walk.enc(fandom),
                    Map.of("canonical", true, "addParents", List.of("Theater")))
                .status())
        .isEqualTo(200);
    posted = withId(posted, work(posted, fandom, false).post(writer));
    draft = withId(draft, work(draft, fandom, true).post(writer));
    long id = posted.id();

    // The member bookmarks, comments, gives kudos, reads, subscribes and marks it for later.
    assertThat(reader.post("/api/v1/bookmarks", Map.of("workId", id, "notes", "Kept")).status())
        .isEqualTo(201);
    String commentText = "Walkcomment" + u;
    Api.Response comment =
        reader.post("/api/v1/works/" + id + "/chapters/1/comments", Map.of("body", commentText));
    assertThat(comment.status()).as(comment.body()).isEqualTo(201);
    long commentId = comment.json().path("id").asLong();
    assertThat(reader.post("/api/v1/works/" + id + "/kudos", Map.of()).status()).isEqualTo(201);
    assertThat(reader.get("/api/v1/works/" + id + "/chapters/2").status()).isEqualTo(200);
    assertThat(
            reader
                .post("/api/v1/subscriptions", Map.of("type", "work", "id", Long.toString(id)))
                .status())
        .isEqualTo(201);
    assertThat(reader.put("/api/v1/me/history/" + id + "/later", Map.of("later", true)).status())
        .isEqualTo(200);
    assertThat(writer.put("/api/v1/me/history/" + id + "/later", Map.of("later", true)).status())
        .isEqualTo(200);
    String memberFeed = feedToken(reader);
    String creatorFeed = feedToken(writer);
    String title = posted.title();
    eventually(
        "the posting and the comment reach the inboxes",
        () ->
            reader.get("/api/v1/me/inbox").body().contains(title)
                && writer.get("/api/v1/me/inbox").body().contains(title));

    EnumMap<Viewer, Clients> clients = new EnumMap<>(Viewer.class);
    clients.put(
        Viewer.GUEST,
        new Clients(api, new FormClient(baseUrl()), new BinaryClient(baseUrl()), "", "none"));
    clients.put(Viewer.MEMBER, clients(reader, member, memberFeed));
    clients.put(Viewer.CREATOR, clients(writer, creator, creatorFeed));

    List<String> failures = new ArrayList<>();
    for (State state : State.values()) {
      switch (state) {
        case POSTED -> {}
        case RESTRICTED ->
            assertThat(writer.patch("/api/v1/works/" + id, Map.of("restricted", true)).status())
                .isEqualTo(200);
        case DRAFT -> {}
        case DELETED -> assertThat(writer.delete("/api/v1/works/" + id).status()).isEqualTo(204);
      }
      Subject subject = state == State.DRAFT ? draft : posted;
      Walk walk =
          new Walk(
              state,
              subject,
              control,
              fandom,
              creator,
              member,
              commentId,
              commentText,
              clients,
              failures);
      for (Viewer viewer : Viewer.values()) {
        for (Route route : WALKED) {
          walk.run(viewer, route.name() + " " + route.pattern(), () -> route.check().accept(walk));
        }
      }
    }
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  // ---- Checks that take more than a line
  // ---------------------------------------------------------

  private static String work(Walk w) {
    return "/works/" + w.work.id();
  }

  private static String api(Walk w) {
    return "/api/v1/works/" + w.work.id();
  }

  private static void downloads(Walk w) {
    for (String format : FORMATS) {
      String path = work(w) + "/download." + format;
      int status = w.fileStatus(path);
      if (w.readsPosted()) {
        assertThat(status).as(w.as() + path).isEqualTo(200);
      } else if (w.opens() == Sight.SIGN_IN) {
        assertThat(status).as(w.as() + path + " sends a guest to log in").isEqualTo(302);
      } else {
        assertThat(status).as(w.as() + path).isEqualTo(404);
      }
    }
  }

  /** A creators' form: theirs while the work exists, never anyone else's (nor its title). */
  private static void creatorsForm(Walk w, String path) {
    var r = w.page(path);
    if (w.viewer() == Viewer.CREATOR && w.state != State.DELETED) {
      assertThat(r.statusCode()).as(w.as() + path).isEqualTo(200);
      assertThat(r.body()).as(w.as() + path).contains(w.work.title());
    } else {
      assertThat(r.statusCode()).as(w.as() + path).isIn(302, 403, 404);
      assertThat(r.body()).as(w.as() + path).doesNotContain(w.work.title());
    }
  }

  /** A listing page: the work in its results and its tags in the sidebar's facets, or neither. */
  private static void listingPage(Walk w, String path, boolean expected) {
    var r = w.page(path);
    assertThat(r.statusCode()).as(w.as() + path).isEqualTo(200);
    w.lists(r.body(), expected);
    if (!expected) {
      assertThat(r.body()).as(w.as() + "sidebar facets").doesNotContain(w.work.freeform());
    }
  }

  /** The creator's statistics: their posted works (never the draft); 404 to anyone else. */
  private static void stats(Walk w) {
    var r = w.page("/users/" + w.creator + "/stats");
    if (w.viewer() != Viewer.CREATOR) {
      assertThat(r.statusCode()).as(w.as()).isIn(302, 404);
      assertThat(r.body()).as(w.as()).doesNotContain(w.work.title());
      return;
    }
    assertThat(r.statusCode()).as(w.as()).isEqualTo(200);
    w.lists(r.body(), w.listed());
  }

  private static void facets(Walk w) {
    JsonNode r = w.json("/api/v1/works?facets=true&tag=" + Walk.enc(w.fandom)).json();
    boolean listed = w.listed();
    int others = w.othersInFandom();
    assertThat(r.path("total").asInt()).as(w.as() + "total").isEqualTo(others + (listed ? 1 : 0));
    Map<String, Integer> freeforms = new HashMap<>();
    r.path("facets")
        .path("freeforms")
        .forEach(f -> freeforms.put(f.path("tag").asString(), f.path("count").asInt()));
    assertThat(freeforms).as(w.as()).containsEntry(w.control.freeform(), 1);
    if (listed) {
      assertThat(freeforms).as(w.as()).containsEntry(w.work.freeform(), 1);
    } else {
      assertThat(freeforms).as(w.as()).doesNotContainKey(w.work.freeform());
    }
    int fandomCount = 0;
    for (JsonNode f : r.path("facets").path("fandoms")) {
      if (f.path("tag").asString().equals(w.fandom)) {
        fandomCount = f.path("count").asInt();
      }
    }
    assertThat(fandomCount).as(w.as() + "fandom facet").isEqualTo(others + (listed ? 1 : 0));
  }

  private static void tagCounts(Walk w) {
    int listed = w.listed() ? 1 : 0;
    int own =
        w.json("/api/v1/tags/" + Walk.enc(w.work.freeform())).json().path("worksCount").asInt();
    assertThat(own).as(w.as() + "the work's own tag").isEqualTo(listed);
    int shared = w.json("/api/v1/tags/" + Walk.enc(w.fandom)).json().path("worksCount").asInt();
    assertThat(shared).as(w.as() + "the shared fandom").isEqualTo(w.othersInFandom() + listed);
  }

  private static void autocomplete(Walk w) {
    List<String> names = new ArrayList<>();
    String stem = w.work.freeform().substring(0, w.work.freeform().length() - 2);
    w.json("/api/v1/autocomplete/tags?q=" + Walk.enc(stem))
        .json()
        .forEach(s -> names.add(s.path("name").asString()));
    if (w.listed()) {
      assertThat(names).as(w.as()).contains(w.work.freeform());
    } else {
      assertThat(names).as(w.as()).doesNotContain(w.work.freeform());
    }
  }

  /** The works of the walk's fandom this viewer is listed: the control's and the work's. */
  private static int fandomCount(Walk w) {
    return w.othersInFandom() + (w.listed() ? 1 : 0);
  }

  private static String stem(Walk w) {
    return Walk.enc(w.work.freeform().substring(0, w.work.freeform().length() - 2));
  }

  /** A browsing page: the fandom with the number of works the viewer may see. */
  private static void fandomPage(Walk w, String path) {
    assertThat(w.page(path).body())
        .as(w.as() + path)
        .contains(w.fandom + "</a> <span class=\"count\">(" + fandomCount(w) + ")</span>");
  }

  private static void fandomApi(Walk w, String path) {
    int count = -1;
    for (JsonNode f : w.json(path).json().path("items")) {
      if (f.path("name").asString().equals(w.fandom)) {
        count = f.path("worksCount").asInt();
      }
    }
    assertThat(count).as(w.as() + path).isEqualTo(fandomCount(w));
  }

  private static void mediaApi(Walk w) {
    int count = -1;
    for (JsonNode medium : w.json("/api/v1/media").json()) {
      for (JsonNode f : medium.path("popular")) {
        if (f.path("name").asString().equals(w.fandom)) {
          assertThat(medium.path("name").asString()).as(w.as()).isEqualTo("Theater");
          count = f.path("worksCount").asInt();
        }
      }
    }
    assertThat(count).as(w.as() + "/api/v1/media").isEqualTo(fandomCount(w));
  }

  private static void tagSearchPage(Walk w) {
    String body = w.page("/tags/search?name=" + stem(w)).body();
    if (w.listed()) {
      assertThat(body).as(w.as()).contains(w.work.freeform());
    } else {
      assertThat(body).as(w.as()).doesNotContain(w.work.freeform());
    }
  }

  /** The work's own tag is found only while it is listed; the fandom's uses count the same way. */
  private static void tagSearchApi(Walk w) {
    List<String> names = Walk.titles(w.json("/api/v1/tags?q=" + stem(w)), "name");
    if (w.listed()) {
      assertThat(names).as(w.as()).contains(w.work.freeform());
    } else {
      assertThat(names).as(w.as()).doesNotContain(w.work.freeform());
    }
    JsonNode fandom = w.json("/api/v1/tags?q=" + Walk.enc(w.fandom)).json().path("items").get(0);
    assertThat(fandom.path("worksCount").asInt()).as(w.as()).isEqualTo(fandomCount(w));
  }

  private static void opdsFandoms(Walk w) {
    String body = w.file("/opds/fandoms");
    int at = body.indexOf("<title>" + w.fandom + "</title>");
    assertThat(at).as(w.as() + "the fandom is listed").isNotNegative();
    String entry = body.substring(at, body.indexOf("</entry>", at));
    assertThat(entry).as(w.as()).contains(w.listedToGuests() ? "2 works" : "1 work<");
  }

  private static void privateLists(Walk w) {
    if (w.guest()) {
      assertThat(w.fileStatus("/opds/private/nosuchtoken/bookmarks")).as(w.as()).isEqualTo(404);
      return;
    }
    boolean hasIt = w.readsPosted() && w.state != State.DRAFT;
    List<String> lists =
        w.viewer() == Viewer.MEMBER ? List.of("bookmarks", "subscriptions", "later") : List.of();
    for (String list : List.of("bookmarks", "subscriptions", "later")) {
      // The creator marked the work for later only.
      boolean theirs = lists.contains(list) || list.equals("later");
      w.holds(w.file("/opds/private/" + w.feed() + "/" + list), hasIt && theirs);
    }
  }

  private static void privateDownload(Walk w) {
    if (w.guest()) {
      return; // the secret address is its reader's: a guest holding it is that reader
    }
    String path = "/opds/private/" + w.feed() + "/works/" + w.work.id() + "/download.epub";
    assertThat(w.fileStatus(path)).as(w.as() + path).isEqualTo(w.readsPosted() ? 200 : 404);
  }

  /**
   * The member's public bookmark names the work while the viewer may see it. Its owner keeps it
   * (marked deleted, without a link) after the work is deleted. Others must not see the title of a
   * deleted work: it may have been restricted, as here. Issue 19: today Bookmarks.of shows a
   * deleted work's bookmark, title included, to everyone; this fails until that is decided once.
   */
  private static boolean bookmarkShown(Walk w) {
    if (w.viewer() == Viewer.MEMBER) {
      return ownBookmark(w);
    }
    return w.state != State.DRAFT && w.opens() == Sight.SHOWN;
  }

  private static void bookmarksApi(Walk w) {
    JsonNode items = w.json("/api/v1/users/" + w.member + "/bookmarks").json().path("items");
    JsonNode found = null;
    for (JsonNode item : items) {
      if (item.path("workTitle").asString().equals(w.work.title())) {
        found = item;
      }
    }
    assertThat(found != null)
        .as(w.as() + "the bookmark names the work")
        .isEqualTo(bookmarkShown(w));
    if (found != null && w.state == State.DELETED) {
      assertThat(found.path("workId").isNull()).as(w.as() + "no link to a deleted work").isTrue();
    }
  }

  /** The bookmark on its owner's own list: kept after the work is deleted, as AO3 does. */
  private static boolean ownBookmark(Walk w) {
    return w.viewer() == Viewer.MEMBER && w.state != State.DRAFT;
  }

  /** The member read it; its creator may have read it on this walk. */
  private static boolean historyShown(Walk w) {
    return w.viewer() == Viewer.MEMBER && w.state != State.DRAFT && w.opens() == Sight.SHOWN;
  }

  /**
   * Inbox entries are messages already delivered (the posting, for the member; the comment, for the
   * creator): they keep the work's title, by design, after the work is gone.
   */
  private static boolean inboxShown(Walk w) {
    return w.state != State.DRAFT;
  }

  /** A signed-in reader's own list (JSON): 401 for a guest. */
  private static void mine(Walk w, String path, String field, boolean expected) {
    if (w.guest()) {
      assertThat(w.api().get(path).status()).as(w.as() + path).isEqualTo(401);
      return;
    }
    List<String> values = Walk.titles(w.json(path), field);
    boolean creatorHistory = w.viewer() == Viewer.CREATOR && path.contains("history");
    if (expected) {
      assertThat(values).as(w.as() + path).contains(w.work.title());
    } else if (!creatorHistory || w.opens() != Sight.SHOWN) {
      assertThat(values).as(w.as() + path).doesNotContain(w.work.title());
    }
  }

  /** A signed-in reader's own page: a guest is sent to log in. */
  private static void minePage(Walk w, String path, boolean expected) {
    var r = w.page(path);
    if (w.guest()) {
      assertThat(r.statusCode()).as(w.as() + path).isEqualTo(302);
      return;
    }
    assertThat(r.statusCode()).as(w.as() + path).isEqualTo(200);
    boolean creatorHistory = w.viewer() == Viewer.CREATOR && path.contains("history");
    if (expected || !creatorHistory || w.opens() != Sight.SHOWN) {
      w.holds(r.body(), expected);
    }
  }

  /**
   * Every write about a work the viewer may not respond to is the 404 of reading it: kudos,
   * comments and bookmarks need a posted work the viewer may see (so its creator's draft too);
   * subscribing and marking for later need a work the viewer may see.
   */
  private static void refusedWrites(Walk w) {
    long id = w.work.id();
    if (!w.readsPosted()) {
      w.refusedWrite(w.api().post(api(w) + "/kudos", Map.of()), false);
      // Issue 19: Comments.post answers 403 ("Drafts cannot be commented on.") to the creator of
      // a draft, where kudos and bookmarks answer 404. Fails until the one rule is wired in.
      w.refusedWrite(w.api().post(api(w) + "/chapters/1/comments", Map.of("body", "Hi")), false);
      w.refusedWrite(w.api().post("/api/v1/bookmarks", Map.of("workId", id)), true);
    }
    if (w.opens() == Sight.SHOWN) {
      return; // the member's own writes were made while setting up
    }
    w.refusedWrite(
        w.api().post("/api/v1/subscriptions", Map.of("type", "work", "id", Long.toString(id))),
        true);
    w.refusedWrite(w.api().put("/api/v1/me/history/" + id + "/later", Map.of("later", true)), true);
  }

  // ---- Set-up
  // ------------------------------------------------------------------------------------

  private Clients clients(Api as, String username, String feed) {
    FormClient pages = signedInClient(username);
    BinaryClient files = new BinaryClient(baseUrl()).logIn(username);
    return new Clients(as, pages, files, username, feed);
  }

  private static String feedToken(Api as) {
    Api.Response r = as.post("/api/v1/me/feed-token", Map.of());
    assertThat(r.status()).as(r.body()).isIn(200, 201);
    return r.json().path("token").asString();
  }

  private static Subject withId(Subject s, long id) {
    return new Subject(id, s.title(), s.freeform(), s.summaryWord(), s.textWord());
  }

  private static WorkBuilder work(Subject s, String fandom, boolean draft) {
    return WorkBuilder.work(s.title())
        .summary("Keepers of the " + s.summaryWord() + ".")
        .fandoms(fandom)
        .characters("Walker")
        .freeforms(s.freeform())
        .draft(draft)
        .chapters(
            WorkBuilder.chapter("One", "<p>The " + s.textWord() + " went out at midnight.</p>"),
            WorkBuilder.chapter("Two", "<p>Morning came late.</p>"));
  }

  private static void eventually(String what, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out: " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
