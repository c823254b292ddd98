package dev.wf.api.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldPathTest {
  @Test
  void joinsFieldsWithDotsAndIndexesWithBrackets() {
    var path = FieldPath.child(FieldPath.index(FieldPath.child("spec", "templates"), 0), "dag");

    assertThat(path).isEqualTo("spec.templates[0].dag");
  }

  @Test
  void quotesKeysThatAreNotPlainWords() {
    assertThat(FieldPath.child("metadata.labels", "workflows.argoproj.io/test"))
        .isEqualTo("metadata.labels[\"workflows.argoproj.io/test\"]");
  }

  @Test
  void topLevelFieldHasNoLeadingDot() {
    assertThat(FieldPath.child("", "spec")).isEqualTo("spec");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "spec.templates[0].dag | spec.templates[0]",
        "spec.templates[0] | spec.templates",
        "spec.templates | spec",
        "spec | ''",
        "spec.steps[1][2] | spec.steps[1]",
        "metadata.labels[\"a.b/c]\"] | metadata.labels",
        "metadata.labels[\"a.b/c\"].x | metadata.labels[\"a.b/c\"]",
      })
  void parentDropsTheLastSegment(String path, String parent) {
    assertThat(FieldPath.parent(path)).isEqualTo(parent);
  }
}
