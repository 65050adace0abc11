package org.quire.platform;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description served at {@code /api/v1/openapi.json}, generated from the controllers. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  @Bean
  OpenAPI quireOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Quire API")
                .version("v1")
                .description(
                    "The JSON API of a Quire fan fiction archive. Authenticate with"
                        + " Authorization: Bearer <token> (POST /api/v1/tokens); errors are"
                        + " application/problem+json."))
        .schemaRequirement(
            "bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
        .addSecurityItem(new SecurityRequirement().addList("bearer"));
  }
}
