package dev.wf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.WorkflowPhase;
import dev.wf.engine.RunningLimit;
import dev.wf.server.WorkflowService.ResumeRequest;

/**
 * {@code parallelism: 1} in {@code config.yaml}, through the real local stack: a second workflow
 * waits in Pending with Argo's message while the first runs, and starts once it has completed.
 */
class ControllerParallelismIT {
  private static final String WAITS =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata: {name: first}
      spec:
        entrypoint: gate
        templates:
        - name: gate
          suspend: {}
      """;
  private static final String QUICK =
      """
      apiVersion: argoproj.io/v1alpha1
      kind: Workflow
      metadata: {name: second}
      spec:
        entrypoint: main
        templates:
        - name: main
          container: {image: alpine, command: ["true"]}
      """;

  @TempDir Path wfHome;
  private LocalHarness harness;

  @BeforeEach
  void start() throws IOException {
    Files.writeString(wfHome.resolve("config.yaml"), "parallelism: 1\n");
    harness = LocalHarness.start(wfHome);
  }

  @AfterEach
  void stop() {
    harness.close();
  }

  @Test
  void aWorkflowWaitsForASlotAndStartsWhenTheRunningOneCompletes() {
    harness.submit("first.yaml", WAITS);
    await()
        .atMost(LocalHarness.TIMEOUT)
        .until(() -> phase("first"), p -> p == WorkflowPhase.RUNNING);

    harness.submit("second.yaml", QUICK);

    await()
        .atMost(LocalHarness.TIMEOUT)
        .until(() -> phase("second"), p -> p == WorkflowPhase.PENDING);
    assertThat(harness.service().get("second").orElseThrow().status().message())
        .isEqualTo(RunningLimit.POSTPONED);

    harness.service().resume("first", new ResumeRequest(null));

    var first = harness.awaitCompletion("first");
    var second = harness.awaitCompletion("second");
    assertThat(second.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(second.status().startedAt()).isAfterOrEqualTo(first.status().finishedAt());
  }

  private WorkflowPhase phase(String name) {
    return harness
        .service()
        .get(name)
        .map(wf -> wf.status() == null ? null : wf.status().phase())
        .orElse(null);
  }
}
