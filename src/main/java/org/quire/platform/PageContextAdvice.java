package org.quire.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
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

  @ModelAttribute("ctx")
  PageContext pageContext(HttpServletRequest request) {
    return of(request);
  }

  static PageContext of(HttpServletRequest request) {
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
    return new PageContext(request.getRequestURI(), signedIn ? auth.getName() : null, roles, csrf);
  }
}
