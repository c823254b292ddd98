package dev.wf.cli.command;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;

import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowPhase;
import dev.wf.api.spec.WorkflowStatus;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.client.WorkflowWatcher;
import dev.wf.cli.print.LiveView;
import dev.wf.cli.print.Style;
import dev.wf.cli.print.TreePrinter;
import dev.wf.cli.print.WorkflowPrinter;
import dev.wf.server.WorkflowService.LogLine;

/**
 * Follows a workflow for {@code submit --watch/--wait/--log}, {@code watch} and {@code logs}: a
 * live {@code wf get} view, a silent wait, or its log lines ({@code <step>: <line>}).
 */
final class RunFollower {
  /** On a terminal the view ticks each second, so running steps' durations move. */
  private static final Duration TICK = Duration.ofSeconds(1);

  private static final Duration LONG_POLL = Duration.ofSeconds(30);

  private final WfClient client;
  private final PrintWriter out;
  private final Style style;
  private final Clock clock;
  private final boolean terminal;

  RunFollower(WfClient client, PrintWriter out, Style style, Clock clock, boolean terminal) {
    this.client = client;
    this.out = out;
    this.style = style;
    this.clock = clock;
    this.terminal = terminal;
  }

  /** Redraws the {@code wf get} view until the workflow completes; returns it as it ended. */
  Workflow watch(String name) {
    WorkflowPrinter printer = new WorkflowPrinter(style, clock);
    LiveView view = new LiveView(out, terminal);
    Workflow last =
        new WorkflowWatcher(client, terminal ? TICK : LONG_POLL)
            .untilCompleted(name, workflow -> view.frame(view(printer, workflow)));
    view.last(view(printer, last));
    return last;
  }

  /** Waits until the workflow completes; returns it as it ended. */
  Workflow await(String name) {
    return new WorkflowWatcher(client, LONG_POLL).untilCompleted(name, workflow -> {});
  }

  /** Prints the log lines of the workflow (or of one step); with {@code follow}, to its end. */
  void logs(String name, String step, boolean follow) {
    client.logs(name, step, follow, this::print);
  }

  Workflow current(String name) {
    return client.get(name).workflow();
  }

  /** 0 when the workflow succeeded, 1 otherwise. */
  static int exitCode(Workflow workflow) {
    return phase(workflow) == WorkflowPhase.SUCCEEDED ? CliCommand.OK : CliCommand.FAILED;
  }

  /** {@code NAME Phase at TIME[: message]}, as argo's {@code --wait} reports the end. */
  static String ending(Workflow workflow) {
    WorkflowStatus status = workflow.status() == null ? WorkflowStatus.EMPTY : workflow.status();
    StringBuilder line = new StringBuilder(workflow.name()).append(' ');
    line.append(status.phase() == null ? "Unknown" : status.phase().label());
    if (status.finishedAt() != null) {
      line.append(" at ").append(status.finishedAt());
    }
    String message = status.message();
    if (message != null && !message.isEmpty()) {
      line.append(": ").append(message);
    }
    return line.toString();
  }

  private static WorkflowPhase phase(Workflow workflow) {
    return workflow.status() == null ? null : workflow.status().phase();
  }

  private String view(WorkflowPrinter printer, Workflow workflow) {
    return printer.print(workflow, TreePrinter.Columns.DEFAULT);
  }

  private void print(LogLine line) {
    String step = line.step() == null ? line.nodeId() : line.step();
    out.println(style.paintByName(step) + ": " + line.content());
  }
}
