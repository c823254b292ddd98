package dev.wf.cli.command;

import java.util.List;

import dev.wf.api.parse.SpecError;
import dev.wf.cli.client.CronClient;
import dev.wf.cli.print.OutputFormat;
import dev.wf.server.CronService.CronOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf cron create}: stores the CronWorkflows in files; the server schedules them. */
@Command(name = "create", description = "Store the CronWorkflows in FILEs (or -).")
final class CronCreateCommand extends CronVerb {
  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<String> files;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FORMAT",
      description = "name, json or yaml.")
  String output;

  @Override
  protected int execute() throws Exception {
    OutputFormat format = output(output, OutputFormat.NAME, OutputFormat.JSON, OutputFormat.YAML);
    CronClient crons = crons();
    int exitCode = OK;
    for (String file : files) {
      CronOutcome outcome = crons.create(sourceName(file), readSource(file));
      outcome.errors().stream().map(SpecError::render).forEach(err()::println);
      if (!outcome.errors().isEmpty()) exitCode = FAILED;
      print(outcome.crons(), format);
    }
    return exitCode;
  }
}
