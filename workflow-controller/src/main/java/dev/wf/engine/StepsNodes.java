package dev.wf.engine;

import java.util.List;
import java.util.Map;

import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;
import dev.wf.api.spec.Template;
import dev.wf.api.spec.WorkflowStep;

/**
 * A {@code steps} node: step groups run one after another, the steps of a group in parallel. A
 * group node ({@code name[i]}) holds its steps; the steps node fails at the first group with a
 * failed step that has no {@code continueOn}, as in Argo.
 */
final class StepsNodes implements NodeHandler {
  @Override
  public NodeStatus advance(
      Pass pass, NodeRunner runner, NodeStatus node, Template template, TemplateScope scope) {
    Map<String, String> vars = Variables.forNode(pass, node);
    List<List<WorkflowStep>> groups = template.steps();
    for (int i = 0; i < groups.size(); i++) {
      String groupName = node.name() + "[" + i + "]";
      NodeStatus group = pass.nodeNamed(groupName);
      if (group == null) {
        group =
            NodeStatus.create(
                pass.idOf(groupName),
                groupName,
                "[" + i + "]",
                NodeType.STEP_GROUP,
                template.name(),
                node.id(),
                pass.now);
        pass.put(group);
        node = pass.adopt(node, group.id());
      }
      GroupOutcome outcome = advanceGroup(pass, runner, node, group, groups.get(i), scope, vars);
      if (outcome.running()) {
        return running(pass, node);
      }
      if (outcome.failed() != null) {
        NodeRunner.finish(pass, pass.node(group.id()), NodePhase.FAILED, outcome.message());
        return NodeRunner.finish(pass, node, outcome.failed(), outcome.message());
      }
      NodeStatus current = pass.node(group.id());
      if (!current.fulfilled()) NodeRunner.finish(pass, current, NodePhase.SUCCEEDED, null);
    }
    return NodeOutputs.complete(pass, node, template, vars);
  }

  private record GroupOutcome(boolean running, NodePhase failed, String message) {}

  private GroupOutcome advanceGroup(
      Pass pass,
      NodeRunner runner,
      NodeStatus parent,
      NodeStatus group,
      List<WorkflowStep> steps,
      TemplateScope scope,
      Map<String, String> vars) {
    boolean running = false;
    NodePhase failed = null;
    String message = null;
    Map<String, String> groupVars = new java.util.HashMap<>(vars);
    for (WorkflowStep step : steps) {
      String childName = group.name() + "." + step.name();
      var call =
          new Call(
              childName,
              step.name(),
              new CallTarget(step.template(), step.templateRef(), step.inline()),
              null,
              scope,
              parent.id());
      NodeStatus child = runStep(pass, runner, call, step, groupVars);
      group = pass.adopt(pass.node(group.id()), child.id());
      Variables.addOutputs(vars, "steps." + step.name(), child);
      if (!child.fulfilled()) {
        running = true;
      } else if (child.phase().failedOrErrored()
          && !Continuation.continues(step.continueOn(), child.phase())
          && failed == null) {
        failed = child.phase();
        message = "child '" + child.id() + "' failed";
      }
    }
    return new GroupOutcome(running, running ? null : failed, message);
  }

  private NodeStatus runStep(
      Pass pass, NodeRunner runner, Call call, WorkflowStep step, Map<String, String> vars) {
    NodeStatus existing = pass.nodeNamed(call.nodeName());
    if (existing != null) return runner.run(pass, call);
    try {
      String condition = CallSites.falseCondition(step.when(), vars);
      if (condition != null) {
        return CallSites.notRun(
            pass, call, NodePhase.SKIPPED, "when '" + condition + "' evaluated false");
      }
      var args = CallSites.substitute(step.arguments(), vars);
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
      return CallSites.notRun(pass, call, NodePhase.ERROR, e.getMessage());
    }
  }

  private static NodeStatus running(Pass pass, NodeStatus node) {
    NodeStatus current = pass.node(node.id());
    if (current.phase() == NodePhase.RUNNING) return current;
    NodeStatus updated = current.withPhase(NodePhase.RUNNING, null, null);
    pass.put(updated);
    return updated;
  }
}
