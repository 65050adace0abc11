package org.quire.interactions;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.AccountDirectory;
import org.quire.platform.QuireProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mail goes through an outbox table, so nothing is lost: with SMTP configured ({@code
 * QUIRE_SMTP_*}) it is sent every few seconds (a failure is kept with its error for the admin);
 * without, it stays in the outbox, which admins can read. Hourly digests are gathered here too.
 */
@Component
class Outbox {
  private static final Logger log = LoggerFactory.getLogger(Outbox.class);
  private final JdbcClient jdbc;
  private final AccountDirectory accounts;
  private final QuireProperties.Smtp smtp;
  private final @Nullable JavaMailSenderImpl sender;

  Outbox(JdbcClient jdbc, AccountDirectory accounts, QuireProperties properties) {
    this.jdbc = jdbc;
    this.accounts = accounts;
    this.smtp = properties.smtp();
    this.sender = smtp.configured() ? sender(smtp) : null;
  }

  void queue(long accountId, String subject, String body) {
    accounts
        .contact(accountId)
        .ifPresent(
            contact ->
                jdbc.sql("insert into mail_outbox (to_address, subject, body) values (?, ?, ?)")
                    .params(contact.email(), subject, body)
                    .update());
  }

  List<Mail> recent(int limit) {
    return jdbc.sql("select * from mail_outbox order by id desc limit ?")
        .param(limit)
        .query((rs, n) -> mail(rs))
        .list();
  }

  /** One digest per reader who asked for hourly mail and has entries not yet mailed. */
  @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1H")
  void digests() {
    List<Map<String, Object>> pending =
        jdbc.sql(
                "update inbox set mailed = true where not mailed returning account_id, work_title,"
                    + " message")
            .query()
            .listOfRows();
    pending.stream()
        .collect(java.util.stream.Collectors.groupingBy(row -> (Long) row.get("account_id")))
        .forEach(
            (account, rows) ->
                queue(
                    account,
                    "[Quire] Your hourly digest: " + rows.size() + " new",
                    String.join(
                        "\n", rows.stream().map(row -> "- " + row.get("message")).toList())));
  }

  @Scheduled(fixedDelay = 5000)
  void send() {
    if (sender == null) {
      return;
    }
    List<Mail> unsent =
        jdbc.sql("select * from mail_outbox where sent_at is null and error is null limit 50")
            .query((rs, n) -> mail(rs))
            .list();
    for (Mail mail : unsent) {
      try {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(smtp.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        sender.send(message);
        jdbc.sql("update mail_outbox set sent_at = now() where id = ?").param(mail.id()).update();
      } catch (RuntimeException e) {
        log.warn("Mail {} to {} failed: {}", mail.id(), mail.to(), e.getMessage());
        jdbc.sql("update mail_outbox set error = ? where id = ?")
            .params(String.valueOf(e.getMessage()), mail.id())
            .update();
      }
    }
  }

  private static Mail mail(ResultSet rs) throws java.sql.SQLException {
    OffsetDateTime sent = rs.getObject("sent_at", OffsetDateTime.class);
    return new Mail(
        rs.getLong("id"),
        rs.getString("to_address"),
        rs.getString("subject"),
        rs.getString("body"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        sent == null ? null : sent.toInstant(),
        rs.getString("error"));
  }

  private static JavaMailSenderImpl sender(QuireProperties.Smtp smtp) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(smtp.host());
    sender.setPort(smtp.port());
    if (smtp.username() != null && !smtp.username().isBlank()) {
      sender.setUsername(smtp.username());
      sender.setPassword(smtp.password());
    }
    Properties props = sender.getJavaMailProperties();
    props.put("mail.smtp.auth", smtp.username() != null && !smtp.username().isBlank());
    props.put("mail.smtp.starttls.enable", true);
    return sender;
  }

  /** A mail in the outbox. */
  record Mail(
      long id,
      String to,
      String subject,
      String body,
      Instant createdAt,
      @Nullable Instant sentAt,
      @Nullable String error) {}
}
