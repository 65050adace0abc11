package org.quire.accounts;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.quire.platform.ApiException;
import org.quire.platform.Validation;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, changing passwords and managing pseuds. */
@Service
class AccountService {
  private final AccountRepository accounts;
  private final PasswordEncoder passwords;
  private final Registration registration;
  private final SignUpLimit signUpLimit;

  AccountService(
      AccountRepository accounts,
      PasswordEncoder passwords,
      Registration registration,
      SignUpLimit signUpLimit) {
    this.accounts = accounts;
    this.passwords = passwords;
    this.registration = registration;
    this.signUpLimit = signUpLimit;
  }

  /**
   * Creates an account with its default pseud, all or nothing. Field errors are 422; a taken
   * username or email is 409; a closed archive is 403; too many sign-ups from {@code address} are
   * 429.
   */
  @Transactional
  Account signUp(SignUpRequest request, String address) {
    return signUp(request, address, v -> {}, false);
  }

  /**
   * The sign-up page's way: {@code form} holds the page's own problems (a password confirmation
   * that does not match) and every problem is reported at once, a taken username or email too (as a
   * 422 then, when there are others).
   */
  @Transactional
  Account signUp(SignUpRequest request, String address, Consumer<Validation> formChecks) {
    return signUp(request, address, formChecks, true);
  }

  private Account signUp(
      SignUpRequest request,
      String address,
      Consumer<Validation> formChecks,
      boolean everyProblem) {
    Validation v = new Validation();
    AccountRules.username(v, "username", request.username());
    AccountRules.email(v, "email", request.email());
    AccountRules.password(v, "password", request.password());
    formChecks.accept(v);
    registration.checkCanSignUp(v, request.inviteCode());
    if (everyProblem) {
      if (!v.hasError("username") && accounts.usernameTaken(request.username().trim())) {
        v.add("username", "has already been taken");
      }
      if (!v.hasError("email") && accounts.emailTaken(request.email().trim())) {
        v.add("email", "is already used by another account");
      }
    }
    v.throwIfInvalid();
    String username = request.username().trim();
    String email = request.email().trim();
    if (accounts.usernameTaken(username)) {
      throw ApiException.conflict("username", "has already been taken");
    }
    if (accounts.emailTaken(email)) {
      throw ApiException.conflict("email", "is already used by another account");
    }
    signUpLimit.take(address);
    // A concurrent sign-up may take the name or email between the checks and the insert.
    long id =
        accounts
            .insertIfFree(username, email, passwords.encode(request.password()))
            .orElseThrow(
                () ->
                    accounts.usernameTaken(username)
                        ? ApiException.conflict("username", "has already been taken")
                        : ApiException.conflict("email", "is already used by another account"));
    accounts.insertPseud(id, username, "", true);
    registration.consumeInvite(request.inviteCode(), id);
    return accounts.findById(id).orElseThrow();
  }

  Account get(long id) {
    return accounts.findById(id).orElseThrow(() -> ApiException.notFound("Account"));
  }

  Account byUsername(String username) {
    return accounts.findByUsername(username).orElseThrow(() -> ApiException.notFound("User"));
  }

  @Transactional
  void changePassword(long accountId, @Nullable String current, @Nullable String replacement) {
    Account account = get(accountId);
    Validation v = new Validation();
    v.check(
        current != null && passwords.matches(current, account.passwordHash()),
        "currentPassword",
        "is not your current password");
    AccountRules.password(v, "newPassword", replacement);
    v.throwIfInvalid();
    accounts.updatePassword(accountId, passwords.encode(replacement));
  }

  List<Pseud> pseuds(long accountId) {
    return accounts.pseuds(accountId);
  }

  @Transactional
  Pseud addPseud(long accountId, @Nullable String name, @Nullable String description) {
    Validation v = new Validation();
    AccountRules.pseudName(v, "name", name);
    String text = description == null ? "" : description.trim();
    v.check(
        text.length() <= AccountRules.PSEUD_DESCRIPTION_MAX,
        "description",
        "must be at most " + AccountRules.PSEUD_DESCRIPTION_MAX + " characters long");
    v.throwIfInvalid();
    String trimmed = AccountRules.pseudNameOf(name);
    long id =
        accounts
            .insertPseudIfNew(accountId, trimmed, text)
            .orElseThrow(() -> ApiException.conflict("name", "is already one of your pseuds"));
    return new Pseud(id, accountId, trimmed, text, false);
  }

  @Transactional
  void deletePseud(long accountId, long pseudId) {
    if (accounts.deletePseud(accountId, pseudId) == 0) {
      boolean isDefault =
          pseuds(accountId).stream().anyMatch(p -> p.id() == pseudId && p.isDefault());
      if (isDefault) {
        throw new ApiException(
            HttpStatus.UNPROCESSABLE_CONTENT, "The default pseud cannot be deleted.");
      }
      throw ApiException.notFound("Pseud");
    }
  }

  /**
   * Creates the archive's first admin (from the one-time link a fresh install prints): the sign-up
   * rules without registration mode or address limit, refused once any admin exists.
   */
  @Transactional
  Account createFirstAdmin(String username, String email, String password) {
    Validation v = new Validation();
    AccountRules.username(v, "username", username);
    AccountRules.email(v, "email", email);
    AccountRules.password(v, "password", password);
    v.throwIfInvalid();
    if (adminExists()) {
      throw ApiException.notFound("Page");
    }
    long id =
        accounts
            .insertIfFree(username.trim(), email.trim(), passwords.encode(password))
            .orElseThrow(
                () ->
                    accounts.usernameTaken(username.trim())
                        ? ApiException.conflict("username", "has already been taken")
                        : ApiException.conflict("email", "is already used by another account"));
    accounts.insertPseud(id, username.trim(), "", true);
    accounts.grant(id, Role.ADMIN);
    return get(id);
  }

  boolean adminExists() {
    return accounts.adminExists();
  }

  /** Creates the account, or resets its password, and makes it an admin. Idempotent. */
  @Transactional
  Account ensureAdmin(String username, String email, String password) {
    Account account =
        accounts
            .findByUsername(username)
            .orElseGet(
                () -> {
                  long id = accounts.insert(username, email, passwords.encode(password));
                  accounts.insertPseud(id, username, "", true);
                  return get(id);
                });
    if (!passwords.matches(password, account.passwordHash())) {
      accounts.updatePassword(account.id(), passwords.encode(password));
    }
    accounts.grant(account.id(), Role.ADMIN);
    return get(account.id());
  }
}
