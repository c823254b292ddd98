package dev.wf.api.validate;

import java.util.ArrayList;
import java.util.List;

import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.Manifest;

/**
 * A CronWorkflow needs a schedule ({@code schedules}, or the older single {@code schedule}) and a
 * {@code workflowSpec}; the spec itself is checked by the other checks like a Workflow's.
 */
final class CronChecks implements SpecCheck {
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
    return problems;
  }
}
