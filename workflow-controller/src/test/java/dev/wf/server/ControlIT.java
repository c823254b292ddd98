package dev.wf.server;

import static dev.wf.server.LocalHarness.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.runtime.local.StepVisible;
import dev.wf.server.WorkflowService.ResumeRequest;
import dev.wf.server.WorkflowService.RetryRequest;
import dev.wf.server.WorkflowService.StopRequest;

/**
 * The control verbs through the service, the controller, the store and real step processes: suspend
 * and resume, stop (the exit handler runs), terminate (it does not), and retry (the step that
 * succeeded does not run again).
 */
class ControlIT {
  private static final Path FIXTURES = Path.of("src/test/resources/workflows/local");

  @TempDir Path wfHome;

  private Path dir;
  private LocalHarness harness;

  @BeforeEach
  void start() throws IOException {
    dir = StepVisible.newDirectory("control");
    harness = LocalHarness.start(wfHome);
  }

  @AfterEach
  void stop() throws IOException {
    harness.close();
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) Files.delete(file);
    }
    Files.delete(dir);
  }

  private String submit(String fixture, Map<String, String> parameters) throws IOException {
    Path file = FIXTURES.resolve(fixture);
    var all = new java.util.HashMap<>(parameters);
    all.put("dir", dir.toString());
    return harness.submit(file.toString(), Files.readString(file), all).name();
  }

  private Workflow current(String name) {
    return harness.service().get(name).orElseThrow();
  }

  private Optional<NodeStatus> nodeNamed(String name, String displayName) {
    Workflow wf = current(name);
    return wf.status() == null
        ? Optional.empty()
        : wf.status().nodes().values().stream()
            .filter(n -> displayName.equals(n.displayName()))
            .findFirst();
  }

  private void awaitNode(String name, String displayName, NodePhase phase) {
    await(displayName + " " + phase)
        .atMost(LocalHarness.TIMEOUT)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> nodeNamed(name, displayName).map(NodeStatus::phase).orElse(null) == phase);
  }

  @Test
  void aSuspendedWorkflowStartsNothingUntilItIsResumed() throws IOException {
    String name = submit("control-wait.yaml", Map.of());
    awaitNode(name, "wait", NodePhase.RUNNING);

    harness.service().suspend(name);
    Files.writeString(dir.resolve("go"), "");
    awaitNode(name, "wait", NodePhase.SUCCEEDED);

    Workflow suspended = current(name);
    assertThat(suspended.status().phase()).isEqualTo(WorkflowPhase.RUNNING);
    assertThat(suspended.spec().suspend()).isTrue();
    assertThat(nodeNamed(name, "after")).isEmpty();
    assertThat(dir.resolve("after")).doesNotExist();

    harness.service().resume(name, new ResumeRequest(null));
    Workflow resumed = harness.awaitCompletion(name);

    assertThat(resumed.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(Files.readAllLines(dir.resolve("after"))).containsExactly("ran");
  }

  @Test
  void stopEndsTheRunningStepAndStillRunsTheExitHandler() throws IOException {
    String name = submit("control-exit.yaml", Map.of());
    awaitNode(name, name, NodePhase.RUNNING);

    harness.service().stop(name, new StopRequest(null, null));
    Workflow stopped = harness.awaitCompletion(name);

    assertThat(stopped.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(stopped.status().message()).isEqualTo("Stopped with strategy 'Stop'");
    assertThat(node(stopped, name).message()).isEqualTo("workflow shutdown with strategy: Stop");
    assertThat(node(stopped, name + ".onExit").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(Files.readString(dir.resolve("exit-ran")).trim()).isEqualTo("Failed");
  }

  @Test
  void terminateEndsTheWorkflowWithoutItsExitHandler() throws IOException {
    String name = submit("control-exit.yaml", Map.of());
    awaitNode(name, name, NodePhase.RUNNING);

    harness.service().terminate(name);
    Workflow terminated = harness.awaitCompletion(name);

    assertThat(terminated.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(terminated.status().message()).isEqualTo("Stopped with strategy 'Terminate'");
    assertThat(terminated.status().nodes().values())
        .noneMatch(n -> n.name().equals(name + ".onExit"));
    assertThat(dir.resolve("exit-ran")).doesNotExist();
  }

  @Test
  void retryRunsTheFailedStepAgainButNotTheOneThatSucceeded() throws IOException {
    String name = submit("control-retry.yaml", Map.of());
    Workflow failed = harness.awaitCompletion(name);
    assertThat(failed.status().phase()).isEqualTo(WorkflowPhase.FAILED);

    harness.service().retry(name, new RetryRequest(Map.of("mode", "good"), false, null));
    Workflow retried = harness.awaitCompletion(name);

    assertThat(retried.status().phase())
        .as(retried.status().message())
        .isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(Files.readAllLines(dir.resolve("first"))).containsExactly("ran");
    assertThat(Files.readAllLines(dir.resolve("second"))).containsExactly("ran", "ran");
    assertThat(node(retried, "first").finishedAt()).isEqualTo(node(failed, "first").finishedAt());
  }
}
