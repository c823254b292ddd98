package dev.wf.cli.command;

import dev.wf.cli.client.WfClient;
import dev.wf.server.WorkflowService.ResubmitRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wf resubmit}: a new workflow with the spec of an old one; {@code --memoized} reuses the
 * steps that succeeded in a failed one.
 */
@Command(
    name = "resubmit",
    description = "Submit workflows again as new workflows (--memoized reuses succeeded steps).")
final class ResubmitCommand extends RerunCommand {
  @Option(
      names = "--memoized",
      description =
          "Reuse the steps that succeeded, and their outputs (the workflow must have failed).")
  boolean memoized;

  @Override
  protected int control(WfClient client, String name) {
    return report(client, client.resubmit(name, new ResubmitRequest(parameters, memoized)));
  }
}
