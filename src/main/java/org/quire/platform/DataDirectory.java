package org.quire.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/** The one folder ({@code QUIRE_DATA_DIR}) under which the archive keeps everything it writes. */
@Component
public class DataDirectory {
  private final Path root;

  public DataDirectory(QuireProperties properties) {
    this.root = properties.dataDir().toAbsolutePath().normalize();
    createDirectories(root);
  }

  /** The root folder. */
  public Path root() {
    return root;
  }

  /** A sub-folder of the data directory, created when missing. */
  public Path folder(String name) {
    Path folder = root.resolve(name);
    createDirectories(folder);
    return folder;
  }

  static void createDirectories(Path path) {
    try {
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create " + path, e);
    }
  }
}
