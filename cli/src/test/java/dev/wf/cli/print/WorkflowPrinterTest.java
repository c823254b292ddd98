package dev.wf.cli.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.wf.cli.Fixtures;

class WorkflowPrinterTest {
  private final WorkflowPrinter utf8 = new WorkflowPrinter(new Style(false, true), Fixtures.CLOCK);

  @Test
  void printsHeaderBlockThenStepsWithParallelGroupAsFork() {
    String view = utf8.print(Fixtures.workflow("steps-parallel"), TreePrinter.Columns.DEFAULT);

    assertThat(view)
        .isEqualTo(
            """
            Name:                steps-abc
            Namespace:           default
            Status:              Succeeded
            Created:             Fri Jan 02 10:00:00 +0000 (5 minutes ago)
            Started:             Fri Jan 02 10:00:00 +0000 (5 minutes ago)
            Finished:            Fri Jan 02 10:01:05 +0000 (3 minutes ago)
            Duration:            1 minute 5 seconds
            Progress:            3/3
            Parameters:
              message:           hi there

            STEP            TEMPLATE           PODNAME      DURATION  MESSAGE
             ✔ steps-abc    hello-hello-hello
             ├───✔ hello1   print-message      steps-abc-1  10s
             └─┬─✔ hello2a  print-message      steps-abc-2  55s
               └─✔ hello2b  print-message      steps-abc-3  30s
            """);
  }

  @Test
  void drawsDagTasksUnderTheDagAndRetriedTaskInPlaceOfItsRetryNode() {
    String view = utf8.print(Fixtures.workflow("dag-running"), TreePrinter.Columns.DEFAULT);

    assertThat(view)
        .endsWith(
            """
            STEP        TEMPLATE  PODNAME     DURATION  MESSAGE
             ● dag-xyz  diamond
             ├─✔ A      echo      dag-xyz-a   5s
             ├─✔ B(0)   echo      dag-xyz-b0  15s
             └─● C      echo      dag-xyz-c   4m 55s
            """);
  }

  @Test
  void measuresRunningWorkflowUntilNowAndPrintsNoFinishedLine() {
    String view = utf8.print(Fixtures.workflow("dag-running"), TreePrinter.Columns.DEFAULT);

    assertThat(view)
        .contains("Status:              Running\n")
        .contains("Duration:            5 minutes 0 seconds\n")
        .doesNotContain("Finished:");
  }

  @Test
  void leavesOutTheProgressLineOfAWorkflowThatHasNoneYet() {
    var running = Fixtures.workflow("dag-running");
    var pending = running.withStatus(running.status().withProgress(null));

    assertThat(utf8.print(pending, TreePrinter.Columns.DEFAULT)).doesNotContain("Progress:");
    assertThat(utf8.print(running, TreePrinter.Columns.DEFAULT)).contains("Progress:");
  }

  @Test
  void showsFailureMessagesAndExitHandlerTreeAfterBlankLine() {
    String view = utf8.print(Fixtures.workflow("steps-failed"), TreePrinter.Columns.DEFAULT);

    assertThat(view)
        .contains("Message:             child 'fail-abc-1' failed\n")
        .endsWith(
            """
            STEP                TEMPLATE      PODNAME     DURATION  MESSAGE
             ✖ fail-abc         main                                child 'fail-abc-1' failed
             └─┬─✖ fail         exit-one      fail-abc-1  3s        Error (exit code 1)
               └─✔ ok           say           fail-abc-2  4s

             ✔ fail-abc.onExit  exit-handler
             └───✔ notify       say           fail-abc-n  1s
            """);
  }

  @Test
  void noUtf8PrintsPhaseWordsAndAsciiBranches() {
    WorkflowPrinter ascii = new WorkflowPrinter(Style.PLAIN, Fixtures.CLOCK);

    String view = ascii.print(Fixtures.workflow("steps-parallel"), TreePrinter.Columns.DEFAULT);

    assertThat(view)
        .endsWith(
            """
             Succeeded steps-abc    hello-hello-hello
             |---Succeeded hello1   print-message      steps-abc-1  10s
             `-+-Succeeded hello2a  print-message      steps-abc-2  55s
               `-Succeeded hello2b  print-message      steps-abc-3  30s
            """);
  }

  @Test
  void shortOutputIsTheTreeWithNodeNameColumnAlone() {
    String view = utf8.print(Fixtures.workflow("dag-running"), TreePrinter.Columns.SHORT);

    assertThat(view)
        .startsWith("STEP        TEMPLATE  PODNAME     DURATION  MESSAGE  NODENAME\n")
        .doesNotContain("Name:");
  }

  @Test
  void colorsSymbolsWithoutShiftingColumns() {
    WorkflowPrinter colored = new WorkflowPrinter(new Style(true, true), Fixtures.CLOCK);

    String view = colored.print(Fixtures.workflow("dag-running"), TreePrinter.Columns.DEFAULT);

    assertThat(view)
        .contains(" ├─\033[32m✔\033[0m A      echo      dag-xyz-a   5s\n")
        .contains(" └─\033[36m●\033[0m C      echo      dag-xyz-c   4m 55s\n");
  }
}
