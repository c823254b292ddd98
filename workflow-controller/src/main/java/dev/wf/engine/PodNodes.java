package dev.wf.engine;

import java.util.ArrayList;

import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Outputs;
import dev.wf.api.spec.Parameter;
import dev.wf.api.spec.Template;
import dev.wf.executor.StepResult;
import dev.wf.executor.StepSpec;

/**
 * Container, script and resource nodes: each is one step for the runtime. A node with no observed
 * step gets a {@code StartStep} (again, if a crash lost the first one). A node is Pending while the
 * runtime says its step is (its pod is not running yet), and Running otherwise until the step has
 * ended (a runtime that starts steps at once never reports them pending). An ended step's result
 * becomes the node's phase, message and outputs (its saved artifacts: {@link SavedArtifacts}).
 * While the workflow is shut down, a node whose step has not started fails instead.
 */
final class PodNodes implements NodeHandler {
  /** How a node's template becomes the step the runtime runs. */
  @FunctionalInterface
  interface SpecBuilder {
    StepSpec build(Pass pass, NodeStatus node, Template template);
  }

  private final SpecBuilder specs;

  /** Nodes of container and script templates. */
  PodNodes() {
    this(StepSpecs::build);
  }

  /** Nodes whose step {@code specs} builds (resource templates: {@link ResourceStepSpecs}). */
  PodNodes(SpecBuilder specs) {
    this.specs = specs;
  }

  @Override
  public NodeStatus advance(
      Pass pass, NodeRunner runner, NodeStatus node, Template template, TemplateScope scope) {
    StepState state = pass.steps.get(node.id());
    if (state == null && pass.shuttingDown()) {
      return NodeRunner.finish(pass, node, NodePhase.FAILED, pass.shutdown.stepMessage());
    }
    if (state == null) {
      try {
        pass.act(new Action.StartStep(specs.build(pass, node, template)));
      } catch (UnresolvedVariableException | ExpressionException | IllegalArgumentException e) {
        return NodeRunner.finish(pass, node, NodePhase.ERROR, e.getMessage());
      }
      return NodeRunner.markRunning(pass, node);
    }
    if (state.pending()) return NodeRunner.markPending(pass, node);
    if (!state.done()) return NodeRunner.markRunning(pass, node);
    return ended(pass, node, template, state.result());
  }

  /**
   * Folds the results of steps that have ended into their nodes and does nothing else, for a
   * suspended workflow: what runs finishes, nothing new starts.
   */
  static void foldEnded(Pass pass) {
    for (NodeStatus node : java.util.List.copyOf(pass.nodes().values())) {
      if (node.fulfilled() || (node.type() != NodeType.POD && node.type() != NodeType.CONTAINER))
        continue;
      StepState state = pass.steps.get(node.id());
      if (state != null && state.done())
        ended(pass, node, pass.spec.template(node.templateName()).orElse(null), state.result());
    }
  }

  private static NodeStatus ended(
      Pass pass, NodeStatus node, Template template, StepResult result) {
    var parameters = new ArrayList<Parameter>();
    result
        .outputParameters()
        .forEach((name, value) -> parameters.add(declared(template, name).withValue(value)));
    String exitCode = result.exitCode() == null ? null : result.exitCode().toString();
    var artifacts = SavedArtifacts.of(result, template, Variables.forNode(pass, node));
    NodeStatus done =
        node.withOutputs(new Outputs(parameters, artifacts, result.result(), exitCode))
            .withPhase(
                phaseOf(result.phase()),
                result.message(),
                result.finishedAt() != null ? result.finishedAt() : pass.now);
    pass.put(done);
    return done;
  }

  /** An output as the node reports it: its name and, if declared, its {@code globalName}. */
  private static Parameter declared(Template template, String name) {
    if (template == null) return Parameter.of(name, null);
    return template.outputs().parameters().stream()
        .filter(p -> name.equals(p.name()))
        .findFirst()
        .map(p -> new Parameter(name, null, null, null, null, null, p.globalName()))
        .orElse(Parameter.of(name, null));
  }

  private static NodePhase phaseOf(StepResult.Phase phase) {
    return switch (phase) {
      case SUCCEEDED -> NodePhase.SUCCEEDED;
      case FAILED -> NodePhase.FAILED;
      case ERROR -> NodePhase.ERROR;
    };
  }
}
