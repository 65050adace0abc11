package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;

/**
 * Every page's header and footer, by role; the archive's own pages; feeds that advertise themselves
 * and render in a browser.
 */
class NavigationTest extends IntegrationTest {

  private static List<String> headerLinks(String html) {
    return Jsoup.parse(html).select("header.site-header a[href]").eachAttr("href");
  }

  @Test
  void aGuestSeesBrowsingLinksAndLogIn() {
    Document page = Jsoup.parse(new FormClient(baseUrl()).get("/works").body());
    List<String> links = page.select("header.site-header a[href]").eachAttr("href");
    assertThat(links).contains("/media", "/works", "/works/search", "/login", "/signup");
    assertThat(links).doesNotContain("/works/new", "/inbox", "/wrangling", "/admin", "/history");
    assertThat(page.select("header a[href=/works]").attr("aria-current")).isEqualTo("page");
    assertThat(page.select("footer a[href]").eachAttr("href"))
        .contains("/about", "/terms", "/contact", "/opds", "/api/v1/openapi.json", "/fandoms");
    // OPDS is discoverable from every page.
    assertThat(page.select("head link[rel=alternate][href=/opds]").attr("type"))
        .isEqualTo("application/atom+xml;profile=opds-catalog;kind=navigation");
  }

  @Test
  void aMemberHasPostInboxAndTheirMenu() {
    String name = Api.unique("navmember");
    api.signUpAndToken(name);
    Document page = Jsoup.parse(signedInClient(name).get("/").body());
    List<String> links = page.select("header.site-header a[href]").eachAttr("href");
    assertThat(links)
        .contains(
            "/works/new",
            "/inbox",
            "/users/" + name,
            "/users/" + name + "/works",
            "/users/" + name + "/bookmarks",
            "/history",
            "/history?show=later",
            "/inbox#subscriptions-heading",
            "/settings")
        .doesNotContain("/wrangling", "/admin", "/login");
    Element logOut = page.selectFirst("header form[action=/logout]");
    assertThat(logOut).isNotNull();
    assertThat(logOut.attr("method")).isEqualTo("post");
    assertThat(logOut.select("input[name=_csrf]").attr("value")).isNotBlank();
    assertThat(page.select("#inbox-count")).isEmpty();
  }

  @Test
  void wranglersAndAdminsSeeTheirTools() {
    String name = Api.unique("navwrangler");
    api.signUpAndToken(name);
    Api admin = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    admin.put("/api/v1/admin/users/" + name + "/roles/wrangler", Map.of());
    List<String> wrangler = headerLinks(signedInClient(name).get("/").body());
    assertThat(wrangler).contains("/wrangling").doesNotContain("/admin");

    FormClient adminPages = new FormClient(baseUrl());
    adminPages.logIn(ADMIN, ADMIN_PASSWORD);
    assertThat(headerLinks(adminPages.get("/").body())).contains("/wrangling", "/admin");
  }

  @Test
  void theHeaderCountsUnreadInboxEntries() {
    String writerName = Api.unique("navwriter");
    Api writer = api.as(api.signUpAndToken(writerName));
    Api reader = api.as(api.signUpAndToken(Api.unique("navreader")));
    long id = WorkBuilder.work("Counted " + Api.unique("")).post(writer);
    reader.post("/api/v1/works/" + id + "/chapters/1/comments", Map.of("body", "First!"));
    reader.post("/api/v1/works/" + id + "/chapters/1/comments", Map.of("body", "Second!"));

    FormClient pages = signedInClient(writerName);
    Document page = Jsoup.parse(pages.get("/works").body());
    assertThat(page.select("#inbox-count").text()).isEqualTo("2 unread");
    assertThat(page.select("a#nav-inbox").text()).isEqualTo("Inbox 2 unread");

    pages.submit("/inbox", "/inbox/read-all", Map.of());
    assertThat(Jsoup.parse(pages.get("/works").body()).select("#inbox-count")).isEmpty();
  }

  @Test
  void aboutTermsAndContactHaveText() {
    FormClient guest = new FormClient(baseUrl());
    Document about = Jsoup.parse(guest.get("/about").body());
    assertThat(about.select("main h1").text()).isEqualTo("About");
    assertThat(about.select("main p").text()).contains("Quire");
    assertThat(Jsoup.parse(guest.get("/terms").body()).select("main h1").text())
        .isEqualTo("Terms of Service");
    assertThat(Jsoup.parse(guest.get("/contact").body()).select("main p").text())
        .contains("administrators");
  }

  @Test
  void paragraphsAreSplitOnBlankLines() {
    assertThat(SitePageController.paragraphs("One\nline.\n\n  Two.  \r\n\r\nThree."))
        .containsExactly("One line.", "Two.", "Three.");
  }

  @Test
  void tagListingsAdvertiseTheirFeeds() {
    String fandom = "Feedfandom " + Api.unique("");
    Api writer = api.as(api.signUpAndToken(Api.unique("feedwriter")));
    WorkBuilder.work("Fed " + Api.unique("")).fandom(fandom).post(writer);
    String listing = "/tags/" + fandom.replace(" ", "%20") + "/works";
    Document page = Jsoup.parse(new FormClient(baseUrl()).get(listing).body());
    assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").attr("href"))
        .isEqualTo("/tags/" + fandom.replace(" ", "%20") + "/feed.atom");
    assertThat(
            page.select("head link[rel=alternate]").eachAttr("type").stream()
                .filter(t -> t.contains("kind=acquisition"))
                .toList())
        .hasSize(1);
  }

  @Test
  void feedsNameTheirStylesheetAndStayFeeds() {
    String fandom = "Stylefandom " + Api.unique("");
    Api writer = api.as(api.signUpAndToken(Api.unique("stylewriter")));
    WorkBuilder.work("Styled " + Api.unique("")).fandom(fandom).post(writer);
    String pi = "<?xml-stylesheet type=\"text/xsl\" href=\"/feeds/feed.xsl\"?>";

    Api.Response atom = api.get("/tags/" + fandom.replace(" ", "%20") + "/feed.atom");
    assertThat(atom.status()).isEqualTo(200);
    assertThat(atom.header("Content-Type")).startsWith("application/atom+xml");
    assertThat(atom.body()).contains(pi).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    assertThat(atom.body().indexOf(pi)).isLessThan(atom.body().indexOf("<feed"));

    Api.Response opds = api.get("/opds");
    assertThat(opds.header("Content-Type"))
        .startsWith("application/atom+xml;profile=opds-catalog;kind=navigation");
    assertThat(opds.body()).contains(pi);
    assertThat(api.get("/opds/works").body()).contains(pi);

    // A browser, which shows atom+xml as plain text, gets the same feed as XML to style; feed
    // readers and e-reader apps asking for feeds or for anything keep the feed's type.
    String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    String feedPath = "/tags/" + fandom.replace(" ", "%20") + "/feed.atom";
    Api.Response styled = api.get(feedPath, browser);
    assertThat(styled.header("Content-Type")).startsWith("application/xml");
    assertThat(styled.header("Vary")).contains("Accept");
    assertThat(styled.body()).isEqualTo(atom.body());
    assertThat(api.get("/opds", browser).header("Content-Type")).startsWith("application/xml");
    for (String reader :
        List.of(
            "*/*",
            "application/atom+xml",
            "application/atom+xml, application/rss+xml;q=0.9, text/html;q=0.5, */*;q=0.1",
            "application/atom+xml;profile=opds-catalog, */*")) {
      assertThat(api.get(feedPath, reader).header("Content-Type"))
          .as(reader)
          .startsWith("application/atom+xml");
    }

    Api.Response xsl = api.get("/feeds/feed.xsl");
    assertThat(xsl.status()).isEqualTo(200);
    assertThat(xsl.header("Content-Type")).contains("xml");
    assertThat(xsl.body()).contains("xsl:stylesheet");
  }
}
