package org.quire.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Rows for one {@code COPY … FROM STDIN} in PostgreSQL's text format, encoded to UTF-8 by hand into
 * a buffer (the chapters' text is most of the corpus, so this is the loader's hot loop).
 */
final class CopyStream implements AutoCloseable {
  private final PGCopyOutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int at;
  private boolean rowStarted;

  CopyStream(Connection connection, String table, String columns) throws SQLException {
    String sql = "copy " + table + " (" + columns + ") from stdin";
    this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql, 1 << 20);
  }

  CopyStream text(@Nullable CharSequence value) throws IOException {
    separate();
    if (value == null) {
      put((byte) '\\');
      put((byte) 'N');
      return this;
    }
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        switch (c) {
          case '\\' -> escape('\\');
          case '\n' -> escape('n');
          case '\r' -> escape('r');
          case '\t' -> escape('t');
          default -> put((byte) c);
        }
      } else if (c < 0x800) {
        put((byte) (0xC0 | (c >> 6)));
        put((byte) (0x80 | (c & 0x3F)));
      } else if (Character.isHighSurrogate(c) && i + 1 < n) {
        int cp = Character.toCodePoint(c, value.charAt(++i));
        put((byte) (0xF0 | (cp >> 18)));
        put((byte) (0x80 | ((cp >> 12) & 0x3F)));
        put((byte) (0x80 | ((cp >> 6) & 0x3F)));
        put((byte) (0x80 | (cp & 0x3F)));
      } else {
        put((byte) (0xE0 | (c >> 12)));
        put((byte) (0x80 | ((c >> 6) & 0x3F)));
        put((byte) (0x80 | (c & 0x3F)));
      }
    }
    return this;
  }

  CopyStream number(long value) throws IOException {
    return text(Long.toString(value));
  }

  CopyStream bool(boolean value) throws IOException {
    return text(value ? "t" : "f");
  }

  CopyStream value(@Nullable Object value) throws IOException {
    return text(value == null ? null : value.toString());
  }

  void endRow() throws IOException {
    put((byte) '\n');
    rowStarted = false;
  }

  /** The length of the text in UTF-8. */
  static long utf8Length(CharSequence text) {
    long length = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        length++;
      } else if (c < 0x800) {
        length += 2;
      } else if (Character.isHighSurrogate(c)) {
        length += 4;
        i++;
      } else {
        length += 3;
      }
    }
    return length;
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }

  private void separate() throws IOException {
    if (rowStarted) {
      put((byte) '\t');
    }
    rowStarted = true;
  }

  private void escape(char c) throws IOException {
    put((byte) '\\');
    put((byte) c);
  }

  private void put(byte b) throws IOException {
    if (at == buffer.length) {
      flush();
    }
    buffer[at++] = b;
  }

  private void flush() throws IOException {
    out.write(buffer, 0, at);
    at = 0;
  }
}
