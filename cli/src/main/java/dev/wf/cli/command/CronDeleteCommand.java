package dev.wf.cli.command;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.cli.client.CronClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code wf cron delete}: removes cron workflows by name, or all of them. */
@Command(name = "delete", description = "Delete CronWorkflows by NAME, or --all.")
final class CronDeleteCommand extends CronVerb {
  @Parameters(arity = "0..*", paramLabel = "NAME")
  List<String> names = new ArrayList<>();

  @Option(names = "--all", description = "Delete every CronWorkflow.")
  boolean all;

  @Override
  protected int execute() {
    if (names.isEmpty() != all) throw usage("Give CronWorkflow NAMEs, or --all");
    CronClient crons = crons();
    List<String> targets = all ? crons.list().stream().map(CronWorkflow::name).toList() : names;
    int exitCode = OK;
    for (String target : targets) {
      if (crons.delete(target)) {
        out().println("CronWorkflow '" + target + "' deleted");
      } else {
        err().println("wf: CronWorkflow '" + target + "' not found");
        exitCode = FAILED;
      }
    }
    return exitCode;
  }
}
