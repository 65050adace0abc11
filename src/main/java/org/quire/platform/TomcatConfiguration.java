package org.quire.platform;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat: the client's address behind trusted proxies (see {@link TrustedProxyValve}), and encoded
 * slashes. Tag names may contain "/", sent as %2F in {@code /tags/{name}}. Tomcat rejects encoded
 * slashes by default; passing them through keeps the name one path segment, which Spring decodes
 * into the path variable.
 */
@Configuration(proxyBeanMethods = false)
// Only when serving: the reindex command runs without a web server.
@ConditionalOnWebApplication
class TomcatConfiguration {
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashes() {
    return factory ->
        factory.addConnectorCustomizers(
            connector -> connector.setEncodedSolidusHandling("passthrough"));
  }

  /**
   * Requests Tomcat cannot parse are answered by the host's error report valve: ours answers
   * problem+json for the API (see {@link ApiErrorReportValve}). Added after the plain one Spring
   * Boot adds, so nearer the request: it reports first and the plain one leaves the response alone.
   * Named as the host's error valve, so the host adds no default one after it.
   */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> apiErrorReports() {
    return factory ->
        factory.addContextCustomizers(
            context -> {
              if (context.getParent() instanceof StandardHost host) {
                host.getPipeline().addValve(new ApiErrorReportValve());
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
              }
            });
  }

  @Bean
  TrustedProxyValve trustedProxyValve(QuireProperties properties) {
    return new TrustedProxyValve(properties.trustedProxies());
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientAddresses(
      TrustedProxyValve valve) {
    // An engine valve runs before every filter, so the whole request sees the client's address.
    return factory -> factory.addEngineValves(valve);
  }
}
