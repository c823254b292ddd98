package dev.wf.cli.command;

import dev.wf.cli.client.WfClient;
import picocli.CommandLine.Command;

/** {@code wf terminate}: running steps are killed at once; no exit handler runs. */
@Command(
    name = "terminate",
    description = "Terminate workflows: kill running steps at once, without exit handlers.")
final class TerminateCommand extends ControlCommand {
  @Override
  protected int control(WfClient client, String name) {
    return confirm(client.terminate(name), "terminated");
  }
}
