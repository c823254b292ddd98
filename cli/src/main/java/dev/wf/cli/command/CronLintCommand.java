package dev.wf.cli.command;

import java.util.function.Predicate;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Manifest;
import picocli.CommandLine.Command;

/**
 * {@code wf cron lint}: the checks of {@code wf lint} (schedules, time zone, policies, {@code
 * when}, the workflow spec), for the CronWorkflows in the files given; documents of other kinds are
 * skipped (but still serve as templates that a reference may call).
 */
@Command(
    name = "lint",
    description = "Check CronWorkflow files (or directories of them, or -) without storing them.")
final class CronLintCommand extends LintCommand {
  @Override
  Predicate<Manifest> wanted() {
    return CronWorkflow.class::isInstance;
  }

  @Override
  Predicate<String> wantedKind() {
    return CronWorkflow.KIND::equals;
  }
}
