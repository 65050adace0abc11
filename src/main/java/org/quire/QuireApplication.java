package org.quire;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the archive: {@code java -jar quire.jar} serves it. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class QuireApplication {
  public static void main(String[] args) {
    SpringApplication.run(QuireApplication.class, args);
  }
}
