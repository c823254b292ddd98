package dev.wf.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Workflow;
import dev.wf.engine.cron.CronController;
import dev.wf.engine.cron.CronRules;
import dev.wf.engine.cron.CronWorkflows;
import dev.wf.engine.cron.MutableClock;

/**
 * A {@link LocalHarness} with the cron scheduler wired as {@link LocalServer} wires it (UTC as the
 * default zone), on a hand-moved clock.
 */
final class CronHarness implements AutoCloseable {
  final LocalHarness local;
  final CronController crons;
  final CronService service;

  private CronHarness(LocalHarness local, CronController crons, CronService service) {
    this.local = local;
    this.crons = crons;
    this.service = service;
  }

  static CronHarness start(Path wfHome, MutableClock clock, CronRules rules) throws IOException {
    var local = LocalHarness.start(wfHome, clock);
    var target = new LocalCronTarget(local.store(), local.service(), local.controller());
    var crons = new CronController(local.store().cronWorkflows(), target, rules, clock);
    var service =
        new CronService(
            local.store().cronWorkflows(),
            local.service(),
            LocalWorkflowService.lookupOf(local.store()),
            rules,
            ZoneOffset.UTC,
            clock,
            crons::changed);
    crons.start();
    return new CronHarness(local, crons, service);
  }

  /** Creates the cron workflows of a YAML text; a refused one fails the test. */
  void create(String yaml) {
    var outcome = service.create("cron.yaml", yaml);
    if (!outcome.errors().isEmpty()) throw new AssertionError("refused: " + outcome.errors());
  }

  CronWorkflow stored(String name) {
    return local.store().cronWorkflows().get(name).orElseThrow();
  }

  /** The workflows labelled as runs of {@code cron}. */
  List<Workflow> children(String cron) {
    return local.store().list().stream()
        .filter(wf -> cron.equals(wf.metadata().labels().get(CronWorkflows.CRON_LABEL)))
        .toList();
  }

  /** A cron workflow that runs {@code true} on {@code schedule}, with more spec lines. */
  static String cron(String name, String schedule, String extra) {
    return """
        apiVersion: argoproj.io/v1alpha1
        kind: CronWorkflow
        metadata:
          name: %s
        spec:
          schedules: ["%s"]
        %s
          workflowSpec:
            entrypoint: main
            templates:
            - name: main
              inputs:
                parameters:
                - name: cronScheduleTime
                  value: none
              container:
                image: alpine:3.20
                command: ["true"]
        """
        .formatted(name, schedule, extra.indent(2).stripTrailing());
  }

  @Override
  public void close() {
    crons.close();
    local.close();
  }
}
