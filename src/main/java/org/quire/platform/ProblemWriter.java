package org.quire.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem+json response from places outside controllers (filters, security). */
@Component
public class ProblemWriter {
  private final JsonMapper json;

  public ProblemWriter(JsonMapper json) {
    this.json = json;
  }

  public void write(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String detail,
      List<FieldError> errors)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(Problem.MEDIA_TYPE.toString());
    response.setCharacterEncoding("UTF-8");
    json.writeValue(
        response.getOutputStream(), Problem.of(status, detail, request.getRequestURI(), errors));
  }
}
