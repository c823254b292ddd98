package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wf cron list}: the cron workflows as a table. */
@Command(name = "list", description = "List the CronWorkflows.")
final class CronListCommand extends CronVerb {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Override
  protected int execute() {
    OutputFormat format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    List<CronWorkflow> crons = crons().list();
    switch (format) {
      case JSON, YAML -> out().print(ObjectPrinter.print(crons, format));
      case NAME -> crons.forEach(c -> out().println(c.name()));
      default -> out().print(printer().table(crons));
    }
    return OK;
  }
}
