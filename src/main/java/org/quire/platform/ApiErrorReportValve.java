package org.quire.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat answers a request it cannot parse (a URL or headers over {@code max-http-request-header-
 * size}) itself, before any filter or the error page runs. This valve keeps its HTML page for pages
 * but gives problem+json under {@code /api}, and also when the request line itself was too long to
 * read (the path is then unknown; a browser seldom sends such a URL, a script often does).
 */
class ApiErrorReportValve extends ErrorReportValve {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  ApiErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int code = response.getStatus();
    String uri = request.getRequestURI();
    boolean unknownPath = uri == null || uri.isEmpty();
    if (code < 400
        || response.getContentWritten() > 0
        || !(unknownPath || uri.startsWith("/api/"))) {
      super.report(request, response, throwable);
      return;
    }
    if (!response.setErrorReported()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    if (status == null) {
      status = HttpStatus.BAD_REQUEST;
    }
    String detail =
        status == HttpStatus.BAD_REQUEST
            ? "The request could not be read: its URL or headers are malformed or too long."
            : status.getReasonPhrase() + ".";
    try {
      response.setContentType(Problem.MEDIA_TYPE.toString());
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(
            JSON.writeValueAsString(
                Problem.of(status, detail, unknownPath ? "" : uri, List.<FieldError>of())));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response was taken over meanwhile: nothing more to say.
    }
  }
}
