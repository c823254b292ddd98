package dev.wf.engine.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.api.validate.TemplateLookup;

class SubmissionTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  private final WorkflowTemplate template =
      new WorkflowTemplate(
          "argoproj.io/v1alpha1",
          WorkflowTemplate.KIND,
          dev.wf.api.spec.ObjectMeta.named("preprocess"),
          WorkflowSpec.EMPTY
              .withEntrypoint("run")
              .withArguments(
                  new Arguments(
                      List.of(Parameter.of("dataset", null), Parameter.of("seed", "1")),
                      List.of())));
  private final Submission submission =
      new Submission(TemplateLookup.of(List.of(template)), CLOCK, new Random(1));

  @Test
  void refusesATemplateRunWithoutAParameterTheTemplateLeavesOpen() {
    var workflow = Submission.fromTemplate("workflowtemplate/preprocess");

    assertThatThrownBy(() -> submission.prepare(workflow, overrides(Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "parameter \"dataset\" of WorkflowTemplate \"preprocess\" needs a value:"
                + " pass -p dataset=VALUE");
  }

  @Test
  void acceptsATemplateRunThatGivesTheParameter() {
    var workflow = Submission.fromTemplate("workflowtemplate/preprocess");

    var prepared = submission.prepare(workflow, overrides(Map.of("dataset", "/data/a.csv")));

    assertThat(prepared.spec().arguments().parameters())
        .extracting(Parameter::name, Parameter::value)
        .contains(org.assertj.core.groups.Tuple.tuple("dataset", "/data/a.csv"));
  }

  private static Submission.Overrides overrides(Map<String, String> parameters) {
    return new Submission.Overrides(parameters, null, null, null);
  }
}
