package org.quire.search;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.quire.listings.IndexHits;
import org.quire.listings.IndexQuery;
import org.quire.listings.ListingQuery;
import org.quire.listings.TagCounts;
import org.quire.listings.WorkDocument;
import org.quire.tags.TagRef;
import org.quire.tags.TagType;
import org.quire.works.Audience;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Listing queries against an in-memory index of synthetic works: what a tag page or the works
 * listing asks the index for a guest (restricted works hidden), with two archive warnings excluded,
 * the first page of 20, with or without the sidebar's facet counts.
 *
 * <p>The index is built in a {@link ByteBuffersDirectory} from the module's own schema ({@link
 * IndexFields#document}) and analyzer; each query goes through the module's {@link QueryTranslator}
 * and {@link FacetCounts}. {@link #listing} repeats, for the first page, what {@code
 * LuceneWorkIndex.search} does: with {@code bitSets} (the archive's way for pages up to the
 * thousandth result) the listing from bit sets and sort columns ({@link BitSetListing}); without,
 * one collector pass for the page, the exact total and the facets, or, sorted by a date or words
 * without facets, the page with counting stopped after 1,000 matches and a second pass for the
 * total; then the ids from doc values. {@code LuceneWorkIndex} itself needs a {@code SearchIndex},
 * which opens its folder on disk. Everything this benchmark uses of the module's internals is in
 * this one file: when the module's schema or query code changes, only {@link #setUp} and {@link
 * #listing} need following.
 *
 * <p>Filter tags are drawn from Zipf distributions (a few huge fandoms and freeforms, a long tail),
 * independently per type. Chapter text is in an index of its own, which no query here reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ListingSearchBenchmark {
  // Filter tag ids by type: the fixed tags, then ranges ranked by popularity (lowest id first).
  private static final long GENERAL = 2;
  private static final long NO_WARNINGS = 12;
  private static final long CHOSE_NOT_TO_WARN = 11;
  private static final long VIOLENCE = 13;
  private static final long DEATH = 14;
  private static final long NON_CON = 15;
  private static final long UNDERAGE = 16;
  private static final long CATEGORIES = 21;
  private static final long FANDOMS = 1_000;
  private static final long RELATIONSHIPS = 10_000;
  private static final long CHARACTERS = 40_000;
  private static final long FREEFORMS = 60_000;
  private static final Instant FIRST_POST = Instant.parse("2015-01-01T00:00:00Z");
  private static final long SPAN_SECONDS = Duration.ofDays(11 * 365).toSeconds();
  private static final String[] VOCABULARY =
      ("storm tea letter crown garden winter harbour ghost river library dragon coffee shop"
              + " stars roses return midnight song lighthouse train snow summer promise hands"
              + " war home found family quiet after before always never again long way round"
              + " the of a and in to under between")
          .split(" ");

  /** Works in the index. */
  @Param("100000")
  public int works;

  /**
   * Included tags: 0 (the works listing), 1 (the most popular fandom's tag page), 2 (and a popular
   * freeform), 3 (and a popular character).
   */
  @Param({"0", "1", "2", "3"})
  public int include;

  /** The listing's sort key, as in {@code ?sort=}: updated, kudos, title, words… */
  @Param("updated")
  public String sort;

  /** Whether facets are counted, as every listing page asks. */
  @Param({"true", "false"})
  public boolean facets;

  /**
   * Whether the listing is answered from bit sets and sort columns, as the archive answers first
   * pages ({@link BitSetListing}), or by Lucene's collectors, as it answers deep pages and
   * relevance.
   */
  @Param("true")
  public boolean bitSets;

  private final QueryTranslator translator = new QueryTranslator(new WorkAnalyzer());
  private ByteBuffersDirectory directory;
  private DirectoryReader reader;
  private IndexSearcher searcher;
  private IndexQuery query;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(new WorkAnalyzer()).setRAMBufferSizeMB(64);
    long started = System.nanoTime();
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      SplittableRandom random = new SplittableRandom(20_240_601);
      Zipf fandoms = new Zipf(2_000, 1.0);
      Zipf relationships = new Zipf(20_000, 1.0);
      Zipf characters = new Zipf(15_000, 1.0);
      Zipf freeforms = new Zipf(40_000, 1.0);
      Zipf creators = new Zipf(25_000, 0.8);
      for (int id = 1; id <= works; id++) {
        writer.addDocument(
            IndexFields.document(
                work(id, random, fandoms, relationships, characters, freeforms, creators)));
      }
      writer.commit();
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);

    List<Long> required = List.of(FANDOMS, FREEFORMS + 1, CHARACTERS).subList(0, include);
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    params.set("sort", sort);
    params.set("facets", Boolean.toString(facets));
    query =
        new IndexQuery(
            ListingQuery.parse(params, Instant.now()),
            required,
            List.of(DEATH, NON_CON),
            null,
            List.of(),
            Audience.everyone());
    IndexHits hits = listing();
    System.out.printf(
        "%nIndexed %,d works in %,d ms (%d segments); %,d match, %s facet values%n",
        reader.numDocs(),
        (System.nanoTime() - started) / 1_000_000,
        reader.leaves().size(),
        hits.total(),
        hits.tagCounts() == null ? "no" : String.format("%,d", hits.tagCounts().size()));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    reader.close();
    directory.close();
  }

  /** The first page of the listing, its exact total and (when asked) its facet counts. */
  @Benchmark
  public IndexHits listing() throws IOException {
    Query q = translator.query(query, null);
    Sort s = translator.sort(query.listing());
    int perPage = query.listing().perPage();
    if (bitSets) {
      BitSetListing.Page page =
          Objects.requireNonNull(
              BitSetListing.find(searcher, q, s, 0, perPage, query.listing().facets()));
      return new IndexHits(page.ids(), page.total(), page.facets());
    }
    TopFieldCollectorManager top =
        new TopFieldCollectorManager(
            s,
            perPage,
            null,
            LuceneWorkIndex.countingThreshold(
                query.listing(), s, LuceneWorkIndex.COUNT_WHILE_COLLECTING));
    TopFieldDocs docs;
    TagCounts counts = null;
    if (query.listing().facets()) {
      Object[] results =
          searcher.search(
              q,
              new MultiCollectorManager(
                  top, new FacetCounts(TagOrdinals.of(searcher.getIndexReader()))));
      docs = (TopFieldDocs) results[0];
      counts = (TagCounts) results[1];
    } else {
      docs = searcher.search(q, top);
    }
    return new IndexHits(ids(docs.scoreDocs), LuceneWorkIndex.total(searcher, q, docs), counts);
  }

  private List<Long> ids(ScoreDoc[] hits) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    List<Long> ids = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), IndexFields.ID_ORDER);
      if (values.advanceExact(hit.doc - leaf.docBase)) {
        ids.add(values.longValue());
      }
    }
    return ids;
  }

  private static WorkDocument work(
      long id,
      SplittableRandom random,
      Zipf fandoms,
      Zipf relationships,
      Zipf characters,
      Zipf freeforms,
      Zipf creators) {
    Set<TagRef> tags = new LinkedHashSet<>();
    int rating = random.nextInt(100);
    tags.add(
        tag(
            rating < 35 ? GENERAL : rating < 65 ? 3 : rating < 80 ? 4 : rating < 95 ? 5 : 1,
            TagType.Rating));
    tags.add(
        tag(random.nextInt(100) < 60 ? NO_WARNINGS : CHOSE_NOT_TO_WARN, TagType.ArchiveWarning));
    addSometimes(tags, random, 8, VIOLENCE, TagType.ArchiveWarning);
    addSometimes(tags, random, 5, DEATH, TagType.ArchiveWarning);
    addSometimes(tags, random, 2, NON_CON, TagType.ArchiveWarning);
    addSometimes(tags, random, 1, UNDERAGE, TagType.ArchiveWarning);
    tags.add(tag(CATEGORIES + random.nextInt(6), TagType.Category));
    int fandomCount = random.nextInt(100) < 85 ? 1 : random.nextInt(100) < 80 ? 2 : 3;
    draw(tags, random, fandoms, FANDOMS, TagType.Fandom, fandomCount);
    draw(tags, random, relationships, RELATIONSHIPS, TagType.Relationship, random.nextInt(4));
    draw(tags, random, characters, CHARACTERS, TagType.Character, 1 + random.nextInt(6));
    draw(tags, random, freeforms, FREEFORMS, TagType.Freeform, 2 + random.nextInt(11));
    int words = (int) Math.min(500_000, Math.max(100, Math.exp(8.5 + 1.2 * random.nextGaussian())));
    int chapters = Math.max(1, Math.min(200, words / (1_500 + random.nextInt(4_000))));
    Instant posted = FIRST_POST.plusSeconds(random.nextLong(SPAN_SECONDS));
    Instant updated =
        chapters == 1
            ? posted
            : posted.plusSeconds(random.nextLong(Duration.ofDays(400).toSeconds()));
    long hits = (long) (words * (0.05 + random.nextDouble() * 3));
    long creator = creators.next(random) + 1L;
    return new WorkDocument(
        id,
        words(random, 2 + random.nextInt(5)),
        words(random, 15 + random.nextInt(40)),
        random.nextInt(4) == 0 ? words(random, 10 + random.nextInt(20)) : "",
        random.nextInt(100) < 88 ? "en" : random.nextBoolean() ? "zh" : "es",
        random.nextInt(100) < 12,
        random.nextInt(100) < 60,
        fandomCount > 1,
        words,
        chapters,
        posted,
        updated,
        new WorkDocument.Counts(
            hits, (int) (hits / (8 + random.nextInt(40))), random.nextInt(60), random.nextInt(40)),
        List.of("writer" + creator),
        List.of(creator),
        List.of("writer" + creator),
        List.copyOf(tags),
        tags.stream().map(TagRef::id).toList());
  }

  private static void addSometimes(
      Set<TagRef> tags, SplittableRandom random, int percent, long id, TagType type) {
    if (random.nextInt(100) < percent) {
      tags.add(tag(id, type));
    }
  }

  private static void draw(
      Set<TagRef> tags, SplittableRandom random, Zipf zipf, long base, TagType type, int n) {
    for (int i = 0; i < n; i++) {
      tags.add(tag(base + zipf.next(random), type));
    }
  }

  private static TagRef tag(long id, TagType type) {
    return new TagRef(id, type.label() + " " + id, type);
  }

  private static String words(SplittableRandom random, int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    return out.toString();
  }

  /** Ranks 0..n-1 with probability proportional to 1/(rank+1)^exponent. */
  private static final class Zipf {
    private final double[] cumulative;

    Zipf(int n, double exponent) {
      cumulative = new double[n];
      double sum = 0;
      for (int rank = 0; rank < n; rank++) {
        sum += 1 / Math.pow(rank + 1, exponent);
        cumulative[rank] = sum;
      }
      for (int rank = 0; rank < n; rank++) {
        cumulative[rank] /= sum;
      }
    }

    int next(SplittableRandom random) {
      double u = random.nextDouble();
      int low = 0;
      int high = cumulative.length - 1;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (cumulative[mid] < u) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }
}
