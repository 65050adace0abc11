package org.quire.tags;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for tags and their wrangling relations. */
@Repository
class TagRepository {
  private static final String SELECT = "select id, name, type, canonical, synonym_of from tags";
  private final JdbcClient jdbc;

  TagRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Tag> byName(String name) {
    return jdbc.sql(SELECT + " where lower(name) = lower(?)")
        .param(TagNames.normalize(name))
        .query((rs, n) -> row(rs))
        .optional();
  }

  Optional<Tag> byId(long id) {
    return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> row(rs)).optional();
  }

  List<Tag> all() {
    return jdbc.sql(SELECT).query((rs, n) -> row(rs)).list();
  }

  List<Tag> synonyms(long id) {
    return list(SELECT + " where synonym_of = ? order by lower(name)", id);
  }

  List<Tag> parents(long id) {
    return list(
        SELECT
            + " where id in (select parent_id from tag_parents where child_id = ?) order by type, lower(name)",
        id);
  }

  List<Tag> children(long id) {
    return list(
        SELECT
            + " where id in (select child_id from tag_parents where parent_id = ?) order by type, lower(name)",
        id);
  }

  List<Tag> metaTags(long id) {
    return list(
        SELECT
            + " where id in (select meta_id from meta_tags where sub_id = ?) order by lower(name)",
        id);
  }

  List<Tag> subTags(long id) {
    return list(
        SELECT
            + " where id in (select sub_id from meta_tags where meta_id = ?) order by lower(name)",
        id);
  }

  /** True when {@code ancestor} is {@code id} or a metatag above it, at any depth. */
  boolean isMetaAncestor(long ancestor, long id) {
    return jdbc.sql(
            "with recursive up(tag_id) as (select cast(? as bigint) union"
                + " select m.meta_id from meta_tags m join up on m.sub_id = up.tag_id)"
                + " select exists (select 1 from up where tag_id = ?)")
        .params(id, ancestor)
        .query(Boolean.class)
        .single();
  }

  void setType(long id, TagType type) {
    jdbc.sql("update tags set type = ? where id = ?").params(type.name(), id).update();
  }

  void setCanonical(long id, boolean canonical) {
    jdbc.sql("update tags set canonical = ? where id = ?").params(canonical, id).update();
  }

  void setSynonymOf(long id, @Nullable Long target) {
    if (target == null) {
      jdbc.sql("update tags set synonym_of = null where id = ?").param(id).update();
    } else {
      jdbc.sql("update tags set synonym_of = ?, canonical = false where id = ?")
          .params(target, id)
          .update();
    }
  }

  /** Points the synonyms of {@code from} at {@code to}, so that no synonym chain forms. */
  void moveSynonyms(long from, long to) {
    jdbc.sql("update tags set synonym_of = ? where synonym_of = ?").params(to, from).update();
  }

  void addParent(long parent, long child) {
    jdbc.sql("insert into tag_parents (parent_id, child_id) values (?, ?) on conflict do nothing")
        .params(parent, child)
        .update();
  }

  void removeParent(long parent, long child) {
    jdbc.sql("delete from tag_parents where parent_id = ? and child_id = ?")
        .params(parent, child)
        .update();
  }

  void addMeta(long meta, long sub) {
    jdbc.sql("insert into meta_tags (meta_id, sub_id) values (?, ?) on conflict do nothing")
        .params(meta, sub)
        .update();
  }

  void removeMeta(long meta, long sub) {
    jdbc.sql("delete from meta_tags where meta_id = ? and sub_id = ?").params(meta, sub).update();
  }

  boolean hasRelations(long id) {
    return jdbc.sql(
            "select exists (select 1 from tag_parents where parent_id = :id or child_id = :id)"
                + " or exists (select 1 from meta_tags where meta_id = :id or sub_id = :id)")
        .param("id", id)
        .query(Boolean.class)
        .single();
  }

  /** Of these tags, those of a type (only unwrangled ones if asked), by name. */
  List<Tag> ofType(java.util.Collection<Long> ids, TagType type, boolean unwrangledOnly) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            SELECT
                + " where id = any(?) and type = ? and (not ? or (not canonical and synonym_of is null))"
                + " order by lower(name)")
        .params(ids.toArray(Long[]::new), type.name(), unwrangledOnly)
        .query((rs, n) -> row(rs))
        .list();
  }

  private List<Tag> list(String sql, long id) {
    return jdbc.sql(sql).param(id).query((rs, n) -> row(rs)).list();
  }

  static Tag row(ResultSet rs) throws SQLException {
    long synonymOf = rs.getLong("synonym_of");
    Long synonym = rs.wasNull() ? null : synonymOf;
    return new Tag(
        rs.getLong("id"),
        rs.getString("name"),
        TagType.valueOf(rs.getString("type")),
        rs.getBoolean("canonical"),
        synonym);
  }
}
