package dev.wf.cli.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.wf.cli.Fixtures;

class WorkflowListPrinterTest {
  private final WorkflowListPrinter printer = new WorkflowListPrinter(Fixtures.CLOCK);

  @Test
  void alignsNameStatusAgeDurationAndMessage() {
    String table =
        printer.print(
            List.of(
                Fixtures.workflow("dag-running"),
                Fixtures.workflow("steps-failed"),
                Fixtures.workflow("steps-parallel")),
            false);

    assertThat(table)
        .isEqualTo(
            """
            NAME        STATUS      AGE   DURATION   MESSAGE
            dag-xyz     Running     5m    5m
            fail-abc    Failed      5m    5s         child 'fail-abc-1' failed
            steps-abc   Succeeded   5m    1m 5s
            """);
  }

  @Test
  void wideAddsStepCountsAndParameters() {
    String table = printer.print(List.of(Fixtures.workflow("steps-parallel")), true);

    assertThat(table)
        .isEqualTo(
            """
            NAME        STATUS      AGE   DURATION   P/R/C   PARAMETERS         MESSAGE
            steps-abc   Succeeded   5m    1m 5s      0/0/3   message=hi there
            """);
  }

  @Test
  void printsOnlyTheHeaderWhenThereAreNoWorkflows() {
    assertThat(printer.print(List.of(), false))
        .isEqualTo("NAME   STATUS   AGE   DURATION   MESSAGE\n");
  }
}
