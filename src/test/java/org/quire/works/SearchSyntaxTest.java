package org.quire.works;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quire.platform.ApiException;
import org.quire.works.SearchExpression.And;
import org.quire.works.SearchExpression.Not;
import org.quire.works.SearchExpression.Or;
import org.quire.works.SearchExpression.Term;

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
        List.of("\"open", "(tea", "tea)", "tea OR", "AND tea", "nosuchfield:x", "title:", "-")) {
      assertThatThrownBy(() -> parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.status().value()).isEqualTo(400));
    }
  }
}
