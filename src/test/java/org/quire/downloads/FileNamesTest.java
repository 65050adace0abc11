package org.quire.downloads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {
  @Test
  void titlesBecomeShortAsciiNames() {
    assertThat(FileNames.base("War and Peace", 1)).isEqualTo("War_and_Peace");
    assertThat(FileNames.base("Tom's Café: the Return!", 1)).isEqualTo("Toms_Cafe_the_Return");
    assertThat(FileNames.base("The Very Long Title of a Sprawling Epic", 1))
        .isEqualTo("The_Very_Long_Title_of_a");
    assertThat(FileNames.base("Antidisestablishmentarianisms", 1))
        .isEqualTo("Antidisestablishmentaria");
    assertThat(FileNames.base("雪の灯台", 42)).isEqualTo("Work_42");
    assertThat(FileNames.base("  ???  ", 7)).isEqualTo("Work_7");
    assertThat(FileNames.base("exactly twenty-four char", 1)).isEqualTo("exactly_twenty_four_char");
  }
}
