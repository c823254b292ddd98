package dev.wf.api.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wf.api.parse.SourcePositions.Position;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowTemplate;

class WorkflowParserTest {
  private static final String HEADER =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        name: w
      """;

  private static List<String> rendered(ParseResult result) {
    return result.errors().stream().map(SpecError::render).toList();
  }

  @Test
  void readsAWorkflowIntoRecords() {
    var result =
        WorkflowParser.parse(
            "w.yaml",
            HEADER
                + """
                spec:
                  entrypoint: main
                  templates:
                    - name: main
                      container:
                        image: busybox
                        command: [echo, hi]
                """);

    assertThat(result.errors()).isEmpty();
    var workflow = (Workflow) result.manifests().get(0);
    assertThat(workflow.name()).isEqualTo("w");
    assertThat(workflow.spec().template("main").orElseThrow().container().command())
        .containsExactly("echo", "hi");
  }

  @Test
  void readsScalarParameterValuesAsTheirText() {
    var result =
        WorkflowParser.parse(
            "w.yaml",
            HEADER
                + """
                spec:
                  entrypoint: main
                  arguments:
                    parameters:
                      - {name: int, value: 42}
                      - {name: float, value: 1.50}
                      - {name: exponent, value: 1e3}
                      - {name: bool, value: true}
                      - {name: octal, value: 0755}
                      - {name: date, value: 2024-01-02}
                      - {name: quoted, value: "007"}
                """);

    var workflow = (Workflow) result.manifests().get(0);
    assertThat(workflow.spec().arguments().parameters())
        .extracting(Parameter::value)
        .containsExactly("42", "1.5", "1000", "true", "493", "2024-01-02", "007");
  }

  @Test
  void readsEveryDocumentOfAFileAndSkipsEmptyOnes() {
    var result =
        WorkflowParser.parse(
            "all.yaml",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: WorkflowTemplate
            metadata: {name: t}
            ---
            ---
            # only a comment
            ---
            apiVersion: wf.dev/v1alpha1
            kind: ClusterWorkflowTemplate
            metadata: {name: c}
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: CronWorkflow
            metadata: {name: cron}
            spec:
              schedules: ["* * * * *"]
            """);

    assertThat(result.errors()).isEmpty();
    assertThat(result.manifests())
        .extracting(m -> m.getClass().getSimpleName() + "/" + m.kind())
        .containsExactly(
            "WorkflowTemplate/WorkflowTemplate",
            "WorkflowTemplate/ClusterWorkflowTemplate",
            "CronWorkflow/CronWorkflow");
    assertThat(((WorkflowTemplate) result.manifests().get(1)).clusterScoped()).isTrue();
    assertThat(((CronWorkflow) result.manifests().get(2)).spec().schedules())
        .containsExactly("* * * * *");
  }

  @Test
  void positionsPointAtKeysOfTheirDocument() {
    var result =
        WorkflowParser.parse(
            "two.yaml",
            HEADER
                + """
                ---
                apiVersion: argoproj.io/v1alpha1
                kind: Workflow
                metadata: {name: second}
                spec:
                  templates:
                    - name: main
                      dag:
                        tasks:
                          - name: a
                            depends: "x || y"
                """);

    var positions = result.positions();
    assertThat(positions.of(1, "spec.templates[0].dag.tasks[0].depends"))
        .isEqualTo(new Position(15, 13));
    assertThat(positions.at(1, "spec.templates[0].dag.tasks[0].depends", 5))
        .isEqualTo(new Position(15, 28));
    assertThat(positions.of(1, "spec.templates[0].dag.tasks[0].template"))
        .isEqualTo(new Position(14, 13));
    assertThat(positions.of(0, "spec.entrypoint")).isEqualTo(new Position(1, 1));
  }

  @Test
  void reportsAllProblemsOfAllDocumentsInFileOrder() {
    var result =
        WorkflowParser.parse(
            "many.yaml",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: a, nmae: b}
            spec:
              entrypoint: main
              entrypoint: other
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: c}
            spec:
              parallelism: [1]
            """);

    assertThat(rendered(result))
        .containsExactly(
            "many.yaml:3:21: metadata.nmae: unknown field \"nmae\"; did you mean \"name\"?"
                + " (allowed: annotations, creationTimestamp, generateName, labels, name,"
                + " namespace, resourceVersion, uid)",
            "many.yaml:6:3: spec.entrypoint: duplicate key \"entrypoint\" (first set at line 5,"
                + " column 3)",
            "many.yaml:12:3: spec.parallelism: expected an integer, found a list");
  }

  @Test
  void keepsDocumentsWithUnknownFieldsButDropsThoseWithUnreadableValues() {
    var result =
        WorkflowParser.parse(
            "keep.yaml",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: kept, extra: 1}
            ---
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: dropped}
            spec: {suspend: maybe}
            """);

    assertThat(result.errors()).hasSize(2);
    assertThat(result.manifests()).extracting(m -> m.metadata().name()).containsExactly("kept");
  }

  @Test
  void reportsASyntaxErrorAfterTheDocumentsBeforeIt() {
    var result =
        WorkflowParser.parse(
            "broken.yaml",
            HEADER
                + """
                ---
                kind: Workflow
                metadata: {name: [x}
                """);

    assertThat(result.manifests()).hasSize(1);
    assertThat(rendered(result))
        .singleElement()
        .asString()
        .startsWith("broken.yaml:7:")
        .contains("invalid YAML");
  }

  @Test
  void mergeKeysFillInFieldsTheMappingDoesNotSet() {
    var result =
        WorkflowParser.parse(
            "merge.yaml",
            """
            apiVersion: argoproj.io/v1alpha1
            kind: Workflow
            metadata: {name: m}
            spec:
              templates:
                - &base
                  name: base
                  container: {image: busybox, command: [echo, base]}
                - <<: *base
                  name: copy
            """);

    assertThat(result.errors()).isEmpty();
    var spec = ((Workflow) result.manifests().get(0)).spec();
    assertThat(spec.template("copy").orElseThrow().container().command())
        .containsExactly("echo", "base");
  }

  @Test
  void anEmptyFileHasNothingAndNoErrors() {
    var result = WorkflowParser.parse("empty.yaml", "# nothing here\n");

    assertThat(result.manifests()).isEmpty();
    assertThat(result.errors()).isEmpty();
  }
}
