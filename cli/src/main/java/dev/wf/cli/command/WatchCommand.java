package dev.wf.cli.command;

import dev.wf.api.spec.Workflow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wf watch}: the {@code wf get} view, redrawn until the workflow ends. */
@Command(name = "watch", description = "Show a workflow live until it ends.")
final class WatchCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "The workflow, or @latest.")
  String name;

  @Override
  protected int execute() {
    RunFollower follower =
        new RunFollower(client(), out(), style(), context().clock(), context().terminal());
    Workflow ended = follower.watch(name);
    return RunFollower.exitCode(ended);
  }
}
