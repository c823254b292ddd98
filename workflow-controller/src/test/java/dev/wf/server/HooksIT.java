package dev.wf.server;

import static dev.wf.server.LocalHarness.node;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;

/**
 * Exit handlers and lifecycle hooks through the engine, the store and real step processes. The
 * workflow runs once; each test reads that run.
 */
class HooksIT {
  private static final Path FIXTURE = Path.of("src/test/resources/workflows/local/exit-hooks.yaml");

  @TempDir static Path wfHome;
  private static LocalHarness harness;
  private static Workflow run;

  @BeforeAll
  static void runOnce() throws IOException {
    harness = LocalHarness.start(wfHome);
    run = harness.run(FIXTURE);
  }

  @AfterAll
  static void stop() {
    harness.close();
  }

  @Test
  void succeedsOnceEveryHookAndExitHandlerHasRun() {
    assertThat(run.status().phase()).as(run.status().message()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(run.status().nodes().values())
        .filteredOn(n -> n.name().contains(".onExit") || n.name().contains(".hooks."))
        .extracting(n -> n.phase())
        .hasSize(4)
        .containsOnly(NodePhase.SUCCEEDED);
  }

  @Test
  void givesAStepsExitHookTheStepsStatusAndOutput() throws InterruptedException {
    assertThat(harness.logs(run.name(), "produce.onExit")).containsExactly("Succeeded 42");
  }

  @Test
  void runsTheExitHandlerOfAFailedStep() throws InterruptedException {
    assertThat(node(run, "flaky").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(harness.logs(run.name(), "flaky.onExit")).containsExactly("cleanup after failure");
  }

  @Test
  void runsTheWorkflowsHookWhileItRuns() throws InterruptedException {
    assertThat(harness.logs(run.name(), run.name() + ".hooks.running"))
        .containsExactly("workflow running");
  }

  @Test
  void givesTheWorkflowsExitHandlerItsStatus() throws InterruptedException {
    assertThat(harness.logs(run.name(), run.name() + ".onExit"))
        .containsExactly("workflow Succeeded");
  }
}
