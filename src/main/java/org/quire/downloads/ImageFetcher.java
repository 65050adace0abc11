package org.quire.downloads;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.quire.platform.QuireProperties;
import org.quire.platform.QuireProperties.RemoteImages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fetches the remote images of a work's chapters so that an EPUB (where images must be inside the
 * book), the HTML file and the PDF carry them. Cautious: http(s) only, no redirects, a timeout, at
 * most {@link #MAX_IMAGES} images of at most {@link #MAX_BYTES} each, only PNG, JPEG, GIF and WebP
 * recognised by their first bytes, and by default never from loopback or private addresses. An
 * image that cannot be fetched is left out (the book links to it instead).
 */
@Component
class ImageFetcher {
  static final int MAX_IMAGES = 50;
  static final int MAX_BYTES = 5 * 1024 * 1024;
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Logger log = LoggerFactory.getLogger(ImageFetcher.class);

  private final RemoteImages mode;
  private final HttpClient http =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .build();

  ImageFetcher(QuireProperties properties) {
    this.mode = properties.downloads().images();
  }

  /** An image's bytes and what they are. */
  static final class Image {
    private final String mediaType;
    private final String extension;
    private final byte[] bytes;

    Image(String mediaType, String extension, byte[] bytes) {
      this.mediaType = mediaType;
      this.extension = extension;
      this.bytes = bytes.clone();
    }

    String mediaType() {
      return mediaType;
    }

    String extension() {
      return extension;
    }

    byte[] bytes() {
      return bytes.clone();
    }

    String dataUri() {
      return "data:" + mediaType + ";base64," + java.util.Base64.getEncoder().encodeToString(bytes);
    }
  }

  /** The images that could be fetched, by URL, in the order given. */
  Map<String, Image> fetch(Collection<String> urls) {
    Map<String, Image> images = new LinkedHashMap<>();
    if (mode == RemoteImages.NONE) {
      return images;
    }
    for (String url : urls) {
      if (images.size() >= MAX_IMAGES) {
        break;
      }
      if (!images.containsKey(url)) {
        Image image = fetchOne(url);
        if (image != null) {
          images.put(url, image);
        }
      }
    }
    return images;
  }

  private @Nullable Image fetchOne(String url) {
    try {
      URI uri = URI.create(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
        return null;
      }
      if (mode == RemoteImages.PUBLIC && !publicHost(uri.getHost())) {
        log.debug("Not fetching {}: not a public address", url);
        return null;
      }
      HttpResponse<InputStream> response =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(TIMEOUT)
                  .header("Accept", "image/*")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          return null;
        }
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? null : sniff(bytes);
      }
    } catch (IOException | IllegalArgumentException e) {
      log.debug("Could not fetch image {}: {}", url, e.toString());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The image type told by the first bytes, or null for anything else. */
  static @Nullable Image sniff(byte[] b) {
    if (starts(b, 0x89, 'P', 'N', 'G')) {
      return new Image("image/png", "png", b);
    }
    if (starts(b, 0xFF, 0xD8, 0xFF)) {
      return new Image("image/jpeg", "jpg", b);
    }
    if (starts(b, 'G', 'I', 'F', '8')) {
      return new Image("image/gif", "gif", b);
    }
    if (b.length > 12
        && starts(b, 'R', 'I', 'F', 'F')
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P') {
      return new Image("image/webp", "webp", b);
    }
    return null;
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** True when every address the host resolves to is a public one. */
  private static boolean publicHost(String host) throws IOException {
    InetAddress[] addresses = InetAddress.getAllByName(host);
    for (InetAddress a : addresses) {
      boolean uniqueLocal = a instanceof Inet6Address && (a.getAddress()[0] & 0xFE) == 0xFC;
      if (a.isLoopbackAddress()
          || a.isAnyLocalAddress()
          || a.isLinkLocalAddress()
          || a.isSiteLocalAddress()
          || a.isMulticastAddress()
          || uniqueLocal) {
        return false;
      }
    }
    return addresses.length > 0;
  }
}
