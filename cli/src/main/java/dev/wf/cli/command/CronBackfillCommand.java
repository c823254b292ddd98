package dev.wf.cli.command;

import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;

import dev.wf.api.spec.Workflow;
import dev.wf.engine.cron.BackfillFormat;
import dev.wf.engine.cron.CronBackfill;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wf cron backfill}: runs a cron workflow for the schedule times of a past period, with
 * Argo's flags. Argo creates a monitor workflow that creates the runs (a cluster-only resource
 * template); wf creates one workflow per schedule time directly, one at a time in time order unless
 * {@code --parallel}.
 */
@Command(name = "backfill", description = "Run a CronWorkflow for the schedule times of a period.")
final class CronBackfillCommand extends CronVerb {
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

  @Parameters(index = "0", paramLabel = "NAME")
  String cron;

  @Option(names = "--start", required = true, description = "Start date (in --format).")
  String start;

  @Option(names = "--end", description = "End date (in --format); now by default.")
  String end;

  @Option(names = "--parallel", description = "Run the backfill's workflows in parallel.")
  boolean parallel;

  @Option(
      names = "--argname",
      defaultValue = "cronScheduleTime",
      description =
          "The workflow parameter that gets the schedule time (default: ${DEFAULT-VALUE}).")
  String argName;

  @Option(
      names = "--format",
      description = "Date format, a Go layout: RFC1123 (the default) or RFC3339.")
  String format = BackfillFormat.DEFAULT_LAYOUT;

  @Option(
      names = "--maxworkflowcount",
      defaultValue = "1000",
      description = "The most workflows the backfill creates (default: ${DEFAULT-VALUE}).")
  int maxWorkflowCount;

  @Option(names = "--name", description = "The backfill's name (random by default).")
  String name;

  @Override
  protected int execute() {
    BackfillFormat dates;
    Instant from;
    Instant to;
    try {
      dates = BackfillFormat.of(format);
      from = dates.parse(start);
      to = end == null ? null : dates.parse(end);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    if (maxWorkflowCount < 1) throw usage("--maxworkflowcount must be at least 1");
    String backfill = name != null ? name : randomName();
    var options =
        new CronBackfill.Options(
            backfill, from, to, parallel, argName, dates.layout(), maxWorkflowCount);
    List<Workflow> created = crons().backfill(cron, options);
    if (created.isEmpty()) {
      out().println("There is no suitable scheduling time.");
      return OK;
    }
    out().println("Created backfill " + backfill + " of CronWorkflow " + cron + ":");
    created.forEach(wf -> out().println(wf.name()));
    return OK;
  }

  private static String randomName() {
    RandomGenerator random = RandomGenerator.getDefault();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 5; i++) name.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    return name.toString();
  }
}
