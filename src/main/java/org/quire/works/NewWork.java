package org.quire.works;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole work to post through {@link WorkImporter}: the same fields as {@code POST /api/v1/works},
 * checked by the same rules. Empty strings and lists mean "not given".
 *
 * @param rating one of the contract's ratings, or null when unknown (refused on posting)
 * @param language a code or a language's name, or null for English
 * @param draft true to save a draft that only its creators see
 * @param creators the poster's pseuds to credit; empty for their default pseud
 */
public record NewWork(
    String title,
    String summary,
    String notes,
    String endNotes,
    @Nullable String rating,
    List<String> warnings,
    List<String> categories,
    List<String> fandoms,
    List<String> relationships,
    List<String> characters,
    List<String> freeforms,
    @Nullable String language,
    boolean restricted,
    @Nullable String commentPolicy,
    @Nullable Integer expectedChapters,
    boolean draft,
    List<String> creators,
    List<Chapter> chapters) {

  /**
   * One chapter; {@code format} is {@code html}, {@code markdown} or {@code text}, and {@code
   * publishedOn} (not in the future) backdates it, or is null for today.
   */
  public record Chapter(
      String title,
      String summary,
      String notes,
      String endNotes,
      String body,
      String format,
      @Nullable LocalDate publishedOn) {}
}
