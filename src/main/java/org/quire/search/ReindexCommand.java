package org.quire.search;

import java.io.PrintStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** {@code java -jar quire.jar reindex}: rebuilds the index from the database, then exits. */
@Component
class ReindexCommand implements ApplicationRunner {
  private final IndexMaintenance maintenance;
  private final String command;

  ReindexCommand(IndexMaintenance maintenance, @Value("${quire.command:serve}") String command) {
    this.maintenance = maintenance;
    this.command = command;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!command.equals("reindex")) {
      return;
    }
    IndexMaintenance.Rebuilt rebuilt = maintenance.rebuild();
    PrintStream out = System.out;
    out.printf(
        java.util.Locale.ROOT,
        "Indexed %d works for listings in %.1f s (%d works/s)",
        rebuilt.works(),
        rebuilt.seconds(),
        rebuilt.worksPerSecond());
    Double text = rebuilt.textSeconds();
    if (text == null) {
      out.println(", chapter text unfinished.");
    } else {
      out.printf(java.util.Locale.ROOT, ", and their chapter text in %.1f s more.%n", text);
    }
  }
}
