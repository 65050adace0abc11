package org.quire.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LiveDocs;
import org.jspecify.annotations.Nullable;

/**
 * Bit sets kept per segment for listings ({@link ListingBits}) and facets ({@link SegmentTags}):
 * the documents of each term that many of a segment's documents carry (ratings, warnings,
 * categories, {@code complete}, popular fandoms and freeforms), kept as long as the segment's core
 * since postings never change in it, and the live documents, kept per segment reader since
 * deletions replace it. Both are weakly keyed: a segment merged away, or a reader replaced, takes
 * its sets with it. At a million works a set is 125 KB, and about a hundred terms are dense.
 */
final class SegmentBits {
  /** A term in at least this fraction of a segment's documents is kept as a bit set. */
  static final int DENSE_FRACTION = 64;

  private static final Cache<Object, ConcurrentMap<Term, FixedBitSet>> DENSE =
      Caffeine.newBuilder().weakKeys().build();

  private static final Cache<Object, FixedBitSet> LIVE = Caffeine.newBuilder().weakKeys().build();

  private SegmentBits() {}

  /**
   * The segment's live documents as a bit set, kept per reader (deletions make a new one), or null
   * when none is deleted: Lucene's own live documents answer one document at a time, a millisecond
   * a million.
   */
  static @Nullable FixedBitSet live(LeafReaderContext leaf) throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    if (live == null || live instanceof FixedBitSet) {
      return (FixedBitSet) live;
    }
    var helper = leaf.reader().getReaderCacheHelper();
    FixedBitSet kept = helper == null ? null : LIVE.getIfPresent(helper.getKey());
    if (kept != null) {
      return kept;
    }
    int maxDoc = leaf.reader().maxDoc();
    FixedBitSet bits = new FixedBitSet(maxDoc);
    bits.set(0, maxDoc);
    if (live instanceof LiveDocs listed) {
      bits.andNot(listed.deletedDocsIterator());
    } else {
      for (int doc = 0; doc < maxDoc; doc++) {
        if (!live.get(doc)) {
          bits.clear(doc);
        }
      }
    }
    if (helper != null) {
      LIVE.put(helper.getKey(), bits);
    }
    return bits;
  }

  /**
   * The term's documents in this segment: a kept {@link FixedBitSet} when it is in enough of the
   * segment to keep one, its {@link PostingsEnum} otherwise, null when no document has it.
   */
  static @Nullable Object docs(LeafReader segment, Term term) throws IOException {
    var helper = segment.getCoreCacheHelper();
    ConcurrentMap<Term, FixedBitSet> kept =
        helper == null ? null : DENSE.get(helper.getKey(), key -> new ConcurrentHashMap<>());
    FixedBitSet found = kept == null ? null : kept.get(term);
    if (found != null) {
      return found;
    }
    Terms terms = segment.terms(term.field());
    TermsEnum iterator = terms == null ? null : terms.iterator();
    if (iterator == null || !iterator.seekExact(term.bytes())) {
      return null;
    }
    int maxDoc = segment.maxDoc();
    PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
    if (kept == null || iterator.docFreq() < Math.max(1, maxDoc / DENSE_FRACTION)) {
      return postings;
    }
    FixedBitSet docs = new FixedBitSet(maxDoc);
    docs.or(postings);
    FixedBitSet raced = kept.putIfAbsent(term, docs);
    return raced == null ? docs : raced;
  }
}
