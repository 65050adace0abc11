package org.quire.accounts;

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
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
  private static final Pattern PSEUD =
      Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}_ ]*[\\p{L}\\p{N}_])?");

  private AccountRules() {}

  static void username(Validation v, String field, @Nullable String username) {
    if (username == null || username.isBlank()) {
      v.add(field, "is required");
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
    } else if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
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

  static void pseudName(Validation v, String field, @Nullable String name) {
    if (name == null || name.isBlank()) {
      v.add(field, "is required");
    } else if (name.length() > PSEUD_MAX) {
      v.add(field, "must be at most " + PSEUD_MAX + " characters long");
    } else if (!PSEUD.matcher(name).matches()) {
      v.add(field, "may contain only letters, digits, spaces and _");
    }
  }
}
