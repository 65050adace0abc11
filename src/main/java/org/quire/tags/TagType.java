package org.quire.tags;

import java.util.List;

/**
 * The tag types, named as the API names them. Media (AO3's categories of fandoms) are never on a
 * work: wranglers put canonical fandoms under them.
 */
public enum TagType {
  Rating(true, "Rating"),
  ArchiveWarning(true, "Archive Warning"),
  Category(true, "Category"),
  Fandom(false, "Fandom"),
  Relationship(false, "Relationship"),
  Character(false, "Character"),
  Freeform(false, "Additional Tags"),
  Media(true, "Media");

  private final boolean fixed;
  private final String label;

  TagType(boolean fixed, String label) {
    this.fixed = fixed;
    this.label = label;
  }

  /**
   * Ratings, warnings, categories and media are a fixed, seeded set; writers cannot create them.
   */
  public boolean fixed() {
    return fixed;
  }

  /** How pages name the type. */
  public String label() {
    return label;
  }

  public static final List<String> RATINGS =
      List.of("Not Rated", "General Audiences", "Teen And Up Audiences", "Mature", "Explicit");
  public static final List<String> WARNINGS =
      List.of(
          "Creator Chose Not To Use Archive Warnings",
          "No Archive Warnings Apply",
          "Graphic Depictions Of Violence",
          "Major Character Death",
          "Rape/Non-Con",
          "Underage Sex");
  public static final List<String> CATEGORIES =
      List.of("Gen", "F/M", "M/M", "F/F", "Multi", "Other");

  /** AO3's media, in its order; the last holds the fandoms no wrangler has put under one. */
  public static final List<String> MEDIA =
      List.of(
          "Anime & Manga",
          "Books & Literature",
          "Cartoons & Comics & Graphic Novels",
          "Celebrities & Real People",
          "Movies",
          "Music & Bands",
          "Other Media",
          "Theater",
          "TV Shows",
          "Video Games",
          "Uncategorized Fandoms");

  /** Where a fandom under no medium is shown. */
  public static final String UNCATEGORIZED = "Uncategorized Fandoms";
}
