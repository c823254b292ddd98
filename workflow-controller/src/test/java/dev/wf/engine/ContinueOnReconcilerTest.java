package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.executor.StepSpec;

/**
 * {@code continueOn}: a failure that is allowed lets the workflow go on and succeed, as in Argo.
 */
class ContinueOnReconcilerTest {
  @Test
  void aStepGroupWithAnAllowedFailureSucceedsAndTheNextGroupRuns() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: c}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: ok, template: work}
                      - {name: flaky, template: work, continueOn: {failed: true}}
                    - - {name: after, template: work}
                  - name: work
                    container: {image: alpine, command: ["true"]}
                """));
    run.pass(T0);
    run.end("c[0].ok", 0, T0.plusSeconds(1));
    run.end("c[0].flaky", 1, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));
    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id("c[1].after"));
    run.end("c[1].after", 0, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));

    assertThat(run.node("c[0].flaky").phase()).isEqualTo(NodePhase.FAILED);
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void aDagTaskWithAnAllowedFailureLetsItsDependentRunAndTheDagSucceed() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: d}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    dag:
                      failFast: false
                      tasks:
                      - {name: first, template: work, continueOn: {failed: true}}
                      - {name: then, template: work, dependencies: [first]}
                  - name: work
                    container: {image: alpine, command: ["true"]}
                """));
    run.pass(T0);
    run.end("d.first", 1, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));
    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id("d.then"));
    run.end("d.then", 0, T0.plusSeconds(2));
    run.pass(T0.plusSeconds(2));

    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
  }

  @Test
  void aStepGroupFailsWhenTheFailureIsNotTheKindAllowed() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: e}
                spec:
                  entrypoint: main
                  templates:
                  - name: main
                    steps:
                    - - {name: flaky, template: work, continueOn: {error: true}}
                    - - {name: after, template: work}
                  - name: work
                    container: {image: alpine, command: ["true"]}
                """));
    run.pass(T0);
    run.end("e[0].flaky", 1, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d)).isEmpty();
    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.FAILED);
  }
}
