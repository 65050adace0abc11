package org.quire.platform;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JTE templates are compiled at build time into the package of the module they belong to ({@code
 * src/main/jte/accounts/*.jte} into {@code org.quire.accounts}), so pages can use the module's
 * package-private types and a template error fails the build, not a request.
 */
@Configuration(proxyBeanMethods = false)
class TemplateConfiguration {
  @Bean
  TemplateEngine jteTemplateEngine() {
    return TemplateEngine.createPrecompiled(
        null, ContentType.Html, TemplateConfiguration.class.getClassLoader(), "org.quire");
  }
}
