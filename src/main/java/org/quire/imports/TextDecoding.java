package org.quire.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a text or HTML file's bytes into text, finding the encoding people actually have: a byte
 * order mark (UTF-8, UTF-16 LE/BE), UTF-16 without one (every other byte zero), valid UTF-8, an
 * HTML {@code charset} declaration, and otherwise Windows-1252 (what Word and older Windows editors
 * save, and a superset of Latin-1).
 */
final class TextDecoding {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private TextDecoding() {}

  /** The text and the encoding it was read in. */
  record Decoded(String text, Charset charset) {}

  static Decoded decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decoded(
          new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
    }
    Charset utf16 = utf16WithoutMark(b);
    if (utf16 != null) {
      return new Decoded(new String(b, utf16), utf16);
    }
    String utf8 = strictUtf8(b);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    Charset declared = declared(b);
    Charset charset = declared == null ? WINDOWS_1252 : declared;
    return new Decoded(new String(b, charset), charset);
  }

  /** UTF-16 text of mostly ASCII characters has a zero in every other byte. */
  private static @org.jspecify.annotations.Nullable Charset utf16WithoutMark(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      evenZeros += b[i] == 0 ? 1 : 0;
      oddZeros += b[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static @org.jspecify.annotations.Nullable String strictUtf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A charset named in an HTML meta tag near the start, if Java knows it. */
  private static @org.jspecify.annotations.Nullable Charset declared(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return null;
    }
    try {
      Charset charset = Charset.forName(m.group(1).toLowerCase(Locale.ROOT));
      // A page that says UTF-8 but is not valid UTF-8 was saved by something else.
      return charset.equals(StandardCharsets.UTF_8) ? null : charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
