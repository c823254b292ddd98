package dev.wf.api.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionsTest {
  private static final List<String> FIELDS = List.of("entrypoint", "templates", "arguments");

  @Test
  void suggestsTheNearestNameForATypo() {
    assertThat(Suggestions.closest("entrypont", FIELDS)).contains("entrypoint");
    assertThat(Suggestions.closest("tempaltes", FIELDS)).contains("templates");
  }

  @Test
  void ignoresCase() {
    assertThat(Suggestions.closest("Arguments", FIELDS)).contains("arguments");
  }

  @Test
  void suggestsNothingForAnUnrelatedName() {
    assertThat(Suggestions.closest("volumes", FIELDS)).isEmpty();
  }

  @Test
  void countsSwappedNeighboursAsOneTypo() {
    assertThat(Suggestions.closest("nmae", List.of("name", "namespace"))).contains("name");
  }
}
