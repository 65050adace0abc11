package org.quire;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each top-level package under {@code org.quire} is a module: other modules may use only the public
 * types of its top package, and modules may not depend on each other in a cycle.
 */
class ModuleBoundariesTest {
  @Test
  void modulesRespectTheirBoundaries() {
    ApplicationModules.of(QuireApplication.class).verify();
  }
}
