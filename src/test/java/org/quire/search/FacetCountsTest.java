package org.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Facet counts are exact whichever way a segment is counted: by the documents a listing matches
 * (narrow listings) or by the segment's cached whole counts less the documents it does not (broad
 * ones), before and after works are deleted from segments whose counts are cached, and whether one
 * thread counts or the segments are shared among several.
 */
class FacetCountsTest {
  private final Map<Integer, List<Long>> tagsByWork = new HashMap<>();

  @Test
  void narrowAndBroadListingsCountExactlyBeforeAndAfterDeletions() throws IOException {
    Random random = new Random(3);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(
                directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (int work = 0; work < 600; work++) {
        List<Long> tags = new ArrayList<>();
        for (long tag = 1; tag <= 30; tag++) {
          if (random.nextInt(tag <= 3 ? 2 : 6) == 0) {
            tags.add(tag);
          }
        }
        tagsByWork.put(work, tags);
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, Integer.toString(work), Field.Store.NO));
        for (long tag : tags) {
          doc.add(new KeywordField(IndexFields.FILTER_TAG, Long.toString(tag), Field.Store.NO));
        }
        writer.addDocument(doc);
        if (work % 200 == 199) {
          writer.commit(); // three segments
        }
      }
      assertAllAgree(writer);

      for (int work = 0; work < 600; work += 7) {
        writer.deleteDocuments(new Term(IndexFields.ID, Integer.toString(work)));
        tagsByWork.remove(work);
      }
      writer.commit();
      assertAllAgree(writer);
    }
  }

  private void assertAllAgree(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      assertAgrees(searcher, new MatchAllDocsQuery(), tags -> true);
      assertAgrees(searcher, tag(1), tags -> tags.contains(1L));
      assertAgrees(searcher, tag(17), tags -> tags.contains(17L));
      BooleanQuery.Builder notSeventeen = new BooleanQuery.Builder();
      notSeventeen.add(new MatchAllDocsQuery(), Occur.FILTER);
      notSeventeen.add(tag(17), Occur.MUST_NOT);
      assertAgrees(searcher, notSeventeen.build(), tags -> !tags.contains(17L));
      try (SlicedSearchers threads = new SlicedSearchers(2, 1)) {
        IndexSearcher sliced = threads.newSearcher(reader, null);
        sliced.setQueryCache(null);
        assertThat(sliced.getSlices()).hasSize(2);
        assertAgrees(sliced, new MatchAllDocsQuery(), tags -> true);
        assertAgrees(sliced, tag(17), tags -> tags.contains(17L));
        assertAgrees(sliced, notSeventeen.build(), tags -> !tags.contains(17L));
      }
    }
  }

  private void assertAgrees(IndexSearcher searcher, Query query, Matcher matcher)
      throws IOException {
    Map<Long, Long> expected = new HashMap<>();
    for (List<Long> tags : tagsByWork.values()) {
      if (matcher.test(tags)) {
        tags.forEach(tag -> expected.merge(tag, 1L, Long::sum));
      }
    }
    Map<Long, Long> counted =
        searcher.search(query, new FacetCounts(TagOrdinals.of(searcher.getIndexReader()))).asMap();
    assertThat(counted).as("facets of %s", query).isEqualTo(expected);
  }

  private static Query tag(long id) {
    return new TermQuery(new Term(IndexFields.FILTER_TAG, Long.toString(id)));
  }

  private interface Matcher {
    boolean test(List<Long> tags);
  }
}
