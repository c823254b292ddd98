package dev.wf.api.validate;

import java.util.Optional;

import dev.wf.api.spec.Artifact;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;

/**
 * What a finished step or task offers to those after it, under {@code steps.NAME.} or {@code
 * tasks.NAME.}: id, status and times always; {@code ip} for daemons; result and exit code for
 * templates that have them; each declared output; and the aggregated {@code outputs.parameters} of
 * a loop (whose artifacts are not aggregated).
 */
final class CallOutputs {
  private CallOutputs() {}

  /**
   * Adds the outputs of a call named {@code prefix} (e.g. {@code steps.gen}); when the called
   * template is unknown, everything under the prefix is allowed.
   */
  static void addTo(VariableScope scope, String prefix, Optional<Template> called, boolean loops) {
    if (called.isEmpty()) {
      scope.addPrefix(prefix + ".");
      return;
    }
    Template t = called.get();
    for (String field : new String[] {"id", "status", "startedAt", "finishedAt", "hostNodeName"}) {
      scope.add(prefix + "." + field);
    }
    if (Boolean.TRUE.equals(t.daemon())) scope.add(prefix + ".ip");
    if (TemplateVariables.hasResult(t)) {
      scope.add(prefix + ".outputs.result").add(prefix + ".exitCode");
    }
    for (Parameter p : t.outputs().parameters()) {
      scope.add(prefix + ".outputs.parameters." + p.name());
    }
    if (loops) {
      scope.add(prefix + ".outputs.parameters");
      scope.block(
          prefix + ".outputs.artifacts.",
          "the artifacts of a loop's items are not collected (as in Argo); use them inside the"
              + " loop");
      return;
    }
    for (Artifact a : t.outputs().artifacts()) {
      scope.add(prefix + ".outputs.artifacts." + a.name());
    }
  }
}
