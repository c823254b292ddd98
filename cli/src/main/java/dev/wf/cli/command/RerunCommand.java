package dev.wf.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.wf.api.spec.Workflow;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;
import picocli.CommandLine.Option;

/**
 * What {@code retry} and {@code resubmit} share: parameter overrides, printing the workflow that
 * runs (its name, or {@code -o json|yaml}), and {@code --wait} for it to end as {@code submit
 * --wait} does.
 */
abstract class RerunCommand extends ControlCommand {
  @Option(
      names = {"-p", "--parameter"},
      paramLabel = "NAME=VALUE",
      description = "Override a workflow parameter (repeatable).")
  Map<String, String> parameters = new LinkedHashMap<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Option(
      names = {"-w", "--wait"},
      description = "Wait until the workflow ends; exit 1 unless it succeeded.")
  boolean await;

  private OutputFormat format;

  @Override
  protected void check() {
    format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    if (await && names.size() > 1) throw usage("--wait takes one workflow NAME");
  }

  /** Prints the workflow that runs now and, with {@code --wait}, how it ended. */
  final int report(WfClient client, Workflow workflow) {
    if (format.structured()) {
      out().print(ObjectPrinter.print(workflow, format));
    } else {
      out().println(workflow.name());
    }
    if (!await) return OK;
    var follower = new RunFollower(client, out(), style(), context().clock(), context().terminal());
    Workflow ended = follower.await(workflow.name());
    int exitCode = RunFollower.exitCode(ended);
    if (exitCode != OK) err().println("wf: " + RunFollower.ending(ended));
    return exitCode;
  }
}
