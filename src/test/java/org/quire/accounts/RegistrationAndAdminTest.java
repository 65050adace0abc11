package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import tools.jackson.databind.JsonNode;

class RegistrationAndAdminTest extends IntegrationTest {
  @Autowired AdminBootstrap bootstrap;

  private Api admin() {
    return api.as(api.tokenFor(ADMIN, ADMIN_PASSWORD));
  }

  @AfterEach
  void reopen() {
    admin().put("/api/v1/admin/registration", Map.of("mode", "open"));
  }

  @Test
  void theConfiguredAdminExistsWithTheAdminRoleAndBootstrapIsIdempotent() {
    ApplicationArguments none = new DefaultApplicationArguments();
    bootstrap.run(none);
    bootstrap.run(none);
    JsonNode me = admin().get("/api/v1/me").json();
    assertThat(me.path("username").asString()).isEqualTo(ADMIN);
    assertThat(me.path("roles").findValuesAsString("")).isEmpty();
    assertThat(me.path("roles").toString()).contains("\"admin\"", "\"user\"");
  }

  @Test
  void aFreshInstallIsOpen() {
    assertThat(admin().get("/api/v1/admin/registration").json().path("mode").asString())
        .isEqualTo("open");
  }

  @Test
  void inviteModeNeedsAnUnusedCode() {
    Api admin = admin();
    assertThat(admin.put("/api/v1/admin/registration", Map.of("mode", "invite")).status())
        .isEqualTo(200);

    String name = Api.unique("inv");
    Map<String, Object> body =
        Map.of("username", name, "email", name + "@example.org", "password", "password-1");
    Api.Response without = api.post("/api/v1/accounts", body);
    assertThat(without.status()).isEqualTo(422);
    assertThat(without.json().path("errors").get(0).path("field").asString())
        .isEqualTo("inviteCode");

    Api.Response codes = admin.post("/api/v1/invitations", Map.of("count", 2));
    assertThat(codes.status()).isEqualTo(201);
    String code = codes.json().path("codes").get(0).asString();

    Map<String, Object> withCode = new java.util.HashMap<>(body);
    withCode.put("inviteCode", code);
    assertThat(api.post("/api/v1/accounts", withCode).status()).isEqualTo(201);

    String other = Api.unique("inv");
    Api.Response reused =
        api.post(
            "/api/v1/accounts",
            Map.of(
                "username",
                other,
                "email",
                other + "@example.org",
                "password",
                "password-1",
                "inviteCode",
                code));
    assertThat(reused.status()).isEqualTo(422);
  }

  @Test
  void closedModeRefusesSignUps() {
    assertThat(admin().put("/api/v1/admin/registration", Map.of("mode", "closed")).status())
        .isEqualTo(200);
    String name = Api.unique("cl");
    Api.Response refused =
        api.post(
            "/api/v1/accounts",
            Map.of("username", name, "email", name + "@example.org", "password", "password-1"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().path("detail").asString()).contains("closed");
  }

  @Test
  void onlyAdminsManageRegistration() {
    Api user = api.as(api.signUpAndToken(Api.unique("nob")));
    assertThat(user.put("/api/v1/admin/registration", Map.of("mode", "closed")).status())
        .isEqualTo(403);
    assertThat(user.post("/api/v1/invitations", Map.of("count", 1)).status()).isEqualTo(403);
    assertThat(api.post("/api/v1/invitations", Map.of("count", 1)).status()).isEqualTo(401);
    assertThat(admin().put("/api/v1/admin/registration", Map.of("mode", "sometimes")).status())
        .isEqualTo(422);
    assertThat(admin().post("/api/v1/invitations", Map.of("count", 1000)).status()).isEqualTo(422);
  }
}
