package dev.wf.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.parse.SpecError;
import dev.wf.api.spec.WorkflowTemplate;
import dev.wf.store.EmbeddedStore;

class TemplateUploadsTest {
  private static final String TEMPLATE =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: WorkflowTemplate
      metadata:
        name: job
      spec:
        templates:
        - name: main
          container:
            image: alpine:3.20
      """;
  private static final String WORKFLOW =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata:
        generateName: run-
      spec:
        workflowTemplateRef:
          name: job
      """;

  @TempDir Path dir;
  private EmbeddedStore store;
  private TemplateUploads uploads;

  @BeforeEach
  void open() {
    store = EmbeddedStore.open(dir.resolve("wf.db"));
    uploads = new TemplateUploads(store, LocalWorkflowService.lookupOf(store));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void createStoresTheTemplatesAndSkipsOtherKinds() {
    var outcome = uploads.create("mixed.yaml", TEMPLATE + "---\n" + WORKFLOW, false);

    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.templates()).extracting(WorkflowTemplate::name).containsExactly("job");
    assertThat(store.getTemplate(false, "job")).isPresent();
  }

  @Test
  void templateMayCallAnotherTemplateOfTheSameFile() {
    var caller =
        """
        apiVersion: argoproj.io/v1alpha1
        kind: WorkflowTemplate
        metadata:
          name: caller
        spec:
          templates:
          - name: main
            steps:
            - - name: run
                templateRef:
                  name: job
                  template: main
        """;

    var outcome = uploads.create("two.yaml", caller + "---\n" + TEMPLATE, false);

    assertThat(outcome.errors()).isEmpty();
    assertThat(outcome.templates())
        .extracting(WorkflowTemplate::name)
        .containsExactly("caller", "job");
  }

  @Test
  void fileWithoutATemplateOfTheKindIsRefusedWithAHint() {
    var outcome = uploads.create("t.yaml", TEMPLATE, true);

    assertThat(outcome.errors())
        .extracting(SpecError::render)
        .containsExactly(
            "t.yaml:1:1: kind: expected ClusterWorkflowTemplate, found WorkflowTemplate"
                + " (use `wf template create`)");
  }

  @Test
  void updateOfATemplateNotStoredIsRefusedAtItsName() {
    var outcome = uploads.update("t.yaml", TEMPLATE, false);

    assertThat(outcome.errors())
        .extracting(SpecError::render)
        .containsExactly(
            "t.yaml:4:3: metadata.name: WorkflowTemplate \"job\" is not stored, so there is"
                + " nothing to update (use `wf template create`)");
    assertThat(store.getTemplate(false, "job")).isEmpty();
  }

  @Test
  void updateReplacesAStoredTemplate() {
    uploads.create("t.yaml", TEMPLATE, false);

    var outcome = uploads.update("t.yaml", TEMPLATE.replace("alpine:3.20", "busybox"), false);

    assertThat(outcome.errors()).isEmpty();
    assertThat(store.getTemplate(false, "job").orElseThrow().spec().templates().get(0).container())
        .extracting(c -> c.image())
        .isEqualTo("busybox");
  }
}
