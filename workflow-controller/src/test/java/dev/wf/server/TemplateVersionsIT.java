package dev.wf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.server.WorkflowService.ResumeRequest;

/**
 * Updating a stored WorkflowTemplate does not change the workflows already running: each keeps the
 * version it was submitted with (Argo's {@code storedTemplates}), while a new submission runs the
 * new version. Each workflow waits at a suspend gate so the update lands while it runs.
 */
class TemplateVersionsIT {
  private static final Path DIR = Path.of("src/test/resources/versions");

  @TempDir Path wfHome;
  private LocalHarness harness;

  @BeforeEach
  void start() throws IOException {
    harness = LocalHarness.start(wfHome);
    var stored =
        harness.service().createTemplates("library-v1.yaml", read("library-v1.yaml"), false);
    assertThat(stored.errors()).isEmpty();
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void runningTemplateRefCallKeepsTheVersionItWasSubmittedWith() throws Exception {
    assertKeepsVersion("calls-library.yaml");
  }

  @Test
  void runningWorkflowTemplateRefKeepsTheVersionItWasSubmittedWith() throws Exception {
    assertKeepsVersion("runs-library.yaml");
  }

  private void assertKeepsVersion(String workflowFile) throws Exception {
    var before = harness.submit(DIR.resolve(workflowFile)).name();
    awaitAtGate(before);

    var updated =
        harness.service().updateTemplates("library-v2.yaml", read("library-v2.yaml"), false);
    assertThat(updated.errors()).isEmpty();
    var after = harness.submit(DIR.resolve(workflowFile)).name();
    awaitAtGate(after);
    harness.service().resume(before, new ResumeRequest(null));
    harness.service().resume(after, new ResumeRequest(null));

    assertThat(harness.awaitCompletion(before).status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(harness.awaitCompletion(after).status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(harness.logs(before, "print")).containsExactly("v1");
    assertThat(harness.logs(after, "print")).containsExactly("v2");
  }

  private void awaitAtGate(String name) {
    await("workflow " + name + " to wait at its gate")
        .atMost(LocalHarness.TIMEOUT)
        .pollInterval(Duration.ofMillis(20))
        .until(
            () ->
                harness.service().get(name).stream()
                    .flatMap(wf -> wf.status().nodes().values().stream())
                    .anyMatch(
                        n -> "gate".equals(n.displayName()) && n.phase() == NodePhase.RUNNING));
  }

  private static String read(String file) {
    try {
      return Files.readString(DIR.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
