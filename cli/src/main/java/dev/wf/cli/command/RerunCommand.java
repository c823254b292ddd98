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
 * runs (its name, or {@code -o json|yaml}), and {@code --wait}, {@code --watch} or {@code --log}
 * until it ends, as {@code submit} has them.
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

  @Option(names = "--watch", description = "Show the workflow live until it ends.")
  boolean watch;

  @Option(names = "--log", description = "Print the workflow's logs until it ends.")
  boolean log;

  private OutputFormat format;

  @Override
  protected void check() {
    format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    if ((await || watch || log) && names.size() > 1)
      throw usage("--wait, --watch and --log take one workflow NAME");
    if (watch && log) throw usage("--watch and --log cannot be used together");
  }

  /** Prints the workflow that runs now and, with {@code --wait}, how it ended. */
  final int report(WfClient client, Workflow workflow) {
    if (!watch) {
      if (format.structured()) {
        out().print(ObjectPrinter.print(workflow, format));
      } else {
        out().println(workflow.name());
      }
    }
    if (!await && !watch && !log) return OK;
    var follower = new RunFollower(client, out(), style(), context().clock(), context().terminal());
    if (log) follower.logs(workflow.name(), null, true);
    Workflow ended = watch ? follower.watch(workflow.name()) : follower.await(workflow.name());
    int exitCode = RunFollower.exitCode(ended);
    if (exitCode != OK) err().println("wf: " + RunFollower.ending(ended));
    return exitCode;
  }
}
