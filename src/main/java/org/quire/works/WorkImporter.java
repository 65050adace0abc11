package org.quire.works;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.quire.accounts.Viewer;
import org.quire.platform.ApiException;
import org.springframework.stereotype.Service;

/**
 * The posting side of works for other modules (imports): a whole work goes through the same
 * service, rules and sanitizer as {@code POST /api/v1/works}, in one transaction, so an imported
 * work obeys every limit exactly like a posted one and a refused one writes nothing.
 */
@Service
public class WorkImporter {
  private final WorkService works;

  WorkImporter(WorkService works) {
    this.works = works;
  }

  /**
   * Posts the work (or saves the draft) credited to the viewer.
   *
   * @throws ApiException 401 for a guest, 422 naming each invalid field as the works API does
   */
  public PostedWork post(Viewer viewer, NewWork work) {
    return new PostedWork(works.create(viewer, request(work)));
  }

  /** The code of a known language given by code or name ("fr", "Français"), or null. */
  public static @Nullable String languageCode(String codeOrName) {
    return Languages.normalize(codeOrName);
  }

  /** Every language a work can be in: code to name, in the posting form's order. */
  public static Map<String, String> languages() {
    return java.util.Collections.unmodifiableMap(Languages.ALL);
  }

  private static WorkRequest request(NewWork w) {
    return new WorkRequest(
        w.title(),
        w.summary(),
        w.notes(),
        w.endNotes(),
        w.rating(),
        w.warnings(),
        w.categories(),
        w.fandoms(),
        w.relationships(),
        w.characters(),
        w.freeforms(),
        w.language(),
        w.restricted(),
        w.commentPolicy(),
        ExpectedChapters.of(w.expectedChapters()),
        w.draft(),
        w.creators().isEmpty() ? null : w.creators(),
        w.chapters().stream()
            .map(
                c ->
                    new ChapterRequest(
                        c.title(),
                        c.summary(),
                        c.notes(),
                        c.endNotes(),
                        Objects.requireNonNull(c.body()),
                        c.format(),
                        c.publishedOn(),
                        null))
            .toList());
  }
}
