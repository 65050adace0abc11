package org.quire.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The archive, started in this JVM on the bench's data directory: without a web server for loading,
 * and in full (on a free port, with an admin account for the API) for measuring. Properties are
 * passed as command-line arguments, which win over the environment and application.yaml. With
 * {@code quire.command=bench} the archive does not start an index rebuild by itself: the bench asks
 * for one through the admin API and times it.
 */
final class BenchServer implements AutoCloseable {
  static final String ADMIN = "benchadmin";

  final ConfigurableApplicationContext context;
  final Http http;
  final double startupSeconds;
  final String adminToken;

  private BenchServer(
      ConfigurableApplicationContext context, double startupSeconds, String password) {
    this.context = context;
    this.startupSeconds = startupSeconds;
    int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
    this.http = new Http(port);
    this.adminToken =
        http.send("POST", "/api/v1/tokens", Map.of("login", ADMIN, "password", password), null)
            .expect(201, "Signing in as the bench's admin")
            .json()
            .path("token")
            .asString();
  }

  /** The archive without a web server or admin account, for loading the corpus. */
  static ConfigurableApplicationContext forLoading(BenchOptions options) {
    return new SpringApplicationBuilder(options.application())
        .web(WebApplicationType.NONE)
        .run(args(options, List.of("--quire.admin.username=", "--quire.admin.password=")));
  }

  /** The whole archive, serving on a free port; the start-up is timed. */
  static BenchServer start(BenchOptions options) {
    String password = UUID.randomUUID().toString();
    long start = System.nanoTime();
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(options.application())
            .run(
                args(
                    options,
                    List.of(
                        "--server.port=0",
                        "--quire.admin.username=" + ADMIN,
                        "--quire.admin.password=" + password)));
    double seconds = (System.nanoTime() - start) / 1e9;
    try {
      return new BenchServer(context, seconds, password);
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }

  private static String[] args(BenchOptions options, List<String> ours) {
    List<String> args = new ArrayList<>();
    boolean quiet = true;
    for (String arg : options.springArgs()) {
      String name = arg.substring(0, arg.indexOf('='));
      quiet &= !name.startsWith("--logging.level.root");
      if (ours.stream().noneMatch(o -> o.startsWith(name + "="))) {
        args.add(arg);
      }
    }
    args.addAll(ours);
    args.add("--quire.data-dir=" + options.dataDir());
    args.add("--quire.command=bench");
    if (quiet) {
      // The bench prints its own progress; the archive's start-up chatter would bury it.
      args.add("--logging.level.root=warn");
    }
    return args.toArray(String[]::new);
  }
}
