package dev.wf.api.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.wf.api.spec.Manifest;
import dev.wf.api.spec.WorkflowTemplate;

class VariableCheckTest {
  private static final String DIR = "workflows/variables/";

  private static List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    return VariableCheck.VARIABLES.check(manifest, lookup);
  }

  private static String render(List<Problem> problems) {
    return problems.stream()
        .map(p -> p.path() + ": " + p.message())
        .collect(Collectors.joining("\n", "", problems.isEmpty() ? "" : "\n"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"all-scopes", "workflow-template-open-parameters"})
  void acceptsReferencesThatResolve(String name) {
    var manifest = YamlManifests.one(YamlManifests.resource(DIR + "valid/" + name + ".yaml"));

    assertThat(render(check(manifest, TemplateLookup.none()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "input-typo",
        "undeclared-input",
        "steps-out-of-order",
        "dag-not-a-dependency",
        "workflow-globals",
        "bad-expressions",
        "cron-workflow"
      })
  void reportsReferencesThatDoNotResolve(String name) {
    var manifest = YamlManifests.one(YamlManifests.resource(DIR + "invalid/" + name + ".yaml"));

    assertThat(render(check(manifest, TemplateLookup.none())))
        .isEqualTo(YamlManifests.resource(DIR + "invalid/" + name + ".problems.txt"));
  }

  private static String problems(String yaml, TemplateLookup lookup) {
    return render(check(YamlManifests.one(yaml), lookup));
  }

  private static TemplateLookup library(String yaml) {
    var templates = YamlManifests.parse(yaml);
    return (cluster, name) ->
        templates.stream()
            .map(WorkflowTemplate.class::cast)
            .filter(t -> t.name().equals(name))
            .findFirst();
  }

  private static final String LIBRARY =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: WorkflowTemplate
      metadata:
        name: library
      spec:
        arguments:
          parameters: [{name: region}]
        templates:
          - name: produce
            outputs:
              parameters:
                - name: out
                  valueFrom: {path: /tmp/out}
            container: {image: alpine}
      """;

  @Test
  void outputsOfTemplateRefComeFromTheStoredTemplate() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: ref-}
        spec:
          entrypoint: main
          templates:
            - name: main
              steps:
                - - name: gen
                    templateRef: {name: library, template: produce}
                - - name: use
                    template: main
                    arguments:
                      parameters:
                        - name: a
                          value: "{{steps.gen.outputs.parameters.out}} {{steps.gen.outputs.parameters.other}}"
        """;

    assertThat(problems(yaml, library(LIBRARY)))
        .isEqualTo(
            "spec.templates[0].steps[1][0].arguments.parameters[0].value: unresolved variable"
                + " \"{{steps.gen.outputs.parameters.other}}\" (in scope:"
                + " steps.gen.outputs.parameters.out)\n");
  }

  @Test
  void unknownTemplateRefAllowsAnyOfItsOutputs() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: ref-}
        spec:
          entrypoint: main
          templates:
            - name: main
              steps:
                - - name: gen
                    templateRef: {name: elsewhere, template: produce}
                - - name: use
                    template: main
                    arguments:
                      parameters: [{name: a, value: "{{steps.gen.outputs.parameters.anything}}"}]
        """;

    assertThat(problems(yaml, TemplateLookup.none())).isEmpty();
  }

  @Test
  void workflowTemplateRefBringsTheTemplatesParameters() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: ref-}
        spec:
          workflowTemplateRef: {name: library}
          templates:
            - name: extra
              container:
                image: alpine
                args: ["{{workflow.parameters.region}} {{workflow.parameters.zone}}"]
        """;

    assertThat(problems(yaml, library(LIBRARY)))
        .isEqualTo(
            "spec.templates[0].container.args[0]: unresolved variable"
                + " \"{{workflow.parameters.zone}}\" (in scope: workflow.parameters.json,"
                + " workflow.parameters.region)\n");
  }

  @Test
  void missingWorkflowTemplateRefLeavesParametersOpen() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: ref-}
        spec:
          workflowTemplateRef: {name: not-stored}
          templates:
            - name: extra
              container: {image: alpine, args: ["{{workflow.parameters.anything}}"]}
        """;

    assertThat(problems(yaml, TemplateLookup.none())).isEmpty();
  }

  @Test
  void workflowRetryStrategyMakesRetriesAvailableEverywhere() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: retry-}
        spec:
          entrypoint: main
          retryStrategy: {limit: "2"}
          templates:
            - name: main
              container: {image: alpine, args: ["{{retries}}"]}
        """;

    assertThat(problems(yaml, TemplateLookup.none())).isEmpty();
  }

  @Test
  void ipIsOnlyAvailableForDaemonSteps() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: ip-}
        spec:
          entrypoint: main
          templates:
            - name: main
              steps:
                - - {name: job, template: job}
                - - name: use
                    template: job
                    arguments:
                      parameters: [{name: a, value: "{{steps.job.ip}}"}]
            - name: job
              container: {image: alpine}
        """;

    assertThat(problems(yaml, TemplateLookup.none()))
        .startsWith(
            "spec.templates[0].steps[1][0].arguments.parameters[0].value: unresolved variable"
                + " \"{{steps.job.ip}}\" (did you mean steps.job.id?)");
  }

  @Test
  void fieldsOfScalarItemsAreReported() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: items-}
        spec:
          entrypoint: main
          templates:
            - name: main
              steps:
                - - name: each
                    template: main
                    arguments:
                      parameters: [{name: a, value: "{{item}} {{item.name}}"}]
                    withItems: [a, b]
        """;

    assertThat(problems(yaml, TemplateLookup.none()))
        .isEqualTo(
            "spec.templates[0].steps[0][0].arguments.parameters[0].value: unresolved variable"
                + " \"{{item.name}}\": item has fields only when withItems lists maps\n");
  }

  @Test
  void eachUnresolvedNameIsReportedOncePerField() {
    String yaml =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: once-}
        spec:
          entrypoint: main
          templates:
            - name: main
              container: {image: alpine, args: ["{{x}} {{x}} {{ x }}"]}
        """;

    assertThat(check(YamlManifests.one(yaml), TemplateLookup.none())).hasSize(1);
  }
}
