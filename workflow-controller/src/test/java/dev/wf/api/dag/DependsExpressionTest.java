package dev.wf.api.dag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.wf.api.dag.DependsExpression.TaskOutcome;
import dev.wf.api.spec.ContinueOn;
import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.DagTemplate;
import dev.wf.api.spec.NodePhase;

class DependsExpressionTest {
  private static TaskOutcome ended(NodePhase phase) {
    return new TaskOutcome(phase, false, List.of());
  }

  private static boolean holds(String depends, Map<String, TaskOutcome> outcomes) {
    return DependsExpression.parse(depends).evaluate(outcomes);
  }

  @ParameterizedTest
  @CsvSource({
    "SUCCEEDED, true",
    "SKIPPED, true",
    "FAILED, false",
    "ERROR, false",
    "OMITTED, false",
  })
  void bareNameHoldsWhenTaskSucceededOrWasSkipped(NodePhase phase, boolean expected) {
    assertThat(holds("A", Map.of("A", ended(phase)))).isEqualTo(expected);
  }

  @Test
  void bareNameHoldsForARunningDaemon() {
    assertThat(holds("A", Map.of("A", new TaskOutcome(NodePhase.RUNNING, true, List.of()))))
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    "A.Succeeded, SUCCEEDED, true",
    "A.Succeeded, SKIPPED, false",
    "A.Failed, FAILED, true",
    "A.Failed, ERROR, false",
    "A.Errored, ERROR, true",
    "A.Errored, FAILED, false",
    "A.Skipped, SKIPPED, true",
    "A.Skipped, SUCCEEDED, false",
    "A.Omitted, OMITTED, true",
    "A.Omitted, SKIPPED, false",
  })
  void resultHoldsOnlyForItsPhase(String depends, NodePhase phase, boolean expected) {
    assertThat(holds(depends, Map.of("A", ended(phase)))).isEqualTo(expected);
  }

  @Test
  void daemonedNeedsADaemonThatIsNoLongerPending() {
    var pending = new TaskOutcome(NodePhase.PENDING, true, List.of());
    var running = new TaskOutcome(NodePhase.RUNNING, true, List.of());
    var plain = new TaskOutcome(NodePhase.SUCCEEDED, false, List.of());

    assertThat(holds("A.Daemoned", Map.of("A", pending))).isFalse();
    assertThat(holds("A.Daemoned", Map.of("A", running))).isTrue();
    assertThat(holds("A.Daemoned", Map.of("A", plain))).isFalse();
  }

  @Test
  void anySucceededLooksAtChildren() {
    var mixed =
        new TaskOutcome(NodePhase.FAILED, false, List.of(NodePhase.FAILED, NodePhase.SUCCEEDED));
    var allFailed =
        new TaskOutcome(NodePhase.FAILED, false, List.of(NodePhase.FAILED, NodePhase.FAILED));

    assertThat(holds("A.AnySucceeded", Map.of("A", mixed))).isTrue();
    assertThat(holds("A.AnySucceeded", Map.of("A", allFailed))).isFalse();
  }

  @Test
  void allFailedNeedsAtLeastOneChildAndEveryChildFailed() {
    var allFailed =
        new TaskOutcome(NodePhase.FAILED, false, List.of(NodePhase.FAILED, NodePhase.FAILED));
    var oneErrored =
        new TaskOutcome(NodePhase.FAILED, false, List.of(NodePhase.FAILED, NodePhase.ERROR));
    var noChildren = ended(NodePhase.FAILED);

    assertThat(holds("A.AllFailed", Map.of("A", allFailed))).isTrue();
    assertThat(holds("A.AllFailed", Map.of("A", oneErrored))).isFalse();
    assertThat(holds("A.AllFailed", Map.of("A", noChildren))).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "SUCCEEDED, SUCCEEDED, true",
    "SUCCEEDED, FAILED, false",
    "FAILED, SUCCEEDED, false",
  })
  void andNeedsBoth(NodePhase a, NodePhase b, boolean expected) {
    assertThat(holds("A && B", Map.of("A", ended(a), "B", ended(b)))).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "FAILED, SUCCEEDED, true",
    "SUCCEEDED, FAILED, true",
    "FAILED, FAILED, false",
  })
  void orNeedsEither(NodePhase a, NodePhase b, boolean expected) {
    assertThat(holds("A || B", Map.of("A", ended(a), "B", ended(b)))).isEqualTo(expected);
  }

  @Test
  void notNegates() {
    assertThat(holds("!A.Failed", Map.of("A", ended(NodePhase.SUCCEEDED)))).isTrue();
    assertThat(holds("!A.Failed", Map.of("A", ended(NodePhase.FAILED)))).isFalse();
  }

  @Test
  void andBindsTighterThanOr() {
    var outcomes =
        Map.of(
            "A", ended(NodePhase.SUCCEEDED),
            "B", ended(NodePhase.FAILED),
            "C", ended(NodePhase.FAILED));

    assertThat(holds("A || B && C", outcomes)).isTrue();
    assertThat(holds("(A || B) && C", outcomes)).isFalse();
  }

  @Test
  void taskNamesMayHoldDashesAndDigits() {
    var expression = DependsExpression.parse("step-1.Succeeded&&(task-2||!task-3.Failed)");

    assertThat(expression.tasks()).containsExactly("step-1", "task-2", "task-3");
  }

  @Test
  void tasksAreListedOnceInOrderOfFirstAppearance() {
    var expression = DependsExpression.parse("B.Failed || (A && B.Succeeded)");

    assertThat(expression.tasks()).containsExactly("B", "A");
  }

  @Test
  void referencesCarryResultAndOffset() {
    var references = DependsExpression.parse("A && B.Failed").references();

    assertThat(references)
        .containsExactly(
            new TaskReference("A", Optional.empty(), 0),
            new TaskReference("B", Optional.of(TaskResult.FAILED), 5));
  }

  @Test
  void emptyExpressionAlwaysHolds() {
    assertThat(DependsExpression.parse("  ").evaluate(Map.of())).isTrue();
  }

  @Test
  void allOfIsBareNamesJoinedWithAnd() {
    var expression = DependsExpression.allOf(List.of("A", "B"));

    assertThat(expression.tasks()).containsExactly("A", "B");
    assertThat(
            expression.evaluate(
                Map.of("A", ended(NodePhase.SUCCEEDED), "B", ended(NodePhase.SKIPPED))))
        .isTrue();
    assertThat(
            expression.evaluate(
                Map.of("A", ended(NodePhase.SUCCEEDED), "B", ended(NodePhase.FAILED))))
        .isFalse();
  }

  @Test
  void bareNameAcceptsFailureOfATaskThatContinuesOnFailure() {
    var flaky = task("flaky", null, new ContinueOn(true, null));
    var next = task("next", "flaky", null);
    var dag = new DagTemplate(List.of(flaky, next), null, null);

    var expression = DependsExpression.of(next, dag);

    assertThat(expression.evaluate(Map.of("flaky", ended(NodePhase.FAILED)))).isTrue();
    assertThat(expression.evaluate(Map.of("flaky", ended(NodePhase.ERROR)))).isFalse();
  }

  @Test
  void ofReadsDependenciesWhenDependsIsNotSet() {
    var first = task("first", null, null);
    var second =
        new DagTask(
            "second",
            "t",
            null,
            null,
            null,
            List.of("first"),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    var expression =
        DependsExpression.of(second, new DagTemplate(List.of(first, second), null, null));

    assertThat(expression.tasks()).containsExactly("first");
  }

  @Test
  void evaluatingWithoutAReferencedOutcomeIsRejected() {
    var expression = DependsExpression.parse("A || B");

    assertThatThrownBy(() -> expression.evaluate(Map.of("A", ended(NodePhase.SUCCEEDED))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"B\"");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "A && || B # 5 # expected a task name, found \"||\"",
        "A & B # 2 # expected \"&&\", \"||\" or \")\", found \"&\"",
        "(A || B # 7 # expected \")\" to close \"(\" at offset 0, found end of expression",
        "A.Sucess # 2 # found \"Sucess\"",
        "A. # 2 # found nothing",
        "A.Succeeded.Failed # 11 # found \".\"",
        "A && # 4 # found end of expression",
        "A B # 2 # found \"B\"",
      })
  void syntaxErrorsNameTheOffendingOffset(String depends, int offset, String message) {
    assertThatThrownBy(() -> DependsExpression.parse(depends))
        .isInstanceOfSatisfying(
            DependsSyntaxException.class, e -> assertThat(e.offset()).isEqualTo(offset))
        .hasMessageContaining(message);
  }

  private static DagTask task(String name, String depends, ContinueOn continueOn) {
    return new DagTask(
        name, "t", null, null, null, null, depends, null, null, null, null, continueOn, null, null);
  }
}
