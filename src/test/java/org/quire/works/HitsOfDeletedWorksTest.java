package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.sample;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.accounts.Viewer;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Hits noted for a work deleted before they are written are dropped; other works keep theirs. */
class HitsOfDeletedWorksTest extends IntegrationTest {
  @Autowired HitCounter hits;

  @Test
  void aWorkDeletedBeforeTheFlushLosesOnlyItsOwnHits() {
    Api writer = api.as(api.signUpAndToken(Api.unique("w")));
    long kept = sample("Kept").post(writer);
    long doomed = sample("Doomed").post(writer);

    // A hit noted for a work that is gone before any flush can write it (whichever flush runs
    // next, the scheduled one or this test's, meets it together with the hits below).
    hits.record(Viewer.guest(), gone(doomed), "192.0.2.7");
    assertThat(writer.delete("/api/v1/works/" + doomed).status()).isEqualTo(204);
    FormClient guest = new FormClient(baseUrl());
    assertThat(guest.get("/works/" + kept).statusCode()).isEqualTo(200);
    hits.flush();
    assertThat(api.get("/api/v1/works/" + kept).json().path("stats").path("hits").asInt())
        .isEqualTo(1);
  }

  /** The deleted work as a page view saw it just before its deletion. */
  private static Work gone(long id) {
    return new Work(
        id,
        "Doomed",
        "",
        "",
        "",
        "en",
        false,
        "open",
        null,
        true,
        1,
        1,
        Instant.now(),
        Instant.now(),
        1,
        new Work.Stats(0, 0, 0, 0),
        List.of(),
        List.of(),
        List.of());
  }
}
