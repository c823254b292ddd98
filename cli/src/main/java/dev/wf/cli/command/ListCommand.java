package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.spec.Workflow;
import dev.wf.cli.client.WorkflowWatcher;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;
import dev.wf.cli.print.WorkflowListPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wf list}: every workflow, newest first, as a table. */
@Command(name = "list", description = "List workflows, newest first.")
final class ListCommand extends CliCommand {
  @Option(names = "--running", description = "Only workflows that have not completed.")
  boolean running;

  @Option(names = "--completed", description = "Only workflows that have completed.")
  boolean completed;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json, yaml or wide.")
  String output;

  @Override
  protected int execute() {
    OutputFormat format =
        output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML, OutputFormat.WIDE);
    if (running && completed) {
      throw usage("--running and --completed cannot be used together");
    }
    List<Workflow> workflows =
        client().list().stream()
            .filter(w -> !running || !WorkflowWatcher.completed(w))
            .filter(w -> !completed || WorkflowWatcher.completed(w))
            .toList();
    switch (format) {
      case JSON, YAML -> out().print(ObjectPrinter.print(workflows, format));
      case NAME -> workflows.forEach(w -> out().println(w.name()));
      default ->
          out()
              .print(
                  new WorkflowListPrinter(context().clock())
                      .print(workflows, format == OutputFormat.WIDE));
    }
    return OK;
  }
}
