package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quire.QuireApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The listings module's place among the modules: it finds works through the works module's API and
 * reads the tags, accounts and platform modules; nothing it builds on knows about it, and the
 * search module plugs into it (its engine interface and index feed) rather than into works.
 */
class ListingsModuleTest {
  static final ApplicationModules MODULES = ApplicationModules.of(QuireApplication.class);

  @Test
  void listingsUseWorksTagsAccountsAndPlatformOnly() {
    assertThat(dependencies("listings"))
        .isSubsetOf("works", "tags", "accounts", "platform")
        .contains("works");
  }

  @Test
  void listingsSeeWorksThroughCardsAndTheAudience() {
    Set<String> worksTypes = new TreeSet<>();
    MODULES.getModuleByName("listings").orElseThrow().getDirectDependencies(MODULES).stream()
        .filter(d -> d.getTargetModule().getName().equals("works"))
        .forEach(d -> worksTypes.add(d.getTargetType().getSimpleName()));
    // The card API, the API and feed shapes of a work, the rule, and the templates they share.
    assertThat(worksTypes)
        .isSubsetOf(
            "Audience",
            "Condition",
            "Subject",
            "WorkCard",
            "Stats",
            "ChapterEntry",
            "WorkCards",
            "WorkResponse",
            "WorkView",
            "Pages",
            "JtebylineGenerated",
            "JtetagsGenerated");
  }

  @Test
  void nothingListingsBuildOnDependsOnListings() {
    for (String module : dependencies("listings")) {
      assertThat(dependencies(module)).as(module).doesNotContain("listings");
    }
  }

  @Test
  void searchImplementsTheListingsEngine() {
    assertThat(dependencies("search")).contains("listings");
    // Of works, search knows only the visibility rule and the events its index follows.
    Set<String> worksTypes = new TreeSet<>();
    MODULES.getModuleByName("search").orElseThrow().getDirectDependencies(MODULES).stream()
        .filter(d -> d.getTargetModule().getName().equals("works"))
        .forEach(d -> worksTypes.add(d.getTargetType().getSimpleName()));
    assertThat(worksTypes)
        .isSubsetOf("Audience", "Reach", "WorkEvent", "WorkCountsChanged", "WorksRefiltered");
  }

  /** The names of the modules this one depends on directly (any kind of dependency). */
  static Set<String> dependencies(String name) {
    ApplicationModule module = MODULES.getModuleByName(name).orElseThrow();
    Set<String> names = new TreeSet<>();
    module.getDirectDependencies(MODULES).stream()
        .map(ApplicationModuleDependency::getTargetModule)
        .map(ApplicationModule::getName)
        .forEach(names::add);
    return names;
  }
}
