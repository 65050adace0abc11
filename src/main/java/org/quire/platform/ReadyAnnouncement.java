package org.quire.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The last line of start-up: where the archive answers, with the port it really listens on. */
@Component
@ConditionalOnWebApplication
class ReadyAnnouncement {
  private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void ready(ApplicationReadyEvent event) {
    String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
    log.info("Quire is ready at http://localhost:{}", port);
  }
}
