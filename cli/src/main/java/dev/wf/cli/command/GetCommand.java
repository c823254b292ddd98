package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.select.NodeFieldSelector;
import dev.wf.api.spec.Workflow;
import dev.wf.cli.client.WfClient;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;
import dev.wf.cli.print.TreePrinter;
import dev.wf.cli.print.WorkflowPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf get}: a workflow's status and its steps as a tree, in argo's layout. */
@Command(name = "get", description = "Show a workflow (@latest for the newest) and its steps.")
final class GetCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Workflow names, or @latest.")
  List<String> names;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "json, yaml, wide, short or name.")
  String output;

  @Option(
      names = "--node-field-selector",
      paramLabel = "SELECTOR",
      description = "Show only the steps it picks, e.g. phase=Failed or displayName=train.")
  String nodeFieldSelector;

  @Option(
      names = "--status",
      paramLabel = "PHASE",
      description = "Show only the steps in this phase (as --node-field-selector phase=PHASE).")
  String status;

  @Override
  protected int execute() {
    NodeFieldSelector shown = shown();
    OutputFormat format =
        output(
            output,
            OutputFormat.JSON,
            OutputFormat.YAML,
            OutputFormat.WIDE,
            OutputFormat.SHORT,
            OutputFormat.NAME);
    WfClient client = client();
    WorkflowPrinter printer = new WorkflowPrinter(style(), context().clock());
    for (String name : names) {
      Workflow workflow = client.get(name).workflow();
      switch (format) {
        case JSON, YAML -> out().print(ObjectPrinter.print(workflow, format));
        case NAME -> out().println(workflow.name());
        case WIDE -> out().print(printer.print(workflow, TreePrinter.Columns.WIDE, shown::matches));
        case SHORT ->
            out().print(printer.print(workflow, TreePrinter.Columns.SHORT, shown::matches));
        default ->
            out().print(printer.print(workflow, TreePrinter.Columns.DEFAULT, shown::matches));
      }
    }
    return OK;
  }

  /** The nodes to show; a selector that does not parse is a usage error. */
  private NodeFieldSelector shown() {
    if (status != null && nodeFieldSelector != null) {
      throw usage("--status and --node-field-selector cannot be used together");
    }
    try {
      return NodeFieldSelector.parse(status != null ? "phase=" + status : nodeFieldSelector);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }
}
