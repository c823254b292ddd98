package dev.wf.server;

import static dev.wf.server.LocalHarness.node;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.runtime.local.StepVisible;

/**
 * Retries and deadlines through the engine, the store and real step processes: a script that
 * succeeds on its third attempt, and a step stopped by its {@code activeDeadlineSeconds}.
 */
class RetriesAndDeadlinesIT {
  private static final Path FIXTURES = Path.of("src/test/resources/workflows/local");

  @TempDir Path wfHome;

  private Path counter;
  private LocalHarness harness;

  @BeforeEach
  void start() throws IOException {
    counter = StepVisible.newDirectory("retry-count");
    harness = LocalHarness.start(wfHome);
  }

  @AfterEach
  void stop() throws IOException {
    harness.close();
    Files.deleteIfExists(counter.resolve("attempts"));
    Files.delete(counter);
  }

  @Test
  void succeedsOnTheThirdAttemptOfARetriedScript() throws Exception {
    Path file = FIXTURES.resolve("retry-third-attempt.yaml");
    Workflow submitted =
        harness.submit(file.toString(), Files.readString(file), Map.of("dir", counter.toString()));

    Workflow workflow = harness.awaitCompletion(submitted.name());

    String name = workflow.name();
    assertThat(workflow.status().phase())
        .as(workflow.status().message())
        .isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(node(workflow, name).type()).isEqualTo(NodeType.RETRY);
    assertThat(node(workflow, name).children()).hasSize(3);
    assertThat(node(workflow, name + "(0)").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(node(workflow, name + "(1)").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(node(workflow, name + "(2)").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(harness.logs(name, name + "(2)")).containsExactly("attempt 2");
    assertThat(Files.readString(counter.resolve("attempts")).trim()).isEqualTo("3");
  }

  @Test
  void killsAStepPastItsActiveDeadlineSeconds() throws IOException {
    Workflow workflow = harness.run(FIXTURES.resolve("active-deadline.yaml"));

    var sleep = node(workflow, workflow.name());
    assertThat(workflow.status().phase()).isEqualTo(WorkflowPhase.FAILED);
    assertThat(sleep.message())
        .isEqualTo("Pod was active on the node longer than the specified deadline");
    assertThat(Duration.between(sleep.startedAt(), sleep.finishedAt()))
        .isLessThan(Duration.ofSeconds(20));
  }
}
