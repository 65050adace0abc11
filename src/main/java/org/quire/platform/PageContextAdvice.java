package org.quire.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every HTML page its {@link PageContext} as the model attribute {@code ctx}. */
@ControllerAdvice(annotations = Controller.class)
class PageContextAdvice {
  private final ObjectProvider<InboxCount> inbox;

  PageContextAdvice(ObjectProvider<InboxCount> inbox) {
    this.inbox = inbox;
  }

  @ModelAttribute("ctx")
  PageContext pageContext(HttpServletRequest request) {
    return of(request, inbox.getIfAvailable());
  }

  /** The context without the inbox count, for pages made outside a controller (errors). */
  static PageContext of(HttpServletRequest request) {
    return of(request, null);
  }

  static PageContext of(HttpServletRequest request, @Nullable InboxCount inbox) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    boolean signedIn =
        auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    Set<String> roles =
        signedIn
            ? auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith("ROLE_"))
                .map(a -> a.substring(5).toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet())
            : Set.of();
    CsrfToken csrf =
        request.getRequestURI().startsWith("/api/")
            ? null
            : (CsrfToken) request.getAttribute(CsrfToken.class.getName());
    String username = signedIn ? auth.getName() : null;
    long unread = username != null && inbox != null ? inbox.unread(username) : 0;
    return new PageContext(request.getRequestURI(), username, roles, csrf, unread);
  }
}
