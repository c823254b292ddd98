package dev.wf.engine.cron;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.wf.api.expr.Expression;
import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowStatus;
import dev.wf.api.spec.ModelJson;

/**
 * Evaluates a cron workflow's {@code when} (a template, rendered and then read as a boolean) and
 * {@code stopStrategy.expression} (a bare expression) over Argo's {@code cronworkflow.*} variables,
 * typed as Argo types them (counts are numbers, {@code lastScheduledTime} a time or nil); {@code
 * now()} is the time of the scheduler pass.
 */
final class CronExpressions {
  private static final String DEFAULT_NAMESPACE = "default";

  private CronExpressions() {}

  /** Whether a condition held, or why it could not be evaluated. */
  record Outcome(boolean holds, String error) {
    static Outcome of(boolean holds) {
      return new Outcome(holds, null);
    }
  }

  static Outcome when(CronWorkflow cron, CronWorkflowStatus status, Instant now) {
    String when = cron.spec().when();
    if (when == null || when.isBlank()) return Outcome.of(true);
    var vars = variables(cron, status, now);
    try {
      return Outcome.of(Expression.parse(render(when, vars)).test(vars));
    } catch (ExpressionException | UnresolvedVariableException e) {
      return new Outcome(false, "when \"" + when + "\": " + e.getMessage());
    }
  }

  static Outcome stop(CronWorkflow cron, CronWorkflowStatus status, Instant now) {
    var strategy = cron.spec().stopStrategy();
    if (strategy == null || strategy.expression() == null || strategy.expression().isBlank()) {
      return Outcome.of(false);
    }
    try {
      return Outcome.of(Expression.parse(strategy.expression()).test(variables(cron, status, now)));
    } catch (ExpressionException | UnresolvedVariableException e) {
      return new Outcome(false, "stopStrategy.expression: " + e.getMessage());
    }
  }

  /** {@code when} with each {@code {{...}}} replaced by its value. */
  private static String render(String when, Map<String, Object> vars) {
    var out = new StringBuilder();
    int last = 0;
    for (var ref : Templating.references(when)) {
      out.append(when, last, ref.start());
      last = ref.end();
      if (ref.expression()) {
        out.append(Expression.parse(ref.body()).render(vars));
      } else if (vars.containsKey(ref.body())) {
        out.append(vars.get(ref.body()));
      } else {
        throw new UnresolvedVariableException(
            List.of(ref.body()), "unresolved variable \"" + ref.body() + "\"");
      }
    }
    return out.append(when, last, when.length()).toString().strip();
  }

  static Map<String, Object> variables(CronWorkflow cron, CronWorkflowStatus status, Instant now) {
    var meta = cron.metadata();
    var vars = new LinkedHashMap<String, Object>();
    vars.put("cronworkflow.name", meta.name());
    vars.put(
        "cronworkflow.namespace", meta.namespace() == null ? DEFAULT_NAMESPACE : meta.namespace());
    meta.labels().forEach((k, v) -> vars.put("cronworkflow.labels." + k, v));
    meta.annotations().forEach((k, v) -> vars.put("cronworkflow.annotations." + k, v));
    vars.put("cronworkflow.labels.json", ModelJson.write(meta.labels()));
    vars.put("cronworkflow.annotations.json", ModelJson.write(meta.annotations()));
    if (status.lastScheduledTime() != null) {
      vars.put("cronworkflow.lastScheduledTime", status.lastScheduledTime());
    }
    vars.put("cronworkflow.succeeded", status.succeeded());
    vars.put("cronworkflow.failed", status.failed());
    vars.put(Expression.NOW, now);
    return vars;
  }
}
