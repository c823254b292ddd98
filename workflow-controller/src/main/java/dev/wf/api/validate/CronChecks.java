package dev.wf.api.validate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.wf.api.cron.CronSchedule;
import dev.wf.api.cron.CronSyntaxException;
import dev.wf.api.parse.Suggestions;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.CronWorkflowSpec;
import dev.wf.api.spec.Manifest;

/**
 * A CronWorkflow needs a schedule ({@code schedules}, or the older single {@code schedule}) and a
 * {@code workflowSpec}; every schedule must parse (the error points at the bad token), {@code
 * timezone} must be an IANA zone, {@code concurrencyPolicy} one of Argo's three, counts not
 * negative. {@code when} and {@code stopStrategy.expression} are checked by {@link
 * CronExpressionChecks}; the workflow spec itself like a Workflow's.
 */
final class CronChecks implements SpecCheck {
  private static final List<String> POLICIES = List.of("Allow", "Forbid", "Replace");

  @Override
  public List<Problem> check(Manifest manifest, TemplateLookup lookup) {
    if (!(manifest instanceof CronWorkflow cron)) return List.of();
    var problems = new ArrayList<Problem>();
    var spec = cron.spec();
    if (spec == null) {
      problems.add(new Problem("spec", "required"));
      return problems;
    }
    boolean noSchedule =
        FieldNames.blank(spec.schedule()) && spec.schedules().stream().allMatch(FieldNames::blank);
    if (noSchedule) {
      problems.add(new Problem("spec.schedules", "required: at least one cron schedule"));
    }
    if (spec.workflowSpec() == null) {
      problems.add(new Problem("spec.workflowSpec", "required"));
    }
    schedules(spec, problems);
    timezone(spec.timezone(), problems);
    policy(spec.concurrencyPolicy(), problems);
    notNegative("spec.startingDeadlineSeconds", spec.startingDeadlineSeconds(), problems);
    notNegative("spec.successfulJobsHistoryLimit", spec.successfulJobsHistoryLimit(), problems);
    notNegative("spec.failedJobsHistoryLimit", spec.failedJobsHistoryLimit(), problems);
    problems.addAll(CronExpressionChecks.check(cron));
    return problems;
  }

  private static void schedules(CronWorkflowSpec spec, List<Problem> problems) {
    if (!FieldNames.blank(spec.schedule())) schedule("spec.schedule", spec.schedule(), problems);
    for (int i = 0; i < spec.schedules().size(); i++) {
      String path = "spec.schedules[" + i + "]";
      String schedule = spec.schedules().get(i);
      if (FieldNames.blank(schedule)) problems.add(new Problem(path, "empty schedule"));
      else schedule(path, schedule, problems);
    }
  }

  private static void schedule(String path, String expression, List<Problem> problems) {
    try {
      CronSchedule.parse(expression);
    } catch (CronSyntaxException e) {
      problems.add(new Problem(path, "invalid schedule: " + e.getMessage(), e.offset()));
    }
  }

  private static void timezone(String timezone, List<Problem> problems) {
    if (timezone == null || timezone.isEmpty()) return;
    try {
      ZoneId.of(timezone);
    } catch (DateTimeException e) {
      problems.add(
          new Problem(
              "spec.timezone",
              "unknown time zone \""
                  + timezone
                  + "\" (expected an IANA zone such as America/Los_Angeles or UTC)"));
    }
  }

  private static void policy(String policy, List<Problem> problems) {
    if (policy == null || policy.isEmpty() || POLICIES.contains(policy)) return;
    String hint =
        Suggestions.closest(policy, POLICIES).map(s -> "; did you mean \"" + s + "\"?").orElse("");
    problems.add(
        new Problem(
            "spec.concurrencyPolicy",
            "unknown concurrency policy \""
                + policy
                + "\" (allowed: Allow, Forbid, Replace)"
                + hint));
  }

  private static void notNegative(String path, Integer value, List<Problem> problems) {
    if (value != null && value < 0) {
      problems.add(new Problem(path, "must be 0 or more, found " + value));
    }
  }
}
