package org.quire.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One generated work, everything but its chapters' text (which {@link ChapterTexts} writes from
 * {@link #textSeed} when needed). Tags are corpus indexes: ratings, warnings and categories index
 * the seeded tags in their listed order; the others index {@link CorpusShape}'s fandoms,
 * relationships, characters and additional tags.
 */
final class WorkSpec {
  static final String[] RATINGS = {
    "Not Rated", "General Audiences", "Teen And Up Audiences", "Mature", "Explicit"
  };
  static final String[] WARNINGS = {
    "Creator Chose Not To Use Archive Warnings",
    "No Archive Warnings Apply",
    "Graphic Depictions Of Violence",
    "Major Character Death",
    "Rape/Non-Con",
    "Underage Sex"
  };
  static final String[] CATEGORIES = {"Gen", "F/M", "M/M", "F/F", "Multi", "Other"};

  int index;
  int[] creators = {};
  String title = "";
  String summary = "";
  String notes = "";
  String endNotes = "";
  int rating;
  int[] warnings = {};
  int[] categories = {};
  int[] fandoms = {};
  int[] relationships = {};
  int[] characters = {};
  int[] freeforms = {};
  String language = "en";
  boolean restricted;
  String commentPolicy = "anyone";
  @Nullable Integer expectedChapters;
  boolean draft;
  int[] chapterWords = {};
  LocalDate[] chapterDates = {};
  String[] chapterTitles = {};
  long textSeed;
  LocalDateTime updatedAt = LocalDateTime.MIN;
  long hits;
  int kudos;
  int comments;
  int bookmarks;

  int wordCount() {
    int sum = 0;
    for (int w : chapterWords) {
      sum += w;
    }
    return sum;
  }

  int chapterCount() {
    return chapterWords.length;
  }

  boolean crossover() {
    return fandoms.length > 1;
  }
}
