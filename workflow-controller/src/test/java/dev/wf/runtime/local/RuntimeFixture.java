package dev.wf.runtime.local;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import dev.wf.config.ImageEntrypoints;
import dev.wf.engine.StepState;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;

/** A real runtime on a test directory, with waits for steps to end. */
final class RuntimeFixture {
  static final Duration TIMEOUT = Duration.ofSeconds(20);

  private RuntimeFixture() {}

  static LocalRuntime runtime(Path stepsRoot) {
    return runtime(stepsRoot, ImageEntrypoints.none());
  }

  static LocalRuntime runtime(Path stepsRoot, ImageEntrypoints images) {
    return new LocalRuntime(stepsRoot, images, Clock.systemUTC());
  }

  /** Waits until the step has ended and returns its result. */
  static StepResult awaitResult(LocalRuntime runtime, String nodeId) {
    await()
        .atMost(TIMEOUT)
        .pollInterval(Duration.ofMillis(5))
        .until(() -> state(runtime, nodeId) != null && state(runtime, nodeId).done());
    return state(runtime, nodeId).result();
  }

  static StepResult run(LocalRuntime runtime, StepSpec spec) {
    runtime.start(spec);
    return awaitResult(runtime, spec.nodeId());
  }

  static StepState state(LocalRuntime runtime, String nodeId) {
    return runtime.observe(Steps.WORKFLOW).get(nodeId);
  }
}
