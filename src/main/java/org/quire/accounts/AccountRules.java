package org.quire.accounts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.quire.platform.Validation;

/** The contract's rules for usernames, emails, passwords and pseud names. */
final class AccountRules {
  static final int USERNAME_MIN = 3;
  static final int USERNAME_MAX = 40;
  static final int PASSWORD_MIN = 8;
  static final int PASSWORD_MAX = 1024;
  static final int EMAIL_MAX = 254;
  static final int PSEUD_MAX = 40;
  static final int PSEUD_DESCRIPTION_MAX = 500;

  private static final Pattern USERNAME =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9_]*[A-Za-z0-9])?");
  // AO3's address rule: a local part of letters, digits and _ . & % + - ' (so no quoted local
  // parts), then dot-separated domain labels of letters, digits and hyphens ending in a top-level
  // domain of 2 to 25 letters (so no brackets, commas, colons, semicolons, asterisks or IP
  // literals in the domain). ASCII only, as on AO3.
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9_.&%+'-]+@(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,25}");
  // Combining marks may follow the first character (Hindi, Thai, decomposed accents...).
  private static final Pattern PSEUD =
      Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}_ ]*[\\p{L}\\p{M}\\p{N}_])?");

  private AccountRules() {}

  static void username(Validation v, String field, @Nullable String username) {
    String hidden = username == null ? null : invisible(username);
    if (username == null || username.isBlank()) {
      v.add(field, "is required");
    } else if (hidden != null) {
      v.add(field, hidden);
    } else if (username.length() < USERNAME_MIN || username.length() > USERNAME_MAX) {
      v.add(field, "must be " + USERNAME_MIN + " to " + USERNAME_MAX + " characters long");
    } else if (!USERNAME.matcher(username).matches()) {
      v.add(
          field,
          "may contain only letters, digits and _, and must begin and end with a letter or digit");
    }
  }

  static void email(Validation v, String field, @Nullable String email) {
    if (email == null || email.isBlank()) {
      v.add(field, "is required");
    } else if (email.strip().length() > EMAIL_MAX || !EMAIL.matcher(email.strip()).matches()) {
      v.add(field, "is not a valid email address");
    }
  }

  static void password(Validation v, String field, @Nullable String password) {
    if (password == null || password.isEmpty()) {
      v.add(field, "is required");
    } else if (password.length() < PASSWORD_MIN) {
      v.add(field, "must be at least " + PASSWORD_MIN + " characters long");
    } else if (password.length() > PASSWORD_MAX) {
      v.add(field, "must be at most " + PASSWORD_MAX + " characters long");
    }
  }

  /** A pseud's name as stored and compared: trimmed, Unicode NFC. */
  static String pseudNameOf(String name) {
    return Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
  }

  static void pseudName(Validation v, String field, @Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      v.add(field, "is required");
      return;
    }
    String name = pseudNameOf(typed);
    String hidden = invisible(name);
    if (hidden != null) {
      v.add(field, hidden);
    } else if (name.length() > PSEUD_MAX) {
      v.add(field, "must be at most " + PSEUD_MAX + " characters long");
    } else if (!PSEUD.matcher(name).matches()) {
      v.add(field, "may contain only letters, digits, spaces and _");
    }
  }

  /**
   * The message for a name holding an invisible format character (Unicode category Cf: bidi
   * controls, which can make a name read as another, zero-width spaces, joiners and non-joiners,
   * word joiners, BOM, soft hyphens), or null. Two names that look the same must not be two people.
   */
  static @Nullable String invisible(String name) {
    int[] found =
        name.codePoints().filter(cp -> Character.getType(cp) == Character.FORMAT).toArray();
    return found.length == 0
        ? null
        : String.format(
            Locale.ROOT,
            "cannot contain invisible characters such as bidi controls or zero-width spaces"
                + " (U+%04X)",
            found[0]);
  }
}
