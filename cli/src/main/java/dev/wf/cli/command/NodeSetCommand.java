package dev.wf.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.wf.cli.client.WfClient;
import dev.wf.server.WorkflowService.NodeSetRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code wf node set}: the outputs ({@code valueFrom.supplied}), message or phase of the waiting
 * suspend steps a node field selector picks, as Argo's {@code node set}.
 */
@Command(
    name = "set",
    description = "Set outputs, message or phase of waiting suspend steps of workflows.")
final class NodeSetCommand extends ControlCommand {
  @Option(
      names = "--node-field-selector",
      required = true,
      paramLabel = "SELECTOR",
      description = "The suspend steps to set, e.g. displayName=approve.")
  String nodeFieldSelector;

  @Option(
      names = {"-p", "--output-parameter"},
      paramLabel = "NAME=VALUE",
      description = "Supply an output parameter (valueFrom.supplied) of the steps (repeatable).")
  Map<String, String> outputParameters = new LinkedHashMap<>();

  @Option(
      names = {"-m", "--message"},
      description = "Set the message of the steps.")
  String message;

  @Option(names = "--phase", description = "Set the phase of the steps, e.g. Succeeded.")
  String phase;

  private String selector;

  @Override
  protected void check() {
    selector = selector(nodeFieldSelector);
    if (selector == null) throw usage("--node-field-selector must name the suspend steps to set");
    if (outputParameters.isEmpty() && message == null && phase == null) {
      throw usage("Give what to set: --output-parameter, --message or --phase");
    }
  }

  @Override
  protected int control(WfClient client, String name) {
    var request = new NodeSetRequest(selector, outputParameters, message, phase);
    return confirm(client.setNode(name, request), "updated");
  }
}
