package dev.wf.runtime.local;

import static dev.wf.runtime.local.RuntimeFixture.awaitResult;
import static dev.wf.runtime.local.RuntimeFixture.runtime;
import static dev.wf.runtime.local.RuntimeFixture.state;
import static dev.wf.runtime.local.Steps.shell;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.wf.executor.StepResult;
import dev.wf.executor.StepResult.Phase;

class StepRecoveryTest {
  @TempDir Path root;

  /** A duration that marks this test's sleep processes. */
  private final String seconds =
      Integer.toString(ThreadLocalRandom.current().nextInt(900_000, 999_999));

  private final String sleep = "sleep " + seconds;

  private List<ProcessHandle> sleeps() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().command().orElse("").endsWith("/sleep"))
        .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).equals(List.of(seconds)))
        .toList();
  }

  @Test
  void killStopsTheWholeProcessTreeAndFailsWithTheMessage() {
    try (LocalRuntime runtime = runtime(root)) {
      runtime.start(shell("a", sleep + " & " + sleep + "; wait").spec());
      await().atMost(RuntimeFixture.TIMEOUT).until(() -> sleeps().size() == 2);

      runtime.kill(Steps.WORKFLOW, "a", "Stopped with strategy 'Terminate'");

      StepResult result = awaitResult(runtime, "a");
      assertThat(result.phase()).isEqualTo(Phase.FAILED);
      assertThat(result.message()).isEqualTo("Stopped with strategy 'Terminate'");
      await().atMost(RuntimeFixture.TIMEOUT).until(() -> sleeps().isEmpty());
    }
  }

  @Test
  void killRightAfterStartStopsTheStep() {
    try (LocalRuntime runtime = runtime(root)) {
      runtime.start(Steps.step("a", "sleep", seconds).spec());
      runtime.kill(Steps.WORKFLOW, "a", "stopped early");

      StepResult result = awaitResult(runtime, "a");
      assertThat(result.phase()).isEqualTo(Phase.FAILED);
      assertThat(result.message()).isEqualTo("stopped early");
      await().atMost(RuntimeFixture.TIMEOUT).until(() -> sleeps().isEmpty());
    }
  }

  @Test
  void forgetStopsTheWorkflowsRunningSteps() {
    try (LocalRuntime runtime = runtime(root)) {
      runtime.start(Steps.step("a", "sleep", seconds).spec());
      await().atMost(RuntimeFixture.TIMEOUT).until(() -> sleeps().size() == 1);

      runtime.forget(Steps.WORKFLOW);

      await().atMost(RuntimeFixture.TIMEOUT).until(() -> sleeps().isEmpty());
      assertThat(root.resolve(Steps.WORKFLOW)).doesNotExist();
    }
  }

  @Test
  void closeLeavesStepsRunning() {
    var gate = Gate.create();
    LocalRuntime first = runtime(root);
    first.start(shell("a", gate.waitFor("a")).spec());
    await().atMost(RuntimeFixture.TIMEOUT).until(() -> gate.reached("a"));

    first.close();

    try (LocalRuntime second = runtime(root)) {
      assertThat(state(second, "a").done()).isFalse();
      gate.open("a");
      assertThat(awaitResult(second, "a").phase()).isEqualTo(Phase.SUCCEEDED);
    }
  }

  @Test
  void adoptedStepIsCollectedWhenItEndsAndListenersHearOfIt() {
    var gate = Gate.create();
    try (LocalRuntime first = runtime(root)) {
      first.start(
          shell("a", gate.waitFor("a") + " && echo 7 >/tmp/n.txt && echo done")
              .output("n", "/tmp/n.txt", null)
              .spec());
      await().atMost(RuntimeFixture.TIMEOUT).until(() -> gate.reached("a"));
    }
    try (LocalRuntime second = runtime(root)) {
      var heard = new CopyOnWriteArrayList<String>();
      second.onStepChanged(heard::add);

      gate.open("a");

      StepResult result = awaitResult(second, "a");
      assertThat(result.result()).isEqualTo("done");
      assertThat(result.outputParameters()).containsExactly(Map.entry("n", "7"));
      await().atMost(RuntimeFixture.TIMEOUT).until(() -> heard.contains(Steps.WORKFLOW));
    }
  }

  @Test
  void stepThatEndedWhileNoServerRanIsCollectedAtStart() {
    var gate = Gate.create();
    try (LocalRuntime first = runtime(root)) {
      first.start(shell("a", gate.waitFor("a") + " && echo finished").spec());
      await().atMost(RuntimeFixture.TIMEOUT).until(() -> gate.reached("a"));
    }
    gate.open("a");
    Path exitCode = root.resolve(Steps.WORKFLOW).resolve("a").resolve("exitcode");
    await().atMost(RuntimeFixture.TIMEOUT).until(() -> Files.exists(exitCode));

    try (LocalRuntime second = runtime(root)) {
      assertThat(state(second, "a").result().result()).isEqualTo("finished");
    }
  }

  @Test
  void stepWhoseProcessIsGoneIsReportedAsError() {
    try (LocalRuntime first = runtime(root)) {
      first.start(Steps.step("a", "sleep", seconds).spec());
      await().atMost(RuntimeFixture.TIMEOUT).until(() -> sleeps().size() == 1);
    }
    killWrapperAndCommand(sleeps().get(0));

    try (LocalRuntime second = runtime(root)) {
      StepResult result = state(second, "a").result();
      assertThat(result.phase()).isEqualTo(Phase.ERROR);
      assertThat(result.message()).isEqualTo("step process disappeared while the server was down");
    }
  }

  /** Kills a step's command and every ancestor up to this JVM, as a crash of the machine would. */
  private static void killWrapperAndCommand(ProcessHandle command) {
    long jvm = ProcessHandle.current().pid();
    var chain = new java.util.ArrayList<ProcessHandle>();
    for (var p = java.util.Optional.of(command);
        p.isPresent() && p.get().pid() != jvm;
        p = p.get().parent()) {
      chain.add(p.get());
    }
    chain.reversed().forEach(ProcessHandle::destroyForcibly);
    chain.forEach(p -> p.onExit().join());
  }
}
