package org.quire.works;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for posting works in tests (the works and listings tests share them). */
public final class WorkFixtures {
  private WorkFixtures() {}

  /** A valid work: General Audiences, one chapter, one fandom. */
  public static Map<String, Object> work(String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("title", title);
    body.put("summary", "A summary.");
    body.put("rating", "General Audiences");
    body.put("warnings", List.of("No Archive Warnings Apply"));
    body.put("categories", List.of("Gen"));
    body.put("fandoms", List.of("Original Work"));
    body.put("characters", List.of("Ana"));
    body.put("freeforms", List.of("Fluff"));
    body.put("language", "en");
    body.put("chapters", new ArrayList<>(List.of(chapter("Once upon a time there was a test."))));
    return body;
  }

  public static Map<String, Object> chapter(String body) {
    Map<String, Object> chapter = new HashMap<>();
    chapter.put("body", body);
    return chapter;
  }

  public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
    Map<String, Object> copy = new HashMap<>(body);
    copy.put(key, value);
    return copy;
  }
}
