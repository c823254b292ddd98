package dev.wf.cli.command;

import dev.wf.cli.client.WfClient;
import picocli.CommandLine.Command;

/** {@code wf suspend}: nothing new starts in the workflow until it is resumed. */
@Command(
    name = "suspend",
    description = "Suspend workflows: running steps finish, nothing new starts until resumed.")
final class SuspendCommand extends ControlCommand {
  @Override
  protected int control(WfClient client, String name) {
    return confirm(client.suspend(name), "suspended");
  }
}
