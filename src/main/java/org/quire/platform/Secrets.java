package org.quire.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Keys generated on first start and kept under {@code QUIRE_DATA_DIR/secrets}, readable by the
 * owner only, so that no secret ever needs to be committed or configured by hand.
 */
@Component
public class Secrets {
  private static final int KEY_BYTES = 32;
  private final Path folder;
  private final SecureRandom random = new SecureRandom();

  public Secrets(DataDirectory dataDirectory) {
    this.folder = dataDirectory.folder("secrets");
  }

  /** The named key, created with 32 random bytes the first time it is asked for. */
  public synchronized byte[] key(String name) {
    Path file = folder.resolve(name + ".key");
    try {
      if (Files.exists(file)) {
        return Files.readAllBytes(file);
      }
      byte[] key = new byte[KEY_BYTES];
      random.nextBytes(key);
      try {
        Files.write(file, key, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        restrictToOwner(file);
      } catch (FileAlreadyExistsException raced) {
        return Files.readAllBytes(file);
      }
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create secret " + file, e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Non-POSIX file systems keep their default permissions.
    }
  }
}
