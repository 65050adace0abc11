package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class AccountApiTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;

  private Api.Response signUp(String username, String email, String password) {
    return api.post(
        "/api/v1/accounts", Map.of("username", username, "email", email, "password", password));
  }

  @Test
  void signUpCreatesAnAccountWithItsDefaultPseud() {
    String name = Api.unique("Reader");
    Api.Response created = signUp(name, name + "@example.org", "password-1");
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().path("username").asString()).isEqualTo(name);
    assertThat(created.json().path("id").isNumber()).isTrue();

    String token = api.tokenFor(name, "password-1");
    JsonNode me = api.as(token).get("/api/v1/me").json();
    assertThat(me.path("username").asString()).isEqualTo(name);
    assertThat(me.path("email").asString()).isEqualTo(name + "@example.org");
    assertThat(me.path("pseuds").get(0).asString()).isEqualTo(name);
    assertThat(me.path("roles").toString()).isEqualTo("[\"user\"]");
  }

  @Test
  void usernamesAndEmailsAreUniqueIgnoringCase() {
    String name = Api.unique("dup");
    assertThat(signUp(name, name + "@example.org", "password-1").status()).isEqualTo(201);

    Api.Response sameName =
        signUp(name.toUpperCase(), "other-" + name + "@example.org", "password-1");
    assertThat(sameName.status()).isEqualTo(409);
    assertThat(sameName.header("Content-Type")).startsWith("application/problem+json");
    assertThat(sameName.json().path("errors").get(0).path("field").asString())
        .isEqualTo("username");

    Api.Response sameEmail =
        signUp(Api.unique("dup"), name.toUpperCase() + "@EXAMPLE.org", "password-1");
    assertThat(sameEmail.status()).isEqualTo(409);
    assertThat(sameEmail.json().path("errors").get(0).path("field").asString()).isEqualTo("email");
  }

  @Test
  void invalidSignUpsAre422WithEveryFieldNamedAndCreateNothing() {
    long before = accounts();
    Api.Response response = signUp("_bad", "not-an-email", "short");
    assertThat(response.status()).isEqualTo(422);
    JsonNode problem = response.json();
    assertThat(problem.path("status").asInt()).isEqualTo(422);
    assertThat(problem.path("title").asString()).isNotBlank();
    assertThat(problem.path("errors").findValuesAsString("field"))
        .containsExactly("username", "email", "password");
    assertThat(accounts()).isEqualTo(before);
  }

  @Test
  void usernameRulesFollowTheContract() {
    for (String bad :
        new String[] {"ab", "a".repeat(41), "bad_", "_bad", "has space", "dots.no", "émile"}) {
      Api.Response response = signUp(bad, Api.unique("u") + "@example.org", "password-1");
      assertThat(response.status()).as(bad).isEqualTo(422);
      assertThat(response.json().path("errors").get(0).path("field").asString())
          .isEqualTo("username");
    }
    for (String good :
        new String[] {"a_b", "A1" + Api.unique("x"), "x".repeat(30) + Api.unique("")}) {
      assertThat(signUp(good, Api.unique("u") + "@example.org", "password-1").status())
          .as(good)
          .isIn(201, 409);
    }
  }

  @Test
  void emailsFollowTheArchivesRule() {
    for (String bad :
        new String[] {
          "\"quoted\"@example.org",
          "user@[127.0.0.1]",
          "user@exa(mple).org",
          "user@exa<mple>.org",
          "user@exa\\mple.org",
          "user@exa,mple.org",
          "user@exa;mple.org",
          "user@exa:mple.org",
          "user@*.example.org",
          "user@localhost",
          "user@example.c"
        }) {
      Api.Response response = signUp(Api.unique("mail"), bad, "password-1");
      assertThat(response.status()).as(bad).isEqualTo(422);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("email");
    }
    String name = Api.unique("obrien");
    Api.Response good = signUp(name, "o'" + name + "+fic@mail.example.co.uk", "password-1");
    assertThat(good.status()).as(good.body()).isEqualTo(201);
  }

  @Test
  void usernamesAndPseudsCannotHoldBidiControlsOrZeroWidthCharacters() {
    for (String hidden : new String[] {"\u200b", "\u200d", "\u202e", "\u2066", "\ufeff"}) {
      String bad = "ab" + hidden + "cd";
      Api.Response response = signUp(bad, Api.unique("u") + "@example.org", "password-1");
      assertThat(response.status()).as(response.body()).isEqualTo(422);
      assertThat(response.json().path("errors").get(0).path("field").asString())
          .isEqualTo("username");
      assertThat(response.json().path("errors").get(0).path("message").asString())
          .contains("invisible");
    }
    Api me = api.as(api.signUpAndToken(Api.unique("ps")));
    for (String hidden :
        new String[] {"\u200b", "\u200c", "\u200d", "\u2060", "\u202e", "\u200f", "\u2067"}) {
      Api.Response response =
          me.post("/api/v1/me/pseuds", Map.of("name", "Night" + hidden + "Owl"));
      assertThat(response.status()).as(response.body()).isEqualTo(422);
      assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
      assertThat(response.json().path("errors").get(0).path("message").asString())
          .contains("invisible");
    }
    // A decomposed accent is stored composed, and a combining mark is part of a name.
    assertThat(me.post("/api/v1/me/pseuds", Map.of("name", "Zoe\u0308")).status()).isEqualTo(201);
    assertThat(me.post("/api/v1/me/pseuds", Map.of("name", "Zo\u00eb")).status()).isEqualTo(409);
    assertThat(
            me.post("/api/v1/me/pseuds", Map.of("name", "\u092a\u094d\u0930\u093f\u092f\u093e"))
                .status())
        .isEqualTo(201);
    assertThat(me.get("/api/v1/me").json().path("pseuds").toString())
        .contains("Zo\u00eb")
        .doesNotContain("Zoe\u0308");
  }

  @Test
  void tokensAreIssuedForUsernameOrEmailInAnyCase() {
    String name = Api.unique("Tok");
    assertThat(signUp(name, name + "@Example.org", "password-1").status()).isEqualTo(201);
    for (String login :
        new String[] {name, name.toLowerCase(), name.toUpperCase() + "@EXAMPLE.ORG"}) {
      Api.Response issued =
          api.post("/api/v1/tokens", Map.of("login", login, "password", "password-1"));
      assertThat(issued.status()).as(login).isEqualTo(201);
      assertThat(issued.json().path("token").asString()).startsWith("qt_");
    }
    Api.Response wrong =
        api.post("/api/v1/tokens", Map.of("login", name, "password", "password-2"));
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void tokensAreStoredHashedListedAndRevocable() {
    String token = api.signUpAndToken(Api.unique("rev"));
    Api me = api.as(token);
    assertThat(
            jdbc.sql("select count(*) from api_tokens where token_hash = ?")
                .param(token)
                .query(Long.class)
                .single())
        .isZero();
    JsonNode listed = me.get("/api/v1/tokens").json();
    assertThat(listed.size()).isEqualTo(1);
    assertThat(listed.toString()).doesNotContain(token);

    assertThat(me.delete("/api/v1/tokens/" + listed.get(0).path("id").asLong()).status())
        .isEqualTo(204);
    Api.Response afterRevoke = me.get("/api/v1/me");
    assertThat(afterRevoke.status()).isEqualTo(401);
    assertThat(afterRevoke.json().path("detail").asString()).contains("not valid");
  }

  @Test
  void meNeedsAToken() {
    assertThat(api.get("/api/v1/me").status()).isEqualTo(401);
    assertThat(api.as("qt_not-a-real-token").get("/api/v1/me").status()).isEqualTo(401);
    assertThat(api.as("garbage").get("/api/v1/me").status()).isEqualTo(401);
  }

  @Test
  void pseudsCanBeAddedAndDeletedButNotTheDefault() {
    String name = Api.unique("ps");
    Api me = api.as(api.signUpAndToken(name));
    Api.Response added =
        me.post("/api/v1/me/pseuds", Map.of("name", "Night Owl", "description", "my other name"));
    assertThat(added.status()).isEqualTo(201);
    assertThat(me.post("/api/v1/me/pseuds", Map.of("name", "night owl")).status()).isEqualTo(409);
    assertThat(me.post("/api/v1/me/pseuds", Map.of("name", "")).status()).isEqualTo(422);
    assertThat(me.get("/api/v1/me").json().path("pseuds").toString()).contains("Night Owl", name);

    long defaultId = me.get("/api/v1/me/pseuds").json().get(0).path("id").asLong();
    assertThat(me.delete("/api/v1/me/pseuds/" + defaultId).status()).isEqualTo(422);
    assertThat(me.delete("/api/v1/me/pseuds/" + added.json().path("id").asLong()).status())
        .isEqualTo(204);
    assertThat(me.get("/api/v1/me").json().path("pseuds").size()).isEqualTo(1);
  }

  @Test
  void passwordChangeNeedsTheCurrentPassword() {
    String name = Api.unique("pw");
    Api me = api.as(api.signUpAndToken(name));
    Api.Response wrong =
        me.post(
            "/api/v1/me/password", Map.of("currentPassword", "nope", "newPassword", "password-2"));
    assertThat(wrong.status()).isEqualTo(422);
    assertThat(wrong.json().path("errors").get(0).path("field").asString())
        .isEqualTo("currentPassword");
    assertThat(
            me.post(
                    "/api/v1/me/password",
                    Map.of("currentPassword", "password-1", "newPassword", "password-2"))
                .status())
        .isEqualTo(204);
    assertThat(api.post("/api/v1/tokens", Map.of("login", name, "password", "password-1")).status())
        .isEqualTo(401);
    assertThat(api.post("/api/v1/tokens", Map.of("login", name, "password", "password-2")).status())
        .isEqualTo(201);
  }

  @Test
  void passwordsAreHashedWithArgon2() {
    String name = Api.unique("hash");
    api.signUpAndToken(name);
    String hash =
        jdbc.sql("select password_hash from accounts where username = ?")
            .param(name)
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("password-1");
  }

  private long accounts() {
    return jdbc.sql("select count(*) from accounts").query(Long.class).single();
  }
}
