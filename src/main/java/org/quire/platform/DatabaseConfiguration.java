package org.quire.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource}: the external PostgreSQL named by {@code QUIRE_DATABASE_URL}, or the
 * embedded one started here. Declared as a dependency of the pool so that shutdown closes the pool
 * before stopping PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  @Bean(destroyMethod = "close")
  @Nullable EmbeddedPostgresServer embeddedPostgres(
      QuireProperties properties, DataDirectory dataDir) {
    if (properties.database().external()) {
      return null;
    }
    return EmbeddedPostgresServer.start(dataDir.folder("postgres"));
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(
      QuireProperties properties, @Nullable EmbeddedPostgresServer embeddedPostgres) {
    HikariConfig config = new HikariConfig();
    QuireProperties.Database db = properties.database();
    if (embeddedPostgres != null) {
      config.setJdbcUrl(embeddedPostgres.jdbcUrl());
      config.setUsername("postgres");
    } else {
      config.setJdbcUrl(db.url());
      config.setUsername(db.user());
      config.setPassword(db.password());
    }
    config.setPoolName("quire");
    config.setMaximumPoolSize(20);
    return new HikariDataSource(config);
  }
}
