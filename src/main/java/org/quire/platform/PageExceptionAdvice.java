package org.quire.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A service failure inside a page controller shows the error page with its status and message (a
 * missing work is a 404 page, not a 500). API controllers are handled first by {@link
 * ApiExceptionAdvice}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionAdvice {
  private final ObjectProvider<InboxCount> inbox;

  PageExceptionAdvice(ObjectProvider<InboxCount> inbox) {
    this.inbox = inbox;
  }

  @ExceptionHandler(ApiException.class)
  ModelAndView handle(ApiException e, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(e.status().value());
    if (e instanceof RateLimitedException limited) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfterSeconds()));
    }
    ModelAndView page = new ModelAndView("platform/error");
    page.setStatus(e.status());
    page.addObject("ctx", PageContextAdvice.of(request, inbox.getIfAvailable()));
    page.addObject("status", e.status().value());
    page.addObject("title", ErrorPageController.title(e.status()));
    page.addObject("message", e.getMessage());
    return page;
  }
}
