package org.quire;

import java.util.Arrays;
import org.quire.bench.BenchCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point: {@code java -jar quire.jar [command] [options]}. With no command, or {@code serve},
 * it serves the archive; {@code reindex} rebuilds the search index and exits; {@code bench} fills a
 * data directory with a generated corpus and measures the archive on it.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuireApplication {
  static final String USAGE =
      """
      Usage: java -jar quire.jar [command] [--spring.option=value ...]

      Commands:
        serve     serve the archive (the default)
        reindex   rebuild the search index from the database, then exit (stop the server first)
        bench     --works N [--seed S]: fill an empty data directory with N generated works and
                  measure the archive (docs/benchmarks.md); the last line of output is JSON
      """;

  public static void main(String[] args) {
    String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "serve";
    String[] rest =
        command.equals("serve") && args.length > 0 && args[0].equals("serve")
            ? Arrays.copyOfRange(args, 1, args.length)
            : args;
    switch (command) {
      case "serve" -> SpringApplication.run(QuireApplication.class, rest);
      case "reindex" -> {
        // No web server: the task runs (search's ReindexCommand) and the context closes.
        new SpringApplicationBuilder(QuireApplication.class)
            .web(WebApplicationType.NONE)
            .properties("quire.command=reindex")
            .run(Arrays.copyOfRange(args, 1, args.length))
            .close();
      }
      case "bench" -> {
        int code =
            BenchCommand.run(
                QuireApplication.class, Arrays.copyOfRange(args, 1, args.length), System.out);
        System.exit(code);
      }
      case "help", "--help" -> System.out.print(USAGE);
      default -> {
        System.err.print("Unknown command '" + command + "'.\n\n" + USAGE);
        System.exit(2);
      }
    }
  }
}
