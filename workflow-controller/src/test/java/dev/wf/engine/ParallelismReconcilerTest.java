package dev.wf.engine;

import static dev.wf.engine.EngineFixtures.T0;
import static dev.wf.engine.EngineFixtures.fixture;
import static dev.wf.engine.EngineFixtures.workflow;
import static dev.wf.engine.EngineRun.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.executor.StepSpec;

/** {@code spec.parallelism} and template {@code parallelism}, decided pass by pass. */
class ParallelismReconcilerTest {
  @Test
  void startsNoMorePodsThanTheWorkflowsParallelism() {
    var run = new EngineRun(fixture("parallelism-workflow"));

    var d = run.pass(T0);

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("limited[0].sleep(0:a)"), run.id("limited[0].sleep(1:b)"));
  }

  @Test
  void countsAPodThatIsPendingAgainstTheWorkflowsParallelism() {
    var run = new EngineRun(fixture("parallelism-workflow"));
    run.pass(T0);
    run.observe("limited[0].sleep(0:a)", StepState.pending(T0));
    run.observe("limited[0].sleep(1:b)", StepState.pending(T0));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(run.node("limited[0].sleep(0:a)").phase()).isEqualTo(NodePhase.PENDING);
    assertThat(started(d)).isEmpty();
  }

  @Test
  void givesACallThatWaitsForASlotNoNode() {
    var run = new EngineRun(fixture("parallelism-workflow"));

    run.pass(T0);

    assertThat(run.has("limited[0].sleep(2:c)")).isFalse();
    assertThat(run.node("limited[0]").children()).hasSize(2);
    assertThat(run.status().progress()).isEqualTo("0/2");
  }

  @Test
  void startsTheNextWaitingCallInOrderWhenASlotFrees() {
    var run = new EngineRun(fixture("parallelism-workflow"));
    run.pass(T0);
    run.end("limited[0].sleep(1:b)", 0, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("limited[0].sleep(2:c)"));
    assertThat(d.wakeAt()).isEmpty();
  }

  @Test
  void runsEveryCallInTheEnd() {
    var run = new EngineRun(fixture("parallelism-workflow"));
    run.pass(T0);
    String[] items = {"0:a", "1:b", "2:c", "3:d", "4:e"};
    for (int i = 0; i < items.length; i++) {
      run.end("limited[0].sleep(" + items[i] + ")", 0, T0.plusSeconds(i + 1));
      run.pass(T0.plusSeconds(i + 1));
    }

    assertThat(run.status().phase()).isEqualTo(WorkflowPhase.SUCCEEDED);
    assertThat(run.status().progress()).isEqualTo("5/5");
  }

  @Test
  void startsNoMoreChildrenThanTheTemplatesParallelism() {
    var run = new EngineRun(fixture("parallelism-template"));

    var d = run.pass(T0);

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("tlimit[0].sleep(0:a)"), run.id("tlimit[0].sleep(1:b)"));
  }

  @Test
  void limitsEachNestedNodeByItsOwnTemplatesParallelism() {
    var run = new EngineRun(fixture("parallelism-nested"));

    var d = run.pass(T0);

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(
            run.id("nested[0].worker(0:1)[0].job(0:a)"),
            run.id("nested[0].worker(1:2)[0].job(0:a)"));
    run.end("nested[0].worker(0:1)[0].job(0:a)", 0, T0.plusSeconds(1));
    assertThat(started(run.pass(T0.plusSeconds(1))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("nested[0].worker(0:1)[0].job(1:b)"));
  }

  @Test
  void countsNestedDagsAsChildrenOfTheLimitedDag() {
    var run = new EngineRun(fixture("parallelism-nested-dag"));
    run.pass(T0);
    run.end("dagp.b1.c", 0, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("dagp.b2.c"), run.id("dagp.b3.c"));
    assertThat(run.has("dagp.b4")).isFalse();
    run.end("dagp.b3.c", 0, T0.plusSeconds(2));
    assertThat(started(run.pass(T0.plusSeconds(2))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("dagp.b4.c"));
  }

  @Test
  void looksAgainAtOnceWhenASlotFreedAfterTheLimitWasCounted() {
    var run = new EngineRun(fixture("parallelism-freed-late"));
    run.pass(T0);
    run.end("late.p", 0, T0.plusSeconds(1));
    run.end("late.x[0].job", 0, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id("late.n1"));
    assertThat(run.node("late.x").phase()).isEqualTo(NodePhase.SUCCEEDED);
    assertThat(d.wakeAt()).isEqualTo(Optional.of(T0.plusSeconds(1)));
    assertThat(started(run.pass(T0.plusSeconds(1))))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("late.n2"));
  }

  @Test
  void holdsRetriesToTheWorkflowsParallelism() {
    var run =
        new EngineRun(
            workflow(
                """
                metadata: {name: rp}
                spec:
                  entrypoint: main
                  parallelism: 1
                  templates:
                  - name: main
                    steps:
                    - - {name: s, template: flaky, withItems: [a, b]}
                  - name: flaky
                    retryStrategy: {limit: 1}
                    container: {image: alpine, command: [sh, -c, "exit 1"]}
                """));
    assertThat(started(run.pass(T0)))
        .extracting(StepSpec::nodeId)
        .containsExactly(run.id("rp[0].s(0:a)(0)"));
    run.end("rp[0].s(0:a)(0)", 1, T0.plusSeconds(1));

    var d = run.pass(T0.plusSeconds(1));

    assertThat(started(d)).extracting(StepSpec::nodeId).containsExactly(run.id("rp[0].s(0:a)(1)"));
    assertThat(run.has("rp[0].s(1:b)")).isFalse();
  }
}
