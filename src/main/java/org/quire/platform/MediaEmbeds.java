package org.quire.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The media hosts whose players a chapter may embed in an {@code iframe} (podfics and vids), and
 * the one place that decides whether an embed's address is one of them. The pages' Content Security
 * Policy allows frames from exactly these hosts, so the list and the policy cannot drift apart. A
 * host is matched exactly (no subdomains): a subdomain of a media site could be anyone's.
 */
public final class MediaEmbeds {
  /** Hosts whose embeds are kept, always loaded over https. */
  public static final List<String> HOSTS =
      List.of(
          "www.youtube.com",
          "youtube.com",
          "www.youtube-nocookie.com",
          "player.vimeo.com",
          "archive.org",
          "w.soundcloud.com",
          "podfic.com",
          "www.podfic.com",
          "drive.google.com",
          "docs.google.com",
          "open.spotify.com",
          "audio.com",
          "player.bilibili.com");

  private MediaEmbeds() {}

  /** The {@code frame-src} directive of the Content Security Policy: https on these hosts only. */
  public static String frameSources() {
    StringBuilder out = new StringBuilder("frame-src");
    for (String host : HOSTS) {
      out.append(" https://").append(host);
    }
    return out.toString();
  }

  /**
   * The embed's address over https when it points at an allowed host (with http, https or no
   * scheme), otherwise null: an embed from anywhere else is dropped.
   */
  public static @Nullable String httpsSource(String src) {
    String s = src.strip();
    if (s.startsWith("//")) {
      s = "https:" + s;
    }
    try {
      URI uri = new URI(s);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https"))
          || !HOSTS.contains(host)
          || uri.getRawUserInfo() != null
          || uri.getPort() != -1) {
        return null;
      }
      return new URI("https", null, host, -1, null, null, null).toASCIIString()
          + (uri.getRawPath() == null ? "" : uri.getRawPath())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
