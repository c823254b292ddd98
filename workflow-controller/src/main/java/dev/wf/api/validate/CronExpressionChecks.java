package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;

/**
 * A cron workflow's {@code when} (a {@code {{...}}} template, usually one {@code {{= ...}}}
 * expression) and {@code stopStrategy.expression} (a bare expression): they must parse, and plain
 * references must name {@code cronworkflow.*} variables the cron workflow has.
 */
final class CronExpressionChecks {
  private CronExpressionChecks() {}

  static List<Problem> check(CronWorkflow cron) {
    var problems = new ArrayList<Problem>();
    var spec = cron.spec();
    VariableScope scope = scope(cron);
    if (spec.when() != null) {
      ReferenceProblems.check("spec.when", "when", spec.when(), scope, problems);
    }
    var stop = spec.stopStrategy();
    if (stop != null) {
      if (FieldNames.blank(stop.expression())) {
        problems.add(new Problem("spec.stopStrategy.expression", "required"));
      } else {
        ReferenceProblems.check(
            "spec.stopStrategy.expression", "expression", stop.expression(), scope, problems);
      }
    }
    return problems;
  }

  /**
   * Argo's {@code cronworkflow.*} variables, with this cron workflow's label and annotation keys.
   */
  static VariableScope scope(CronWorkflow cron) {
    var scope =
        new VariableScope()
            .addAll(
                List.of(
                    "cronworkflow.name",
                    "cronworkflow.namespace",
                    "cronworkflow.labels.json",
                    "cronworkflow.annotations.json",
                    "cronworkflow.lastScheduledTime",
                    "cronworkflow.failed",
                    "cronworkflow.succeeded"));
    cron.metadata().labels().keySet().forEach(k -> scope.add("cronworkflow.labels." + k));
    cron.metadata().annotations().keySet().forEach(k -> scope.add("cronworkflow.annotations." + k));
    return scope;
  }
}
