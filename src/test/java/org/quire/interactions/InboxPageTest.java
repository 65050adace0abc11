package org.quire.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;

/** The inbox page: entries that lead to what they are about, show it, and take a reply. */
class InboxPageTest extends IntegrationTest {

  private static Element onlyEntry(Document inbox) {
    assertThat(inbox.select("li.inbox-entry")).hasSize(1);
    return inbox.selectFirst("li.inbox-entry");
  }

  @Test
  void aCommentEntryShowsTheCommentLinksToItAndTakesAReply() {
    String writerName = Api.unique("inboxwriter");
    String readerName = Api.unique("inboxreader");
    Api writer = api.as(api.signUpAndToken(writerName));
    Api reader = api.as(api.signUpAndToken(readerName));
    long id = WorkBuilder.work("Replied " + Api.unique("")).post(writer);
    long comment =
        reader
            .post(
                "/api/v1/works/" + id + "/chapters/1/comments",
                Map.of("body", "I loved the <em>ending</em>."))
            .json()
            .path("id")
            .asLong();

    FormClient pages = signedInClient(writerName);
    Element entry = onlyEntry(Jsoup.parse(pages.get("/inbox").body()));
    assertThat(entry.select("a.entry-link").attr("href"))
        .isEqualTo("/works/" + id + "/chapters/1#comment-" + comment);
    assertThat(entry.select("blockquote.inbox-comment").text()).isEqualTo("I loved the ending.");
    assertThat(entry.select("blockquote.inbox-comment em").text()).isEqualTo("ending");
    assertThat(entry.hasClass("unread")).isTrue();
    long entryId = Long.parseLong(entry.id().substring("entry-".length()));

    var replied =
        pages.submit("/inbox", "/inbox/" + entryId + "/reply", Map.of("body", "Thank you, truly."));
    assertThat(replied.statusCode()).isEqualTo(302);
    assertThat(replied.headers().firstValue("Location").orElseThrow())
        .endsWith("/inbox#entry-" + entryId);
    Document after = Jsoup.parse(pages.get("/inbox").body());
    assertThat(after.select(".notice").text()).isEqualTo("Reply posted.");
    assertThat(onlyEntry(after).hasClass("read")).isTrue();
    assertThat(after.select("#reply-link").attr("href"))
        .startsWith("/works/" + id + "/chapters/1#comment-");

    // The reply is on the work, under the comment, and reaches the commenter's inbox.
    var thread = reader.get("/api/v1/works/" + id + "/chapters/1/comments").body();
    assertThat(thread).contains("Thank you, truly.");
    assertThat(reader.get("/api/v1/me/inbox").body()).contains("replied to your comment");
  }

  @Test
  void anEmptyReplyIsRefusedBesideItsForm() {
    String writerName = Api.unique("inboxwriter");
    Api writer = api.as(api.signUpAndToken(writerName));
    Api reader = api.as(api.signUpAndToken(Api.unique("inboxreader")));
    long id = WorkBuilder.work("Unanswered " + Api.unique("")).post(writer);
    reader.post("/api/v1/works/" + id + "/chapters/1/comments", Map.of("body", "Hello there."));
    FormClient pages = signedInClient(writerName);
    Element entry = onlyEntry(Jsoup.parse(pages.get("/inbox").body()));
    String entryId = entry.id().substring("entry-".length());

    pages.submit("/inbox", "/inbox/" + entryId + "/reply", Map.of("body", "   "));
    Document after = Jsoup.parse(pages.get("/inbox").body());
    Element form = after.selectFirst("#reply-" + entryId);
    assertThat(form.hasAttr("open")).isTrue();
    assertThat(form.select("[role=alert]").text()).isNotBlank();
    assertThat(onlyEntry(after).hasClass("unread")).isTrue();
  }

  @Test
  void aNewChapterEntryLinksToTheChapterAndMarkAllReadEmptiesTheCount() throws Exception {
    Api writer = api.as(api.signUpAndToken(Api.unique("inboxwriter")));
    String readerName = Api.unique("inboxreader");
    Api reader = api.as(api.signUpAndToken(readerName));
    long id = WorkBuilder.work("Serialised " + Api.unique("")).expectedChapters(3).post(writer);
    reader.post("/api/v1/subscriptions", Map.of("type", "work", "id", id));
    writer.post("/api/v1/works/" + id + "/chapters", WorkBuilder.chapter("Chapter two."));
    writer.post("/api/v1/works/" + id + "/chapters", WorkBuilder.chapter("Chapter three."));
    // Subscribers hear of a chapter through a job that follows the commit.
    for (int i = 0;
        i < 100 && reader.get("/api/v1/me/inbox").json().path("total").asLong() < 2;
        i++) {
      Thread.sleep(100);
    }

    FormClient pages = signedInClient(readerName);
    Document inbox = Jsoup.parse(pages.get("/inbox").body());
    assertThat(inbox.select("li.inbox-entry a.entry-link").eachAttr("href"))
        .containsExactly("/works/" + id + "/chapters/3", "/works/" + id + "/chapters/2");
    assertThat(inbox.select("li.inbox-entry details.inbox-reply")).isEmpty();
    assertThat(inbox.select("#inbox-count").text()).isEqualTo("2 unread");

    pages.submit("/inbox", "/inbox/read-all", Map.of());
    Document after = Jsoup.parse(pages.get("/inbox").body());
    assertThat(after.select(".notice").text()).isEqualTo("2 entries marked read.");
    assertThat(after.select("li.inbox-entry.unread")).isEmpty();
    assertThat(after.select("#inbox-count")).isEmpty();
    assertThat(after.select("#mark-all-read")).isEmpty();
    assertThat(after.select("h1").text()).isEqualTo("Inbox (0 unread)");
  }

  @Test
  void markedForLaterListsOnlyThoseWorks() {
    Api writer = api.as(api.signUpAndToken(Api.unique("laterwriter")));
    String readerName = Api.unique("laterreader");
    Api reader = api.as(api.signUpAndToken(readerName));
    String later = "Later " + Api.unique("");
    String read = "Already " + Api.unique("");
    long laterId = WorkBuilder.work(later).post(writer);
    long readId = WorkBuilder.work(read).post(writer);
    reader.put("/api/v1/me/history/" + laterId + "/later", Map.of("later", true));
    FormClient pages = signedInClient(readerName);
    pages.get("/works/" + readId);
    assertThat(pages.get("/history").body()).contains(later, read);
    Document only = Jsoup.parse(pages.get("/history?show=later").body());
    assertThat(only.select("h1").text()).isEqualTo("Marked for Later");
    assertThat(only.select("#history").text()).contains(later).doesNotContain(read);
  }
}
