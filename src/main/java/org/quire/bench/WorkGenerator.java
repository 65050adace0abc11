package org.quire.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;

/**
 * Work {@code i} of the corpus, from its own random stream: AO3-like ratings and warnings, a
 * Zipf-popular fandom (one in twenty a crossover), characters and relationships of its fandoms,
 * additional tags from a long tail (about 17 typed tags a work, a few at the limit of 75), a
 * log-normal word count (median 3,000) over 1–50 chapters, dates over 15 years, long-tailed
 * counters, and a few restricted works and drafts.
 */
final class WorkGenerator {
  private static final double[] RATING_SHARES = {9, 24, 28, 16, 23};
  private static final double[] CATEGORY_SHARES = {0.24, 0.22, 0.45, 0.08, 0.06, 0.03};
  private static final String[] LANGUAGES = {
    "en", "es", "zh", "ru", "fr", "de", "pt-BR", "it", "ja", "ko"
  };
  private static final double[] LANGUAGE_SHARES = {910, 20, 16, 15, 10, 9, 8, 5, 4, 3};
  static final int MAX_CHAPTER_WORDS = 60_000;
  static final int MAX_CHAPTERS = 50;
  private static final int TAG_LIMIT = 75;

  private final CorpusShape shape;
  private final long days;

  WorkGenerator(CorpusShape shape) {
    this.shape = shape;
    this.days = ChronoUnit.DAYS.between(CorpusShape.FIRST_DAY, CorpusShape.LAST_DAY) + 1;
  }

  WorkSpec generate(int i) {
    SplittableRandom rng = Rng.of(shape.seed, Rng.WORKS, i);
    WorkSpec w = new WorkSpec();
    w.index = i;
    w.textSeed = Rng.hash(shape.seed, Rng.CHAPTERS, i);
    w.creators = distinct(rng.nextInt(100) < 3 ? 2 : 1, () -> shape.creatorZipf.sample(rng), 20);
    w.title = ChapterTexts.title(rng, 1 + Rng.weighted(rng, new double[] {15, 25, 25, 18, 10, 7}));
    w.summary = rng.nextInt(100) < 95 ? ChapterTexts.sentences(rng, 1 + rng.nextInt(3)) : "";
    w.notes = rng.nextInt(100) < 30 ? ChapterTexts.sentences(rng, 1 + rng.nextInt(2)) : "";
    w.endNotes = rng.nextInt(100) < 12 ? ChapterTexts.sentences(rng, 1) : "";
    w.rating = Rng.weighted(rng, RATING_SHARES);
    w.warnings = warnings(rng);
    w.categories = categories(rng);
    tags(rng, w);
    w.language = LANGUAGES[Rng.weighted(rng, LANGUAGE_SHARES)];
    w.restricted = rng.nextInt(100) < 4;
    w.draft = rng.nextInt(100) < 2;
    int policy = rng.nextInt(100);
    w.commentPolicy = policy < 88 ? "anyone" : policy < 98 ? "registered" : "none";
    chapters(rng, w);
    counters(rng, w);
    return w;
  }

  private static int[] warnings(SplittableRandom rng) {
    int roll = rng.nextInt(1000);
    if (roll < 550) {
      return new int[] {1};
    }
    if (roll < 860) {
      return new int[] {0};
    }
    // Specific warnings: violence most often, sometimes with others or with "chose not to use".
    boolean chose = rng.nextInt(100) < 20;
    boolean violence = roll < 950 || rng.nextInt(100) < 40;
    boolean death = (roll >= 950 && roll < 980) || rng.nextInt(100) < 15;
    boolean noncon = (roll >= 980 && roll < 992) || rng.nextInt(100) < 4;
    boolean underage = roll >= 992 || rng.nextInt(100) < 2;
    boolean[] chosen = {chose, false, violence, death, noncon, underage};
    return flags(chosen);
  }

  private static int[] categories(SplittableRandom rng) {
    boolean[] chosen = new boolean[CATEGORY_SHARES.length];
    for (int c = 0; c < chosen.length; c++) {
      chosen[c] = rng.nextDouble() < CATEGORY_SHARES[c];
    }
    return flags(chosen);
  }

  private void tags(SplittableRandom rng, WorkSpec w) {
    int crossover = rng.nextInt(100);
    int fandomCount = crossover < 95 ? 1 : crossover < 99 ? 2 : 3;
    w.fandoms = distinct(fandomCount, () -> shape.fandomZipf.sample(rng), 20);
    int[] fandoms = w.fandoms;
    IntSupplier fandom = () -> fandoms[rng.nextInt(100) < 75 ? 0 : rng.nextInt(fandoms.length)];
    int characters = (int) Math.clamp(Math.floor(Rng.logNormal(rng, 3.2, 0.75)), 0, 25);
    w.characters =
        distinct(
            characters,
            () -> {
              int f = fandom.getAsInt();
              return shape.character(f, shape.characterZipf(f).sample(rng));
            },
            8);
    int relationships =
        rng.nextInt(100) < 25
            ? 0
            : (int) Math.clamp(Math.floor(Rng.logNormal(rng, 1.3, 0.6)), 1, 12);
    w.relationships =
        distinct(
            relationships,
            () -> {
              int f = fandom.getAsInt();
              return shape.relationship(f, shape.relationshipZipf(f).sample(rng));
            },
            8);
    int room = TAG_LIMIT - w.fandoms.length - w.characters.length - w.relationships.length;
    int freeforms =
        rng.nextInt(1000) < 4 ? room : (int) Math.min(room, Math.floor(Rng.logNormal(rng, 8, 0.9)));
    w.freeforms = distinct(freeforms, () -> shape.freeformZipf.sample(rng), 10);
  }

  private void chapters(SplittableRandom rng, WorkSpec w) {
    int words = (int) Math.clamp(Math.round(Rng.logNormal(rng, 3000, 1.3)), 100, 3_000_000);
    double multi = Math.clamp(0.1 + 0.25 * Math.log(words / 1000.0), 0.05, 0.95);
    int count = 1;
    if (rng.nextDouble() < multi) {
      count = 2 + (int) (words / Math.max(500, Rng.logNormal(rng, 3500, 0.6)));
    }
    int least = (words + MAX_CHAPTER_WORDS - 1) / MAX_CHAPTER_WORDS;
    count = Math.clamp(count, least, Math.min(MAX_CHAPTERS, words / 10));
    w.chapterWords = split(rng, words, count);
    int roll = rng.nextInt(100);
    if (count == 1) {
      w.expectedChapters = roll < 94 ? Integer.valueOf(1) : null;
    } else {
      w.expectedChapters =
          roll < 55
              ? Integer.valueOf(count)
              : roll < 85 ? null : Integer.valueOf(count + 1 + rng.nextInt(10));
    }
    boolean titled = count > 1 && rng.nextBoolean();
    w.chapterTitles = new String[count];
    w.chapterDates = new LocalDate[count];
    // Newer years hold more works, as the archive grew: the day's density rises linearly.
    LocalDate day = CorpusShape.FIRST_DAY.plusDays((long) (days * Math.sqrt(rng.nextDouble())));
    for (int c = 0; c < count; c++) {
      w.chapterTitles[c] = titled ? ChapterTexts.title(rng, 1 + rng.nextInt(4)) : "";
      if (c > 0) {
        day = day.plusDays((long) (-Math.log(1 - rng.nextDouble()) * 14));
      }
      w.chapterDates[c] = day.isAfter(CorpusShape.LAST_DAY) ? CorpusShape.LAST_DAY : day;
    }
    w.updatedAt = w.chapterDates[count - 1].atStartOfDay().plusSeconds(rng.nextInt(86_400));
  }

  /** Splits the words over the chapters, each 10 to 60,000, roughly even. */
  private static int[] split(SplittableRandom rng, int words, int count) {
    int[] parts = new int[count];
    int base = words / count;
    int left = words;
    for (int c = 0; c < count - 1; c++) {
      int part = (int) Math.round(base * (0.75 + 0.5 * rng.nextDouble()));
      parts[c] = Math.clamp(part, 10, MAX_CHAPTER_WORDS);
      left -= parts[c];
    }
    parts[count - 1] = left;
    if (left < 10 || left > MAX_CHAPTER_WORDS) {
      Arrays.fill(parts, base);
      for (int c = 0; c < words - base * count; c++) {
        parts[c]++;
      }
    }
    return parts;
  }

  private static void counters(SplittableRandom rng, WorkSpec w) {
    if (w.draft) {
      return;
    }
    double median = 18 * Math.pow(w.wordCount() / 3000.0, 0.25) * (w.restricted ? 0.6 : 1);
    double kudos = Math.min(5_000_000, Math.floor(Rng.logNormal(rng, median, 1.5)));
    w.kudos = (int) kudos;
    w.hits = (long) (kudos * Rng.logNormal(rng, 11, 0.5) + Rng.logNormal(rng, 40, 1.0));
    w.bookmarks = (int) Math.floor(kudos * Rng.logNormal(rng, 0.12, 0.7));
    w.comments =
        (int)
            Math.floor(kudos * Rng.logNormal(rng, 0.09, 0.8) + w.chapterCount() * rng.nextDouble());
  }

  /** Up to {@code count} different values from the source, trying a bounded number of times. */
  private static int[] distinct(int count, IntSupplier source, int triesPerValue) {
    int[] values = new int[count];
    int found = 0;
    for (int tries = 0; found < count && tries < count * triesPerValue; tries++) {
      int v = source.getAsInt();
      boolean seen = false;
      for (int i = 0; i < found && !seen; i++) {
        seen = values[i] == v;
      }
      if (!seen) {
        values[found++] = v;
      }
    }
    return found == count ? values : Arrays.copyOf(values, found);
  }

  private static int[] flags(boolean[] chosen) {
    int n = 0;
    for (boolean c : chosen) {
      n += c ? 1 : 0;
    }
    int[] indexes = new int[n];
    int at = 0;
    for (int i = 0; i < chosen.length; i++) {
      if (chosen[i]) {
        indexes[at++] = i;
      }
    }
    return indexes;
  }
}
