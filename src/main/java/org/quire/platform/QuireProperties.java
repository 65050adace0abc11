package org.quire.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * All of Quire's settings, bound from {@code quire.*} (environment variables {@code QUIRE_*}) and
 * validated at start-up so that a typo stops the server with a message instead of misbehaving.
 *
 * @param dataDir everything the archive writes: database files, index, secrets, caches
 * @param database an external PostgreSQL; when its URL is blank an embedded one is started
 * @param registration how new accounts come in on a fresh install (admins can change it later)
 * @param admin an account created or reset with the admin role at start-up
 * @param limits request-size and rate limits
 * @param smtp where mail goes; with no host, mail waits in the outbox for an admin to read
 * @param downloads how work downloads are made
 * @param trustedProxies reverse proxies (IP addresses or CIDR ranges) whose {@code X-Forwarded-For}
 *     and {@code X-Forwarded-Proto} are believed; empty believes no one
 * @param jobs the work that follows a commit (filter sets, subscribers' inboxes)
 * @param pages the text of the archive's own pages (about, terms, contact)
 */
@Validated
@ConfigurationProperties("quire")
public record QuireProperties(
    @NotNull Path dataDir,
    @Valid @NotNull Database database,
    @NotNull RegistrationMode registration,
    @Valid @NotNull Admin admin,
    @Valid @NotNull Limits limits,
    @Valid @NotNull Smtp smtp,
    @Valid @NotNull Downloads downloads,
    @NotNull List<String> trustedProxies,
    @Valid @NotNull Jobs jobs,
    @Valid @NotNull Pages pages) {

  /** Connection to an external PostgreSQL; blank URL means "start the embedded one". */
  public record Database(@Nullable String url, @Nullable String user, @Nullable String password) {
    public boolean external() {
      return url != null && !url.isBlank();
    }
  }

  /** The account that start-up creates or resets with the admin role, when both are set. */
  public record Admin(@Nullable String username, @Nullable String password) {
    public boolean configured() {
      return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
  }

  /**
   * Named limits.
   *
   * @param jsonBodyBytes largest JSON request body accepted (413 beyond)
   * @param loginPerIpPerMinute log-in and token attempts per client address per minute
   * @param loginFailuresPerName failed attempts per account (username or email) per 15 minutes,
   *     beyond which only addresses that have not been failing may try it
   * @param commentsPerQuarterHour comments per 15 minutes from a guest's address or an account
   *     younger than a week
   * @param signupsPerAddressPerHour accounts created per hour from one client address
   * @param newAccountWorksPerDay works (drafts and imports too) an account younger than a week may
   *     create per 24 hours
   * @param newAccountChaptersPerHour chapters an account younger than a week may add to its works
   *     per hour (a new work's own chapters are not counted)
   * @param uploadBytes largest uploaded file (an import): 413 beyond; the multipart limits follow
   * @param epubUncompressedBytes most bytes an imported EPUB may expand to
   * @param epubEntries most files an imported EPUB may hold
   * @param epubCompressionRatio largest uncompressed-to-compressed ratio of any file in an EPUB
   * @param concurrentWritesPerAccount posts, edits and imports one account (or a guest's address)
   *     may run at once, per process (429 beyond)
   * @param downloadBuilds download files built at once archive-wide; 0 means one per processor
   * @param pdfBuilds PDF files built at once (the slowest kind, also counted in {@code
   *     downloadBuilds}); 0 means half the processors, at least one
   * @param downloadBuildWait how long a download waits for a free build before a 503
   * @param searchTimeout how long a full-text search may run before it is stopped with a 503
   */
  public record Limits(
      @Min(1024) long jsonBodyBytes,
      @Min(1) int loginPerIpPerMinute,
      @Min(1) int loginFailuresPerName,
      @Min(1) int commentsPerQuarterHour,
      @Min(1) int signupsPerAddressPerHour,
      @Min(1) int newAccountWorksPerDay,
      @Min(1) int newAccountChaptersPerHour,
      @Min(1024) long uploadBytes,
      @Min(1024) long epubUncompressedBytes,
      @Min(1) int epubEntries,
      @Min(1) int epubCompressionRatio,
      @Min(1) int concurrentWritesPerAccount,
      @Min(0) int downloadBuilds,
      @Min(0) int pdfBuilds,
      @NotNull Duration downloadBuildWait,
      @NotNull Duration searchTimeout) {

    /** {@code downloadBuilds}, with 0 read as the number of processors. */
    public int downloadBuildsAtOnce() {
      return downloadBuilds > 0 ? downloadBuilds : Runtime.getRuntime().availableProcessors();
    }

    /** {@code pdfBuilds}, with 0 read as half the processors (at least one). */
    public int pdfBuildsAtOnce() {
      return pdfBuilds > 0
          ? pdfBuilds
          : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
  }

  /** An SMTP server for mail; a blank host keeps mail in the outbox table. */
  public record Smtp(
      @Nullable String host,
      @Min(1) int port,
      @Nullable String username,
      @Nullable String password,
      @NotNull String from) {
    public boolean configured() {
      return host != null && !host.isBlank();
    }
  }

  /**
   * Work downloads (EPUB, HTML, TXT, PDF).
   *
   * @param images which remote images in chapters are fetched into EPUB, HTML and PDF files
   */
  public record Downloads(@NotNull RemoteImages images) {}

  /**
   * Pending jobs ({@code pending_jobs}).
   *
   * @param worker whether this node runs them; with several nodes on one database, at least one
   *     must (a node that does not still queues them)
   */
  public record Jobs(boolean worker) {}

  /**
   * The text of the archive's own pages, linked from every page's footer: plain text, a blank line
   * between paragraphs. Blank uses Quire's default text.
   *
   * @param about {@code /about}: who runs this archive and what it is for
   * @param terms {@code /terms}: the rules of this archive
   * @param contact {@code /contact}: how to reach its administrators
   */
  public record Pages(@Nullable String about, @Nullable String terms, @Nullable String contact) {}

  /**
   * Remote images: {@code PUBLIC} fetches from public addresses only (never loopback or private
   * networks), {@code ALL} from any address (a closed intranet, tests), {@code NONE} never: the
   * image becomes a link.
   */
  public enum RemoteImages {
    PUBLIC,
    ALL,
    NONE
  }

  /** Registration modes of the contract. */
  public enum RegistrationMode {
    OPEN,
    INVITE,
    CLOSED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
