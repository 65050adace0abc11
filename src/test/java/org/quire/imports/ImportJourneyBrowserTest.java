package org.quire.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.quire.testing.Api;
import org.quire.testing.BinaryClient;
import org.quire.testing.Browser;
import org.quire.testing.IntegrationTest;

/** Importing a file and downloading a work in a real headless Chromium. */
class ImportJourneyBrowserTest extends IntegrationTest {

  /** A browser signed in as a new account. */
  private Browser importer() {
    String name = Api.unique("Importer");
    api.signUpAndToken(name);
    return new Browser(baseUrl()).logIn(name);
  }

  private static Path file(String name, byte[] bytes) throws IOException {
    Path dir = Files.createTempDirectory("quire-import");
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return file;
  }

  @Test
  void anAo3DownloadIsImportedAsADraftPostedAndDownloaded() throws IOException {
    String name = Api.unique("Importer");
    api.signUpAndToken(name);
    try (Browser browser = new Browser(baseUrl())) {
      browser.logIn(name);
      browser.open("/works/new").click("#import-link").waitForPath("/works/import");
      assertThat(browser.text()).contains("Import a Work", "Work file", "Details (optional)");
      browser.screenshots("import-page");

      Path html = file("The_Cartographers.html", Fixtures.resource("ao3-download.html"));
      browser.find("#file").sendKeys(html.toString());
      browser.click("#import-draft");
      browser.waitForText("Imported as a draft");
      assertThat(browser.text())
          .contains("This is a draft", "The Cartographer's Daughter", "Teen And Up Audiences")
          .contains("Graphic Depictions Of Violence", "Ilse/Maren", "Slow Burn")
          .contains("Chapter 1: Soundings", "The ink had dried")
          .doesNotContain("Download:");
      browser.screenshot("import-draft");
      String workPath = browser.path();

      browser.click("#post-draft").waitForText("Work posted.");
      assertThat(browser.find("nav.downloads").getText()).contains("EPUB", "PDF", "HTML", "TXT");
      browser.screenshots("work-page-download-links");
      String epub = browser.find("nav.downloads a[href$='.epub']").getAttribute("href");
      assertThat(epub).endsWith(workPath + "/download.epub");
      BinaryClient guest = new BinaryClient(baseUrl());
      var response = guest.get(workPath + "/download.epub");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
          .contains("filename=\"The_Cartographers.epub\"");
    }
  }

  @Test
  void missingDetailsAreCompletedOnThePage() throws IOException {
    try (Browser browser = importer()) {
      browser.open("/works/import");
      Path text =
          file(
              "night-ferry.txt",
              Fixtures.utf8(
                  """
                  Night Ferry

                  Chapter 1: Nine Sharp
                  The ferry left at nine sharp.

                  Chapter 2: Fog
                  Fog took the far shore first.
                  """));
      browser.find("#file").sendKeys(text.toString());
      browser.type("#characters", "Ferryman");
      browser.click("#import-draft");
      browser.waitForText("Complete the Import");
      assertThat(browser.text())
          .contains("night-ferry.txt", "plain text", "2 chapters", "Chapter 1: Nine Sharp")
          .contains("Rating is required", "Warnings needs at least one archive warning")
          .contains("Fandoms needs at least one fandom");
      assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Night Ferry");
      assertThat(browser.find("#characters").getAttribute("value")).isEqualTo("Ferryman");
      browser.screenshots("import-complete");

      new Select(browser.find("#rating")).selectByVisibleText("General Audiences");
      browser.click("input[name=warnings][value='No Archive Warnings Apply']");
      browser.type("#fandoms", "Original Work");
      browser.click("#import-post");
      browser.waitForText("Imported and posted.");
      assertThat(browser.text())
          .contains("Night Ferry", "General Audiences", "Ferryman", "The ferry left at nine sharp.")
          .doesNotContain("This is a draft");
    }
  }

  @Test
  void aFileThatCannotBeImportedIsExplainedOnThePage() throws IOException {
    try (Browser browser = importer()) {
      browser.open("/works/import");
      browser
          .find("#file")
          .sendKeys(file("scan.pdf", Fixtures.utf8("%PDF-1.4 not a story")).toString());
      browser.click("#import-draft");
      browser.waitForText("PDF files cannot be imported");
      assertThat(browser.path()).isEqualTo("/works/import");
      browser.screenshot("import-error");
    }
  }
}
