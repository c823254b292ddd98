package dev.wf.server;

import static dev.wf.server.LocalHarness.node;
import static dev.wf.server.LocalHarness.outputParameter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.runtime.local.Isolation;
import dev.wf.runtime.local.StepVisible;

/**
 * Steps that run at the same time through the engine and the local runtime do not see each other's
 * {@code /tmp}. The steps meet through files in a directory under {@code target/}, which both see,
 * so that each writes before either reads.
 */
class StepIsolationIT {
  private static final Path FIXTURE = Path.of("src/test/resources/workflows/local/shared-tmp.yaml");

  @TempDir Path wfHome;

  private Path sync;
  private LocalHarness harness;

  @BeforeEach
  void start() throws IOException {
    sync = StepVisible.newDirectory("isolation-sync");
    harness = LocalHarness.start(wfHome);
  }

  @AfterEach
  void stop() throws IOException {
    harness.close();
    try (var files = Files.list(sync)) {
      for (Path file : files.toList()) Files.delete(file);
    }
    Files.delete(sync);
  }

  @Test
  void parallelStepsEachReadTheirOwnTmpFile() throws IOException {
    Workflow workflow =
        harness.awaitCompletion(
            harness
                .submit(
                    FIXTURE.toString(), Files.readString(FIXTURE), Map.of("sync", sync.toString()))
                .name());

    assertThat(workflow.status().phase())
        .as("%s (isolation: %s)", workflow.status().message(), Isolation.detect().description())
        .isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(outputParameter(node(workflow, "first"), "seen")).hasValue("first");
    assertThat(outputParameter(node(workflow, "second"), "seen")).hasValue("second");
  }
}
