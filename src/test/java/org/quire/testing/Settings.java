package org.quire.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quire.platform.QuireProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.env.Environment;

/**
 * The suite's settings with a few changed, bound and typed as the archive binds them at start-up:
 * for a test-scoped bean that runs a real component with other settings while the suite keeps one
 * Spring context.
 */
public final class Settings {
  private Settings() {}

  /** {@link QuireProperties} from {@code environment}, {@code changes} ({@code quire.*}) first. */
  public static QuireProperties with(Environment environment, Map<String, Object> changes) {
    List<ConfigurationPropertySource> sources = new ArrayList<>();
    sources.add(new MapConfigurationPropertySource(changes));
    ConfigurationPropertySources.get(environment).forEach(sources::add);
    return new Binder(sources, new PropertySourcesPlaceholdersResolver(environment))
        .bind("quire", QuireProperties.class)
        .get();
  }
}
