package dev.wf.cli.command;

import dev.wf.cli.client.WfClient;
import dev.wf.server.WorkflowService.StopRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wf stop}: running steps are killed, nothing new starts, the exit handler still runs. */
@Command(
    name = "stop",
    description =
        "Stop workflows: kill running steps and start nothing new, but run exit handlers.")
final class StopCommand extends ControlCommand {
  @Option(
      names = "--node-field-selector",
      paramLabel = "SELECTOR",
      description = "Fail only the waiting suspend steps it picks, e.g. displayName=approve.")
  String nodeFieldSelector;

  @Option(
      names = "--message",
      description = "The message of the suspend steps that --node-field-selector fails.")
  String message;

  private String selector;

  @Override
  protected void check() {
    selector = selector(nodeFieldSelector);
    if (message != null && selector == null) {
      throw usage(
          "--message needs --node-field-selector (it is set on the suspend steps it picks)");
    }
  }

  @Override
  protected int control(WfClient client, String name) {
    return confirm(client.stop(name, new StopRequest(selector, message)), "stopped");
  }
}
