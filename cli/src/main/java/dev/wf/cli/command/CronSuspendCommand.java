package dev.wf.cli.command;

import java.util.List;

import dev.wf.cli.client.CronClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wf cron suspend}: sets {@code spec.suspend: true} on cron workflows by name. */
@Command(name = "suspend", description = "Suspend CronWorkflows by NAME.")
final class CronSuspendCommand extends CronVerb {
  @Parameters(arity = "1..*", paramLabel = "NAME")
  List<String> names;

  @Override
  protected int execute() {
    CronClient crons = crons();
    for (String name : names) {
      crons.suspend(name, true);
      out().println("CronWorkflow '" + name + "' suspended");
    }
    return OK;
  }
}
