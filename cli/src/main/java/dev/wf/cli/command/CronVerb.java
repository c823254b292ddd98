package dev.wf.cli.command;

import java.time.ZoneId;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.cli.client.CronClient;
import dev.wf.cli.print.CronPrinter;
import dev.wf.cli.print.ObjectPrinter;
import dev.wf.cli.print.OutputFormat;

/** What the verbs under {@code cron} share: the server's cron API, and how cron workflows print. */
abstract class CronVerb extends CliCommand {
  final CronClient crons() {
    return client().crons();
  }

  final CronPrinter printer() {
    return new CronPrinter(context().clock(), ZoneId.systemDefault());
  }

  /** Each cron workflow described (default), by name, or as JSON/YAML objects. */
  final void print(List<CronWorkflow> crons, OutputFormat format) {
    for (CronWorkflow cron : crons) {
      switch (format) {
        case JSON, YAML -> out().print(ObjectPrinter.print(cron, format));
        case NAME -> out().println(cron.name());
        default -> out().print(printer().describe(cron));
      }
    }
  }
}
