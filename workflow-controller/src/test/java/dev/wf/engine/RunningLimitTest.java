package dev.wf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wf.api.spec.ObjectMeta;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowSpec;
import dev.wf.api.spec.WorkflowStatus;

class RunningLimitTest {
  private final List<String> woken = new ArrayList<>();

  @Test
  void startsWorkflowsWhileSlotsAreFree() {
    var share = new RunningLimit(2).share("team");

    assertThat(share.postpone(notStarted("a"), wake("a"))).isNull();
    assertThat(share.postpone(notStarted("b"), wake("b"))).isNull();
  }

  @Test
  void postponesAWorkflowWhenEverySlotIsTakenWithArgosMessage() {
    var share = new RunningLimit(1).share("team");
    share.postpone(notStarted("a"), wake("a"));

    WorkflowStatus waiting = share.postpone(notStarted("b"), wake("b"));

    assertThat(waiting.phase()).isEqualTo(WorkflowPhase.PENDING);
    assertThat(waiting.message()).isEqualTo(RunningLimit.POSTPONED);
  }

  @Test
  void aWorkflowThatHoldsASlotGoesOnAtEveryPass() {
    var share = new RunningLimit(1).share("team");
    share.postpone(notStarted("a"), wake("a"));

    assertThat(share.postpone(notStarted("a"), wake("a"))).isNull();
    assertThat(share.postpone(running("a"), wake("a"))).isNull();
  }

  @Test
  void aFinishedWorkflowFreesItsSlotAndWakesTheWaitingOnes() {
    var share = new RunningLimit(1).share("team");
    share.postpone(notStarted("a"), wake("a"));
    share.postpone(notStarted("b"), wake("b"));
    share.postpone(notStarted("c"), wake("c"));

    share.finished("a");

    assertThat(woken).containsExactly("b", "c");
    assertThat(share.postpone(notStarted("c"), wake("c"))).isNull();
    assertThat(share.postpone(notStarted("b"), wake("b"))).isNotNull();
  }

  @Test
  void namespacesShareTheLimit() {
    var limit = new RunningLimit(1);
    limit.share("team-a").postpone(notStarted("a"), wake("a"));

    assertThat(limit.share("team-b").postpone(notStarted("a"), wake("a"))).isNotNull();
  }

  @Test
  void workflowsFoundRunningAtStartHoldTheirSlots() {
    var share = new RunningLimit(1).share("team");

    share.resume(List.of(running("a"), notStarted("b")));

    assertThat(share.postpone(notStarted("b"), wake("b"))).isNotNull();
  }

  @Test
  void aWorkflowThatRunsKeepsRunningOverTheLimit() {
    var share = new RunningLimit(1).share("team");
    share.postpone(notStarted("a"), wake("a"));

    assertThat(share.postpone(running("b"), wake("b"))).isNull();
  }

  @Test
  void noLimitPostponesNothing() {
    var share = RunningLimit.none();
    for (int i = 0; i < 100; i++)
      assertThat(share.postpone(notStarted("w" + i), () -> {})).isNull();
  }

  private Runnable wake(String name) {
    return () -> woken.add(name);
  }

  private static Workflow notStarted(String name) {
    return new Workflow(null, Workflow.KIND, ObjectMeta.named(name), WorkflowSpec.EMPTY, null);
  }

  private static Workflow running(String name) {
    return notStarted(name)
        .withStatus(WorkflowStatus.EMPTY.withPhase(WorkflowPhase.RUNNING, null, null, null));
  }
}
