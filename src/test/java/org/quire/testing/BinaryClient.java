package org.quire.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fetches files as bytes (downloads, feeds) and posts multipart uploads, keeping cookies like a
 * browser and never following redirects, so tests see each response as the server sent it.
 */
public final class BinaryClient {
  private final String base;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public BinaryClient(String base) {
    this.base = base;
  }

  /** A GET, with any extra headers given as name, value, name, value… */
  public HttpResponse<byte[]> get(String path, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** A file part of a multipart upload. */
  public static final class FilePart {
    private final String name;
    private final String fileName;
    private final String contentType;
    private final byte[] bytes;

    public FilePart(String name, String fileName, String contentType, byte[] bytes) {
      this.name = name;
      this.fileName = fileName;
      this.contentType = contentType;
      this.bytes = bytes.clone();
    }
  }

  /**
   * Posts {@code multipart/form-data}: every field value as its own part (a list field repeated),
   * then the files. Extra headers as name, value, name, value…
   */
  public HttpResponse<byte[]> postMultipart(
      String path, Map<String, List<String>> fields, List<FilePart> files, String... headers) {
    String boundary = "----quire" + UUID.randomUUID().toString().replace("-", "");
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    fields.forEach(
        (name, values) -> {
          for (String value : values) {
            write(
                body,
                "--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\""
                    + name
                    + "\"\r\n\r\n"
                    + value
                    + "\r\n");
          }
        });
    for (FilePart file : files) {
      write(
          body,
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\""
              + file.name
              + "\"; filename=\""
              + file.fileName
              + "\"\r\nContent-Type: "
              + file.contentType
              + "\r\n\r\n");
      body.writeBytes(file.bytes);
      write(body, "\r\n");
    }
    write(body, "--" + boundary + "--\r\n");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  /** Signs in through the log-in form (password "password-1"), keeping the session cookie. */
  public BinaryClient logIn(String username) {
    java.util.regex.Matcher csrf =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
            .matcher(text(get("/login")));
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the log-in page");
    }
    String form =
        "login="
            + java.net.URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&password=password-1&_csrf="
            + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
    return this;
  }

  public static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static void write(java.io.ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Sends a request built by the caller, with this client's cookies. */
  public HttpResponse<byte[]> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
