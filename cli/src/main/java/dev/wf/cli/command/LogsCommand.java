package dev.wf.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf logs}: the output of a workflow's steps, each line as {@code <step>: <line>}. */
@Command(name = "logs", description = "Print the logs of a workflow, or of one of its steps.")
final class LogsCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "NAME", description = "The workflow, or @latest.")
  String name;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "STEP",
      description = "Only this step (its name, display name or node id).")
  String step;

  @Option(
      names = {"-f", "--follow"},
      description = "Keep printing new lines until the workflow ends.")
  boolean follow;

  @Override
  protected int execute() {
    new RunFollower(client(), out(), style(), context().clock(), context().terminal())
        .logs(name, step, follow);
    return OK;
  }
}
