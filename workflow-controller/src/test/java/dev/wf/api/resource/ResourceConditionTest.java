package dev.wf.api.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ResourceConditionTest {
  private static final JsonNode JOB =
      json(
          """
          {"metadata": {"name": "pi", "labels": {"app.kubernetes.io/name": "pi"}},
           "status": {"succeeded": 3, "failed": 0, "phase": "Running", "ratio": 0.5,
                      "ready": true, "conditions": [{"type": "Complete"}], "empty": null}}
          """);

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean holds(String condition) {
    return ResourceCondition.parse(condition).allMatch(JOB);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "status.succeeded > 2|true",
        "status.succeeded > 3|false",
        "status.succeeded < 4|true",
        "status.missing > 0|false",
        "status.phase > 0|false",
        "status.phase == Running|true",
        "status.phase = Running|true",
        "status.phase==Running|true",
        "status.phase != Running|false",
        "status.phase != Failed|true",
        "status.missing != Failed|true",
        "status.missing == Failed|false",
        "status.phase in (Failed, Running)|true",
        "status.phase in (Failed,Error)|false",
        "status.phase notin (Failed, Error)|true",
        "status.missing notin (Failed)|true",
        "status.missing in (Failed)|false",
        "status.succeeded|true",
        "status.missing|false",
        "!status.missing|true",
        "!status.succeeded|false",
        "status.ready == true|true",
        "status.ratio == 0.5|true",
        "status.empty =|true",
        "status.conditions.0.type == Complete|true",
        "status.conditions.# == 1|true",
        "metadata.labels.app\\.kubernetes\\.io/name == pi|true",
        "status.succeeded > 2, status.phase == Running|true",
        "status.succeeded > 2, status.phase == Failed|false",
      })
  void evaluatesRequirementsOverTheObject(String condition, boolean expected) {
    assertThat(holds(condition)).isEqualTo(expected);
  }

  @Test
  void emptyConditionHoldsAndHasNoRequirements() {
    assertThat(ResourceCondition.parse("  ").isEmpty()).isTrue();
    assertThat(ResourceCondition.parse(null).allMatch(JOB)).isTrue();
  }

  @Test
  void failureConditionHoldsWhenAnyRequirementHolds() {
    var failure = ResourceCondition.parse("status.phase == Failed, status.succeeded > 2");

    assertThat(failure.allMatch(JOB)).isFalse();
    assertThat(failure.firstMatch(JOB)).map(Requirement::toString).hasValue("status.succeeded>2");
  }

  @Test
  void printsRequirementsAsKubernetesDoes() {
    var condition = ResourceCondition.parse("status.phase in (Failed, Error), !a, b, c != d");

    assertThat(condition.requirements())
        .extracting(Requirement::toString)
        .containsExactly("!a", "b", "c!=d", "status.phase in (Error,Failed)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "== Running|expected a path, found \"==\"|0",
        "status.phase ~ x|expected an operator (=, ==, !=, in, notin, >, <), \",\" or the end, found \"~\"|13",
        "status.x > one|expected an integer after > or <, found \"one\"|11",
        "status.x in Failed|expected \"(\", found \"Failed\"|12",
        "status.x in ()|in and notin need at least one value|9",
        "status.x in (a b)|expected \")\", found \"b\"|15",
        "a == b c|expected \",\" or the end, found \"c\"|7",
        "a,|expected a path, found the end|2",
      })
  void rejectsMalformedConditionsAtTheToken(String condition, String message, int offset) {
    assertThatThrownBy(() -> ResourceCondition.parse(condition))
        .isInstanceOfSatisfying(
            ConditionException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(message);
              assertThat(e.offset()).isEqualTo(offset);
            });
  }
}
