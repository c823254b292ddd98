package dev.wf.api.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.wf.api.parse.SpecError;
import dev.wf.api.parse.WorkflowParser;
import dev.wf.api.spec.ModelJson;

/**
 * Every fixture under {@code workflows/valid} validates with no error; every one under {@code
 * workflows/invalid} gives exactly the errors in the {@code .errors.txt} file beside it.
 */
class WorkflowFixturesTest {
  static List<String> validFixtures() {
    return Fixtures.yamlFiles("valid");
  }

  static List<String> invalidFixtures() {
    return Fixtures.yamlFiles("invalid");
  }

  @ParameterizedTest
  @MethodSource("validFixtures")
  void acceptsValidWorkflow(String file) {
    var result =
        WorkflowValidator.validate(file, Fixtures.text("valid", file), Fixtures.storedTemplates());

    assertThat(result.errors()).extracting(SpecError::render).isEmpty();
    assertThat(result.manifests()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("validFixtures")
  void validWorkflowSurvivesAJsonRoundTrip(String file) {
    var manifests = WorkflowParser.parse(file, Fixtures.text("valid", file)).manifests();

    for (var manifest : manifests) {
      assertThat(ModelJson.read(ModelJson.write(manifest), manifest.getClass()))
          .isEqualTo(manifest);
    }
  }

  @ParameterizedTest
  @MethodSource("invalidFixtures")
  void rejectsInvalidWorkflow(String file) {
    var result =
        WorkflowValidator.validate(
            file, Fixtures.text("invalid", file), Fixtures.storedTemplates());
    var expected = Fixtures.text("invalid", file.replace(".yaml", ".errors.txt"));

    assertThat(result.errors()).extracting(SpecError::render).isEqualTo(expected.lines().toList());
  }

  @Test
  void fixturesExist() {
    assertThat(validFixtures()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(invalidFixtures()).hasSizeGreaterThanOrEqualTo(13);
  }
}
