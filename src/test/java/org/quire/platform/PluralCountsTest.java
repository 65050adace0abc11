package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.quire.testing.WorkBuilder;

/** Counts read "1 work", "2 works": never "1 Works". */
class PluralCountsTest extends IntegrationTest {

  @Test
  void nounsAgreeWithTheirCount() {
    assertThat(Plural.count(1, "work")).isEqualTo("1 work");
    assertThat(Plural.count(0, "work")).isEqualTo("0 works");
    assertThat(Plural.count(1234, "hit")).isEqualTo("1,234 hits");
    assertThat(Plural.count(2, "reply", "replies")).isEqualTo("2 replies");
  }

  @Test
  void aListingOfOneWorkSaysOneWork() throws InterruptedException {
    String name = Api.unique("single");
    Api writer = api.as(api.signUpAndToken(name));
    WorkBuilder.sample("The Only One").post(writer);
    FormClient guest = new FormClient(baseUrl());
    String heading = "";
    Instant until = Instant.now().plus(Duration.ofSeconds(15));
    while (Instant.now().isBefore(until)) {
      heading =
          Jsoup.parse(guest.get("/users/" + name + "/works").body())
              .select("#listing-heading")
              .text();
      if (heading.startsWith("1 ")) {
        break;
      }
      Thread.sleep(200);
    }
    assertThat(heading).startsWith("1 Work by").doesNotContain("Works");

    WorkBuilder.sample("The Second One").post(writer);
    until = Instant.now().plus(Duration.ofSeconds(15));
    while (Instant.now().isBefore(until) && !heading.contains("of 2")) {
      Thread.sleep(200);
      heading =
          Jsoup.parse(guest.get("/users/" + name + "/works").body())
              .select("#listing-heading")
              .text();
    }
    assertThat(heading).startsWith("1–2 of 2 Works by");
  }
}
