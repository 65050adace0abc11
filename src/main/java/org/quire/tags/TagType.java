package org.quire.tags;

import java.util.List;

/** The seven tag types, named as the API names them. */
public enum TagType {
  Rating(true, "Rating"),
  ArchiveWarning(true, "Archive Warning"),
  Category(true, "Category"),
  Fandom(false, "Fandom"),
  Relationship(false, "Relationship"),
  Character(false, "Character"),
  Freeform(false, "Additional Tags");

  private final boolean fixed;
  private final String label;

  TagType(boolean fixed, String label) {
    this.fixed = fixed;
    this.label = label;
  }

  /** Ratings, warnings and categories are a fixed, seeded set; writers cannot create them. */
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
}
