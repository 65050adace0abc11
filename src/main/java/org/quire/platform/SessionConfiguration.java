package org.quire.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions live in PostgreSQL (tables from migration V2) so that signed-in readers stay signed in
 * across restarts and across several servers sharing one database. Set up by hand because Boot's
 * session-jdbc module for this Boot version is not in the repository these machines reach.
 */
@Configuration(proxyBeanMethods = false)
// Only when serving: the reindex command runs without a web server.
@ConditionalOnWebApplication
@EnableJdbcHttpSession(maxInactiveIntervalInSeconds = 14 * 24 * 3600)
class SessionConfiguration {}
