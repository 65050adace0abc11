package org.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.FormClient;

/**
 * One step of {@link VisibilityWalkTest}: the work under test in one state, the people who look at
 * it, and the one rule that says what each of them should get. Checks ask for an answer through the
 * helpers here, so every path is held to the same expectation.
 */
final class Walk {
  /** Who looks. */
  enum Viewer {
    GUEST,
    MEMBER,
    CREATOR
  }

  /** The states a posted work goes through (a posted work cannot become a draft again). */
  enum State {
    POSTED,
    RESTRICTED,
    DRAFT,
    DELETED
  }

  /** What one viewer may do with one work (mirrors works.Audience.Verdict). */
  enum Sight {
    SHOWN,
    /** A guest and a work for signed-in readers: pages send them to log in, APIs say 404. */
    SIGN_IN,
    NOT_FOUND
  }

  /** The work under test: its id and the words only it carries. */
  record Subject(long id, String title, String freeform, String summaryWord, String textWord) {}

  /** The clients of one viewer; a guest has no token and no feed. */
  record Clients(Api api, FormClient pages, BinaryClient files, String username, String feed) {}

  final State state;
  final Subject work;
  final Subject control;
  final String fandom;
  final String creator;
  final String member;
  final long commentId;
  final String commentText;
  private final Map<Viewer, Clients> clients;
  private final List<String> failures;
  private Viewer viewer = Viewer.GUEST;
  private String route = "";

  Walk(
      State state,
      Subject work,
      Subject control,
      String fandom,
      String creator,
      String member,
      long commentId,
      String commentText,
      EnumMap<Viewer, Clients> clients,
      List<String> failures) {
    this.state = state;
    this.work = work;
    this.control = control;
    this.fandom = fandom;
    this.creator = creator;
    this.member = member;
    this.commentId = commentId;
    this.commentText = commentText;
    this.clients = clients;
    this.failures = failures;
  }

  // ---- The rule ---------------------------------------------------------------------------------

  /** Opening the work itself (page, API, its chapters, kudos, comments). */
  Sight opens() {
    return switch (state) {
      case POSTED -> Sight.SHOWN;
      case RESTRICTED -> viewer == Viewer.GUEST ? Sight.SIGN_IN : Sight.SHOWN;
      case DRAFT -> viewer == Viewer.CREATOR ? Sight.SHOWN : Sight.NOT_FOUND;
      case DELETED -> Sight.NOT_FOUND;
    };
  }

  /** Whether the viewer may open it and it is posted (downloads and reader feeds: no drafts). */
  boolean readsPosted() {
    return opens() == Sight.SHOWN && state != State.DRAFT;
  }

  /** Listed, counted and suggested: posted and within the viewer's reach; drafts never. */
  boolean listed() {
    return listedTo(viewer);
  }

  /**
   * The other works in the shared fandom this viewer is shown: the public control, and in the draft
   * step the (still restricted) work of the earlier steps to signed-in readers.
   */
  int othersInFandom() {
    return state == State.DRAFT && viewer != Viewer.GUEST ? 2 : 1;
  }

  /** As a guest is shown things: public feeds never sign in. */
  boolean listedToGuests() {
    return listedTo(Viewer.GUEST);
  }

  private boolean listedTo(Viewer who) {
    return state == State.POSTED || (state == State.RESTRICTED && who != Viewer.GUEST);
  }

  // ---- Running checks ---------------------------------------------------------------------------

  /** Runs one route's check as one viewer, recording a failure rather than stopping the walk. */
  void run(Viewer who, String routeName, Runnable check) {
    this.viewer = who;
    this.route = routeName;
    try {
      check.run();
    } catch (AssertionError | RuntimeException e) {
      failures.add(
          "["
              + state
              + " / "
              + who
              + " / "
              + routeName
              + "] "
              + e.getMessage().lines().limit(6).reduce((a, b) -> a + " " + b).orElse(""));
    }
  }

  Viewer viewer() {
    return viewer;
  }

  boolean guest() {
    return viewer == Viewer.GUEST;
  }

  Api api() {
    return clients.get(viewer).api();
  }

  String feed() {
    return clients.get(viewer).feed();
  }

  String as() {
    return state + " " + viewer + " " + route + ": ";
  }

  // ---- Answers ----------------------------------------------------------------------------------

  HttpResponse<String> page(String path) {
    return clients.get(viewer).pages().get(path);
  }

  String file(String path) {
    HttpResponse<byte[]> r = clients.get(viewer).files().get(path);
    assertThat(r.statusCode()).as(as() + path).isEqualTo(200);
    return BinaryClient.text(r);
  }

  int fileStatus(String path) {
    return clients.get(viewer).files().get(path).statusCode();
  }

  Api.Response json(String path) {
    Api.Response r = api().get(path);
    assertThat(r.status()).as(as() + path + " " + r.body()).isEqualTo(200);
    return r;
  }

  /** A page of the work itself: shown, a log-in redirect for a guest if {@code toLogIn}, or 404. */
  void workPage(String path, boolean toLogIn, String... shownText) {
    HttpResponse<String> r = page(path);
    Sight sight = opens();
    if (sight == Sight.SIGN_IN && !toLogIn) {
      sight = Sight.NOT_FOUND;
    }
    switch (sight) {
      case SHOWN -> {
        assertThat(r.statusCode()).as(as() + path).isEqualTo(200);
        assertThat(r.body()).as(as() + path).contains(shownText);
      }
      case SIGN_IN -> {
        assertThat(r.statusCode()).as(as() + path).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).as(as()).endsWith("/login");
      }
      case NOT_FOUND -> {
        assertThat(r.statusCode()).as(as() + path).isEqualTo(404);
        assertThat(r.body()).as(as() + path).doesNotContain(work.title());
      }
    }
  }

  /** A JSON read of the work itself: 200 holding {@code shownText}, or 404 without the title. */
  void workApi(String path, boolean shown, String... shownText) {
    Api.Response r = api().get(path);
    if (shown) {
      assertThat(r.status()).as(as() + path + " " + r.body()).isEqualTo(200);
      assertThat(r.body()).as(as() + path).contains(shownText);
    } else {
      assertThat(r.status()).as(as() + path + " " + r.body()).isEqualTo(404);
      assertThat(r.body()).as(as() + path).doesNotContain(work.title());
    }
  }

  /**
   * A write about the work by someone who may not see it: 404 (401 for a guest if sign-in only).
   */
  void refusedWrite(Api.Response r, boolean guestsMustSignIn) {
    int expected = guest() && guestsMustSignIn ? 401 : 404;
    assertThat(r.status()).as(as() + r.body()).isEqualTo(expected);
    assertThat(r.body()).as(as()).doesNotContain(work.title());
  }

  /** A list (page, feed or JSON) holds the control work, and the work under test iff expected. */
  void lists(String body, boolean expected) {
    assertThat(body).as(as() + "the public control work is listed").contains(control.title());
    holds(body, expected);
  }

  /** The text names the work under test iff expected. */
  void holds(String body, boolean expected) {
    if (expected) {
      assertThat(body).as(as() + "the work is listed").contains(work.title());
    } else {
      assertThat(body).as(as() + "the work is left out").doesNotContain(work.title());
    }
  }

  /** The titles in a JSON list's items. */
  static List<String> titles(Api.Response r, String field) {
    List<String> titles = new ArrayList<>();
    r.json().path("items").forEach(item -> titles.add(item.path(field).asString()));
    return titles;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
