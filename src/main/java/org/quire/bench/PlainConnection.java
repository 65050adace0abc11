package org.quire.bench;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One reader's keep-alive HTTP/1.1 connection, as lean as a load generator's (ab, wrk): a GET
 * written by hand, the answer's status and cookies read, its body read and dropped. The JDK's
 * HttpClient spent about as much CPU per page as the archive serving it, and on a two-core machine
 * the readers' cost is taken from the server being measured. Cookies are kept as a browser keeps
 * them; the connection is opened again when the server closes it.
 */
final class PlainConnection implements AutoCloseable {
  private final int port;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private final byte[] skip = new byte[16384];
  private @Nullable Socket socket;
  private @Nullable InputStream in;
  private @Nullable OutputStream out;

  PlainConnection(int port) {
    this.port = port;
  }

  /** GETs this page as HTML and returns the status, once the whole answer is read. */
  int get(String path) throws IOException {
    try {
      return exchange(path);
    } catch (EOFException | java.net.SocketException e) {
      close(); // the server closed a kept-alive connection between requests: try once more
      return exchange(path);
    }
  }

  private int exchange(String path) throws IOException {
    if (socket == null) {
      Socket s = new Socket("localhost", port);
      s.setTcpNoDelay(true);
      socket = s;
      in = new BufferedInputStream(s.getInputStream(), 16384);
      out = s.getOutputStream();
    }
    StringBuilder request = new StringBuilder(256);
    request
        .append("GET ")
        .append(path)
        .append(" HTTP/1.1\r\nHost: localhost:")
        .append(port)
        .append("\r\nAccept: text/html\r\n");
    if (!cookies.isEmpty()) {
      request.append("Cookie: ").append(String.join("; ", cookies.values())).append("\r\n");
    }
    request.append("\r\n");
    OutputStream o = out;
    InputStream i = in;
    if (o == null || i == null) {
      throw new IOException("Not connected");
    }
    o.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
    o.flush();

    String status = line(i);
    int code = Integer.parseInt(status.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = line(i); !header.isEmpty(); header = line(i)) {
      int colon = header.indexOf(':');
      String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = header.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = Long.parseLong(value);
        case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
        case "connection" -> close = value.equalsIgnoreCase("close");
        case "set-cookie" -> {
          int semicolon = value.indexOf(';');
          String pair = semicolon < 0 ? value : value.substring(0, semicolon);
          cookies.put(pair.substring(0, Math.max(0, pair.indexOf('='))), pair);
        }
        default -> {}
      }
    }
    if (chunked) {
      for (long size = chunk(i); size > 0; size = chunk(i)) {
        drop(i, size);
        line(i);
      }
      for (String trailer = line(i); !trailer.isEmpty(); trailer = line(i)) {
        // trailers are dropped
      }
    } else if (length >= 0) {
      drop(i, length);
    } else {
      close = true; // the body ends with the connection
      while (i.read(skip) >= 0) {
        // dropped
      }
    }
    if (close) {
      close();
    }
    return code;
  }

  private static long chunk(InputStream in) throws IOException {
    String size = line(in);
    int extension = size.indexOf(';');
    return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
  }

  private void drop(InputStream in, long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      int n = in.read(skip, 0, (int) Math.min(skip.length, left));
      if (n < 0) {
        throw new EOFException("The answer ended early");
      }
      left -= n;
    }
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("The connection closed");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    Socket s = socket;
    socket = null;
    in = null;
    out = null;
    if (s != null) {
      s.close();
    }
  }
}
