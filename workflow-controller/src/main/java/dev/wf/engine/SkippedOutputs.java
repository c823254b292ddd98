package dev.wf.engine;

import java.util.List;
import java.util.Map;

import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.Parameter;

/**
 * Argo v4's skipped output defaults: a Skipped or Omitted producer's output parameters resolve to
 * their {@code valueFrom.default}; without one, a consumer's argument that uses them is passed
 * without a value, so the consumer's input default applies (else the consumer fails).
 */
final class SkippedOutputs {
  private SkippedOutputs() {}

  /** Adds the declared defaults of {@code node}'s outputs when it did not run, and remembers it. */
  static void add(
      Pass pass,
      Map<String, String> vars,
      String prefix,
      NodeStatus node,
      CallTarget target,
      TemplateScope scope) {
    if (node.phase() != NodePhase.SKIPPED && node.phase() != NodePhase.OMITTED) return;
    pass.markNotRun(prefix + ".");
    pass.templates
        .resolve(target, scope)
        .ifPresent(
            resolved -> {
              for (Parameter p : resolved.template().outputs().parameters()) {
                var from = p.valueFrom();
                if (from != null && from.defaultValue() != null) {
                  vars.putIfAbsent(prefix + ".outputs.parameters." + p.name(), from.defaultValue());
                }
              }
            });
  }

  /** Whether every name refers to the outputs of a producer that did not run. */
  static boolean onlySkipped(Pass pass, List<String> names) {
    return !names.isEmpty()
        && names.stream()
            .allMatch(
                n -> pass.notRun().stream().anyMatch(prefix -> n.startsWith(prefix + "outputs.")));
  }
}
