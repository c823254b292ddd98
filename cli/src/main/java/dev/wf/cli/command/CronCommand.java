package dev.wf.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wf cron}: CronWorkflows, the workflows the server starts on a schedule. */
@Command(
    name = "cron",
    description = "Manage CronWorkflows.",
    subcommands = {
      CronCreateCommand.class,
      CronListCommand.class,
      CronGetCommand.class,
      CronDeleteCommand.class,
      CronSuspendCommand.class,
      CronResumeCommand.class,
      CronBackfillCommand.class,
      CronLintCommand.class
    })
final class CronCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing command: create, list, get, delete, suspend, resume, backfill or lint");
  }
}
