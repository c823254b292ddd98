package dev.wf.cli.command;

import java.util.List;

import dev.wf.cli.client.CronClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code wf cron resume}: sets {@code spec.suspend: false} on cron workflows by name. */
@Command(name = "resume", description = "Resume CronWorkflows by NAME.")
final class CronResumeCommand extends CronVerb {
  @Parameters(arity = "1..*", paramLabel = "NAME")
  List<String> names;

  @Override
  protected int execute() {
    CronClient crons = crons();
    for (String name : names) {
      crons.suspend(name, false);
      out().println("CronWorkflow '" + name + "' resumed");
    }
    return OK;
  }
}
