package dev.wf.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wf node}: actions on one node of a workflow; {@code set} is the one there is. */
@Command(
    name = "node",
    description = "Act on nodes of a workflow.",
    subcommands = {NodeSetCommand.class})
final class NodeCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing action (set)");
  }
}
