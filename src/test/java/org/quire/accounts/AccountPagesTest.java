package org.quire.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.FormClient;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccountPagesTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;

  @Test
  void formsWithoutACsrfTokenAreRefused() {
    FormClient browser = new FormClient(baseUrl());
    browser.get("/signup");
    String name = Api.unique("csrf");
    HttpResponse<String> response =
        browser.post(
            "/signup",
            Map.of(
                "username",
                name,
                "email",
                name + "@example.org",
                "password",
                "password-1",
                "passwordConfirmation",
                "password-1"));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(
            jdbc.sql("select count(*) from accounts where username = ?")
                .param(name)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void signUpErrorsAreShownBesideTheFieldsWithWhatWasTypedKept() {
    FormClient browser = new FormClient(baseUrl());
    HttpResponse<String> page =
        browser.submit(
            "/signup",
            "/signup",
            Map.of(
                "username",
                "ok_name_kept",
                "email",
                "broken",
                "password",
                "password-1",
                "passwordConfirmation",
                "password-1"));
    assertThat(page.statusCode()).isEqualTo(422);
    assertThat(page.body()).contains("id=\"email-error\"", "Email is not a valid email address.");
    assertThat(page.body()).contains("value=\"ok_name_kept\"").doesNotContain("password-1");
  }

  @Test
  void logInCreatesAServerSideSessionAndLogOutEndsIt() {
    String name = Api.unique("sess");
    api.signUpAndToken(name);
    FormClient browser = new FormClient(baseUrl());
    HttpResponse<String> loggedIn = browser.logIn(name.toUpperCase(), "password-1");
    assertThat(loggedIn.statusCode()).isEqualTo(302);
    assertThat(loggedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    assertThat(
            jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(name)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    HttpResponse<String> settings = browser.get("/settings");
    assertThat(settings.statusCode()).isEqualTo(200);
    assertThat(settings.body()).contains("Pseuds", "API tokens", name + "@example.org");

    HttpResponse<String> out = browser.submit("/settings", "/logout", Map.of());
    assertThat(out.statusCode()).isEqualTo(302);
    assertThat(browser.get("/settings").statusCode()).isEqualTo(302);
  }

  @Test
  void wrongPasswordsShowAMessage() {
    FormClient browser = new FormClient(baseUrl());
    HttpResponse<String> failed = browser.logIn("nobody-here", "password-1");
    assertThat(failed.headers().firstValue("Location").orElse(""))
        .endsWith("/login?error&login=nobody-here");
    assertThat(browser.get("/login?error").body()).contains("not correct");
  }

  @Test
  void settingsNeedASignedInUserAndAdminPagesAnAdmin() {
    FormClient guest = new FormClient(baseUrl());
    HttpResponse<String> redirected = guest.get("/settings");
    assertThat(redirected.statusCode()).isEqualTo(302);
    assertThat(redirected.headers().firstValue("Location").orElse("")).endsWith("/login");

    String name = Api.unique("notadmin");
    api.signUpAndToken(name);
    FormClient user = signedInClient(name);
    assertThat(user.get("/admin").statusCode()).isEqualTo(403);

    FormClient admin = new FormClient(baseUrl());
    admin.logIn(ADMIN, ADMIN_PASSWORD);
    HttpResponse<String> page = admin.get("/admin");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Registration", "Invitations");
  }

  @Test
  void profilesShowPseudsButNeverTheEmail() {
    String name = Api.unique("prof");
    api.as(api.signUpAndToken(name))
        .post("/api/v1/me/pseuds", Map.of("name", "Moonlit", "description", "<b>hi</b>"));
    HttpResponse<String> profile = new FormClient(baseUrl()).get("/users/" + name);
    assertThat(profile.statusCode()).isEqualTo(200);
    assertThat(profile.body())
        .contains(name, "Moonlit", "&lt;b&gt;hi&lt;/b&gt;")
        .doesNotContain("@example.org");
    assertThat(new FormClient(baseUrl()).get("/users/" + Api.unique("ghost")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void unknownPagesGetAReadableNotFoundPage() {
    HttpResponse<String> page = new FormClient(baseUrl()).get("/no/such/page");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(page.body()).contains("Page not found", "<main");
  }
}
