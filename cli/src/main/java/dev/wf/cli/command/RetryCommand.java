package dev.wf.cli.command;

import dev.wf.cli.client.WfClient;
import dev.wf.server.WorkflowService.RetryRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wf retry}: a workflow that failed runs again in place; its failed steps run anew, the
 * steps that succeeded keep their results.
 */
@Command(
    name = "retry",
    description = "Run failed workflows again from where they failed (succeeded steps are kept).")
final class RetryCommand extends RerunCommand {
  @Option(
      names = "--restart-successful",
      description = "Also run the succeeded steps that --node-field-selector picks again.")
  boolean restartSuccessful;

  @Option(
      names = "--node-field-selector",
      paramLabel = "SELECTOR",
      description = "With --restart-successful: the steps to run again, e.g. displayName=train.")
  String nodeFieldSelector;

  private String selector;

  @Override
  protected void check() {
    super.check();
    selector = selector(nodeFieldSelector);
    if (restartSuccessful != (selector != null)) {
      throw usage("--restart-successful and --node-field-selector go together");
    }
  }

  @Override
  protected int control(WfClient client, String name) {
    return report(
        client, client.retry(name, new RetryRequest(parameters, restartSuccessful, selector)));
  }
}
