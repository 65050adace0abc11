package org.quire.listings;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads posted works as {@link WorkDocument}s for a search index, a batch at a time in a fixed
 * number of queries (five per batch, whatever its size, and one for the tags it has not seen yet).
 * Drafts are never returned, so an index fed from here cannot list them.
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
    TagDictionary dictionary = new TagDictionary(jdbc);
    long after = 0;
    while (true) {
      List<Long> ids = postedIdsAfter(after, batchSize);
      if (ids.isEmpty()) {
        return;
      }
      consumer.accept(load(ids, dictionary));
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
    return load(workIds, new TagDictionary(jdbc));
  }

  /**
   * Five queries on the works' own rows and keys; the tags' names come from the dictionary, which
   * reads only those it has not seen in this pass.
   */
  private List<WorkDocument> load(Collection<Long> workIds, TagDictionary dictionary) {
    if (workIds.isEmpty()) {
      return List.of();
    }
    Long[] ids = workIds.toArray(Long[]::new);
    Map<Long, List<String>> creators = new HashMap<>();
    Map<Long, List<Long>> accounts = new HashMap<>();
    Map<Long, List<String>> usernames = new HashMap<>();
    jdbc.sql(
            "select c.work_id, p.name, p.account_id, a.username from work_creators c"
                + " join pseuds p on p.id = c.pseud_id join accounts a on a.id = p.account_id"
                + " where c.work_id = any(?) order by c.work_id, c.position")
        .param(ids)
        .query(
            (ResultSet rs) -> {
              creators.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
              accounts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(3));
              usernames.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(4));
            });
    Map<Long, List<Long>> own = tagIds("work_tags", ids);
    Map<Long, List<Long>> filters = tagIds("work_filters", ids);
    Set<Long> tagIds = new HashSet<>();
    own.values().forEach(tagIds::addAll);
    filters.values().forEach(tagIds::addAll);
    dictionary.fetch(tagIds);
    Map<Long, WorkDocument> documents = new LinkedHashMap<>();
    jdbc.sql(
            "select w.*, coalesce(w.expected_chapters = w.chapter_count, false) as complete"
                + " from works w where w.id = any(?) and w.posted order by w.id")
        .param(ids)
        .query(
            (ResultSet rs) -> {
              long id = rs.getLong("id");
              List<Long> ownIds = own.getOrDefault(id, List.of());
              List<Long> filterIds = filters.getOrDefault(id, List.of());
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
                      crossover(ownIds, dictionary),
                      rs.getInt("word_count"),
                      rs.getInt("chapter_count"),
                      rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                      rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                      counts(rs),
                      creators.getOrDefault(id, List.of()),
                      accounts.getOrDefault(id, List.of()),
                      usernames.getOrDefault(id, List.of()),
                      tags(ownIds, filterIds, dictionary),
                      filterIds));
            });
    return new ArrayList<>(documents.values());
  }

  /** The tag ids of each work in one of the two tagging tables. */
  private Map<Long, List<Long>> tagIds(String table, Long[] ids) {
    Map<Long, List<Long>> tagIds = new HashMap<>();
    jdbc.sql("select work_id, tag_id from " + table + " where work_id = any(?)")
        .param(ids)
        .query(
            (ResultSet rs) -> {
              tagIds.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    return tagIds;
  }

  /** The work's own tags and its filter set, each once. */
  private static List<TagRef> tags(
      List<Long> ownIds, List<Long> filterIds, TagDictionary dictionary) {
    Set<Long> ids = new LinkedHashSet<>(ownIds);
    ids.addAll(filterIds);
    List<TagRef> tags = new ArrayList<>(ids.size());
    for (long id : ids) {
      TagDictionary.Entry entry = dictionary.get(id);
      if (entry != null) {
        tags.add(entry.ref());
      }
    }
    return tags;
  }

  /** More than one fandom once synonyms are merged: as {@link WorkListing} tells crossovers. */
  private static boolean crossover(List<Long> ownIds, TagDictionary dictionary) {
    Set<Long> fandoms = new HashSet<>();
    for (long id : ownIds) {
      TagDictionary.Entry entry = dictionary.get(id);
      if (entry != null && entry.ref().type() == TagType.Fandom) {
        fandoms.add(entry.mergedId());
      }
    }
    return fandoms.size() > 1;
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
