package org.quire;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point: {@code java -jar quire.jar [command] [options]}. With no command, or {@code serve},
 * it serves the archive; later commands ({@code reindex}, {@code bench}) run a task and exit.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuireApplication {
  static final String USAGE =
      """
      Usage: java -jar quire.jar [command] [--spring.option=value ...]

      Commands:
        serve     serve the archive (the default)
      """;

  public static void main(String[] args) {
    String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "serve";
    String[] rest =
        command.equals("serve") && args.length > 0 && args[0].equals("serve")
            ? Arrays.copyOfRange(args, 1, args.length)
            : args;
    switch (command) {
      case "serve" -> SpringApplication.run(QuireApplication.class, rest);
      case "help", "--help" -> System.out.print(USAGE);
      default -> {
        System.err.print("Unknown command '" + command + "'.\n\n" + USAGE);
        System.exit(2);
      }
    }
  }
}
