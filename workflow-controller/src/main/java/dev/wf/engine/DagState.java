package dev.wf.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.wf.api.dag.DependsExpression;
import dev.wf.api.spec.DagTask;
import dev.wf.api.spec.DagTemplate;
import dev.wf.api.spec.NodePhase;
import dev.wf.api.spec.NodeStatus;
import dev.wf.api.spec.NodeType;

/**
 * What one pass knows about a DAG node's tasks: their nodes, which tasks are in scope ({@code
 * target} and its ancestors), whether fail-fast has stopped new tasks, and the DAG's resulting
 * phase. An omitted or never-started task inherits the worst phase of its dependencies, so a
 * failure fails its branch unless a task handles it, as in Argo.
 */
final class DagState {
  final DagTemplate dag;
  final NodeStatus dagNode;
  private final Pass pass;
  private final Map<String, DependsExpression> depends;
  private final Set<String> scope;
  private final Set<String> targets;
  private Boolean stopped;

  DagState(Pass pass, NodeStatus dagNode, DagTemplate dag) {
    this.pass = pass;
    this.dagNode = dagNode;
    this.dag = dag;
    this.depends = ParsedDepends.of(dag);
    Set<String> explicit = DagNodes.targets(dag);
    this.targets = explicit.isEmpty() ? leaves() : explicit;
    this.scope = explicit.isEmpty() ? names() : ancestorsAndSelf(explicit);
  }

  Pass pass() {
    return pass;
  }

  DependsExpression depends(DagTask task) {
    return depends.get(task.name());
  }

  NodeStatus node(String task) {
    return pass.nodeNamed(dagNode.name() + "." + task);
  }

  boolean inScope(String task) {
    return scope.contains(task);
  }

  boolean isFulfilled(String task) {
    NodeStatus n = node(task);
    return n != null && n.fulfilled();
  }

  /**
   * Fail-fast holds once a task failed and neither continueOn nor another task's depends handles
   * it.
   */
  boolean stopped() {
    if (Boolean.FALSE.equals(dag.failFast())) return false;
    for (DagTask task : dag.tasks()) {
      NodeStatus n = node(task.name());
      if (n != null
          && n.phase().failedOrErrored()
          && !Continuation.continues(task.continueOn(), n.phase())
          && !handled(task.name())) {
        return true;
      }
    }
    return false;
  }

  boolean finished() {
    boolean stopped = stopped();
    for (String task : scope) {
      NodeStatus n = node(task);
      if (n == null ? !stopped : !n.fulfilled()) return false;
    }
    return true;
  }

  void link(DagTask task, NodeStatus child) {
    stopped = null;
    var deps = depends.get(task.name()).tasks();
    if (deps.isEmpty()) {
      pass.adopt(pass.node(dagNode.id()), child.id());
      return;
    }
    for (String dep : deps) {
      NodeStatus parent = outbound(node(dep));
      if (parent != null) pass.adopt(parent, child.id());
    }
  }

  /**
   * The node a dependent task hangs from: the task's own node, or for a retried task its last
   * attempt, so that a Retry node's children are only its attempts, as in Argo.
   */
  private NodeStatus outbound(NodeStatus node) {
    if (node == null || node.type() != NodeType.RETRY) return node;
    List<NodeStatus> attempts = RetryNodes.attemptsOf(pass, node);
    return attempts.isEmpty() ? node : attempts.getLast();
  }

  List<String> outboundIds() {
    var ids = new ArrayList<String>();
    for (String t : targets) {
      NodeStatus n = outbound(node(t));
      if (n != null) ids.add(n.id());
    }
    return ids;
  }

  /** The DAG's failure, or null when every target ended well. */
  String failureMessage() {
    for (String t : targets) {
      if (effective(t, new HashMap<>()).failedOrErrored())
        return "child '" + firstFailure().id() + "' failed";
    }
    return null;
  }

  NodePhase failurePhase() {
    NodePhase worst = NodePhase.FAILED;
    for (String t : targets) {
      if (effective(t, new HashMap<>()) == NodePhase.ERROR) worst = NodePhase.ERROR;
    }
    return worst;
  }

  private NodeStatus firstFailure() {
    NodeStatus first = null;
    for (DagTask task : dag.tasks()) {
      NodeStatus n = node(task.name());
      if (n != null
          && n.phase().failedOrErrored()
          && !Continuation.continues(task.continueOn(), n.phase())) {
        if (first == null
            || n.finishedAt() != null
                && first.finishedAt() != null
                && n.finishedAt().isBefore(first.finishedAt())) first = n;
      }
    }
    return first != null ? first : dagNode;
  }

  private NodePhase effective(String task, Map<String, NodePhase> memo) {
    if (memo.containsKey(task)) return memo.get(task);
    memo.put(task, NodePhase.SUCCEEDED);
    NodeStatus n = node(task);
    NodePhase phase;
    if (n != null && n.phase() != NodePhase.OMITTED) {
      var dagTask = dag.task(task).orElseThrow();
      phase =
          n.phase().failedOrErrored() && !Continuation.continues(dagTask.continueOn(), n.phase())
              ? n.phase()
              : NodePhase.SUCCEEDED;
    } else {
      phase = NodePhase.SUCCEEDED;
      for (String dep : depends.get(task).tasks()) {
        NodePhase p = effective(dep, memo);
        if (p == NodePhase.ERROR || (p == NodePhase.FAILED && phase != NodePhase.ERROR)) phase = p;
      }
    }
    memo.put(task, phase);
    return phase;
  }

  private boolean handled(String task) {
    var handler =
        Pattern.compile(
            "(^|[^\\w.-])" + Pattern.quote(task) + "\\.(Failed|Errored|AllFailed|AnySucceeded)\\b");
    for (DagTask other : dag.tasks()) {
      if (other.depends() != null && handler.matcher(other.depends()).find()) return true;
    }
    return false;
  }

  private Set<String> names() {
    var all = new LinkedHashSet<String>();
    dag.tasks().forEach(t -> all.add(t.name()));
    return all;
  }

  private Set<String> leaves() {
    var leaves = names();
    for (DagTask task : dag.tasks()) leaves.removeAll(depends.get(task.name()).tasks());
    return leaves;
  }

  private Set<String> ancestorsAndSelf(Set<String> from) {
    var seen = new LinkedHashSet<String>();
    var queue = new ArrayDeque<>(from);
    while (!queue.isEmpty()) {
      String t = queue.poll();
      if (!seen.add(t) || !depends.containsKey(t)) continue;
      queue.addAll(depends.get(t).tasks());
    }
    return seen;
  }
}
