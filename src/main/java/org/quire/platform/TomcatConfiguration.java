package org.quire.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tag names may contain "/", sent as %2F in {@code /tags/{name}}. Tomcat rejects encoded slashes by
 * default; passing them through keeps the name one path segment, which Spring decodes into the path
 * variable.
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
}
