package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.tagged;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.quire.testing.Api;
import org.quire.testing.Browser;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.w3c.dom.Document;

class ListingPagesTest extends IntegrationTest {

  private String seed(String fandom) {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    tagged("Soft Morning").fandom(fandom).freeforms("Fluff").post(writer);
    tagged("Hard Night")
        .fandom(fandom)
        .warnings("Major Character Death")
        .freeforms("Angst")
        .post(writer);
    tagged("Locked Room").fandom(fandom).restricted().freeforms("Angst").post(writer);
    return URLEncoder.encode(fandom, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Test
  void aTagsWorksPageFiltersWithTheSidebarParameters() {
    String fandom = "Sidebar " + Api.unique("");
    String path = "/tags/" + seed(fandom) + "/works";
    FormClient guest = new FormClient(baseUrl());
    String page = guest.get(path).body();
    assertThat(page)
        .contains(
            "1&ndash;2 of 2 Works",
            "Soft Morning",
            "Hard Night",
            "Major Character Death (1)",
            "Sort and Filter")
        .doesNotContain("Locked Room");
    String filtered =
        guest
            .get(
                path
                    + "?exclude="
                    + URLEncoder.encode("Major Character Death", StandardCharsets.UTF_8)
                    + "&wordsFrom=1")
            .body();
    assertThat(filtered).contains("1 Work", "Soft Morning").doesNotContain("Hard Night");
    assertThat(guest.get(path + "?includeOther=Angst").body())
        .contains("Hard Night")
        .doesNotContain("Soft Morning");
    assertThat(guest.get(path + "?sort=nonsense").statusCode()).isEqualTo(400);
  }

  @Test
  void theAtomFeedListsATagsNewestPublicWorks() throws Exception {
    String fandom = "Feed " + Api.unique("");
    String encoded = seed(fandom);
    // As a feed reader asks for it (a browser, asking for HTML, gets it as XML to style).
    HttpResponse<String> feed =
        api.get("/tags/" + encoded + "/feed.atom", "application/atom+xml, */*;q=0.5").raw();
    assertThat(feed.statusCode()).isEqualTo(200);
    assertThat(feed.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/atom+xml");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document atom =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(atom.getDocumentElement().getLocalName()).isEqualTo("feed");
    assertThat(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength())
        .isEqualTo(2);
    assertThat(feed.body()).contains("Soft Morning", "Hard Night").doesNotContain("Locked Room");
  }

  @Test
  void aReaderExcludesAWarningFromTheSidebar() {
    String fandom = "Browser Sidebar " + Api.unique("");
    String path = "/tags/" + seed(fandom) + "/works";
    try (Browser browser = new Browser(baseUrl())) {
      browser.open(path).waitForText("of 2 Works");
      browser.screenshot("tag-works-sidebar");
      browser
          .driver()
          .findElement(
              By.xpath("//fieldset[legend='Exclude']//input[@value='Major Character Death']"))
          .click();
      browser.click("#apply-filters").waitForText("1 Work");
      assertThat(browser.text()).contains("Soft Morning").doesNotContain("Hard Night");
      browser.resize(390, 844).screenshot("tag-works-sidebar-phone");
    }
  }
}
