package org.quire.bench;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the corpus's creators (accounts with their default pseuds) and its tags with their
 * wrangling (canonical fandoms, characters and relationships under their fandoms; additional tags
 * canonical, unwrangled or synonyms; metatags) by COPY, in the rows posting and wrangling would
 * leave. Ids are chosen here, after the highest existing id, so works can refer to them without
 * asking the database.
 */
final class VocabularyRows {
  private final CorpusShape shape;
  private final Names names;

  VocabularyRows(CorpusShape shape, Names names) {
    this.shape = shape;
    this.names = names;
  }

  /**
   * Accounts {@code accountBase + 1 + a}, each with its default pseud {@code pseudBase + 1 + a}.
   */
  void writeCreators(Connection c, long accountBase, long pseudBase, String passwordHash)
      throws SQLException, IOException {
    try (CopyStream accounts =
        new CopyStream(c, "accounts", "id, username, email, password_hash")) {
      for (int a = 0; a < shape.creators; a++) {
        String name = names.username(a);
        accounts.number(accountBase + 1 + a).text(name).text(name + "@bench.invalid");
        accounts.text(passwordHash).endRow();
      }
    }
    try (CopyStream pseuds =
        new CopyStream(c, "pseuds", "id, account_id, name, description, is_default")) {
      for (int a = 0; a < shape.creators; a++) {
        pseuds.number(pseudBase + 1 + a).number(accountBase + 1 + a).text(names.username(a));
        pseuds.text("").bool(true).endRow();
      }
    }
  }

  /**
   * Tags {@code tagBase + 1 + offset}. Fails if two names would clash ignoring case (the archive's
   * rule), which would be a bug in {@link Names}.
   */
  void writeTags(Connection c, long tagBase, Set<String> existingNames)
      throws SQLException, IOException {
    Set<String> seen = new HashSet<>(existingNames);
    try (CopyStream tags = new CopyStream(c, "tags", "id, name, type, canonical, synonym_of")) {
      for (int t = 0; t < shape.tagCount(); t++) {
        String name = names.tag(t);
        if (!seen.add(name.toLowerCase(Locale.ROOT))) {
          throw new IllegalStateException("Two generated tags are named " + name);
        }
        String type = names.tagType(t);
        boolean canonical = true;
        Long synonymOf = null;
        if (type.equals("Freeform")) {
          int f = t - shape.freeformTag(0);
          int target = shape.freeformSynonymOf(f);
          canonical = target < 0 && shape.freeformCanonical(f);
          synonymOf = target < 0 ? null : tagBase + 1 + shape.freeformTag(target);
        }
        tags.number(tagBase + 1 + t).text(name).text(type).bool(canonical).value(synonymOf);
        tags.endRow();
      }
    }
    try (CopyStream parents = new CopyStream(c, "tag_parents", "parent_id, child_id")) {
      for (int k = 0; k < shape.characters; k++) {
        long fandom = tagBase + 1 + shape.fandomTag(shape.fandomOfCharacter(k));
        parents.number(fandom).number(tagBase + 1 + shape.characterTag(k)).endRow();
      }
      for (int j = 0; j < shape.relationships; j++) {
        long fandom = tagBase + 1 + shape.fandomTag(shape.fandomOfRelationship(j));
        parents.number(fandom).number(tagBase + 1 + shape.relationshipTag(j)).endRow();
      }
    }
    try (CopyStream metas = new CopyStream(c, "meta_tags", "meta_id, sub_id")) {
      for (int[] pair : shape.metaTags()) {
        metas.number(tagBase + 1 + pair[0]).number(tagBase + 1 + pair[1]).endRow();
      }
    }
  }
}
