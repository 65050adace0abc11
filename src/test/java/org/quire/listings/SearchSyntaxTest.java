package org.quire.listings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.listings.SearchExpression.And;
import org.quire.listings.SearchExpression.Not;
import org.quire.listings.SearchExpression.Or;
import org.quire.listings.SearchExpression.Term;
import org.quire.platform.ApiException;

class SearchSyntaxTest {
  private static SearchExpression parse(String q) {
    return SearchSyntax.parse("q", q).expression();
  }

  private static Term word(String text) {
    return new Term(null, text, false);
  }

  @Test
  void adjacentTermsAreAndedAndOrBindsLoosest() {
    assertThat(parse("dragons tea")).isEqualTo(new And(List.of(word("dragons"), word("tea"))));
    assertThat(parse("dragons AND tea OR coffee"))
        .isEqualTo(new Or(List.of(new And(List.of(word("dragons"), word("tea"))), word("coffee"))));
    assertThat(parse("dragons (tea OR coffee)"))
        .isEqualTo(new And(List.of(word("dragons"), new Or(List.of(word("tea"), word("coffee"))))));
  }

  @Test
  void negationPhrasesAndFields() {
    assertThat(parse("-angst")).isEqualTo(new Not(word("angst")));
    assertThat(parse("NOT angst")).isEqualTo(new Not(word("angst")));
    assertThat(parse("\"slow burn\"")).isEqualTo(new Term(null, "slow burn", true));
    assertThat(parse("fandom:\"Sherlock Holmes\""))
        .isEqualTo(new Term("fandom", "Sherlock Holmes", true));
    assertThat(parse("author:mira")).isEqualTo(new Term("creator", "mira", false));
    assertThat(parse("one-shot")).isEqualTo(word("one-shot"));
  }

  @Test
  void ao3ShortcutsBecomeParameters() {
    SearchSyntax.Parsed parsed = SearchSyntax.parse("q", "dragons words>1000 kudos: 10 sort:kudos");
    assertThat(parsed.expression()).isEqualTo(word("dragons"));
    assertThat(parsed.shortcuts())
        .containsEntry("words", ">1000")
        .containsEntry("kudos", "10")
        .containsEntry("sort", "kudos");
    assertThat(SearchSyntax.parse("q", "words<500").expression()).isNull();
  }

  @Test
  void malformedQueriesSayWhatIsWrong() {
    for (String bad :
        List.of(
            "\"open",
            "(tea",
            "tea)",
            "tea OR",
            "AND tea",
            "nosuchfield:x",
            "title:",
            "comments>abc",
            "bookmarks:>",
            "hit count > many")) {
      assertThatThrownBy(() -> parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.status().value()).isEqualTo(400));
    }
  }

  private static java.util.Map<String, String> shortcuts(String q) {
    return SearchSyntax.parse("q", q).shortcuts();
  }

  @Test
  void countsInEveryAo3Spelling() {
    java.util.Map<String, java.util.Map<String, String>> cases = new java.util.LinkedHashMap<>();
    cases.put("kudos>10", java.util.Map.of("kudos", ">10"));
    cases.put("kudos:>10", java.util.Map.of("kudos", ">10"));
    cases.put("kudos: > 10", java.util.Map.of("kudos", ">10"));
    cases.put("words:100", java.util.Map.of("words", "100"));
    cases.put("words=100", java.util.Map.of("words", "100"));
    cases.put("wordcount:100", java.util.Map.of("words", "100"));
    cases.put("word_count = 100", java.util.Map.of("words", "100"));
    cases.put("word count > 1000", java.util.Map.of("words", ">1000"));
    cases.put("words: 1,000 - 5,000", java.util.Map.of("words", "1,000-5,000"));
    cases.put("hits>50", java.util.Map.of("hits", ">50"));
    cases.put("hit count > 50", java.util.Map.of("hits", ">50"));
    cases.put("comments<10", java.util.Map.of("comments", "<10"));
    cases.put("comment count >= 2", java.util.Map.of("comments", ">=2"));
    cases.put("bookmarks>5", java.util.Map.of("bookmarks", ">5"));
    cases.put("bookmark_count:3-4", java.util.Map.of("bookmarks", "3-4"));
    cases.forEach(
        (q, expected) -> {
          SearchSyntax.Parsed parsed = SearchSyntax.parse("q", q);
          assertThat(parsed.shortcuts()).as(q).isEqualTo(expected);
          assertThat(parsed.expression()).as(q).isNull();
        });
    SearchSyntax.Parsed mixed = SearchSyntax.parse("q", "pumpkins comments<10");
    assertThat(mixed.expression()).isEqualTo(word("pumpkins"));
    assertThat(mixed.shortcuts()).isEqualTo(java.util.Map.of("comments", "<10"));
    // Inside a phrase, or as part of another word, a count is text.
    assertThat(SearchSyntax.parse("q", "\"kudos>10\"").shortcuts()).isEmpty();
    assertThat(SearchSyntax.parse("q", "keywords>5").shortcuts()).isEmpty();
  }

  @Test
  void sortInEveryAo3Spelling() {
    assertThat(shortcuts("sort:kudos")).isEqualTo(java.util.Map.of("sort", "kudos"));
    assertThat(shortcuts("sort:<words"))
        .isEqualTo(java.util.Map.of("sort", "words", "order", "desc"));
    assertThat(shortcuts("sort:>words"))
        .isEqualTo(java.util.Map.of("sort", "words", "order", "asc"));
    assertThat(shortcuts("sort by: hits ascending"))
        .isEqualTo(java.util.Map.of("sort", "hits", "order", "asc"));
    assertThat(shortcuts("sorted by:>creator"))
        .isEqualTo(java.util.Map.of("sort", "creator", "order", "asc"));
    assertThat(shortcuts("sort: word count descending"))
        .isEqualTo(java.util.Map.of("sort", "words", "order", "desc"));
    assertThat(shortcuts("sort=author")).isEqualTo(java.util.Map.of("sort", "creator"));
    assertThat(shortcuts("sort:comment_count")).isEqualTo(java.util.Map.of("sort", "comments"));
    assertThat(shortcuts("sort:kudos asc"))
        .isEqualTo(java.util.Map.of("sort", "kudos", "order", "asc"));
    for (String key : java.util.Arrays.stream(SortKey.values()).map(SortKey::key).toList()) {
      assertThat(shortcuts("sort:" + key)).as(key).isEqualTo(java.util.Map.of("sort", key));
      assertThat(shortcuts("sorted by: " + key + " descending"))
          .as(key)
          .isEqualTo(java.util.Map.of("sort", key, "order", "desc"));
    }
    SearchSyntax.Parsed mixed = SearchSyntax.parse("q", "dragons sort:<title tea");
    assertThat(mixed.expression()).isEqualTo(new And(List.of(word("dragons"), word("tea"))));
  }

  @Test
  void aLoneHyphenIsPunctuationAndOnlyHyphenWordNegates() {
    assertThat(parse("tea - coffee")).isEqualTo(new And(List.of(word("tea"), word("coffee"))));
    assertThat(parse("tea -")).isEqualTo(word("tea"));
    assertThat(parse("-")).isNull();
    assertThat(parse("(tea -)")).isEqualTo(word("tea"));
    assertThat(parse("tea -coffee"))
        .isEqualTo(new And(List.of(word("tea"), new Not(word("coffee")))));
    assertThat(parse("-\"slow burn\"")).isEqualTo(new Not(new Term(null, "slow burn", true)));
  }
}
