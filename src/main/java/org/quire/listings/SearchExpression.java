package org.quire.listings;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code q} or {@code text} query: terms and phrases, optionally limited to a field,
 * combined with AND, OR and NOT. The SQL listing and the search index both read this tree.
 */
public sealed interface SearchExpression {

  /** A word or "phrase", in {@code field} (null: every searchable field). */
  record Term(@Nullable String field, String text, boolean phrase) implements SearchExpression {}

  record And(List<SearchExpression> parts) implements SearchExpression {}

  record Or(List<SearchExpression> parts) implements SearchExpression {}

  record Not(SearchExpression part) implements SearchExpression {}
}
