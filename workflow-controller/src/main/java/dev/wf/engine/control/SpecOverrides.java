package dev.wf.engine.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.WorkflowSpec;

/**
 * What a retry or resubmit changes in a workflow's spec before it runs again, as Argo does: no
 * shutdown (nor the suspend it overrode), no deadline of zero (what stopped it), and the {@code -p}
 * parameters given.
 */
final class SpecOverrides {
  private SpecOverrides() {}

  /** The spec ready to run again; null stays null (a workflow without a stored spec). */
  static WorkflowSpec apply(WorkflowSpec spec, Map<String, String> parameters) {
    if (spec == null) return null;
    WorkflowSpec result = spec;
    // A shutdown overrides a suspend, so a workflow stopped while suspended runs again unsuspended.
    if (result.shutdown() != null) result = result.withShutdown(null).withSuspend(null);
    if (isZero(result.activeDeadlineSeconds())) result = result.withActiveDeadlineSeconds(null);
    if (parameters.isEmpty()) return result;
    var merged = new LinkedHashMap<String, Parameter>();
    result.arguments().parameters().forEach(p -> merged.put(p.name(), p));
    parameters.forEach(
        (name, value) ->
            merged.put(
                name,
                merged.containsKey(name)
                    ? merged.get(name).withValue(value)
                    : Parameter.of(name, value)));
    return result.withArguments(
        new Arguments(new ArrayList<>(merged.values()), result.arguments().artifacts()));
  }

  private static boolean isZero(String seconds) {
    return seconds != null && seconds.strip().matches("0+");
  }
}
