package org.quire.works;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads posted works as {@link WorkDocument}s for a search index, a batch at a time in a fixed
 * number of queries (five per batch, whatever its size). Drafts are never returned, so an index fed
 * from here cannot list them.
 */
@Service
public class WorkDocuments {
  private final JdbcClient jdbc;

  WorkDocuments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** How many works are posted. */
  public long countPosted() {
    return jdbc.sql("select count(*) from works where posted").query(Long.class).single();
  }

  /** Every posted work, in batches of about {@code batchSize}, in id order. */
  public void forEachPosted(int batchSize, Consumer<List<WorkDocument>> consumer) {
    long after = 0;
    while (true) {
      List<Long> ids = postedIdsAfter(after, batchSize);
      if (ids.isEmpty()) {
        return;
      }
      consumer.accept(load(ids));
      after = ids.get(ids.size() - 1);
    }
  }

  /** The ids of up to {@code limit} posted works after {@code afterId}, in id order. */
  public List<Long> postedIdsAfter(long afterId, int limit) {
    return jdbc.sql("select id from works where posted and id > ? order by id limit ?")
        .params(afterId, limit)
        .query(Long.class)
        .list();
  }

  /** The posted works among these ids; a draft or deleted work is simply absent. */
  public List<WorkDocument> load(Collection<Long> workIds) {
    if (workIds.isEmpty()) {
      return List.of();
    }
    Long[] ids = workIds.toArray(Long[]::new);
    Map<Long, List<String>> creators = new HashMap<>();
    Map<Long, List<Long>> accounts = new HashMap<>();
    jdbc.sql(
            "select c.work_id, p.name, p.account_id from work_creators c"
                + " join pseuds p on p.id = c.pseud_id where c.work_id = any(?)"
                + " order by c.work_id, c.position")
        .param(ids)
        .query(
            (ResultSet rs) -> {
              creators.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
              accounts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(3));
            });
    Map<Long, List<TagRef>> tags = new HashMap<>();
    jdbc.sql(
            "select x.work_id, t.id, t.name, t.type from ("
                + " select work_id, tag_id from work_tags where work_id = any(?)"
                + " union select work_id, tag_id from work_filters where work_id = any(?)) x"
                + " join tags t on t.id = x.tag_id")
        .params(ids, ids)
        .query(
            (ResultSet rs) -> {
              tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new TagRef(rs.getLong(2), rs.getString(3), TagType.valueOf(rs.getString(4))));
            });
    Map<Long, List<Long>> filters = new HashMap<>();
    jdbc.sql("select work_id, tag_id from work_filters where work_id = any(?)")
        .param(ids)
        .query(
            (ResultSet rs) -> {
              filters.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    Map<Long, WorkDocument> documents = new LinkedHashMap<>();
    jdbc.sql(
            "select w.*, coalesce(w.expected_chapters = w.chapter_count, false) as complete,"
                + " (select count(distinct coalesce(t.synonym_of, t.id)) from work_tags wt"
                + " join tags t on t.id = wt.tag_id where wt.work_id = w.id and t.type = 'Fandom')"
                + " > 1 as crossover"
                + " from works w where w.id = any(?) and w.posted order by w.id")
        .param(ids)
        .query(
            (ResultSet rs) -> {
              long id = rs.getLong("id");
              documents.put(
                  id,
                  new WorkDocument(
                      id,
                      rs.getString("title"),
                      HtmlText.of(rs.getString("summary")),
                      HtmlText.of(rs.getString("notes")),
                      rs.getString("language"),
                      rs.getBoolean("restricted"),
                      rs.getBoolean("complete"),
                      rs.getBoolean("crossover"),
                      rs.getInt("word_count"),
                      rs.getInt("chapter_count"),
                      rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                      rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                      counts(rs),
                      creators.getOrDefault(id, List.of()),
                      accounts.getOrDefault(id, List.of()),
                      tags.getOrDefault(id, List.of()),
                      filters.getOrDefault(id, List.of())));
            });
    return new ArrayList<>(documents.values());
  }

  /**
   * The chapter text, without markup, of the posted works among these ids (a draft or deleted work
   * is absent): nearly all of an archive's bytes, so it is read apart from the rest.
   */
  public Map<Long, String> texts(Collection<Long> workIds) {
    Map<Long, String> texts = new HashMap<>();
    if (workIds.isEmpty()) {
      return texts;
    }
    jdbc.sql(
            "select c.work_id, string_agg(c.title || ' ' || c.body, ' ' order by c.position)"
                + " from chapters c join works w on w.id = c.work_id and w.posted"
                + " where c.work_id = any(?) group by c.work_id")
        .param(workIds.toArray(Long[]::new))
        .query(
            (ResultSet rs) -> {
              texts.put(rs.getLong(1), HtmlText.of(rs.getString(2)));
            });
    return texts;
  }

  /** The current counters of these works. */
  public Map<Long, WorkDocument.Counts> counts(Collection<Long> workIds) {
    Map<Long, WorkDocument.Counts> counts = new HashMap<>();
    jdbc.sql(
            "select id, hits, kudos_count, comments_count, bookmarks_count from works"
                + " where id = any(?) and posted")
        .param(workIds.toArray(Long[]::new))
        .query(
            (ResultSet rs) -> {
              counts.put(rs.getLong("id"), counts(rs));
            });
    return counts;
  }

  private static WorkDocument.Counts counts(ResultSet rs) throws java.sql.SQLException {
    return new WorkDocument.Counts(
        rs.getLong("hits"),
        rs.getInt("kudos_count"),
        rs.getInt("comments_count"),
        rs.getInt("bookmarks_count"));
  }
}
