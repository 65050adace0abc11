package org.quire.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quire.testing.Api;
import org.quire.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document against what the endpoints really take: no internal parameter (the viewer,
 * the request, a raw parameter map) is shown, every documented parameter of a GET endpoint is one
 * its handler reads, and one documented as required is refused when missing.
 */
class OpenApiContractTest extends IntegrationTest {
  private static final Set<String> INTERNAL =
      Set.of(
          "viewer",
          "principal",
          "request",
          "response",
          "params",
          "model",
          "session",
          "auth",
          "authentication");
  // GET /api/v1/works reads its parameters from the whole query (ListingQuery).
  private static final Set<String> LISTING =
      Set.of(
          "tag",
          "creator",
          "include",
          "exclude",
          "rating",
          "complete",
          "crossover",
          "language",
          "words",
          "kudos",
          "hits",
          "comments",
          "bookmarks",
          "updated",
          "q",
          "text",
          "sort",
          "order",
          "page",
          "perPage",
          "facets");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private JsonNode document() {
    Api.Response doc = api.get("/api/v1/openapi.json");
    assertThat(doc.status()).isEqualTo(200);
    return doc.json();
  }

  @Test
  void noInternalParameterIsDocumented() {
    List<String> leaks = new ArrayList<>();
    document()
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op ->
                            op.getValue()
                                .path("parameters")
                                .forEach(
                                    p -> {
                                      String name = p.path("name").asString();
                                      boolean object =
                                          p.path("schema").path("type").asString().equals("object")
                                              || p.path("schema").has("$ref");
                                      if (INTERNAL.contains(name) || object) {
                                        leaks.add(op.getKey() + " " + path.getKey() + " " + name);
                                      }
                                    })));
    assertThat(leaks).isEmpty();
  }

  @Test
  void everyDocumentedGetParameterIsReadByItsEndpoint() {
    List<String> unknown = new ArrayList<>();
    document()
        .path("paths")
        .properties()
        .forEach(
            path -> {
              JsonNode get = path.getValue().path("get");
              if (get.isMissingNode()) {
                return;
              }
              Set<String> accepted = accepted(path.getKey());
              get.path("parameters")
                  .forEach(
                      p -> {
                        String name = p.path("name").asString();
                        if (!accepted.contains(name)) {
                          unknown.add(path.getKey() + " " + name);
                        }
                      });
            });
    assertThat(unknown).isEmpty();
  }

  @Test
  void aRequiredQueryParameterIsRefusedWhenMissing() {
    String token = api.signUpAndToken(Api.unique("oapi"));
    Api member = api.as(token);
    List<String> wrong = new ArrayList<>();
    document()
        .path("paths")
        .properties()
        .forEach(
            path -> {
              JsonNode get = path.getValue().path("get");
              if (get.isMissingNode() || path.getKey().contains("{")) {
                return;
              }
              get.path("parameters")
                  .forEach(
                      p -> {
                        if (p.path("in").asString().equals("query")
                            && p.path("required").asBoolean(false)) {
                          int status = member.get(path.getKey()).status();
                          if (status < 400 || status >= 500) {
                            wrong.add(
                                path.getKey() + " " + p.path("name").asString() + " " + status);
                          }
                        }
                      });
            });
    assertThat(wrong).isEmpty();
  }

  /** The query and path parameter names the GET handler of this documented path reads. */
  private Set<String> accepted(String documentedPath) {
    Set<String> names = new HashSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
        mappings.getHandlerMethods().entrySet()) {
      RequestMappingInfo info = entry.getKey();
      boolean get =
          info.getMethodsCondition().getMethods().isEmpty()
              || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
      if (!get || !info.getPatternValues().contains(documentedPath)) {
        continue;
      }
      for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
        parameter.initParameterNameDiscovery(
            new org.springframework.core.DefaultParameterNameDiscoverer());
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        if (param != null && Map.class.isAssignableFrom(parameter.getParameterType())) {
          names.addAll(LISTING);
        } else if (param != null) {
          names.add(param.name().isEmpty() ? parameter.getParameterName() : param.name());
        } else if (variable != null) {
          names.add(variable.name().isEmpty() ? parameter.getParameterName() : variable.name());
        }
      }
    }
    return names;
  }
}
