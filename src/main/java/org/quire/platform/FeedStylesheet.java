package org.quire.platform;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The XSL stylesheet (served from the jar at {@value #PATH}) that renders the archive's Atom and
 * OPDS feeds as a readable page when a browser opens one. Feeds name it in an {@code
 * <?xml-stylesheet?>} processing instruction; feed readers and e-reader apps ignore it.
 *
 * <p>Browsers show {@code application/atom+xml} as plain text without applying a stylesheet, so a
 * client that prefers HTML to the feed's type (a browser) gets the same document as {@code
 * application/xml}; feed readers and e-reader apps, which ask for feeds or for anything, keep the
 * feed's own type.
 */
public final class FeedStylesheet {
  public static final String PATH = "/feeds/feed.xsl";

  /** The data of the {@code xml-stylesheet} processing instruction. */
  public static final String INSTRUCTION = "type=\"text/xsl\" href=\"" + PATH + "\"";

  private static final MediaType FOR_BROWSERS =
      MediaType.parseMediaType("application/xml;charset=UTF-8");

  private FeedStylesheet() {}

  /** The type to answer the current request with, for a feed of this type. */
  public static MediaType contentType(MediaType feed) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
        && prefersPage(current.getRequest().getHeader("Accept"), feed)) {
      return FOR_BROWSERS;
    }
    return feed;
  }

  /** Whether this Accept header ranks HTML above the feed's type (as browsers' headers do). */
  static boolean prefersPage(@Nullable String accept, MediaType feed) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> accepted;
    try {
      accepted = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException malformed) {
      return false;
    }
    MediaType plain = new MediaType(feed.getType(), feed.getSubtype());
    return quality(accepted, MediaType.TEXT_HTML) > quality(accepted, plain);
  }

  /** The quality the most specific accepted range that covers {@code type} gives it. */
  private static double quality(List<MediaType> accepted, MediaType type) {
    double quality = 0;
    int specificity = -1;
    for (MediaType range : accepted) {
      if (range.includes(type)) {
        int s = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
        if (s > specificity) {
          specificity = s;
          quality = range.getQualityValue();
        }
      }
    }
    return quality;
  }
}
