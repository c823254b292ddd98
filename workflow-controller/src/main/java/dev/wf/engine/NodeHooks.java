package dev.wf.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.wf.api.expr.Expression;
import dev.wf.api.expr.ExpressionException;
import dev.wf.api.expr.UnresolvedVariableException;
import dev.wf.api.spec.Arguments;
import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.LifecycleHook;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.WorkflowStep;

/**
 * The lifecycle hooks and exit handler of a step or DAG task, as Argo runs them. A hook other than
 * {@code exit} runs once, as node {@code <node>.hooks.<name>}, from the first pass in which its
 * {@code expression} holds ({@code steps.S.status == "Running"}); the exit handler ({@code onExit},
 * or the hook named {@code exit}) runs as {@code <node>.onExit} once the node has Succeeded, Failed
 * or Errored. Both are children of the hooked node, inside the enclosing steps or DAG node, and
 * their arguments see the hooked node's status and outputs. What encloses the node ends only when
 * they have; their own phase does not change its phase.
 */
final class NodeHooks {
  /** The name of the hook that is the exit handler. */
  static final String EXIT = "exit";

  private NodeHooks() {}

  /**
   * A step or task with its hooks: {@code prefix} and {@code name} give its variables ({@code
   * steps.}/{@code tasks.} and its name), {@code boundaryId} is the enclosing steps or DAG node.
   */
  record Site(
      String prefix,
      String name,
      Map<String, LifecycleHook> hooks,
      String onExit,
      TemplateScope scope,
      String boundaryId) {
    static Site of(WorkflowStep step, TemplateScope scope, String boundaryId) {
      return new Site("steps.", step.name(), step.hooks(), step.onExit(), scope, boundaryId);
    }

    static Site of(DagTask task, TemplateScope scope, String boundaryId) {
      return new Site("tasks.", task.name(), task.hooks(), task.onExit(), scope, boundaryId);
    }

    boolean any() {
      return !hooks.isEmpty() || (onExit != null && !onExit.isBlank());
    }
  }

  /**
   * Starts the expression hooks of {@code node} that are due and advances those that run; true when
   * every one started so far has ended. An expression that cannot be evaluated throws {@link
   * IllegalArgumentException}.
   */
  static boolean advanceHooks(
      Pass pass, NodeRunner runner, NodeStatus node, Site site, Map<String, String> vars) {
    if (site.hooks().isEmpty()) return true;
    Map<String, String> scope = hookVars(node, site, vars);
    boolean ended = true;
    for (var entry : site.hooks().entrySet()) {
      if (EXIT.equals(entry.getKey())) continue;
      String suffix = ".hooks." + entry.getKey();
      String nodeName = node.name() + suffix;
      if (pass.nodeNamed(nodeName) == null && !holds(entry.getValue(), nodeName, scope)) continue;
      var call = call(nodeName, node.displayName() + suffix, entry.getValue(), site);
      ended &= ended(start(pass, runner, call, entry.getValue().arguments(), scope, node));
    }
    return ended;
  }

  /**
   * Runs the exit handler of {@code node} once it has completed (a Skipped or Omitted node has
   * none); true when there is none or it has ended.
   */
  static boolean advanceExit(
      Pass pass, NodeRunner runner, NodeStatus node, Site site, Map<String, String> vars) {
    LifecycleHook exit = exitHook(site.onExit(), site.hooks(), pass.spec.arguments());
    if (exit == null || !completed(node.phase())) return true;
    Map<String, String> scope = hookVars(node, site, vars);
    String nodeName = node.name() + ".onExit";
    if (pass.nodeNamed(nodeName) == null
        && exit.expression() != null
        && !exit.expression().isBlank()
        && !holds(exit, nodeName, scope)) return true;
    var call = call(nodeName, node.displayName() + ".onExit", exit, site);
    return ended(start(pass, runner, call, exit.arguments(), scope, node));
  }

  /**
   * The exit handler of a step, task or workflow, as Argo picks it: {@code onExit} (called with the
   * workflow's arguments), else the hook named {@code exit} (with the workflow's arguments when it
   * has none of its own); null when there is none.
   */
  static LifecycleHook exitHook(
      String onExit, Map<String, LifecycleHook> hooks, Arguments workflowArguments) {
    if (onExit != null && !onExit.isBlank())
      return new LifecycleHook(onExit, null, workflowArguments, null);
    LifecycleHook hook = hooks.get(EXIT);
    if (hook == null) return null;
    boolean none =
        hook.arguments().parameters().isEmpty() && hook.arguments().artifacts().isEmpty();
    return none
        ? new LifecycleHook(
            hook.template(), hook.templateRef(), workflowArguments, hook.expression())
        : hook;
  }

  /**
   * Starts or advances the node of a hook and makes it a child of {@code parent}; its arguments are
   * substituted when it starts (an unresolved reference errors the hook's node). Null when a
   * parallelism limit holds it back.
   */
  static NodeStatus start(
      Pass pass,
      NodeRunner runner,
      Call call,
      Arguments arguments,
      Map<String, String> vars,
      NodeStatus parent) {
    NodeStatus hook =
        pass.nodeNamed(call.nodeName()) != null
            ? runner.run(pass, call)
            : CallSites.start(pass, runner, call, null, arguments, vars);
    if (hook != null) pass.adopt(pass.node(parent.id()), hook.id());
    return hook;
  }

  /** Whether {@code child} is a hook or exit handler of {@code parent}, not one of its own. */
  static boolean isHook(NodeStatus parent, NodeStatus child) {
    return child.name().equals(parent.name() + ".onExit")
        || child.name().startsWith(parent.name() + ".hooks.");
  }

  /**
   * Whether the hook's expression holds; a hook without one, or one that cannot be evaluated,
   * throws {@link IllegalArgumentException} with Argo's wording where it has one.
   */
  static boolean holds(LifecycleHook hook, String nodeName, Map<String, String> vars) {
    String expression = hook.expression();
    if (expression == null || expression.isBlank())
      throw new IllegalArgumentException("Expression required for hook " + nodeName);
    try {
      return Expression.parse(expression).test(vars);
    } catch (UnresolvedVariableException | ExpressionException e) {
      throw new IllegalArgumentException("hook " + nodeName + ": " + e.getMessage(), e);
    }
  }

  private static Call call(String nodeName, String displayName, LifecycleHook hook, Site site) {
    var target = new CallTarget(hook.template(), hook.templateRef(), null);
    return new Call(nodeName, displayName, target, null, site.scope(), site.boundaryId());
  }

  /**
   * What a hook of {@code node} sees besides the call site's variables: the node's status (under
   * its display name, as Argo sets it, and under the step's name) and its outputs so far.
   */
  private static Map<String, String> hookVars(
      NodeStatus node, Site site, Map<String, String> vars) {
    var scope = new LinkedHashMap<>(vars);
    Variables.addOutputs(scope, site.prefix() + site.name(), node);
    scope.put(site.prefix() + node.displayName() + ".status", node.phase().label());
    return scope;
  }

  private static boolean completed(NodePhase phase) {
    return phase == NodePhase.SUCCEEDED || phase.failedOrErrored();
  }

  private static boolean ended(NodeStatus hook) {
    return hook != null && hook.fulfilled();
  }
}
