package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.executor.StepSpec;

/** {@code retryPolicy: OnTransientError}: only errors of the machinery are retried. */
class TransientRetryReconcilerTest {
  private static EngineRun run() {
    return new EngineRun(
        workflow(
            """
            metadata: {name: t}
            spec:
              entrypoint: main
              templates:
              - name: main
                retryStrategy: {limit: 2, retryPolicy: OnTransientError}
                container: {image: alpine, command: ["true"]}
            """));
  }

  @Test
  void retriesAStepWhoseProcessDisappeared() {
    var run = run();
    run.pass(T0);
    run.error("t(0)", "step process disappeared while the server was down", T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("t(1)"));
  }

  @Test
  void retriesAStepThatCouldNotBeStarted() {
    var run = run();
    run.pass(T0);
    run.error("t(0)", "cannot start the step: Resource temporarily unavailable", T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1)))).hasSize(1);
  }

  @Test
  void doesNotRetryAnErrorOfTheStepItself() {
    var run = run();
    run.pass(T0);
    run.error("t(0)", "executable \"nope\" not found or not executable", T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1)))).isEmpty();
    assertThat(run.node("t").phase()).isEqualTo(NodePhase.ERROR);
  }

  @Test
  void doesNotRetryAFailedExitCode() {
    var run = run();
    run.pass(T0);
    run.end("t(0)", 1, T0.plusSeconds(1));

    assertThat(started(run.pass(T0.plusSeconds(1)))).isEmpty();
    assertThat(run.node("t").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.node("t").message()).isEqualTo("Error (exit code 1)");
  }
}
