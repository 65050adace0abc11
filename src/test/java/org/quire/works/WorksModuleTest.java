package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quire.QuireApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The works module's place among the modules: posting and reading build on accounts, tags and the
 * platform only. Finding works (listings), the search index, responses, downloads and imports build
 * on works, never the other way, so a listing or an index can change without touching posting.
 */
class WorksModuleTest {
  static final ApplicationModules MODULES = ApplicationModules.of(QuireApplication.class);

  @Test
  void worksUseAccountsTagsAndPlatformOnly() {
    assertThat(dependencies(module("works"))).isSubsetOf("accounts", "tags", "platform");
  }

  @Test
  void otherModulesSeeCardsAndViewsNotTheWorkRecord() {
    // Listings render WorkCard, downloads WorkView: the loaded record stays the module's own.
    assertThat(Modifier.isPublic(Work.class.getModifiers())).isFalse();
    assertThat(Modifier.isPublic(WorkCard.class.getModifiers())).isTrue();
  }

  private static ApplicationModule module(String name) {
    return MODULES.getModuleByName(name).orElseThrow();
  }

  private static Set<String> dependencies(ApplicationModule module) {
    Set<String> names = new TreeSet<>();
    module.getDirectDependencies(MODULES).stream()
        .forEach(d -> names.add(d.getTargetModule().getName()));
    return names;
  }
}
