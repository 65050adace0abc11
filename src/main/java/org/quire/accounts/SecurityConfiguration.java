package org.quire.accounts;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.function.Supplier;
import org.quire.platform.ClientAddress;
import org.quire.platform.MediaEmbeds;
import org.quire.platform.ProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Two filter chains: the stateless API, authenticated by bearer tokens and free of CSRF because it
 * never reads cookies; and the pages, with server-side sessions for those who sign in, form log-in,
 * and CSRF on every form (the token in a cookie, checked against the form's copy). Authorization of
 * individual objects (works, bookmarks…) happens in each module's service.
 */
@Configuration(proxyBeanMethods = false)
// Only when serving: the reindex command runs without a web server.
@ConditionalOnWebApplication
class SecurityConfiguration {
  /**
   * Chapters may show images, play audio and video from anywhere on the web (as AO3's do), and
   * embed players from the media hosts chapters may embed, and from nowhere else.
   */
  private static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' https: http: data:; media-src 'self' https: http:; "
          + MediaEmbeds.frameSources()
          + "; style-src 'self'; script-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Tag names may contain "/", sent as %2F in /tags/{name}. Tomcat passes %2F through undecoded
   * (see TomcatConfiguration), so the decoded path holds a "%": both are allowed; everything else
   * stays strict. Tag names themselves can never contain "%".
   */
  @Bean
  HttpFirewall httpFirewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowUrlEncodedSlash(true);
    firewall.setAllowUrlEncodedPercent(true);
    return firewall;
  }

  /**
   * No tracing observation around each security filter: it cost more than the work page itself
   * (measured with the benchmark's chapter reads). Request metrics are still recorded per request.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http, TokenService tokens, ProblemWriter problems)
      throws Exception {
    http.securityMatcher("/api/**")
        .csrf(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .addFilterBefore(
            new BearerTokenFilter(tokens, problems), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/api/v1/me", "/api/v1/me/**")
                    .authenticated()
                    .requestMatchers(
                        "/api/v1/admin/**", "/api/v1/invitations/**", "/api/v1/invitations")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .permitAll())
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint(
                        (request, response, ex) ->
                            problems.write(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "Sign in: send Authorization: Bearer <token> (POST /api/v1/tokens).",
                                List.of()))
                    .accessDeniedHandler(
                        (request, response, ex) ->
                            problems.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "You are not allowed to do that.",
                                List.of())));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pageChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/settings", "/settings/**", "/works/new", "/inbox", "/history", "/mutes")
                    .authenticated()
                    .requestMatchers("/admin", "/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .access(new LoopbackOrAdmin())
                    .anyRequest()
                    .permitAll())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .usernameParameter("login")
                    .passwordParameter("password")
                    .failureHandler(
                        (request, response, ex) -> {
                          String login = request.getParameter("login");
                          throttle.failed(ClientAddress.of(request), login == null ? "" : login);
                          // The name typed comes back in the form (never the password).
                          response.sendRedirect(
                              "/login?error&login="
                                  + java.net.URLEncoder.encode(
                                      login == null ? "" : login,
                                      java.nio.charset.StandardCharsets.UTF_8));
                        })
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/?signedOut"))
        // The CSRF token lives in a cookie, not the session: a guest reading a chapter (whose page
        // has the comment and kudos forms) then never makes the server write a session.
        .csrf(c -> c.csrfTokenRepository(csrfCookies()))
        .addFilterBefore(
            new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
        .headers(
            h ->
                h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(
                        r ->
                            r.policy(
                                org.springframework.security.web.header.writers
                                    .ReferrerPolicyHeaderWriter.ReferrerPolicy
                                    .STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    return http.build();
  }

  private static CookieCsrfTokenRepository csrfCookies() {
    CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();
    cookies.setCookiePath("/");
    cookies.setCookieCustomizer(c -> c.sameSite("Lax"));
    return cookies;
  }

  /** Metrics are for the machine's own scraper or an admin. */
  static final class LoopbackOrAdmin implements AuthorizationManager<RequestAuthorizationContext> {
    @Override
    public AuthorizationResult authorize(
        Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
      boolean admin =
          authentication.get() != null
              && authentication.get().getAuthorities().stream()
                  .anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()));
      return new AuthorizationDecision(admin || loopback(ClientAddress.of(context.getRequest())));
    }

    private static boolean loopback(String address) {
      try {
        return InetAddress.getByName(address).isLoopbackAddress();
      } catch (UnknownHostException e) {
        return false;
      }
    }
  }
}
