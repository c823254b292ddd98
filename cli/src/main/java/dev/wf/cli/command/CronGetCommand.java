package dev.wf.cli.command;

import java.util.List;

import dev.wf.cli.client.CronClient;
import dev.wf.cli.print.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf cron get}: cron workflows by name, with what the scheduler did. */
@Command(name = "get", description = "Show CronWorkflows by NAME.")
final class CronGetCommand extends CronVerb {
  @Parameters(arity = "1..*", paramLabel = "NAME")
  List<String> names;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Override
  protected int execute() {
    OutputFormat format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    CronClient crons = crons();
    for (String name : names) print(List.of(crons.get(name)), format);
    return OK;
  }
}
