package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quire.testing.WorkBuilder.work;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs left behind by a worker that died (on this node or another) are taken again at once, and a
 * wrangling change's job leaves nothing behind when it is done.
 */
class PendingJobsTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void aJobClaimedByAWorkerThatDiedIsTakenAgainWithoutWaitingForItsBackoff() throws Exception {
    String run = Api.unique("");
    String pairing = "Orphaned Pair " + run;
    String meta = "Orphaned Meta " + run;
    Api writer = api.as(api.signUpAndToken(Api.unique("orphaner")));
    Api admin = api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
    work("Work " + pairing).relationships(pairing).post(writer);
    long other = work("Work " + meta).relationships(meta).post(writer);
    assertThat(writer.delete("/api/v1/works/" + other).status()).isEqualTo(204);
    assertThat(admin.patch(tagPath(pairing), Map.of("canonical", true)).status()).isEqualTo(200);
    assertThat(admin.patch(tagPath(meta), Map.of("canonical", true)).status()).isEqualTo(200);
    awaitNoJobs();

    // A wrangling change committed with its job, which a worker claimed and then died running:
    // the claim is set, the next attempt an hour away, and nobody holds the row.
    long metaId = tagId(meta);
    long pairingId = tagId(pairing);
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("insert into meta_tags (meta_id, sub_id) values (?, ?)")
              .params(metaId, pairingId)
              .update();
          jdbc.sql(
                  "insert into pending_jobs (kind, payload, attempts, claim, run_after)"
                      + " values ('works.refilter', ?::jsonb, 1, ?, now() + interval '1 hour')")
              .params("{\"tagIds\":[" + pairingId + "," + metaId + "]}", UUID.randomUUID())
              .update();
        });
    assertThat(api.get(tagPath(meta)).json().path("worksCount").asInt()).isZero();

    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (api.get(tagPath(meta)).json().path("worksCount").asInt() != 1
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(api.get(tagPath(meta)).json().path("worksCount").asInt())
        .as("the metatag finds the work under its new subtag")
        .isEqualTo(1);
    awaitNoJobs();
  }

  private void awaitNoJobs() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (pendingJobs() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(pendingJobs()).as("jobs still pending").isZero();
  }

  private long pendingJobs() {
    return jdbc.sql("select count(*) from pending_jobs where failed_at is null")
        .query(Long.class)
        .single();
  }

  private long tagId(String name) {
    return jdbc.sql("select id from tags where name = ?").param(name).query(Long.class).single();
  }

  private static String tagPath(String name) {
    return "/api/v1/tags/" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
