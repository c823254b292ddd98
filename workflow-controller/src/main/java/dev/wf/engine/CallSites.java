package dev.wf.engine;

import java.util.ArrayList;
import java.util.Map;

import dev.wf.api.expr.Conditions;
import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.Templating;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Parameter;

/**
 * What steps and DAG tasks share at their call sites: substituted arguments, {@code when}, skipped
 * nodes.
 */
final class CallSites {
  private CallSites() {}

  /**
   * The arguments with every reference substituted. An argument that only misses outputs of a
   * skipped or omitted producer is passed without a value, so the input's own default applies
   * (Argo's skipped output defaults); any other unresolved reference is an error. Artifacts are
   * resolved by {@link ArtifactReferences}.
   */
  static Arguments substitute(Pass pass, Arguments arguments, Map<String, String> vars) {
    var parameters = new ArrayList<Parameter>();
    for (Parameter p : arguments.parameters()) {
      if (p.value() == null) {
        parameters.add(p);
        continue;
      }
      try {
        parameters.add(p.withValue(Templating.substitute(p.value(), vars)));
      } catch (UnresolvedVariableException e) {
        if (!SkippedOutputs.onlySkipped(pass, e.names())) throw e;
        parameters.add(p.withValue(null));
      }
    }
    return new Arguments(parameters, ArtifactReferences.arguments(arguments.artifacts(), vars));
  }

  /** The substituted condition when it is false, or null when the call should run. */
  static String falseCondition(String when, Map<String, String> vars) {
    if (when == null || when.isBlank()) return null;
    String condition = Templating.substitute(when, vars);
    return Conditions.evaluate(condition) ? null : condition;
  }

  /**
   * {@code vars} with the workflow's global outputs as they are now: a node that ended earlier in
   * this pass may have published one since {@code vars} were taken.
   */
  private static Map<String, String> withGlobalOutputs(Pass pass, Map<String, String> vars) {
    var current = new java.util.HashMap<>(vars);
    pass.globals.forEach(
        (name, value) -> {
          if (name.startsWith("workflow.outputs.")) current.put(name, value);
        });
    return current;
  }

  /**
   * A node for a call that does not run: Skipped (its {@code when} was false) or Omitted (depends).
   */
  static NodeStatus notRun(Pass pass, Call call, NodePhase phase, String message) {
    NodeStatus node =
        NodeStatus.create(
                pass.idOf(call.nodeName()),
                call.nodeName(),
                call.displayName(),
                NodeType.SKIPPED,
                call.target().template(),
                call.boundaryId(),
                pass.now)
            .withPhase(phase, message, pass.now);
    pass.put(node);
    return node;
  }

  /**
   * Starts a call that has no node yet: Skipped when its {@code when} is false, else run with its
   * arguments substituted; a reference that cannot resolve makes an Error node.
   */
  static NodeStatus start(
      Pass pass,
      NodeRunner runner,
      Call call,
      String when,
      Arguments arguments,
      Map<String, String> vars) {
    vars = withGlobalOutputs(pass, vars);
    try {
      String condition = falseCondition(when, vars);
      if (condition != null) {
        return notRun(pass, call, NodePhase.SKIPPED, "when '" + condition + "' evaluated false");
      }
      var args = substitute(pass, arguments, vars);
      return runner.run(
          pass,
          new Call(
              call.nodeName(),
              call.displayName(),
              call.target(),
              args,
              call.scope(),
              call.boundaryId()));
    } catch (UnresolvedVariableException | ExpressionException e) {
      return notRun(pass, call, NodePhase.ERROR, e.getMessage());
    }
  }
}
