package dev.wf.engine.cron;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.CronWorkflow;
import dev.wf.api.spec.ModelJson;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Workflow;
import dev.wf.api.spec.WorkflowSpec;

/**
 * The workflows of {@code wf cron backfill}: one per schedule time in a period, each the cron
 * workflow's run for that time with one more parameter (the time, formatted), labelled as a
 * backfill of the cron workflow instead of as its run, so history limits leave them alone. Unless
 * they run in parallel they share a mutex named for the backfill and get priorities that run them
 * in time order. Argo creates a monitor workflow that creates them (resources, cluster only); wf
 * creates them directly.
 */
public final class CronBackfill {
  /** The label on a backfill's workflows; its value is the cron workflow's name. */
  public static final String BACKFILL_LABEL = "workflows.argoproj.io/cron-workflow-backfill";

  /** What {@code wf cron backfill} asks for; {@code end} null means now. */
  public record Options(
      String name,
      Instant start,
      Instant end,
      boolean parallel,
      String argName,
      String format,
      int maxWorkflowCount) {}

  private CronBackfill() {}

  /** The schedule times of the backfill, at most {@code maxWorkflowCount}. */
  public static List<Instant> times(CronWorkflow cron, Options options, ZoneId zone, Instant now) {
    Instant end = options.end() == null ? now : options.end();
    // Argo starts strictly after --start; one second earlier makes a start on a schedule time
    // count.
    return ScheduleTimes.between(
        cron.spec(), zone, options.start().minusSeconds(1), end, options.maxWorkflowCount());
  }

  /** The prefix of the backfill's workflow names, and the name of its mutex. */
  public static String prefix(CronWorkflow cron, Options options) {
    return cron.name() + "-backfill-" + options.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The workflows, in time order. */
  public static List<Workflow> workflows(
      CronWorkflow cron, CronRules rules, Options options, List<Instant> times, ZoneId zone) {
    BackfillFormat format = BackfillFormat.of(options.format());
    List<Workflow> workflows = new ArrayList<>();
    for (int i = 0; i < times.size(); i++) {
      Instant time = times.get(i);
      Workflow run = rules.toWorkflow(cron, time);
      Map<String, String> labels = new LinkedHashMap<>(run.metadata().labels());
      labels.remove(CronWorkflows.CRON_LABEL);
      labels.put(BACKFILL_LABEL, cron.name());
      String name = prefix(cron, options) + "-" + time.getEpochSecond();
      WorkflowSpec spec = withParameter(run.spec(), options.argName(), format.format(time, zone));
      if (!options.parallel()) spec = sequential(spec, prefix(cron, options), times.size() - i);
      workflows.add(
          run.withMetadata(run.metadata().withName(name).withLabels(labels)).withSpec(spec));
    }
    return List.copyOf(workflows);
  }

  private static WorkflowSpec withParameter(WorkflowSpec spec, String name, String value) {
    List<Parameter> parameters = new ArrayList<>(spec.arguments().parameters());
    parameters.removeIf(p -> name.equals(p.name()));
    parameters.add(Parameter.of(name, value));
    return spec.withArguments(new Arguments(parameters, spec.arguments().artifacts()));
  }

  private static WorkflowSpec sequential(WorkflowSpec spec, String mutex, int priority) {
    ObjectNode tree = ModelJson.mapper().valueToTree(spec);
    tree.putObject("synchronization").putArray("mutexes").addObject().put("name", mutex);
    tree.put("priority", priority);
    return ModelJson.mapper().convertValue(tree, WorkflowSpec.class);
  }
}
