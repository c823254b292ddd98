package dev.wf.api.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.parse.SpecError;
import dev.wf.api.parse.WorkflowParser;
import dev.wf.api.spec.Workflow;

class WorkflowValidatorTest {
  private static final String WORKFLOW =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        name: w
      spec:
        entrypoint: main
        templates:
          - name: main
            container:
              image: busybox
      """;

  @Test
  void checkPlacesProblemsOfAChangedDocumentInTheOriginalFile() {
    var parsed = WorkflowParser.parse("w.yaml", WORKFLOW);
    var workflow = (Workflow) parsed.manifests().get(0);
    var overridden = workflow.withSpec(workflow.spec().withEntrypoint("missing"));

    var errors = WorkflowValidator.check(parsed, 0, overridden, TemplateLookup.none());

    assertThat(errors)
        .extracting(SpecError::render)
        .containsExactly("w.yaml:6:3: spec.entrypoint: unknown template \"missing\" (known: main)");
  }

  private static final String NEEDS_PARAMETER =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        name: w
      spec:
        entrypoint: main
        arguments:
          parameters:
            - name: dir
        templates:
          - name: main
            container:
              image: busybox
      """;

  @Test
  void aParameterWithoutValueNeedsOne() {
    var errors = WorkflowValidator.validate("w.yaml", NEEDS_PARAMETER, TemplateLookup.none());

    assertThat(errors.errors())
        .extracting(SpecError::render)
        .containsExactly(
            "w.yaml:9:9: spec.arguments.parameters[0]: parameter \"dir\" needs a value or"
                + " valueFrom");
  }

  @Test
  void aParameterWithoutValueIsFineWhenTheSubmissionGivesIt() {
    var errors =
        WorkflowValidator.validate(
            "w.yaml", NEEDS_PARAMETER, TemplateLookup.none(), java.util.Map.of("dir", "/data"));

    assertThat(errors.errors()).isEmpty();
  }

  @Test
  void findsTemplatesDefinedInTheSameFileBeforeAskingTheLookup() {
    var text =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: w-}
        spec:
          workflowTemplateRef: {name: local}
        ---
        apiVersion: argoproj.io/v1alpha1
        kind: WorkflowTemplate
        metadata: {name: local}
        spec:
          entrypoint: main
          templates:
            - name: main
              container: {image: busybox}
        """;

    var result = WorkflowValidator.validate("both.yaml", text, TemplateLookup.none());

    assertThat(result.errors()).isEmpty();
  }

  @Test
  void reportsAnUnknownWorkflowTemplateRefWhenTheLookupKnowsNone() {
    var text =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {generateName: w-}
        spec:
          workflowTemplateRef: {name: stored, clusterScope: true}
        """;

    var result = WorkflowValidator.validate("ref.yaml", text, TemplateLookup.none());

    assertThat(result.errors())
        .extracting(SpecError::render)
        .containsExactly(
            "ref.yaml:5:3: spec.workflowTemplateRef: unknown ClusterWorkflowTemplate \"stored\"");
  }

  @Test
  void aWorkflowTemplateNeedsNoEntrypointNorArgumentValues() {
    var text =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: WorkflowTemplate
        metadata: {name: lib}
        spec:
          arguments:
            parameters: [{name: later}]
          templates:
            - name: main
              inputs:
                parameters: [{name: x}]
              container: {image: busybox}
        """;

    assertThat(WorkflowValidator.validate("lib.yaml", text, TemplateLookup.none()).errors())
        .isEmpty();
  }

  @Test
  void aWorkflowNeedsAValueForEachArgument() {
    var text =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: Workflow
        metadata: {name: w}
        spec:
          entrypoint: main
          arguments:
            parameters: [{name: later}]
          templates:
            - name: main
              container: {image: busybox}
        """;

    assertThat(WorkflowValidator.validate("w.yaml", text, TemplateLookup.none()).errors())
        .extracting(SpecError::render)
        .containsExactly(
            "w.yaml:7:18: spec.arguments.parameters[0]: parameter \"later\" needs a value or"
                + " valueFrom");
  }
}
